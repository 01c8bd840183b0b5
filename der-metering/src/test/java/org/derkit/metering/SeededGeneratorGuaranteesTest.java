package org.derkit.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.EndOfDayStyle;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.IntervalLabel;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;

/**
 * The documented guarantees of {@link IntervalGenerators}, which users' property tests rely on:
 * determinism per seed, ranges, stated counts and sums, and the stated frequencies.
 */
class SeededGeneratorGuaranteesTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ServicePointId SP = ServicePointId.of("90000001");

    @Test
    void transition_days_are_the_spring_forward_and_fall_back_days_of_each_year_in_order() {
        assertEquals(List.of(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 11, 3)),
                IntervalGenerators.transitionDays(CHICAGO, 2024, 2024));
        assertEquals(List.of(LocalDate.of(2023, 3, 12), LocalDate.of(2023, 11, 5), LocalDate.of(2024, 3, 10),
                LocalDate.of(2024, 11, 3), LocalDate.of(2025, 3, 9), LocalDate.of(2025, 11, 2)),
                IntervalGenerators.transitionDays(CHICAGO, 2023, 2025));
        assertEquals(262, IntervalGenerators.transitionDays(CHICAGO, 1970, 2100).size());
    }

    @Test
    void a_zone_without_offset_changes_has_no_transition_days() {
        assertEquals(List.of(), IntervalGenerators.transitionDays(ZoneId.of("UTC"), 2024, 2025));
        // Tokyo's last change was in 1951: no next transition at all
        assertEquals(List.of(), IntervalGenerators.transitionDays(ZoneId.of("Asia/Tokyo"), 2000, 2001));
    }

    @Test
    void every_day_from_1970_to_2100_comes_once_with_the_transition_days_first_then_shuffled() {
        List<LocalDate> days = IntervalGenerators.seeded(7).daysDstFirst(CHICAGO);
        assertEquals(47_847, days.size());
        assertEquals(47_847, new HashSet<>(days).size());
        List<LocalDate> transitions = IntervalGenerators.transitionDays(CHICAGO, 1970, 2100);
        assertEquals(transitions, days.subList(0, transitions.size()));
        List<LocalDate> rest = days.subList(transitions.size(), days.size());
        assertTrue(rest.stream().allMatch(d -> d.getYear() >= 1970 && d.getYear() <= 2100));
        int ascending = 0;
        for (int i = 1; i < rest.size(); i++) {
            ascending += rest.get(i).isAfter(rest.get(i - 1)) ? 1 : 0;
        }
        // a random order: about half the neighbours ascend, not all of them
        assertTrue(ascending > rest.size() * 4 / 10 && ascending < rest.size() * 6 / 10, "ascending " + ascending);
        assertEquals(days, IntervalGenerators.seeded(7).daysDstFirst(CHICAGO), "the same seed, the same order");
        assertNotEquals(days, IntervalGenerators.seeded(8).daysDstFirst(CHICAGO));
    }

    @Test
    void days_lie_from_1970_to_2100_and_are_transition_days_about_one_time_in_three() {
        IntervalGenerators g = IntervalGenerators.seeded(11);
        Set<LocalDate> transitions = new HashSet<>(IntervalGenerators.transitionDays(CHICAGO, 1970, 2100));
        int n = 3000;
        int onTransition = 0;
        int minYear = 9999;
        int maxYear = 0;
        for (int i = 0; i < n; i++) {
            LocalDate d = g.day(CHICAGO);
            onTransition += transitions.contains(d) ? 1 : 0;
            minYear = Math.min(minYear, d.getYear());
            maxYear = Math.max(maxYear, d.getYear());
        }
        assertTrue(minYear >= 1970 && minYear <= 1972, "earliest year " + minYear);
        assertTrue(maxYear <= 2100 && maxYear >= 2098, "latest year " + maxYear);
        // one in three, plus the few ordinary draws that land on a transition day
        assertTrue(onTransition > n * 28 / 100 && onTransition < n * 40 / 100, "transition days " + onTransition);
    }

    @Test
    void a_zone_without_transitions_still_gives_days() {
        IntervalGenerators g = IntervalGenerators.seeded(3);
        for (int i = 0; i < 30; i++) {
            LocalDate d = g.day(ZoneId.of("UTC"));
            assertTrue(d.getYear() >= 1970 && d.getYear() <= 2100, d::toString);
        }
    }

    @Test
    void values_are_exact_from_0_to_5000_with_up_to_3_places_and_zero_now_and_then() {
        IntervalGenerators g = IntervalGenerators.seeded(5);
        int n = 4000;
        int zeros = 0;
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal maxThreePlaces = BigDecimal.ZERO;
        Set<Integer> scales = new HashSet<>();
        for (int i = 0; i < n; i++) {
            BigDecimal v = g.value();
            assertTrue(v.signum() >= 0 && v.compareTo(new BigDecimal("5000")) <= 0, v::toPlainString);
            assertTrue(v.scale() >= 0 && v.scale() <= 3, v::toPlainString);
            scales.add(v.scale());
            zeros += v.signum() == 0 ? 1 : 0;
            max = max.max(v);
            if (v.scale() == 3) {
                maxThreePlaces = maxThreePlaces.max(v);
            }
        }
        assertEquals(Set.of(0, 1, 2, 3), scales);
        assertTrue(zeros > n * 6 / 100 && zeros < n * 15 / 100, "zeros " + zeros);
        assertTrue(max.compareTo(new BigDecimal("4900")) > 0, "largest " + max);
        assertTrue(maxThreePlaces.compareTo(new BigDecimal("4900")) > 0, "largest with 3 places " + maxThreePlaces);
    }

    @Test
    void nextInt_is_seeded_and_covers_its_bound() {
        IntervalGenerators a = IntervalGenerators.seeded(42);
        IntervalGenerators b = IntervalGenerators.seeded(42);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int x = a.nextInt(10);
            assertEquals(x, b.nextInt(10));
            assertTrue(x >= 0 && x < 10);
            seen.add(x);
        }
        assertEquals(10, seen.size());
    }

    @Test
    void a_channel_has_the_stated_count_of_contiguous_elapsed_time_labels_across_the_fall_back_day() {
        IntervalClock clock = IntervalClock.ameren();
        Instant from = LocalDate.of(2024, 11, 3).atStartOfDay(CHICAGO).toInstant();
        MeterChannel c = IntervalGenerators.seeded(1).channel(Fixtures.M1, MeterRole.SUBTRACTIVE, MeterUnit.KWH, from,
                26, clock, EndOfDayStyle.END_OF_DAY_2400);
        assertEquals(26, c.size());
        assertEquals(Fixtures.M1, c.meter());
        assertEquals(MeterRole.SUBTRACTIVE, c.role());
        assertEquals(new IntervalLabel(LocalDate.of(2024, 11, 3), 60), c.label(0));
        assertEquals(new IntervalLabel(LocalDate.of(2024, 11, 3), 120), c.label(1));
        assertEquals(new IntervalLabel(LocalDate.of(2024, 11, 3), 1500), c.label(24), "the 25th hour ends at 2500");
        assertEquals(new IntervalLabel(LocalDate.of(2024, 11, 4), 60), c.label(25));
    }

    @Test
    void a_quarter_hour_channel_ending_at_midnight_is_labelled_0000_of_the_next_day_in_that_style() {
        IntervalClock clock = IntervalClock.ameren().withIntervalMinutes(15);
        Instant from = LocalDate.of(2025, 7, 4).atStartOfDay(CHICAGO).toInstant().plusSeconds(23 * 3600);
        MeterChannel c = IntervalGenerators.seeded(2).channel(Fixtures.M2, MeterRole.ADDITIVE, MeterUnit.KW, from, 4,
                clock, EndOfDayStyle.MIDNIGHT_NEXT_DAY);
        assertEquals(4, c.size());
        assertEquals(MeterUnit.KW, c.unit());
        assertEquals(new IntervalLabel(LocalDate.of(2025, 7, 4), 23 * 60 + 15), c.label(0));
        assertEquals(new IntervalLabel(LocalDate.of(2025, 7, 5), 0), c.label(3));
    }

    @Test
    void channel_values_are_generator_values_and_one_in_twenty_is_estimated() {
        IntervalClock clock = IntervalClock.ameren();
        Instant from = LocalDate.of(2025, 1, 1).atStartOfDay(CHICAGO).toInstant();
        int n = 4000;
        MeterChannel c = IntervalGenerators.seeded(9).channel(Fixtures.M1, MeterRole.ADDITIVE, MeterUnit.KWH, from, n,
                clock, EndOfDayStyle.END_OF_DAY_2400);
        int estimated = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal v = c.value(i);
            assertTrue(v.signum() >= 0 && v.compareTo(new BigDecimal("5000")) <= 0, v::toPlainString);
            estimated += c.quality(i) == ReadingQuality.ESTIMATED ? 1 : 0;
        }
        assertTrue(estimated > n * 2 / 100 && estimated < n * 9 / 100, "estimated " + estimated);
        assertEquals(c, IntervalGenerators.seeded(9).channel(Fixtures.M1, MeterRole.ADDITIVE, MeterUnit.KWH, from, n,
                clock, EndOfDayStyle.END_OF_DAY_2400), "the same seed, the same channel");
        assertNotEquals(c, IntervalGenerators.seeded(10).channel(Fixtures.M1, MeterRole.ADDITIVE, MeterUnit.KWH, from,
                n, clock, EndOfDayStyle.END_OF_DAY_2400));
    }

    @Test
    void a_service_point_has_its_stated_periods_meters_and_hours() {
        LocalDate first = LocalDate.of(2025, 3, 1);
        IntervalGenerators.GeneratedServicePoint sp = IntervalGenerators.seeded(21).servicePoint(SP, first, 200, 4, 2, 1);
        assertEquals(SP, sp.servicePoint());
        assertEquals(4, sp.reports().size());
        assertEquals(3, sp.truth().size());
        List<MeterNumber> meters = List.of(MeterNumber.of("7000001"), MeterNumber.of("7000002"),
                MeterNumber.of("7000003"));
        List<MeterRole> roles = List.of(MeterRole.ADDITIVE, MeterRole.ADDITIVE, MeterRole.SUBTRACTIVE);
        long t0 = first.atStartOfDay(CHICAGO).toEpochSecond();
        for (int m = 0; m < 3; m++) {
            IntervalSeries s = sp.truth().get(m);
            assertEquals(meters.get(m), s.meter().orElseThrow());
            assertEquals(roles.get(m), s.role().orElseThrow());
            assertEquals(MeterUnit.KWH, s.unit());
            assertEquals(60, s.intervalMinutes());
            assertEquals(200, s.size());
            for (int h = 0; h < 200; h++) {
                assertEquals(t0 + h * 3600L, s.startSeconds(h));
            }
        }
        for (int p = 0; p < 4; p++) {
            UsageReport r = sp.reports().get(p);
            assertEquals(SP, r.servicePoint());
            assertEquals("generated period " + (p + 1), r.source());
            assertEquals(meters, r.channels().stream().map(MeterChannel::meter).toList());
            assertEquals(roles, r.channels().stream().map(MeterChannel::role).toList());
        }
        assertEquals(first, sp.reports().get(0).period().start());
        // the last hour starts 199 hours after midnight March 1: on March 9, after the spring-forward
        assertEquals(LocalDate.of(2025, 3, 9), sp.reports().get(3).period().end());
    }

    @Test
    void each_report_covers_its_hours_and_the_reports_add_up_to_the_truth_meter_by_meter() {
        IntervalGenerators g = IntervalGenerators.seeded(33);
        int splits = 0;
        int boundaries = 0;
        int innerSplitParts = 0;
        for (int k = 0; k < 40; k++) {
            LocalDate first = LocalDate.of(2024, 1, 1).plusDays(k * 9L);
            int hours = 48 + k * 5;
            int periods = 1 + k % 5;
            IntervalGenerators.GeneratedServicePoint sp = g.servicePoint(SP, first, hours, periods, 1 + k % 2, k % 3);
            long t0 = first.atStartOfDay(CHICAGO).toEpochSecond();
            int meters = sp.truth().size();
            for (int m = 0; m < meters; m++) {
                IntervalSeries truth = sp.truth().get(m);
                BigDecimal reported = BigDecimal.ZERO;
                int values = 0;
                for (UsageReport r : sp.reports()) {
                    MeterChannel c = r.channels().get(m);
                    values += c.size();
                    for (int i = 0; i < c.size(); i++) {
                        reported = reported.add(c.value(i));
                    }
                }
                assertEquals(0, truth.total().compareTo(reported), "seed 33 case " + k + " meter " + m);
                int split = 0;
                for (int h = 0; h < truth.size(); h++) {
                    split += truth.parts(h) == 2 ? 1 : 0;
                }
                assertEquals(hours + split, values, "a split hour is reported by both periods");
                if (m == 0) {
                    splits += split;
                    boundaries += periods - 1;
                }
            }
            // consecutive reports: a split hour is the last of one and the first of the next, parts add up
            for (int p = 0; p + 1 < periods; p++) {
                MeterChannel end = sp.reports().get(p).channels().get(0);
                MeterChannel next = sp.reports().get(p + 1).channels().get(0);
                Instant lastEnd = IntervalClock.ameren().intervalEnd(end.label(end.size() - 1));
                Instant nextEnd = IntervalClock.ameren().intervalEnd(next.label(0));
                assertTrue(lastEnd.equals(nextEnd) || lastEnd.plusSeconds(3600).equals(nextEnd));
                if (lastEnd.equals(nextEnd)) {
                    int h = (int) ((lastEnd.getEpochSecond() - 3600 - t0) / 3600);
                    BigDecimal whole = sp.truth().get(0).value(h);
                    BigDecimal a = end.value(end.size() - 1);
                    assertEquals(0, whole.compareTo(a.add(next.value(0))));
                    assertEquals(2, sp.truth().get(0).parts(h));
                    innerSplitParts += a.signum() > 0 && a.compareTo(whole) < 0 ? 1 : 0;
                }
            }
        }
        // each boundary is a split hour with probability one half
        assertTrue(boundaries > 60, "boundaries " + boundaries);
        assertTrue(splits > boundaries * 3 / 10 && splits < boundaries * 7 / 10, splits + " of " + boundaries);
        assertTrue(innerSplitParts > splits * 8 / 10, "the hour's value is divided into two parts, not given to one");
    }

    @Test
    void service_point_values_stay_in_range_and_a_few_are_estimated() {
        IntervalGenerators.GeneratedServicePoint sp = IntervalGenerators.seeded(4).servicePoint(SP,
                LocalDate.of(2025, 5, 1), 3000, 2, 1, 1);
        IntervalSeries additive = sp.truth().get(0);
        IntervalSeries subtractive = sp.truth().get(1);
        BigDecimal maxAdditive = BigDecimal.ZERO;
        BigDecimal maxSubtractive = BigDecimal.ZERO;
        int estimated = 0;
        for (int h = 0; h < 3000; h++) {
            assertEquals(3, additive.scale(h));
            assertTrue(additive.value(h).signum() >= 0 && subtractive.value(h).signum() >= 0);
            maxAdditive = maxAdditive.max(additive.value(h));
            maxSubtractive = maxSubtractive.max(subtractive.value(h));
            estimated += additive.quality(h) == ReadingQuality.ESTIMATED ? 1 : 0;
            estimated += subtractive.quality(h) == ReadingQuality.ESTIMATED ? 1 : 0;
        }
        assertTrue(maxAdditive.compareTo(new BigDecimal("4900")) > 0 && maxAdditive.compareTo(new BigDecimal("5000")) < 0,
                "additive meters read up to 5000 kWh: " + maxAdditive);
        assertTrue(maxSubtractive.compareTo(new BigDecimal("990")) > 0
                && maxSubtractive.compareTo(new BigDecimal("1000")) < 0, "subtractive up to 1000 kWh: " + maxSubtractive);
        // one in fifty estimated: about 120 of 6000
        assertTrue(estimated > 60 && estimated < 200, "estimated " + estimated);
    }

    @Test
    void one_report_in_three_labels_its_midnights_0000_of_the_next_day() {
        IntervalGenerators g = IntervalGenerators.seeded(77);
        int midnightStyle = 0;
        int reports = 0;
        for (int k = 0; k < 60; k++) {
            IntervalGenerators.GeneratedServicePoint sp = g.servicePoint(SP, LocalDate.of(2025, 6, 1), 24 * 6, 5, 1, 0);
            for (UsageReport r : sp.reports()) {
                MeterChannel c = r.channels().get(0);
                boolean hasMidnight = false;
                boolean zeroStyle = false;
                for (int i = 0; i < c.size(); i++) {
                    int minutes = c.label(i).minutes();
                    hasMidnight |= minutes == 0 || minutes == 1440;
                    zeroStyle |= minutes == 0;
                }
                if (hasMidnight) {
                    reports++;
                    midnightStyle += zeroStyle ? 1 : 0;
                }
            }
        }
        assertTrue(reports > 150, "reports with a midnight " + reports);
        assertTrue(midnightStyle > reports * 22 / 100 && midnightStyle < reports * 45 / 100,
                midnightStyle + " of " + reports);
    }

    @Test
    void as_many_hours_as_periods_gives_one_hour_per_period() {
        IntervalGenerators.GeneratedServicePoint sp = IntervalGenerators.seeded(6).servicePoint(SP,
                LocalDate.of(2025, 7, 1), 3, 3, 1, 0);
        assertEquals(3, sp.reports().size());
        assertEquals(3, sp.truth().get(0).size());
        List<LocalDate> starts = new ArrayList<>();
        sp.reports().forEach(r -> starts.add(r.period().start()));
        assertEquals(List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)), starts);
    }

    @Test
    void the_same_seed_gives_the_same_service_point_and_another_seed_another() {
        LocalDate first = LocalDate.of(2024, 11, 1);
        IntervalGenerators.GeneratedServicePoint a = IntervalGenerators.seeded(99).servicePoint(SP, first, 96, 3, 2, 1);
        assertEquals(a, IntervalGenerators.seeded(99).servicePoint(SP, first, 96, 3, 2, 1));
        assertFalse(a.equals(IntervalGenerators.seeded(100).servicePoint(SP, first, 96, 3, 2, 1)));
    }
}
