package org.derkit.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.derkit.model.InvalidValueException;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;

/** {@link IntervalSeries}: what a series is, its exact total, equality, and what its builder refuses. */
class IntervalSeriesContractTest {

    private static final ServicePointId SP = ServicePointId.of("900001");
    private static final MeterNumber M = MeterNumber.of("7001");
    /** 2026-03-10T00:00-05:00, on the hour. */
    private static final long H = Instant.parse("2026-03-10T05:00:00Z").getEpochSecond();

    private static IntervalSeries.Builder meter() {
        return IntervalSeries.meterBuilder(SP, M, MeterRole.ADDITIVE, MeterUnit.KWH, 60);
    }

    private static IntervalSeries hourly(long... unscaled) {
        IntervalSeries.Builder b = meter();
        for (int i = 0; i < unscaled.length; i++) {
            b.add(H + i * 3600L, unscaled[i], 0, 1, false);
        }
        return b.build();
    }

    @Test
    void only_a_series_with_a_role_and_no_meter_is_account_level() {
        assertTrue(IntervalSeries.accountBuilder(SP, MeterRole.ADDITIVE, MeterUnit.KWH, 60).build().isAccountLevel());
        assertFalse(meter().build().isAccountLevel());
        assertFalse(IntervalSeries.netBuilder(SP, MeterUnit.KWH, 60).build().isAccountLevel());
    }

    @Test
    void the_total_of_values_whose_sum_exceeds_a_long_is_exact() {
        long big = 999_999_999_999_999_999L;
        long[] values = new long[30];
        java.util.Arrays.fill(values, big);
        assertEquals(new BigDecimal("29999999999999999970"), hourly(values).total());
        assertEquals(new BigDecimal("-29999999999999999970"), hourly(values).negated().total());
    }

    @Test
    void the_total_of_large_values_of_both_signs_is_exact() {
        long big = 999_999_999_999_999_999L;
        // the running sum crosses a long's range upwards, then comes back
        assertEquals(new BigDecimal("9999999999999999990"), hourly(big, big, big, big, big, big, big, big, big, big, big,
                -big).total());
        assertEquals(new BigDecimal("-3"), hourly(big, -big, -3).total());
        assertEquals(new BigDecimal("1999999999999999998"), hourly(big, big).total());
    }

    @Test
    void the_total_rescales_values_of_different_decimal_places() {
        IntervalSeries s = meter().add(H, 15, 1, 1, false).add(H + 3600, 225, 3, 1, false).build();
        assertEquals(new BigDecimal("1.725"), s.total());
    }

    @Test
    void equal_series_have_equal_hash_codes_and_series_of_other_values_differ() {
        assertEquals(hourly(1, 2, 3), hourly(1, 2, 3));
        assertEquals(hourly(1, 2, 3).hashCode(), hourly(1, 2, 3).hashCode());
        Set<Integer> hashes = new HashSet<>();
        for (int v = 1; v <= 8; v++) {
            hashes.add(hourly(5, v).hashCode());
        }
        assertEquals(8, hashes.size(), "hash codes of series that differ in one value");
        assertNotEquals(hourly(1, 2), hourly(1, 3));
    }

    @Test
    void a_series_is_not_equal_to_something_that_is_not_a_series() {
        Object text = "service point 900001 meter 7001 A kWh, 0 x 60 min";
        assertFalse(meter().build().equals(text));
        assertFalse(meter().build().equals(null));
    }

    @Test
    void an_interval_length_of_zero_or_one_that_does_not_divide_the_hour_is_refused() {
        assertThrows(InvalidValueException.class,
                () -> IntervalSeries.meterBuilder(SP, M, MeterRole.ADDITIVE, MeterUnit.KWH, 0));
        assertThrows(InvalidValueException.class,
                () -> IntervalSeries.meterBuilder(SP, M, MeterRole.ADDITIVE, MeterUnit.KWH, -15));
        assertThrows(InvalidValueException.class,
                () -> IntervalSeries.meterBuilder(SP, M, MeterRole.ADDITIVE, MeterUnit.KWH, 7));
        assertEquals(1, IntervalSeries.netBuilder(SP, MeterUnit.KWH, 1).build().intervalMinutes());
    }

    @Test
    void capacity_returns_the_builder_and_keeps_what_was_added() {
        IntervalSeries.Builder b = meter().add(H, 1, 0, 1, false);
        IntervalSeries s = b.capacity(1000).add(H + 3600, 2, 0, 1, false).capacity(1).build();
        assertEquals(2, s.size());
        assertEquals(new BigDecimal("3"), s.total());
    }

    @Test
    void an_interval_starting_where_the_previous_one_starts_is_refused_naming_both_local_times() {
        IntervalSeries.Builder b = meter().add(H, 1, 0, 1, false).add(H + 3600, 1, 0, 1, false);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> b.add(H + 3600, 1, 0, 1, false));
        assertTrue(e.getMessage().contains("after 2026-03-10T01:00-05:00 on the 60-minute grid"), e.getMessage());
        assertTrue(e.getMessage().contains("2026-03-10T01:00-05:00"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> b.add(H, 1, 0, 1, false));
        assertThrows(InvalidValueException.class, () -> b.add(H + 3600 + 1800, 1, 0, 1, false));
        assertEquals(2, b.size());
    }

    @Test
    void an_instant_with_a_fraction_of_a_second_is_refused() {
        assertThrows(InvalidValueException.class,
                () -> meter().add(Instant.ofEpochSecond(H, 1), BigDecimal.ONE, ReadingQuality.ACTUAL));
        assertEquals(1, meter().add(Instant.ofEpochSecond(H), BigDecimal.ONE, ReadingQuality.ACTUAL).size());
    }

    @Test
    void part_counts_from_1_to_127_are_accepted_and_others_refused() {
        assertEquals(127, meter().add(H, 1, 0, 127, false).build().parts(0));
        assertEquals(1, meter().add(H, 1, 0, 1, false).build().parts(0));
        assertThrows(InvalidValueException.class, () -> meter().add(H, 1, 0, 0, false));
        assertThrows(InvalidValueException.class, () -> meter().add(H, 1, 0, 128, false));
        assertThrows(InvalidValueException.class, () -> meter().add(H, 1, -1, 1, false));
        assertThrows(InvalidValueException.class, () -> meter().add(H, 1, 19, 1, false));
        assertEquals(18, meter().add(H, 1, 18, 1, false).build().scale(0));
    }
}
