package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.derkit.model.InvalidValueException;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;

/**
 * An interval channel built by a caller (a generator's input, a test's expectation): exact values,
 * compact and big, their labels and interval ends, the exact sum, equality and its text.
 */
class IntervalChannelValuesTest {

    private static final ReadingQuality A = ReadingQuality.ACTUAL;
    private static final ReadingQuality E = ReadingQuality.ESTIMATED;
    private static final LocalDate DAY = LocalDate.of(2026, 4, 15);

    private static IntervalChannel.Builder kwh() {
        return IntervalChannel.builder(MeterUnit.KWH, AmerenProfile.DEFAULT);
    }

    private static IntervalChannel of(String... values) {
        IntervalChannel.Builder b = kwh();
        for (int i = 0; i < values.length; i++) {
            b.add(new BigDecimal(values[i]), A, DAY, String.format("%02d00", i + 1));
        }
        return b.build();
    }

    @Test
    void a_built_channel_keeps_values_qualities_labels_and_time_codes() {
        IntervalChannel.Builder b = kwh();
        assertEquals(MeterUnit.KWH, b.unit());
        IntervalChannel c = b.add(15, 1, A, 20260415, 100, false, null).add(25, 1, E, 20260415, 200, false, "CD")
                .add(3, 0, A, 20260415, 30000, true, null).build();
        assertEquals(3, c.size());
        assertEquals(MeterUnit.KWH, c.unit());
        assertEquals(60, c.intervalMinutes());
        assertEquals(new BigDecimal("1.5"), c.value(0));
        assertEquals(new BigDecimal("2.5"), c.value(1));
        assertEquals(new BigDecimal("3"), c.value(2));
        assertEquals(E, c.quality(1));
        assertEquals(A, c.quality(2));
        assertEquals("", c.timeCode(0));
        assertEquals("CD", c.timeCode(1));
        assertEquals(DAY, c.labelDate(0));
        assertEquals(300, c.labelHhmm(2));
        assertEquals(30000, c.labelTimeValue(2));
        assertEquals("030000", c.labelTimeText(2));
        assertEquals("2026-04-15T03:00-05:00", c.intervalEndLocal(2).toString());
        assertEquals("2026-04-15T02:00-05:00", c.intervalStartLocal(2).toString());
        // a channel built by hand was read from no segment
        assertEquals(0, c.segmentPosition(0));
        assertEquals(0L, c.segmentLine(0));
        assertEquals(0L, c.segmentOffset(0));
        assertThrows(IndexOutOfBoundsException.class, () -> c.value(3));
    }

    @Test
    void a_label_beyond_the_day_and_a_scale_outside_0_to_127_are_refused() {
        assertEquals("Invalid value for interval label (DTM*582 date and time) (valid values up to the length of the "
                + "day in America/Chicago): 20260415 2500", assertThrows(InvalidValueException.class,
                        () -> kwh().add(1, 0, A, 20260415, 2500, false, null)).getMessage());
        assertEquals("Invalid value for interval label (DTM*582 date and time) (valid values up to the length of the "
                + "day in America/Chicago): 20260308 240000", assertThrows(InvalidValueException.class,
                        () -> kwh().add(1, 0, A, 20260308, 240000, true, null)).getMessage());
        assertEquals("Invalid value for scale (valid values 0..127): -1",
                assertThrows(InvalidValueException.class, () -> kwh().add(1, -1, A, 20260415, 100, false, null))
                        .getMessage());
        assertEquals("Invalid value for scale (valid values 0..127): 128",
                assertThrows(InvalidValueException.class, () -> kwh().add(1, 128, A, 20260415, 100, false, null))
                        .getMessage());
        IntervalChannel c = kwh().add(1, 0, A, 20260415, 100, false, null).add(1, 127, A, 20260415, 200, false, null)
                .add(1, 0, A, 20260415, 240000, true, null).build();
        assertEquals(new BigDecimal("1E-127"), c.value(1));
        assertEquals("2026-04-16T00:00-05:00", c.intervalEndLocal(2).toString());
        assertThrows(InvalidValueException.class, () -> kwh().add(BigDecimal.ONE, A, DAY, "1"));
    }

    @Test
    void decimals_are_kept_exactly_compact_up_to_18_digits_and_scale_127_big_beyond() {
        IntervalChannel c = of("1E+3", "123456789012345678", "1234567890123456789", "1E-127", "1E-128",
                "98765432109876543210.5");
        assertEquals(new BigDecimal("1000"), c.value(0));
        assertEquals(0, c.scale(0));
        assertEquals(1000L, c.unscaledValue(0));
        assertTrue(c.isCompact(1));
        assertEquals(123456789012345678L, c.unscaledValue(1));
        assertFalse(c.isCompact(2));
        assertEquals(new BigDecimal("1234567890123456789"), c.value(2));
        assertEquals(0, c.scale(2));
        assertEquals("value 2 has more than 18 digits: use value(i)",
                assertThrows(ArithmeticException.class, () -> c.unscaledValue(2)).getMessage());
        assertTrue(c.isCompact(3));
        assertEquals(127, c.scale(3));
        assertFalse(c.isCompact(4));
        assertEquals(new BigDecimal("1E-128"), c.value(4));
        assertEquals(128, c.scale(4));
        assertEquals(new BigDecimal("98765432109876543210.5"), c.value(5));
        assertTrue(of("1.5").isCompact(0));
    }

