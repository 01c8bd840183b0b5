package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BusinessCalendarTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);
    private static final BusinessCalendar NERC = BusinessCalendar.nercSix();
    private static final BusinessCalendar AMEREN = BusinessCalendar.amerenEnrollment();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Set<LocalDate> dates(String... iso) {
        Set<LocalDate> s = new TreeSet<>();
        for (String i : iso) {
            s.add(d(i));
        }
        return s;
    }

    /** Days 2000-01-01 plus 0 to about 100 years. */
    private static Gen<LocalDate> days() {
        return integers().between(0, 36_600).map(i -> d("2000-01-01").plusDays(i));
    }

    private record Start(LocalDate day, int n) {
        @Override
        public String toString() {
            return day + " (" + day.getDayOfWeek() + ") plus " + n + " business days";
        }
    }

    private static Gen<Start> starts() {
        return days().zip(integers().between(-40, 40), Start::new);
    }

    @Test
    void RES_01_nerc_six_observed_holidays_of_2024() {
        assertEquals(dates("2024-01-01", "2024-05-27", "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25"),
                NERC.holidaysIn(2024).keySet());
    }

    @Test
    void RES_01_nerc_six_observed_holidays_of_2025() {
        assertEquals(dates("2025-01-01", "2025-05-26", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25"),
                NERC.holidaysIn(2025).keySet());
    }

    @Test
    void RES_01_nerc_six_2026_saturday_independence_day_stays_on_saturday() {
        assertEquals(dates("2026-01-01", "2026-05-25", "2026-07-04", "2026-09-07", "2026-11-26", "2026-12-25"),
                NERC.holidaysIn(2026).keySet());
        assertEquals(DayOfWeek.SATURDAY, d("2026-07-04").getDayOfWeek());
        assertTrue(NERC.isBusinessDay(d("2026-07-03")), "Friday before a Saturday holiday works");
        assertTrue(NERC.isBusinessDay(d("2026-07-06")), "Monday after a Saturday holiday works");
    }

    @Test
    void RES_01_sunday_holiday_moves_to_monday() {
        // Christmas 2022 and New Year 2023 fell on Sunday, Independence Day 2027 falls on Sunday
        assertTrue(NERC.holidaysIn(2022).containsKey(d("2022-12-26")));
        assertTrue(NERC.holidaysIn(2023).containsKey(d("2023-01-02")));
        assertFalse(NERC.isBusinessDay(d("2027-07-05")));
        assertEquals("Independence Day", NERC.holidaysIn(2027).get(d("2027-07-05")));
    }

    @Test
    void RES_01_ameren_enrollment_exclusions_2024_to_2026() {
        for (String day : List.of("2024-01-15", "2024-02-19", "2024-06-19",
                "2025-01-20", "2025-02-17", "2025-06-19",
                "2026-01-19", "2026-02-16", "2026-06-19")) {
            assertFalse(AMEREN.isBusinessDay(d(day)), day + " is an Ameren enrollment exclusion");
            assertTrue(NERC.isBusinessDay(d(day)), day + " is a NERC business day");
        }
        assertEquals(9, AMEREN.holidaysIn(2025).size());
        assertEquals("Juneteenth", AMEREN.holidaysIn(2025).get(d("2025-06-19")));
    }

    @Test
    void RES_01_weekends_are_not_business_days() {
        assertFalse(NERC.isBusinessDay(d("2025-03-08")));
        assertFalse(NERC.isBusinessDay(d("2025-03-09")));
        assertTrue(NERC.isBusinessDay(d("2025-03-10")));
    }

    @Test
    void RES_01_plus_business_days_skips_weekend_and_thanksgiving() {
        // Wednesday 2025-11-26 + 1 = Friday 11-28 (Thanksgiving 11-27); + 2 = Monday 12-01
        assertEquals(d("2025-11-28"), NERC.plusBusinessDays(d("2025-11-26"), 1));
        assertEquals(d("2025-12-01"), NERC.plusBusinessDays(d("2025-11-26"), 2));
        assertEquals(d("2025-11-26"), NERC.plusBusinessDays(d("2025-12-01"), -2));
        assertEquals(d("2025-11-26"), NERC.plusBusinessDays(d("2025-11-26"), 0));
    }

    @Test
    void RES_01_plus_business_days_from_a_weekend_day() {
        assertEquals(d("2025-03-10"), NERC.plusBusinessDays(d("2025-03-08"), 1));
        assertEquals(d("2025-03-07"), NERC.plusBusinessDays(d("2025-03-09"), -1));
    }

    @Test
    void RES_01_business_days_between_counts_the_far_end_only() {
        assertEquals(2, NERC.businessDaysBetween(d("2025-11-26"), d("2025-12-01")));
        assertEquals(-2, NERC.businessDaysBetween(d("2025-12-01"), d("2025-11-26")));
        assertEquals(0, NERC.businessDaysBetween(d("2025-11-26"), d("2025-11-26")));
        assertEquals(0, NERC.businessDaysBetween(d("2025-03-08"), d("2025-03-09")));
    }

    @Test
    void RES_01_custom_calendar_with_a_one_off_closure_and_a_six_day_week() {
        BusinessCalendar c = BusinessCalendar.of("test", Set.of(DayOfWeek.SUNDAY), List.of(
                new Holiday.OneOff("storm closure", d("2025-03-08"))));
        assertTrue(c.isBusinessDay(d("2025-03-15")));
        assertFalse(c.isBusinessDay(d("2025-03-08")));
        assertTrue(NERC.withHolidays(List.of(new Holiday.OneOff("closure", d("2025-03-10"))))
                .isHoliday(d("2025-03-10")));
        assertFalse(NERC.isHoliday(d("2025-03-10")), "the preset is unaffected");
    }

    @Test
    void RES_01_calendar_without_business_days_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BusinessCalendar.of("never", Set.of(DayOfWeek.values()), List.of()));
        assertEquals("Invalid value for weekend of calendar never (valid values at most 6 days): all 7 days", e.getMessage());
    }

    @Test
    void RES_01_there_and_back_returns_the_business_day_it_started_from() {
        for (BusinessCalendar c : List.of(NERC, AMEREN)) {
            qt().withFixedSeed(SEED).forAll(starts()).describedAs(Start::toString).checkAssert(s -> {
                LocalDate start = c.isBusinessDay(s.day()) ? s.day() : c.plusBusinessDays(s.day(), 1);
                LocalDate there = c.plusBusinessDays(start, s.n());
                assertEquals(start, c.plusBusinessDays(there, -s.n()), c.name());
            });
        }
    }

    @Test
    void RES_01_business_days_between_inverts_plus_business_days_from_any_day() {
        qt().withFixedSeed(SEED).forAll(starts()).describedAs(Start::toString).checkAssert(s -> {
            LocalDate there = AMEREN.plusBusinessDays(s.day(), s.n());
            assertEquals(s.n(), AMEREN.businessDaysBetween(s.day(), there));
            if (s.n() != 0) {
                assertTrue(AMEREN.isBusinessDay(there), there + " is a business day");
            }
        });
    }

    @Test
    void RES_01_every_year_has_six_nerc_holidays_on_weekdays_except_saturdays() {
        qt().withFixedSeed(SEED).forAll(integers().between(1950, 2150)).describedAs(y -> "year " + y)
                .checkAssert(y -> {
                    assertEquals(6, NERC.holidaysIn(y).size());
                    NERC.holidaysIn(y).keySet().forEach(h -> assertTrue(h.getDayOfWeek() != DayOfWeek.SUNDAY, h.toString()));
                });
    }
}
