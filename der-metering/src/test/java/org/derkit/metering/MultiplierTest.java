package org.derkit.metering;

import org.derkit.model.retail.ReadingQuality;
import static org.derkit.metering.Fixtures.M1;
import static org.derkit.metering.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.derkit.model.InvalidValueException;
import org.derkit.model.TransformerRatio;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;

class MultiplierTest {

    @Test
    void BTM_CT_600_5_with_PT_288_120_gives_multiplier_288() {
        Multiplier m = Multiplier.of(TransformerRatio.parse("600:5"), TransformerRatio.parse("288:120"));
        assertEquals(new BigDecimal("288"), m.value());
        assertEquals("288", m.toString());
    }

    @Test
    void meter_constant_multiplies_exactly() {
        Multiplier m = Multiplier.of(TransformerRatio.parse("600:5"), TransformerRatio.parse("7,620:120"),
                new BigDecimal("0.5"));
        assertEquals(new BigDecimal("3810"), m.value());
    }

    @Test
    void zero_or_negative_multiplier_is_refused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Multiplier.of(BigDecimal.ZERO));
        assertEquals("multiplier", e.field());
    }

    @Test
    void secondary_readings_are_scaled_to_primary_once_and_never_twice() {
        Multiplier m = Multiplier.of(TransformerRatio.parse("600:5"), TransformerRatio.parse("288:120"));
        LocalDate day = LocalDate.of(2025, 7, 4);
        MeterChannel secondary = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH).multiplier(m, false)
                .add(day, "0100", new BigDecimal("0.125"), ReadingQuality.ACTUAL).build();
        assertFalse(secondary.isScaled());
        MeterChannel primary = secondary.scaledToPrimary();
        assertTrue(primary.isScaled());
        assertEquals(new BigDecimal("36.000"), primary.value(0));
        assertThrows(IllegalStateException.class, primary::scaledToPrimary);
        // reconstruction scales unscaled channels itself
        IntervalSeries s = IntervalReconstructor.ameren().reconstruct(report(day, day, secondary)).meters().get(0);
        assertEquals(new BigDecimal("36.000"), s.value(0));
    }

    @Test
    void BTM_08_production_meter_generation_reads_negative_and_a_positive_total_flags_polarity() {
        LocalDate day = LocalDate.of(2025, 7, 4);
        MeterChannel c = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(day, "0100", new BigDecimal("-40.5"), ReadingQuality.ACTUAL)
                .add(day, "0200", new BigDecimal("0.5"), ReadingQuality.ACTUAL).build();
        IntervalSeries production = IntervalReconstructor.ameren().reconstruct(report(day, day, c)).meters().get(0);
        IntervalSeries generation = ProductionMetering.generation(production);
        assertEquals(new BigDecimal("40.5"), generation.value(0));
        assertEquals(new BigDecimal("40.0"), generation.total());
        assertTrue(ProductionMetering.polarityProblems(production).isEmpty());
        assertEquals(MeteringProblem.Kind.POLARITY, ProductionMetering.polarityProblems(generation).get(0).kind());
    }

    @Test
    void nine_decimal_places_are_accepted_and_ten_refused() {
        assertEquals(new BigDecimal("0.000000001"), Multiplier.of(new BigDecimal("0.000000001")).value());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Multiplier.of(new BigDecimal("0.0000000001")));
        assertEquals("0.0000000001", e.value());
    }

    @Test
    void eighteen_digits_are_accepted_and_nineteen_refused() {
        assertEquals(new BigDecimal("123456789012345678"), Multiplier.of(new BigDecimal("123456789012345678")).value());
        assertEquals("1234567890123456789", assertThrows(InvalidValueException.class,
                () -> Multiplier.of(new BigDecimal("1234567890123456789"))).value());
    }

    @Test
    void a_multiplier_sent_with_trailing_zeros_is_that_number() {
        Multiplier forty = Multiplier.of(new BigDecimal("40.00"));
        assertEquals(new BigDecimal("40"), forty.value());
        assertEquals(Multiplier.of(new BigDecimal("40")), forty);
        assertEquals(Multiplier.of(new BigDecimal("40")).hashCode(), forty.hashCode());
        assertEquals(new BigDecimal("400"), Multiplier.of(new BigDecimal("4E+2")).value());
        assertFalse(forty.equals(Multiplier.of(new BigDecimal("41"))));
        assertFalse(forty.equals(new BigDecimal("40")));
        assertTrue(Multiplier.of(new BigDecimal("1.000")).isOne());
        assertTrue(Multiplier.ONE.isOne());
        assertFalse(forty.isOne());
        assertFalse(Multiplier.of(new BigDecimal("0.5")).isOne());
    }

    @Test
    void a_zero_total_production_meter_has_no_polarity_problem() {
        LocalDate day = LocalDate.of(2025, 7, 4);
        MeterChannel c = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(day, "0100", new BigDecimal("-2.5"), ReadingQuality.ACTUAL)
                .add(day, "0200", new BigDecimal("2.5"), ReadingQuality.ACTUAL).build();
        IntervalSeries production = IntervalReconstructor.ameren().reconstruct(report(day, day, c)).meters().get(0);
        assertTrue(ProductionMetering.polarityProblems(production).isEmpty());
        MeteringProblem p = ProductionMetering.polarityProblems(ProductionMetering.generation(
                IntervalReconstructor.ameren().reconstruct(report(day, day, MeterChannel.builder(M1, MeterRole.ADDITIVE,
                        MeterUnit.KWH).add(day, "0100", new BigDecimal("-1.25"), ReadingQuality.ACTUAL).build()))
                        .meters().get(0))).get(0);
        assertTrue(p.detail().startsWith("production meter total is positive (1.25 kWh)"), p.detail());
    }
}
