package org.derkit.metering;

import static org.derkit.metering.Fixtures.M1;
import static org.derkit.metering.Fixtures.M2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.derkit.model.InvalidValueException;
import org.derkit.model.retail.IntervalLabel;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;

/** {@link MeterChannel}: what a channel holds as sent, its scaling to primary quantities, and its identity. */
class MeterChannelContentsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 4);

    private static MeterChannel.Builder twoValues() {
        return MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("1.25"), ReadingQuality.ACTUAL, 17)
                .add(new IntervalLabel(DAY, 120), new BigDecimal("2.5"), ReadingQuality.ESTIMATED, 19);
    }

    @Test
    void each_value_keeps_its_label_quality_and_source_segment() {
        MeterChannel c = twoValues().build();
        assertEquals(2, c.size());
        assertEquals(new IntervalLabel(DAY, 120), c.label(1));
        assertEquals(new BigDecimal("1.25"), c.value(0));
        assertEquals(ReadingQuality.ACTUAL, c.quality(0));
        assertEquals(ReadingQuality.ESTIMATED, c.quality(1));
        assertEquals(17, c.segment(0));
        assertEquals(19, c.segment(1));
        assertThrows(IndexOutOfBoundsException.class, () -> c.quality(2));
    }

    @Test
    void a_value_added_without_a_segment_has_segment_0_and_the_builder_chains() {
        MeterChannel c = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("3"), ReadingQuality.ACTUAL)
                .add(new IntervalLabel(DAY, 120), new BigDecimal("4"), ReadingQuality.ACTUAL).build();
        assertEquals(2, c.size());
        assertEquals(0, c.segment(1));
        assertEquals(new BigDecimal("4"), c.value(1));
    }

    @Test
    void the_multiplier_is_one_unless_set_and_then_is_the_one_given() {
        assertEquals(Multiplier.ONE, twoValues().build().multiplier());
        Multiplier forty = Multiplier.of(new BigDecimal("40"));
        MeterChannel c = twoValues().multiplier(forty, false).build();
        assertEquals(forty, c.multiplier());
        assertEquals(forty, c.scaledToPrimary().multiplier());
    }

    @Test
    void scaling_by_a_fractional_multiplier_adds_its_decimal_places() {
        MeterChannel c = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .multiplier(Multiplier.of(new BigDecimal("0.5")), false)
                .add(DAY, "0100", new BigDecimal("0.125"), ReadingQuality.ESTIMATED).build();
        MeterChannel primary = c.scaledToPrimary();
        assertEquals(new BigDecimal("0.0625"), primary.value(0));
        assertEquals(ReadingQuality.ESTIMATED, primary.quality(0));
        assertEquals(c.label(0), primary.label(0));
    }

    @Test
    void scaling_may_reach_18_decimal_places_but_not_19() {
        Multiplier half = Multiplier.of(new BigDecimal("0.5"));
        MeterChannel at17 = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH).multiplier(half, false)
                .addUnscaled(DAY.toEpochDay(), 60, 3, 17, false, 0).build();
        assertEquals(new BigDecimal("0.000000000000000015"), at17.scaledToPrimary().value(0));
        MeterChannel at18 = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH).multiplier(half, false)
                .addUnscaled(DAY.toEpochDay(), 60, 3, 18, false, 0).build();
        ArithmeticException e = assertThrows(ArithmeticException.class, at18::scaledToPrimary);
        assertEquals("more than 18 decimal places", e.getMessage());
    }

    @Test
    void a_scale_of_18_is_accepted_and_19_refused() {
        MeterChannel c = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .addUnscaled(DAY.toEpochDay(), 60, 7, 18, false, 0).build();
        assertEquals(new BigDecimal("0.000000000000000007"), c.value(0));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                        .addUnscaled(DAY.toEpochDay(), 60, 7, 19, false, 0));
        assertEquals("interval value scale", e.field());
    }

    @Test
    void channels_with_the_same_contents_are_equal_and_any_difference_makes_them_unequal() {
        MeterChannel c = twoValues().build();
        assertEquals(c, twoValues().build());
        assertEquals(c.hashCode(), twoValues().build().hashCode());
        assertNotEquals(c, "meter 7000001");
        assertNotEquals(c, MeterChannel.builder(M2, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("1.25"), ReadingQuality.ACTUAL, 17)
                .add(new IntervalLabel(DAY, 120), new BigDecimal("2.5"), ReadingQuality.ESTIMATED, 19).build());
        assertNotEquals(c, MeterChannel.builder(M1, MeterRole.SUBTRACTIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("1.25"), ReadingQuality.ACTUAL, 17)
                .add(new IntervalLabel(DAY, 120), new BigDecimal("2.5"), ReadingQuality.ESTIMATED, 19).build());
        assertNotEquals(c, MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KVARH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("1.25"), ReadingQuality.ACTUAL, 17)
                .add(new IntervalLabel(DAY, 120), new BigDecimal("2.5"), ReadingQuality.ESTIMATED, 19).build());
        assertNotEquals(c, twoValues().multiplier(Multiplier.of(new BigDecimal("2")), true).build());
        assertNotEquals(c, twoValues().multiplier(Multiplier.ONE, false).build());
        assertNotEquals(c, twoValues().add(new IntervalLabel(DAY, 180), BigDecimal.ONE, ReadingQuality.ACTUAL).build());
        MeterChannel.Builder otherLabelDay = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY.plusDays(1), 60), new BigDecimal("1.25"), ReadingQuality.ACTUAL, 17)
                .add(new IntervalLabel(DAY, 120), new BigDecimal("2.5"), ReadingQuality.ESTIMATED, 19);
        assertNotEquals(c, otherLabelDay.build());
        assertNotEquals(c, MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 75), new BigDecimal("1.25"), ReadingQuality.ACTUAL, 17)
                .add(new IntervalLabel(DAY, 120), new BigDecimal("2.5"), ReadingQuality.ESTIMATED, 19).build());
        assertNotEquals(c, MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("1.26"), ReadingQuality.ACTUAL, 17)
                .add(new IntervalLabel(DAY, 120), new BigDecimal("2.5"), ReadingQuality.ESTIMATED, 19).build());
        assertNotEquals(c, MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("1.250"), ReadingQuality.ACTUAL, 17)
                .add(new IntervalLabel(DAY, 120), new BigDecimal("2.5"), ReadingQuality.ESTIMATED, 19).build());
        assertNotEquals(c, MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("1.25"), ReadingQuality.ACTUAL, 17)
                .add(new IntervalLabel(DAY, 120), new BigDecimal("2.5"), ReadingQuality.ACTUAL, 19).build());
        assertNotEquals(c, MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("1.25"), ReadingQuality.ACTUAL, 17)
                .add(new IntervalLabel(DAY, 120), new BigDecimal("2.5"), ReadingQuality.ESTIMATED, 20).build());
    }

    @Test
    void hash_codes_follow_the_values() {
        MeterChannel a = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("1"), ReadingQuality.ACTUAL).build();
        MeterChannel b = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("2"), ReadingQuality.ACTUAL).build();
        MeterChannel c = MeterChannel.builder(M2, MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(new IntervalLabel(DAY, 60), new BigDecimal("1"), ReadingQuality.ACTUAL).build();
        assertNotEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a.hashCode(), c.hashCode());
        assertTrue(a.hashCode() != 0);
    }

    @Test
    void the_description_names_meter_role_unit_count_and_whether_the_multiplier_is_applied() {
        assertEquals("meter 7000001 A kWh, 2 values, multiplier 1 applied", twoValues().build().toString());
        assertEquals("meter 7000001 A kWh, 2 values, multiplier 40 not applied",
                twoValues().multiplier(Multiplier.of(new BigDecimal("40")), false).build().toString());
    }
}
