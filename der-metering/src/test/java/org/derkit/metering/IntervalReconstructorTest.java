package org.derkit.metering;

import org.derkit.model.retail.ReadingQuality;
import org.derkit.model.retail.IntervalLabel;
import org.derkit.model.retail.IntervalClock;
import static org.derkit.metering.Fixtures.M1;
import static org.derkit.metering.Fixtures.channel;
import static org.derkit.metering.Fixtures.fmt;
import static org.derkit.metering.Fixtures.hours;
import static org.derkit.metering.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IntervalReconstructorTest {

    private final IntervalReconstructor reconstructor = IntervalReconstructor.ameren();
    private static final LocalDate SPRING_2024 = LocalDate.of(2024, 3, 10);
    private static final LocalDate FALL_2024 = LocalDate.of(2024, 11, 3);

    private IntervalSeries one(LocalDate day, String... times) {
        MeterChannel c = channel(M1, MeterRole.ADDITIVE, day, times).build();
        return reconstructor.reconstruct(report(day, day.plusDays(1), c)).meters().get(0);
    }

    private List<MeteringProblem> problems(LocalDate from, LocalDate to, MeterChannel c) {
        return reconstructor.check(report(from, to, c));
    }

    @Nested
    class Worked_cases {

        @Test
        void RES_20_spring_forward_2024_gives_23_contiguous_hours() {
            IntervalSeries s = one(SPRING_2024, hours(1, 23));
            assertEquals(23, s.size());
            assertEquals("2024-03-10T00:00-06:00", fmt(s.start(0)));
            assertEquals("2024-03-10T01:00-06:00", fmt(s.start(1)));
            assertEquals("2024-03-10T03:00-05:00", fmt(s.start(2)));
            assertEquals("2024-03-11T00:00-05:00", fmt(s.end(22)));
        }

        @Test
        void RES_20_fall_back_2024_gives_25_hours_and_keeps_both_one_oclock_hours() {
            IntervalSeries s = one(FALL_2024, hours(1, 25));
            assertEquals(25, s.size());
            assertEquals("2024-11-03T01:00-05:00", fmt(s.start(1)));
            assertEquals("2024-11-03T01:00-06:00", fmt(s.start(2)));
            assertEquals(new BigDecimal("2"), s.value(1));
            assertEquals(new BigDecimal("3"), s.value(2));
            assertEquals("2024-11-04T00:00-06:00", fmt(s.end(24)));
        }

        @Test
        void RES_20_spring_forward_and_fall_back_2025_give_23_and_25_hours() {
            assertEquals(23, one(LocalDate.of(2025, 3, 9), hours(1, 23)).size());
            IntervalSeries fall = one(LocalDate.of(2025, 11, 2), hours(1, 25));
            assertEquals(25, fall.size());
            assertEquals("2025-11-02T01:00-06:00", fmt(fall.start(2)));
        }

        @Test
        void midnight_of_the_next_day_style_gives_the_same_intervals() {
            String[] t = hours(1, 25);
            MeterChannel.Builder b = channel(M1, MeterRole.ADDITIVE, FALL_2024, Arrays.copyOf(t, 24));
            b.add(FALL_2024.plusDays(1), "0000", new BigDecimal("25"), ReadingQuality.ACTUAL);
            IntervalSeries midnight = reconstructor.reconstruct(report(FALL_2024, FALL_2024.plusDays(1), b.build()))
                    .meters().get(0);
            assertEquals(one(FALL_2024, t), midnight);
        }

        @Test
        void fifteen_minute_data_gives_92_intervals_on_the_spring_forward_day() {
            IntervalReconstructor q = IntervalReconstructor.of(IntervalClock.ameren().withIntervalMinutes(15));
            MeterChannel.Builder b = MeterChannel.builder(M1, MeterRole.ADDITIVE, MeterUnit.KWH);
            for (int m = 15; m <= 23 * 60; m += 15) {
                b.add(new IntervalLabel(SPRING_2024, m), BigDecimal.ONE, ReadingQuality.ACTUAL);
            }
            IntervalSeries s = q.reconstruct(report(SPRING_2024, SPRING_2024, b.build())).meters().get(0);
            assertEquals(92, s.size());
            assertEquals("2024-03-10T03:00-05:00", fmt(s.start(8)));
        }
    }

    @Nested
    class Problems_are_reported_with_location {

        @Test
        void RES_20_label_2400_on_the_spring_forward_day_is_out_of_range() {
            List<MeteringProblem> p = problems(SPRING_2024, SPRING_2024.plusDays(1),
                    channel(M1, MeterRole.ADDITIVE, SPRING_2024, hours(1, 24)).build());
            assertEquals(1, p.size());
            assertEquals(MeteringProblem.Kind.LABEL_OUT_OF_RANGE, p.get(0).kind());
            assertEquals("label 20240310 2400 is not a multiple of 60 min up to the day's 1380 min (23-hour day)"
                    + " (test.x12, service point 90000001, meter 7000001 kWh, value 24 (label 20240310 2400))",
                    p.get(0).message());
        }

        @Test
        void a_missing_hour_is_a_gap_and_a_wrong_day_count() {
            List<String> t = new ArrayList<>(Arrays.asList(hours(1, 24)));
            t.remove("0500");
            MeterChannel.Builder b = channel(M1, MeterRole.ADDITIVE, LocalDate.of(2025, 7, 4), t.toArray(new String[0]));
            b.add(LocalDate.of(2025, 7, 5), "0100", BigDecimal.ONE, ReadingQuality.ACTUAL);
            List<MeteringProblem> p = problems(LocalDate.of(2025, 7, 4), LocalDate.of(2025, 7, 5), b.build());
            assertEquals(List.of(MeteringProblem.Kind.GAP, MeteringProblem.Kind.WRONG_DAY_COUNT),
                    p.stream().map(MeteringProblem::kind).toList());
            assertEquals("gap: 1 intervals missing from 2025-07-04T04:00-05:00 to 2025-07-04T05:00-05:00",
                    p.get(0).detail());
            assertEquals("local day 2025-07-04 has 23 intervals; the zone rules give 24 (24-hour day)", p.get(1).detail());
        }

        @Test
        void a_repeated_label_is_a_duplicate_and_a_step_back_is_out_of_order() {
            MeterChannel c = channel(M1, MeterRole.ADDITIVE, FALL_2024, "0100", "0200", "0200", "0400", "0300").build();
            List<MeteringProblem> p = problems(FALL_2024, FALL_2024, c);
            assertEquals(List.of(MeteringProblem.Kind.DUPLICATE, MeteringProblem.Kind.GAP, MeteringProblem.Kind.OUT_OF_ORDER),
                    p.stream().map(MeteringProblem::kind).toList());
            assertTrue(p.get(0).location().endsWith("value 3 (label 20241103 0200)"), p.get(0).location());
        }

        @Test
        void a_value_outside_the_billing_period_is_reported() {
            MeterChannel c = channel(M1, MeterRole.ADDITIVE, LocalDate.of(2025, 7, 4), "0100").build();
            List<MeteringProblem> p = problems(LocalDate.of(2025, 7, 5), LocalDate.of(2025, 7, 6), c);
            assertEquals(MeteringProblem.Kind.OUTSIDE_PERIOD, p.get(0).kind());
        }

        @Test
        void the_same_meter_and_unit_twice_in_one_report_is_reported() {
            MeterChannel c = channel(M1, MeterRole.ADDITIVE, LocalDate.of(2025, 7, 4), "0100").build();
            List<MeteringProblem> p = reconstructor.check(report(LocalDate.of(2025, 7, 4), LocalDate.of(2025, 7, 4), c, c));
            assertEquals(MeteringProblem.Kind.DUPLICATE_CHANNEL, p.get(0).kind());
        }

        @Test
        void reconstruct_throws_with_every_problem() {
            MeterChannel c = channel(M1, MeterRole.ADDITIVE, SPRING_2024, "0100", "0100", "2400").build();
            MeteringException e = assertThrows(MeteringException.class,
                    () -> reconstructor.reconstruct(report(SPRING_2024, SPRING_2024, c)));
            assertEquals(2, e.problems().size());
            assertTrue(e.getMessage().startsWith("2 problems in meter data:\n  DUPLICATE: "), e.getMessage());
        }
    }
}
