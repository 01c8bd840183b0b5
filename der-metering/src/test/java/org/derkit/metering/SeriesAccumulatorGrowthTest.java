package org.derkit.metering;

import static org.derkit.metering.StitchedNetAndPeriodViewTest.H;
import static org.derkit.metering.StitchedNetAndPeriodViewTest.M1;
import static org.derkit.metering.StitchedNetAndPeriodViewTest.M2;
import static org.derkit.metering.StitchedNetAndPeriodViewTest.SP;
import static org.derkit.metering.StitchedNetAndPeriodViewTest.kwh;
import static org.derkit.metering.StitchedNetAndPeriodViewTest.period;
import static org.derkit.metering.StitchedNetAndPeriodViewTest.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;

/**
 * {@link NetSeriesAccumulator}: its per-hour state grows in both directions and to more decimal
 * places as periods arrive in any order, and gives exactly the stitcher's net; its refusals name
 * the meter, the periods and the local times.
 */
class SeriesAccumulatorGrowthTest {

    private static final IntervalClock CLOCK = IntervalClock.ameren();

    private static IntervalSeries accumulated(List<ReconstructedPeriod> periods) {
        NetSeriesAccumulator net = new NetSeriesAccumulator(CLOCK);
        periods.forEach(net::add);
        List<IntervalSeries> all = net.netSeries();
        assertEquals(1, all.size());
        assertEquals(Stitcher.stitch(periods).net(all.get(0).unit()).orElseThrow(), all.get(0), "the stitcher's net");
        return all.get(0);
    }

    @Test
    void a_period_added_before_an_earlier_one_keeps_the_hours_between_them_empty() {
        ReconstructedPeriod late = period("b.x12 ST 0001", kwh(M1, H, new int[] {10, 11, 12}, "10", "11", "12"));
        ReconstructedPeriod early = period("a.x12 ST 0001", kwh(M1, H, new int[] {0, 1, 2}, "0.5", "1", "2"));
        IntervalSeries net = accumulated(List.of(late, early));
        assertEquals(6, net.size());
        assertEquals(Instant.ofEpochSecond(H), net.start(0));
        assertEquals(Instant.ofEpochSecond(H + 2 * 3600L), net.start(2));
        assertEquals(Instant.ofEpochSecond(H + 10 * 3600L), net.start(3));
        assertEquals(new BigDecimal("0.5"), net.value(0));
        assertEquals(new BigDecimal("10"), net.value(3));
        assertEquals(new BigDecimal("36.5"), net.total());
    }

    @Test
    void a_period_added_after_a_later_one_and_one_after_both_are_placed_by_their_hours() {
        ReconstructedPeriod middle = period("b.x12 ST 0001", kwh(M1, H, new int[] {20, 21}, "20", "21"));
        ReconstructedPeriod first = period("a.x12 ST 0001", kwh(M1, H, new int[] {0}, "1"));
        ReconstructedPeriod last = period("c.x12 ST 0001", kwh(M1, H, new int[] {100, 101, 102}, "100", "101", "102"));
        IntervalSeries net = accumulated(List.of(middle, first, last));
        assertEquals(6, net.size());
        assertEquals(Instant.ofEpochSecond(H + 20 * 3600L), net.start(1));
        assertEquals(Instant.ofEpochSecond(H + 102 * 3600L), net.start(5));
        assertEquals(new BigDecimal("345"), net.total());
    }

    @Test
    void hours_missing_inside_the_first_period_stay_missing() {
        IntervalSeries net = accumulated(List.of(period("a.x12 ST 0001", kwh(M1, H, new int[] {0, 1, 5}, "1", "2", "3"))));
        assertEquals(3, net.size());
        assertEquals(Instant.ofEpochSecond(H + 5 * 3600L), net.start(2));
    }

    @Test
    void values_of_more_decimal_places_in_a_later_period_keep_the_earlier_values_exact() {
        ReconstructedPeriod a = period("a.x12 ST 0001", kwh(M1, H, new int[] {0, 1}, "1.5", "2.25"));
        ReconstructedPeriod b = period("b.x12 ST 0001", kwh(M2, H, new int[] {1, 2}, "0.125", "3.00001"));
        IntervalSeries net = accumulated(List.of(a, b));
        assertEquals(new BigDecimal("1.5"), net.value(0));
        assertEquals(new BigDecimal("2.375"), net.value(1));
        assertEquals(new BigDecimal("3.00001"), net.value(2));
    }

    @Test
    void the_net_of_meters_read_before_1970_is_accumulated() {
        long h1900 = Instant.parse("1900-06-01T06:00:00Z").getEpochSecond();
        ReconstructedPeriod p = period("old.x12 ST 0001", kwh(M1, h1900, new int[] {0, 1}, "3", "4"),
                series(M2, MeterRole.SUBTRACTIVE, MeterUnit.KWH, h1900, new int[] {1}, "1.25"));
        IntervalSeries net = accumulated(List.of(p));
        assertEquals(new BigDecimal("2.75"), net.value(1));
    }

