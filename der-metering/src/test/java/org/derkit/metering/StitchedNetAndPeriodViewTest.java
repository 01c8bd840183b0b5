package org.derkit.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;

/**
 * {@link Stitcher}: the net series holds exactly the hours some meter reported, at any date, the
 * period view counts distinct intervals, and each meter's pieces are ordered by their own first hour.
 */
class StitchedNetAndPeriodViewTest {

    static final ServicePointId SP = ServicePointId.of("900001");
    static final MeterNumber M1 = MeterNumber.of("7001");
    static final MeterNumber M2 = MeterNumber.of("7002");
    /** 2025-12-01T00:00-06:00. */
    static final long H = Instant.parse("2025-12-01T06:00:00Z").getEpochSecond();

    /** An hourly kWh series of {@code meter} with one value per entry of {@code hours} (hours after {@code from}). */
    static IntervalSeries series(MeterNumber meter, MeterRole role, MeterUnit unit, long from, int[] hours,
            String... values) {
        IntervalSeries.Builder b = IntervalSeries.meterBuilder(SP, meter, role, unit, 60);
        for (int i = 0; i < hours.length; i++) {
            b.add(Instant.ofEpochSecond(from + hours[i] * 3600L), new BigDecimal(values[i]), ReadingQuality.ACTUAL);
        }
        return b.build();
    }

    static IntervalSeries kwh(MeterNumber meter, long from, int[] hours, String... values) {
        return series(meter, MeterRole.ADDITIVE, MeterUnit.KWH, from, hours, values);
    }