    @Test
    void the_sum_is_exact_for_any_scales_sizes_and_signs() {
        assertEquals(new BigDecimal("4.0"), of("1.5", "2.5").sum());
        assertEquals(new BigDecimal("3.5"), of("1", "2.5").sum());
        assertEquals(new BigDecimal("3.75"), of("1.5", "2.25").sum());
        assertEquals(new BigDecimal("-2"), of("-5", "3").sum());
        assertEquals(BigDecimal.ZERO, of().sum());
        assertEquals(new BigDecimal("1234567890123456790.5"), of("1234567890123456789", "1.5").sum());
        IntervalChannel up = kwh().add(Long.MAX_VALUE, 0, A, 20260415, 100, false, null)
                .add(1, 0, A, 20260415, 200, false, null).build();
        assertEquals(new BigDecimal("9223372036854775808"), up.sum());
        IntervalChannel down = kwh().add(Long.MIN_VALUE, 0, A, 20260415, 100, false, null)
                .add(-1, 0, A, 20260415, 200, false, null).build();
        assertEquals(new BigDecimal("-9223372036854775809"), down.sum());
    }

    @Test
    void channels_are_equal_when_unit_labels_values_and_time_codes_are() {
        IntervalChannel c = of("1.5", "2.5");
        assertEquals(c, c);
        assertEquals(of("1.5", "2.5"), c);
        assertEquals(of("1.5", "2.5").hashCode(), c.hashCode());
        assertNotEquals(of("1.5", "2.6"), c);
        assertNotEquals(of("1.5", "2.6").hashCode(), c.hashCode());
        assertNotEquals(of("1.5"), c);
        assertNotEquals(c, "IntervalChannel[KH, 2 values]");
        IntervalChannel coded = kwh().add(15, 1, A, 20260415, 100, false, null).add(25, 1, A, 20260415, 200, false, "CD")
                .build();
        IntervalChannel plain = kwh().add(15, 1, A, 20260415, 100, false, null).add(25, 1, A, 20260415, 200, false,
                null).build();
        assertEquals(c, plain);
        assertNotEquals(plain, coded);
        IntervalChannel demand = IntervalChannel.builder(MeterUnit.KW, AmerenProfile.DEFAULT)
                .add(new BigDecimal("1.5"), A, DAY, "0100").add(new BigDecimal("2.5"), A, DAY, "0200").build();
        assertNotEquals(c, demand);
        assertNotEquals(c.hashCode(), demand.hashCode());
        IntervalChannel later = kwh().add(new BigDecimal("1.5"), A, DAY, "0200").add(new BigDecimal("2.5"), A, DAY, "0300")
                .build();
        assertNotEquals(c.hashCode(), later.hashCode());
    }

    @Test
    void the_text_shows_the_unit_count_and_first_three_values() {
        IntervalChannel.Builder b = kwh().add(new BigDecimal("1.5"), A, DAY, "0100").add(new BigDecimal("2.5"), E, DAY,
                "0200");
        assertEquals("IntervalChannel[KH, 2 values: 20260415 0100=1.5, 20260415 0200=2.5E]", b.build().toString());
        b.add(new BigDecimal("3"), A, DAY, "030000");
        assertEquals("IntervalChannel[KH, 3 values: 20260415 0100=1.5, 20260415 0200=2.5E, 20260415 030000=3]",
                b.build().toString());
        b.add(new BigDecimal("4"), A, DAY, "0400");
        assertEquals("IntervalChannel[KH, 4 values: 20260415 0100=1.5, 20260415 0200=2.5E, 20260415 030000=3, ...]",
                b.build().toString());
        assertEquals("IntervalChannel[KH, 0 values]", kwh().build().toString());
    }

    @Test
    void a_builder_may_go_on_after_build_without_changing_the_built_channel() {
        IntervalChannel.Builder b = kwh().add(new BigDecimal("1.5"), A, DAY, "0100");
        IntervalChannel first = b.build();
        IntervalChannel second = b.add(new BigDecimal("12345678901234567890"), A, DAY, "0200").build();
        assertEquals(1, first.size());
        assertEquals(2, second.size());
        assertSame(MeterUnit.KWH, second.unit());
        assertEquals(new BigDecimal("12345678901234567891.5"), second.sum());
    }
}
