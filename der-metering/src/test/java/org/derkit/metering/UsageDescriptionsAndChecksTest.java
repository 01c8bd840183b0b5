package org.derkit.metering;

import static org.derkit.metering.Fixtures.M1;
import static org.derkit.metering.Fixtures.SP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;

/**
 * The descriptions of reports, periods and problems, the whole value of a split hour, and the
 * energy-conservation check of a stitched service point.
 */
class UsageDescriptionsAndChecksTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 4);
    private static final BillingPeriod PERIOD = new BillingPeriod(DAY, DAY.plusDays(1));
    private static final Instant T0 = Instant.parse("2025-07-04T05:00:00Z");

    private static IntervalSeries meter(MeterRole role, Instant start, String value) {
        return IntervalSeries.meterBuilder(SP, M1, role, MeterUnit.KWH, 60)
                .add(start, new BigDecimal(value), ReadingQuality.ACTUAL).build();
    }

    private static IntervalSeries net(String value) {
        return IntervalSeries.netBuilder(SP, MeterUnit.KWH, 60).add(T0, new BigDecimal(value), ReadingQuality.ACTUAL)
                .build();
    }

    @Test
    void a_report_names_service_point_period_source_and_channel_count() {
        MeterChannel c = Fixtures.channel(M1, MeterRole.ADDITIVE, DAY, "0100").build();
        assertEquals("service point 90000001 2025-07-04..2025-07-05 (a.x12), 1 channels",
                new UsageReport(SP, PERIOD, "a.x12", List.of(c)).toString());
        assertEquals("service point 90000001 2025-07-04..2025-07-05, 0 channels",
                new UsageReport(SP, PERIOD, "", List.of()).toString());
    }

    @Test
    void a_reconstructed_period_names_its_source_only_when_it_has_one() {
        assertEquals("service point 90000001 2025-07-04..2025-07-05 (a.x12)",
                new ReconstructedPeriod(SP, PERIOD, "a.x12", List.of()).toString());
        assertEquals("service point 90000001 2025-07-04..2025-07-05",
                new ReconstructedPeriod(SP, PERIOD, "", List.of()).toString());
    }

    @Test
    void a_periods_first_start_is_the_earliest_of_its_meters_and_an_empty_period_sorts_last() {
        IntervalSeries later = meter(MeterRole.ADDITIVE, T0.plusSeconds(7200), "1");
        IntervalSeries earlier = meter(MeterRole.SUBTRACTIVE, T0.plusSeconds(3600), "1");
        IntervalSeries empty = IntervalSeries.meterBuilder(SP, M1, MeterRole.ADDITIVE, MeterUnit.KW, 60).build();
        assertEquals(T0.getEpochSecond() + 3600,
                new ReconstructedPeriod(SP, PERIOD, "a", List.of(empty, later, earlier)).firstStartSeconds());
        assertEquals(Long.MAX_VALUE, new ReconstructedPeriod(SP, PERIOD, "a", List.of(empty)).firstStartSeconds());
    }

    @Test
    void a_usage_problem_is_its_source_then_its_message() {
        assertEquals("a.x12: no service point (REF*LU)",
                new UsageProblem("a.x12", "MISSING_DATA", "no service point (REF*LU)", Optional.empty()).toString());
    }

    @Test
    void a_split_hour_of_energy_is_the_sum_of_its_parts_and_of_demand_the_larger_part() {
        assertEquals(new BigDecimal("3.75"), new SplitHour(Optional.of(M1), MeterUnit.KWH, T0, 0, 1, new BigDecimal("1.5"),
                new BigDecimal("2.25")).total());
        assertEquals(new BigDecimal("2.25"), new SplitHour(Optional.of(M1), MeterUnit.KW, T0, 0, 1, new BigDecimal("1.5"),
                new BigDecimal("2.25")).total());
        assertEquals(new BigDecimal("7"), new SplitHour(Optional.of(M1), MeterUnit.KW, T0, 0, 1, new BigDecimal("7"),
                new BigDecimal("2.25")).total());
    }

    @Test
    void the_net_of_a_unit_no_meter_reported_is_absent() {
        ServicePointUsage u = Stitcher.stitch(List.of(new ReconstructedPeriod(SP, PERIOD, "a",
                List.of(meter(MeterRole.ADDITIVE, T0, "1.5")))));
        assertEquals(new BigDecimal("1.5"), u.net(MeterUnit.KWH).orElseThrow().total());
        assertEquals(Optional.empty(), u.net(MeterUnit.KW));
        assertTrue(u.isEnergyConserved());
    }

    @Test
    void energy_is_not_conserved_when_a_stitched_meter_total_differs_from_its_periods() {
        ReconstructedPeriod p = new ReconstructedPeriod(SP, PERIOD, "a", List.of(meter(MeterRole.ADDITIVE, T0, "1")));
        ServicePointUsage u = new ServicePointUsage(SP, List.of(p), List.of(meter(MeterRole.ADDITIVE, T0, "2")),
                List.of(), List.of(), List.of());
        assertFalse(u.isEnergyConserved());
    }

    @Test
    void energy_is_not_conserved_when_the_net_differs_from_additive_minus_subtractive() {
        IntervalSeries m = meter(MeterRole.ADDITIVE, T0, "1");
        ReconstructedPeriod p = new ReconstructedPeriod(SP, PERIOD, "a", List.of(m));
        assertTrue(new ServicePointUsage(SP, List.of(p), List.of(m), List.of(net("1")), List.of(), List.of())
                .isEnergyConserved());
        assertFalse(new ServicePointUsage(SP, List.of(p), List.of(m), List.of(net("5")), List.of(), List.of())
                .isEnergyConserved());
    }

    @Test
    void meters_with_more_decimal_places_than_the_first_net_exactly() {
        IntervalSeries oneDecimal = meter(MeterRole.ADDITIVE, T0, "1.5");
        IntervalSeries threeDecimals = IntervalSeries.meterBuilder(SP, Fixtures.M2, MeterRole.SUBTRACTIVE,
                MeterUnit.KWH, 60).add(T0, new BigDecimal("0.125"), ReadingQuality.ACTUAL).build();
        IntervalSeries net = Stitcher.net(SP, MeterUnit.KWH, List.of(oneDecimal, threeDecimals));
        assertEquals(0, new BigDecimal("1.375").compareTo(net.value(0)), net.value(0)::toPlainString);
    }
}