    static ReconstructedPeriod period(String source, IntervalSeries... meters) {
        return new ReconstructedPeriod(SP, new BillingPeriod(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 31)),
                source, List.of(meters));
    }

    @Test
    void the_period_view_counts_an_hour_two_meters_reported_once() {
        ReconstructedPeriod p = period("a.x12", kwh(M1, H, new int[] {0, 1, 2}, "1", "1", "1"),
                kwh(M2, H, new int[] {1, 2, 3, 4}, "2", "2", "2", "2"));
        PeriodUsage view = Stitcher.stitch(List.of(p)).periodView().get(0);
        assertEquals(5, view.intervals());
        assertEquals(new BigDecimal("11"), view.additive());
    }

    @Test
    void the_period_view_of_one_meter_counts_its_intervals() {
        ReconstructedPeriod p = period("a.x12", kwh(M1, H, new int[] {0, 1, 2}, "1", "1", "1"));
        assertEquals(3, Stitcher.stitch(List.of(p)).periodView().get(0).intervals());
    }

    @Test
    void the_period_view_counts_meters_given_latest_first() {
        ReconstructedPeriod p = period("a.x12", kwh(M2, H, new int[] {4, 5}, "2", "2"),
                kwh(M1, H, new int[] {0, 1, 4}, "1", "1", "1"));
        assertEquals(4, Stitcher.stitch(List.of(p)).periodView().get(0).intervals());
    }

    @Test
    void the_net_has_no_interval_for_hours_between_meters_that_no_meter_reported() {
        ReconstructedPeriod p = period("a.x12", kwh(M1, H, new int[] {0}, "1.5"), kwh(M2, H, new int[] {5}, "2"));
        IntervalSeries net = Stitcher.stitch(List.of(p)).net(MeterUnit.KWH).orElseThrow();
        assertEquals(2, net.size());
        assertEquals(Instant.ofEpochSecond(H), net.start(0));
        assertEquals(Instant.ofEpochSecond(H + 5 * 3600L), net.start(1));
        assertEquals(new BigDecimal("1.5"), net.value(0));
        assertEquals(new BigDecimal("2"), net.value(1));
    }

    @Test
    void the_net_of_meters_read_before_1970_is_additive_minus_subtractive() {
        long h1900 = Instant.parse("1900-06-01T06:00:00Z").getEpochSecond();
        ReconstructedPeriod p = period("old.x12", kwh(M1, h1900, new int[] {0, 1}, "3", "4"),
                series(M2, MeterRole.SUBTRACTIVE, MeterUnit.KWH, h1900, new int[] {1}, "1.25"));
        IntervalSeries net = Stitcher.stitch(List.of(p)).net(MeterUnit.KWH).orElseThrow();
        assertEquals(2, net.size());
        assertEquals(Instant.ofEpochSecond(h1900 + 3600), net.start(1));
        assertEquals(new BigDecimal("2.75"), net.value(1));
        assertEquals(new BigDecimal("5.75"), net.total());
    }

    @Test
    void the_net_of_meters_eighty_years_apart_holds_just_their_hours() {
        long h2070 = Instant.parse("2070-06-01T05:00:00Z").getEpochSecond();
        long h1990 = Instant.parse("1990-06-01T05:00:00Z").getEpochSecond();
        ReconstructedPeriod p = period("far.x12", kwh(M1, h1990, new int[] {0}, "1"), kwh(M2, h2070, new int[] {0}, "2"));
        IntervalSeries net = Stitcher.stitch(List.of(p)).net(MeterUnit.KWH).orElseThrow();
        assertEquals(2, net.size());
        assertEquals(Instant.ofEpochSecond(h2070), net.start(1));
        assertEquals(new BigDecimal("3"), net.total());
    }

    @Test
    void the_net_of_meters_without_intervals_is_an_empty_net_series() {
        IntervalSeries net = Stitcher.net(SP, MeterUnit.KWH, List.of(kwh(M1, H, new int[0])));
        assertTrue(net.isNet());
        assertTrue(net.isEmpty());
        assertEquals(MeterUnit.KWH, net.unit());
    }

    @Test
    void a_meters_pieces_are_stitched_in_the_order_of_their_own_first_hour() {
        // period a starts first (meter 7002 at 00:00) but its meter 7001 values come after period b's
        ReconstructedPeriod a = period("a.x12", kwh(M2, H, new int[] {0}, "9"), kwh(M1, H, new int[] {5, 6}, "5", "6"));
        ReconstructedPeriod b = period("b.x12", kwh(M1, H, new int[] {2, 3}, "2", "3"));
        for (List<ReconstructedPeriod> order : List.of(List.of(a, b), List.of(b, a))) {
            ServicePointUsage u = Stitcher.stitch(order);
            IntervalSeries m1 = u.meterSeries().stream().filter(s -> s.meter().orElseThrow().equals(M1)).findFirst()
                    .orElseThrow();
            assertEquals(4, m1.size());
            assertEquals(Instant.ofEpochSecond(H + 2 * 3600L), m1.start(0));
            assertEquals(Instant.ofEpochSecond(H + 6 * 3600L), m1.start(3));
            assertEquals(new BigDecimal("16"), m1.total());
        }
    }

    @Test
    void a_meter_without_intervals_in_one_period_is_stitched_from_the_others() {
        ReconstructedPeriod a = period("a.x12", kwh(M1, H, new int[0]), kwh(M2, H, new int[] {0}, "1"));
        ReconstructedPeriod b = period("b.x12", kwh(M1, H, new int[] {3, 4}, "3", "4"));
        ServicePointUsage u = Stitcher.stitch(List.of(a, b));
        IntervalSeries m1 = u.meterSeries().stream().filter(s -> s.meter().orElseThrow().equals(M1)).findFirst()
                .orElseThrow();
        assertEquals(2, m1.size());
        assertEquals(new BigDecimal("7"), m1.total());
    }

    @Test
    void a_split_hour_is_estimated_when_either_part_was() {
        IntervalSeries.Builder first = IntervalSeries.meterBuilder(SP, M1, MeterRole.ADDITIVE, MeterUnit.KWH, 60);
        first.add(Instant.ofEpochSecond(H), new BigDecimal("1"), ReadingQuality.ACTUAL);
        first.add(Instant.ofEpochSecond(H + 3600), new BigDecimal("0.5"), ReadingQuality.ACTUAL);
        IntervalSeries.Builder second = IntervalSeries.meterBuilder(SP, M1, MeterRole.ADDITIVE, MeterUnit.KWH, 60);
        second.add(Instant.ofEpochSecond(H + 3600), new BigDecimal("0.25"), ReadingQuality.ESTIMATED);
        second.add(Instant.ofEpochSecond(H + 7200), new BigDecimal("2"), ReadingQuality.ACTUAL);
        ServicePointUsage u = Stitcher.stitch(List.of(period("a.x12", first.build()), period("b.x12", second.build())));
        IntervalSeries m1 = u.meterSeries().get(0);
        assertEquals(3, m1.size());
        assertEquals(ReadingQuality.ACTUAL, m1.quality(0));
        assertEquals(ReadingQuality.ESTIMATED, m1.quality(1));
        assertEquals(new BigDecimal("0.75"), m1.value(1));
        assertEquals(ReadingQuality.ACTUAL, m1.quality(2));
    }
}
