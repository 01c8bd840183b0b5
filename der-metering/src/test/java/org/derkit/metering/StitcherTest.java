package org.derkit.metering;

import org.derkit.model.retail.ReadingQuality;
import static org.derkit.metering.Fixtures.M1;
import static org.derkit.metering.Fixtures.M2;
import static org.derkit.metering.Fixtures.fmt;
import static org.derkit.metering.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;

class StitcherTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 1);
    private final IntervalReconstructor r = IntervalReconstructor.ameren();

    private static MeterChannel values(MeterNumber meter, MeterRole role, LocalDate day, String[] times, String... values) {
        MeterChannel.Builder b = MeterChannel.builder(meter, role, MeterUnit.KWH);
        for (int i = 0; i < times.length; i++) {
            b.add(day, times[i], new BigDecimal(values[i]), ReadingQuality.ACTUAL);
        }
        return b.build();
    }

    /** Period 1 read at 14:30: its last value (label 1500) holds 14:00-14:30; period 2 starts with label 1500 again. */
    private List<ReconstructedPeriod> splitAtHalfPastTwo() {
        ReconstructedPeriod p1 = r.reconstruct(report(DAY.minusDays(1), DAY,
                values(M1, MeterRole.ADDITIVE, DAY, new String[] {"1300", "1400", "1500"}, "61.2", "58", "20.25")));
        ReconstructedPeriod p2 = r.reconstruct(report(DAY, DAY.plusDays(30),
                values(M1, MeterRole.ADDITIVE, DAY, new String[] {"1500", "1600"}, "30.5", "70.125")));
        return List.of(p1, p2);
    }

    @Test
    void RES_21_split_hour_parts_are_summed_once_and_stay_attributed_to_their_periods() {
        List<ReconstructedPeriod> periods = splitAtHalfPastTwo();
        ServicePointUsage u = Stitcher.stitch(List.of(periods.get(1), periods.get(0)));
        IntervalSeries s = u.meterSeries().get(0);
        assertEquals(4, s.size());
        assertEquals("2025-12-01T14:00-06:00", fmt(s.start(2)));
        assertEquals(new BigDecimal("50.75"), s.value(2));
        assertEquals(2, s.parts(2));
        assertEquals(1, s.parts(3));
        assertEquals(new BigDecimal("240.075"), s.total());
        assertEquals(List.of(new SplitHour(Optional.of(M1), MeterUnit.KWH, s.start(2), 0, 1, new BigDecimal("20.25"),
                new BigDecimal("30.5"))), u.splitHours());
        PeriodUsage first = u.periodView().get(0);
        PeriodUsage second = u.periodView().get(1);
        assertEquals(new BigDecimal("139.45"), first.additive());
        assertEquals(Optional.of(s.start(2)), first.partialLastHour());
        assertEquals(new BigDecimal("100.625"), second.net());
        assertEquals(Optional.of(s.start(2)), second.partialFirstHour());
        assertEquals(u.meterSeries().get(0).total(), first.net().add(second.net()));
        assertTrue(u.isEnergyConserved());
        assertEquals(2, u.netSeries().get(0).parts(2));
    }

    @Test
    void RES_21_account_level_usage_split_between_two_periods_is_stitched_without_a_meter() {
        List<ReconstructedPeriod> metered = splitAtHalfPastTwo();
        ServicePointId sp = metered.get(0).servicePoint();
        long h14 = metered.get(1).meters().get(0).startSeconds(0);
        IntervalSeries first = IntervalSeries.accountBuilder(sp, MeterRole.ADDITIVE, MeterUnit.KWH, 60)
                .add(h14 - 3600, 58, 0, 1, false).add(h14, 2025, 2, 1, false).build();
        IntervalSeries second = IntervalSeries.accountBuilder(sp, MeterRole.ADDITIVE, MeterUnit.KWH, 60)
                .add(h14, 305, 1, 1, false).add(h14 + 3600, 70125, 3, 1, false).build();
        ServicePointUsage u = Stitcher.stitch(List.of(
                new ReconstructedPeriod(sp, metered.get(0).period(), "first", List.of(first)),
                new ReconstructedPeriod(sp, metered.get(1).period(), "second", List.of(second))));
        assertEquals(List.of(new SplitHour(Optional.empty(), MeterUnit.KWH, Instant.ofEpochSecond(h14), 0, 1,
                new BigDecimal("20.25"), new BigDecimal("30.5"))), u.splitHours());
        IntervalSeries s = u.meterSeries().get(0);
        assertTrue(s.isAccountLevel());
        assertEquals(3, s.size());
        assertEquals(new BigDecimal("50.75"), s.value(1));
        assertEquals(new BigDecimal("178.875"), s.total());
        assertTrue(u.isEnergyConserved());
    }

    @Test
    void RES_18_net_is_additive_minus_subtractive_per_hour_and_may_be_negative() {
        String[] t = {"0100", "0200"};
        ReconstructedPeriod p = r.reconstruct(report(DAY, DAY,
                values(M1, MeterRole.ADDITIVE, DAY, t, "10.5", "2"),
                values(M2, MeterRole.SUBTRACTIVE, DAY, t, "4.25", "3.5")));
        ServicePointUsage u = Stitcher.stitch(List.of(p));
        IntervalSeries net = u.net(MeterUnit.KWH).orElseThrow();
        assertTrue(net.isNet());
        assertEquals(new BigDecimal("6.25"), net.value(0));
        assertEquals(new BigDecimal("-1.5"), net.value(1));
        assertEquals(2, u.meterSeries().size());
        assertEquals(new BigDecimal("4.75"), u.periodView().get(0).net());
        assertTrue(u.isEnergyConserved());
    }

    @Test
    void RES_21_an_overlap_of_more_than_the_boundary_hour_is_reported() {
        ReconstructedPeriod p1 = r.reconstruct(report(DAY, DAY,
                values(M1, MeterRole.ADDITIVE, DAY, new String[] {"0100", "0200", "0300"}, "1", "1", "1")));
        ReconstructedPeriod p2 = r.reconstruct(report(DAY, DAY,
                values(M1, MeterRole.ADDITIVE, DAY, new String[] {"0200", "0300"}, "1", "1")));
        MeteringException e = assertThrows(MeteringException.class, () -> Stitcher.stitch(List.of(p1, p2)));
        assertEquals(MeteringProblem.Kind.OVERLAP, e.problems().get(0).kind());
    }

    @Test
    void a_meter_that_changes_role_between_periods_is_reported() {
        ReconstructedPeriod p1 = r.reconstruct(report(DAY, DAY,
                values(M1, MeterRole.ADDITIVE, DAY, new String[] {"0100"}, "1")));
        ReconstructedPeriod p2 = r.reconstruct(report(DAY, DAY,
                values(M1, MeterRole.SUBTRACTIVE, DAY, new String[] {"0200"}, "1")));
        MeteringException e = assertThrows(MeteringException.class, () -> Stitcher.stitch(List.of(p1, p2)));
        assertEquals(MeteringProblem.Kind.ROLE_CHANGED, e.problems().get(0).kind());
    }
}
