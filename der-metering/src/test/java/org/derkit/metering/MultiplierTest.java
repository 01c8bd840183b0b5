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
}
