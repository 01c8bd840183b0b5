package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
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

    /** A calendar built afresh, so that no other test has filled its cache of observed holidays. */
    private static BusinessCalendar fresh(String name, List<Holiday> holidays) {
        return BusinessCalendar.of(name, BusinessCalendar.SATURDAY_SUNDAY, holidays);
    }

    @Test
    void RES_01_each_nerc_six_holiday_falls_on_its_rule_in_2027_and_2028() {
        // 2027: Jan 1 is a Friday, so May 31 is the last Monday of May, Sep 6 the first Monday of
        // September, Nov 25 the fourth Thursday; July 4 is a Sunday (observed Monday July 5) and
        // Christmas a Saturday (stays). 2028: Jan 1 is a Saturday (stays), May 29, Sep 4, Nov 23,
        // and July 4 and Christmas fall on a Tuesday and a Monday.
        assertEquals(Optional.of(d("2027-01-01")), BusinessCalendar.NEW_YEARS_DAY.observedIn(2027));
        assertEquals(Optional.of(d("2027-05-31")), BusinessCalendar.MEMORIAL_DAY.observedIn(2027));
        assertEquals(Optional.of(d("2027-07-05")), BusinessCalendar.INDEPENDENCE_DAY.observedIn(2027));
        assertEquals(Optional.of(d("2027-09-06")), BusinessCalendar.LABOR_DAY.observedIn(2027));
        assertEquals(Optional.of(d("2027-11-25")), BusinessCalendar.THANKSGIVING.observedIn(2027));
        assertEquals(Optional.of(d("2027-12-25")), BusinessCalendar.CHRISTMAS_DAY.observedIn(2027));
        assertEquals(Optional.of(d("2028-01-01")), BusinessCalendar.NEW_YEARS_DAY.observedIn(2028));
        assertEquals(Optional.of(d("2028-05-29")), BusinessCalendar.MEMORIAL_DAY.observedIn(2028));
        assertEquals(Optional.of(d("2028-07-04")), BusinessCalendar.INDEPENDENCE_DAY.observedIn(2028));
        assertEquals(Optional.of(d("2028-09-04")), BusinessCalendar.LABOR_DAY.observedIn(2028));
        assertEquals(Optional.of(d("2028-11-23")), BusinessCalendar.THANKSGIVING.observedIn(2028));
        assertEquals(Optional.of(d("2028-12-25")), BusinessCalendar.CHRISTMAS_DAY.observedIn(2028));
        assertEquals(dates("2027-01-01", "2027-05-31", "2027-07-05", "2027-09-06", "2027-11-25", "2027-12-25"),
                fresh("NERC six, fresh", BusinessCalendar.NERC_SIX).holidaysIn(2027).keySet());
    }

    @Test
    void RES_01_the_ameren_exclusions_are_third_mondays_and_june_19_moved_from_sunday() {
        // 2027: January 1 is a Friday, so the Mondays of January are the 4th, 11th and 18th, and
        // of February the 1st, 8th and 15th; June 19 is a Saturday (stays). 2022: June 19 was a
        // Sunday, observed Monday June 20.
        assertEquals(Optional.of(d("2027-01-18")), BusinessCalendar.MLK_DAY.observedIn(2027));
        assertEquals(Optional.of(d("2027-02-15")), BusinessCalendar.PRESIDENTS_DAY.observedIn(2027));
        assertEquals(Optional.of(d("2027-06-19")), BusinessCalendar.JUNETEENTH.observedIn(2027));
        assertEquals(Optional.of(d("2022-06-20")), BusinessCalendar.JUNETEENTH.observedIn(2022));
        BusinessCalendar ameren = BusinessCalendar.amerenEnrollment();
        assertEquals(BusinessCalendar.SATURDAY_SUNDAY, ameren.weekend());
        assertEquals(9, ameren.holidays().size());
        assertTrue(ameren.holidays().containsAll(BusinessCalendar.NERC_SIX));
        assertTrue(ameren.holidays().containsAll(BusinessCalendar.AMEREN_ENROLLMENT_EXCLUSIONS));
        assertFalse(ameren.isBusinessDay(d("2027-01-18")));
        assertEquals(BusinessCalendar.NERC_SIX, BusinessCalendar.nercSix().holidays());
    }

    @Test
    void RES_01_the_three_observances_of_a_weekend_holiday() {
        // January 1: 2022 a Saturday, 2023 a Sunday, 2024 a Monday
        Holiday onTheDay = new Holiday.Fixed("day", MonthDay.of(Month.JANUARY, 1), Holiday.Observance.ON_THE_DAY);
        Holiday sundayToMonday = new Holiday.Fixed("nerc", MonthDay.of(Month.JANUARY, 1),
                Holiday.Observance.SUNDAY_TO_MONDAY);
        Holiday nearest = new Holiday.Fixed("federal", MonthDay.of(Month.JANUARY, 1), Holiday.Observance.NEAREST_WEEKDAY);
        assertEquals(Optional.of(d("2022-01-01")), onTheDay.observedIn(2022));
        assertEquals(Optional.of(d("2023-01-01")), onTheDay.observedIn(2023));
        assertEquals(Optional.of(d("2022-01-01")), sundayToMonday.observedIn(2022));
        assertEquals(Optional.of(d("2023-01-02")), sundayToMonday.observedIn(2023));
        assertEquals(Optional.of(d("2024-01-01")), sundayToMonday.observedIn(2024));
        assertEquals(Optional.of(d("2021-12-31")), nearest.observedIn(2022), "Saturday to the preceding Friday");
        assertEquals(Optional.of(d("2023-01-02")), nearest.observedIn(2023), "Sunday to the following Monday");
        assertEquals(Optional.of(d("2024-01-01")), nearest.observedIn(2024), "a weekday stays");
    }

    @Test
    void RES_01_a_saturday_new_year_observed_on_friday_belongs_to_the_year_before() {
        BusinessCalendar federal = fresh("federal New Year", List.of(new Holiday.Fixed("New Year's Day",
                MonthDay.of(Month.JANUARY, 1), Holiday.Observance.NEAREST_WEEKDAY)));
        // 2021-01-01 was a Friday: 2021 observes its own New Year's Day and 2022's
        assertEquals(dates("2021-01-01", "2021-12-31"), federal.holidaysIn(2021).keySet());
        assertEquals(dates(), federal.holidaysIn(2022).keySet(), "2022 has none of its own");
        assertFalse(federal.isBusinessDay(d("2021-12-31")));
        assertEquals(d("2022-01-03"), federal.plusBusinessDays(d("2021-12-30"), 1));
    }

    @Test
    void RES_01_february_29_is_a_holiday_in_leap_years_only() {
        Holiday leap = new Holiday.Fixed("leap day", MonthDay.of(Month.FEBRUARY, 29), Holiday.Observance.ON_THE_DAY);
        assertEquals(Optional.of(d("2024-02-29")), leap.observedIn(2024));
        assertEquals(Optional.empty(), leap.observedIn(2023));
        assertEquals(dates(), fresh("leap", List.of(leap)).holidaysIn(2025).keySet());
    }

    @Test
    void RES_01_an_nth_weekday_is_the_first_to_fourth_only() {
        assertThrows(IllegalArgumentException.class,
                () -> new Holiday.NthWeekday("zeroth", Month.MAY, DayOfWeek.MONDAY, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Holiday.NthWeekday("fifth", Month.MAY, DayOfWeek.MONDAY, 5));
        // May 2026 starts on a Friday: Mondays 4, 11, 18, 25
        assertEquals(Optional.of(d("2026-05-04")), new Holiday.NthWeekday("first", Month.MAY, DayOfWeek.MONDAY, 1)
                .observedIn(2026));
        assertEquals(Optional.of(d("2026-05-25")), new Holiday.NthWeekday("fourth", Month.MAY, DayOfWeek.MONDAY, 4)
                .observedIn(2026));
        assertEquals(Optional.of(d("2026-05-25")), new Holiday.LastWeekday("last", Month.MAY, DayOfWeek.MONDAY)
                .observedIn(2026));
    }

    @Test
    void RES_01_a_one_off_closure_occurs_in_its_own_year_only() {
        Holiday closure = new Holiday.OneOff("storm closure", d("2025-03-10"));
        assertEquals(Optional.of(d("2025-03-10")), closure.observedIn(2025));
        assertEquals(Optional.empty(), closure.observedIn(2024));
        assertEquals(Optional.empty(), closure.observedIn(2026));
    }

    @Test
    void RES_01_two_holidays_on_one_day_are_named_together() {
        BusinessCalendar c = fresh("with closure", List.of(BusinessCalendar.CHRISTMAS_DAY,
                new Holiday.OneOff("office closure", d("2025-12-25"))));
        assertEquals("Christmas Day / office closure", c.holidaysIn(2025).get(d("2025-12-25")));
    }

    @Test
    void RES_01_a_custom_calendar_keeps_its_name_weekend_and_holidays() {
        List<Holiday> list = List.of(new Holiday.OneOff("closure", d("2026-03-02")));
        BusinessCalendar c = BusinessCalendar.of("Ameren 2026 list", List.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY), list);
        assertEquals("Ameren 2026 list", c.name());
        assertEquals(BusinessCalendar.SATURDAY_SUNDAY, c.weekend());
        assertEquals(list, c.holidays());
        assertTrue(c.toString().contains("Ameren 2026 list"), c::toString);
    }

    @Test
    void RES_01_calendars_are_equal_by_name_weekend_and_holidays() {
        List<Holiday> list = List.of(BusinessCalendar.LABOR_DAY);
        BusinessCalendar a = BusinessCalendar.of("a", BusinessCalendar.SATURDAY_SUNDAY, list);
        BusinessCalendar same = BusinessCalendar.of("a", List.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY), list);
        assertEquals(a, a);
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, BusinessCalendar.of("b", BusinessCalendar.SATURDAY_SUNDAY, list));
        assertNotEquals(a, BusinessCalendar.of("a", Set.of(DayOfWeek.SUNDAY), list));
        assertNotEquals(a, BusinessCalendar.of("a", BusinessCalendar.SATURDAY_SUNDAY, List.of()));
        assertNotEquals(a, (Object) "a");
        // without weekend days or holidays the hash depends on the name alone
        assertNotEquals(BusinessCalendar.of("a", Set.of(), List.of()).hashCode(),
                BusinessCalendar.of("b", Set.of(), List.of()).hashCode());
    }
}