    @Test
    void a_demand_meter_read_in_three_periods_keeps_the_larger_part_of_each_split_hour() {
        ReconstructedPeriod a = period("a.x12 ST 0001", series(M1, MeterRole.ADDITIVE, MeterUnit.KW, H,
                new int[] {0, 1, 2}, "1", "1", "4"));
        ReconstructedPeriod b = period("b.x12 ST 0001", series(M1, MeterRole.ADDITIVE, MeterUnit.KW, H,
                new int[] {2, 3, 4}, "3", "1", "2"));
        ReconstructedPeriod c = period("c.x12 ST 0001", series(M1, MeterRole.ADDITIVE, MeterUnit.KW, H,
                new int[] {4, 5}, "5", "1"));
        IntervalSeries net = accumulated(List.of(c, a, b));
        assertEquals(6, net.size());
        assertEquals(new BigDecimal("4"), net.value(2));
        assertEquals(2, net.parts(2));
        assertEquals(new BigDecimal("5"), net.value(4));
        assertEquals(2, net.parts(4));
        assertEquals(1, net.parts(3));
    }

    @Test
    void an_energy_meter_read_in_three_periods_sums_each_split_hour() {
        ReconstructedPeriod a = period("a.x12 ST 0001", kwh(M1, H, new int[] {0, 1}, "1", "0.5"));
        ReconstructedPeriod b = period("b.x12 ST 0001", kwh(M1, H, new int[] {1, 2}, "0.25", "0.75"));
        ReconstructedPeriod c = period("c.x12 ST 0001", kwh(M1, H, new int[] {2, 3}, "0.125", "1"));
        IntervalSeries net = accumulated(List.of(b, c, a));
        assertEquals(4, net.size());
        assertEquals(new BigDecimal("0.75"), net.value(1));
        assertEquals(new BigDecimal("0.875"), net.value(2));
        assertEquals(List.of(1, 2, 2, 1), List.of(net.parts(0), net.parts(1), net.parts(2), net.parts(3)));
    }

    @Test
    void an_overlap_names_the_later_added_period_the_meter_and_the_local_hours_shared() {
        ReconstructedPeriod a = period("a.x12 ST 0001", kwh(M1, H, new int[] {0, 1, 2}, "1", "1", "1"));
        ReconstructedPeriod b = period("b.x12 ST 0001", kwh(M1, H, new int[] {0, 1, 2}, "2", "2", "2"));
        NetSeriesAccumulator net = new NetSeriesAccumulator(CLOCK);
        net.add(a);
        net.add(b);
        UsageReadException e = assertThrows(UsageReadException.class, net::finish);
        assertEquals(1, e.problems().size());
        UsageProblem p = e.problems().get(0);
        assertEquals("OVERLAP", p.code());
        assertEquals("overlaps " + a + " from 2025-12-01T00:00-06:00 to 2025-12-01T03:00-06:00; only one shared"
                + " boundary hour is a split hour (" + b + ", meter 7001 kWh)", p.detail());
    }

    @Test
    void an_overlap_of_account_level_usage_names_it_as_such() {
        IntervalSeries.Builder x = IntervalSeries.accountBuilder(SP, MeterRole.ADDITIVE, MeterUnit.KWH, 60);
        IntervalSeries.Builder y = IntervalSeries.accountBuilder(SP, MeterRole.ADDITIVE, MeterUnit.KWH, 60);
        for (int i = 0; i < 3; i++) {
            x.add(Instant.ofEpochSecond(H + i * 3600L), BigDecimal.ONE, ReadingQuality.ACTUAL);
            y.add(Instant.ofEpochSecond(H + (i + 1) * 3600L), BigDecimal.ONE, ReadingQuality.ACTUAL);
        }
        NetSeriesAccumulator net = new NetSeriesAccumulator(CLOCK);
        net.add(period("a.x12 ST 0001", x.build()));
        net.add(period("b.x12 ST 0001", y.build()));
        UsageProblem p = assertThrows(UsageReadException.class, net::finish).problems().get(0);
        assertEquals("OVERLAP", p.code());
        assertTrue(p.detail().endsWith(", account-level usage kWh)"), p.detail());
        assertTrue(p.detail().contains(" to 2025-12-01T03:00-06:00;"), p.detail());
    }

    @Test
    void a_meter_that_changes_role_is_refused_naming_both_roles_and_the_first_period() {
        ReconstructedPeriod a = period("a.x12 ST 0001", kwh(M1, H, new int[] {0}, "1"));
        ReconstructedPeriod b = period("b.x12 ST 0001", series(M1, MeterRole.SUBTRACTIVE, MeterUnit.KWH, H,
                new int[] {1}, "1"));
        NetSeriesAccumulator net = new NetSeriesAccumulator(CLOCK);
        net.add(a);
        net.add(b);
        UsageReadException e = assertThrows(UsageReadException.class, net::netSeries);
        UsageProblem p = e.problems().get(0);
        assertEquals("ROLE_CHANGED", p.code());
        assertEquals("meter is " + MeterRole.SUBTRACTIVE + " here but " + MeterRole.ADDITIVE + " in " + a + " ("
                + b + ", meter 7001 kWh)", p.detail());
        assertEquals("a.x12, b.x12", e.source());
    }
}
