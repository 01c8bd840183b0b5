package org.derkit.metering;

import static org.derkit.metering.Fixtures.M1;
import static org.derkit.metering.Fixtures.M2;
import static org.derkit.metering.Fixtures.SP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.derkit.model.InvalidValueException;
import org.derkit.model.retail.DeliveryVoltageLevel;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 5: der-metering refuses a bad value with der-model's InvalidValueException, whose
 * message names the field, the valid values and the value given.
 */
class RefusalMessagesTest {

    private static final Instant T0 = Instant.parse("2025-07-01T05:00:00Z");

    private static IntervalSeries meter(org.derkit.model.MeterNumber m, int minutes) {
        return IntervalSeries.meterBuilder(SP, m, MeterRole.ADDITIVE, MeterUnit.KWH, minutes)
                .add(T0, new BigDecimal("1.5"), ReadingQuality.ACTUAL).build();
    }

    @Test
    void an_exception_without_problems_is_refused() {
        InvalidValueException m = assertThrows(InvalidValueException.class, () -> new MeteringException(List.of()));
        assertEquals("Invalid value for problems of a MeteringException (valid values at least one problem): none",
                m.getMessage());
        InvalidValueException u = assertThrows(InvalidValueException.class,
                () -> new UsageReadException("usage.csv", List.of(), null));
        assertEquals("Invalid value for problems of a UsageReadException for usage.csv"
                + " (valid values at least one problem): none", u.getMessage());
    }

    @Test
    void stitching_nothing_is_refused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Stitcher.stitch(List.of()));
        assertEquals("Invalid value for billing periods to stitch (valid values at least one period): none",
                e.getMessage());
    }

    @Test
    void netting_meters_of_different_interval_lengths_is_refused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Stitcher.net(SP, MeterUnit.KWH, List.of(meter(M1, 15), meter(M2, 60))));
        assertEquals("Invalid value for interval length of meter 7000002 (kWh)"
                + " (valid values 15 minutes, as the other meters of kWh): 60 minutes", e.getMessage());
        assertEquals("60 minutes", e.value());
    }

    @Test
    void aggregating_an_hourly_series_is_refused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Aggregation.toHourly(meter(M1, 60), IntervalClock.ameren()));
        assertEquals("Invalid value for interval length of the series to aggregate to hours"
                + " (service point 90000001 meter 7000001 A kWh, 1 x 60 min)"
                + " (valid values < 60 minutes (a sub-hourly series)): 60 minutes", e.getMessage());
    }

    @Test
    void a_missing_system_load_is_refused_naming_the_hour() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> LossFactors.apply(meter(M1, 60), DeliveryVoltageLevel.SECONDARY, h -> null,
                        LossFactors.ameren2007()));
        assertEquals("Invalid value for system load for the hour starting 2025-07-01T00:00-05:00"
                + " (valid values a load in MW): none (the system load function gave null)", e.getMessage());
    }

    @Test
    void a_net_series_given_to_an_intervals_writer_is_refused() {
        MeteringCsvWriter csv = MeteringCsvWriter.intervals(new ByteArrayOutputStream(), IntervalClock.ameren());
        IntervalSeries net = IntervalSeries.netBuilder(SP, MeterUnit.KWH, 60).build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> csv.write(net));
        assertEquals("Invalid value for series given to an intervals writer (service point 90000001 net kWh, 0 x 60 min)"
                + " (valid values a meter series; a net series has no meter, write it with a series writer):"
                + " a net series", e.getMessage());
    }

    @Test
    void a_generated_service_point_needs_as_many_hours_as_periods() {
        IntervalGenerators g = IntervalGenerators.seeded(13L);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> g.servicePoint(SP, LocalDate.of(2025, 7, 1), 2, 3, 1, 0));
        assertEquals("Invalid value for hours, periods, additive and subtractive meters"
                + " (valid values hours >= periods >= 1, additive >= 1, subtractive >= 0):"
                + " hours 2, periods 3, additive 1, subtractive 0", e.getMessage());
    }

    private static List<MeteringProblem> meteringProblems(int n) {
        List<MeteringProblem> out = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new MeteringProblem(MeteringProblem.Kind.GAP, "meter 7000001", "gap " + i));
        }
        return out;
    }

    private static List<UsageProblem> usageProblems(int n) {
        List<UsageProblem> out = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new UsageProblem("u.x12", "GAP", "gap " + i, java.util.Optional.empty()));
        }
        return out;
    }

    @Test
    void a_metering_exception_lists_ten_problems_and_counts_the_rest() {
        MeteringException one = new MeteringException(meteringProblems(1));
        assertEquals("1 problem in meter data:\n  " + meteringProblems(1).get(0), one.getMessage());
        String ten = new MeteringException(meteringProblems(10)).getMessage();
        assertEquals(11, ten.split("\n").length, ten);
        assertTrue(ten.startsWith("10 problems in meter data:\n"), ten);
        assertTrue(ten.endsWith("\n  GAP: gap 10 (meter 7000001)"), ten);
        MeteringException twelve = new MeteringException(meteringProblems(12));
        assertTrue(twelve.getMessage().endsWith("\n  GAP: gap 10 (meter 7000001)\n  ... 2 more"), twelve.getMessage());
        assertEquals(12, twelve.problems().size());
    }

    @Test
    void a_usage_read_exception_lists_ten_problems_and_counts_the_rest() {
        assertEquals("u.x12: gap 1; gap 2", new UsageReadException("u.x12", usageProblems(2), null).getMessage());
        assertTrue(new UsageReadException("u.x12", usageProblems(10), null).getMessage().endsWith("; gap 10"));
        UsageReadException e = new UsageReadException("u.x12", usageProblems(13), null);
        assertTrue(e.getMessage().endsWith("; gap 10; and 3 more"), e.getMessage());
        assertEquals("u.x12", e.source());
    }
}
