package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A business-day calendar: every day that is neither a weekend day nor an observed holiday is a
 * business day. Weekend days and holidays are data, so a utility's published list can replace the
 * presets.
 *
 * <p>Presets (regulations.md section 3; Ameren's own list is not public in a readable form, so
 * these are <em>secondary</em> figures kept as data):
 * <ul>
 * <li>{@link #nercSix()}: Saturday and Sunday, New Year's Day, Memorial Day (last Monday of May),
 * Independence Day, Labor Day (first Monday of September), Thanksgiving (fourth Thursday of
 * November) and Christmas Day; a Sunday holiday is observed on Monday, a Saturday holiday stays on
 * Saturday.</li>
 * <li>{@link #amerenEnrollment()}: the NERC six plus the days on which Ameren does not process
 * supplier-initiated enrollments, drops or changes: Martin Luther King Jr. Day (third Monday of
 * January), Presidents' Day (third Monday of February) and Juneteenth (June 19, with the same
 * Sunday-to-Monday rule). Use it to count the billing window (RES-01) and the DASR lead times
 * (RES-12, RES-13).</li>
 * </ul>
 *
 * <p>Counting. {@link #plusBusinessDays(LocalDate, int)} steps over business days from a start day
 * that need not be one itself; {@link #businessDaysBetween(LocalDate, LocalDate)} counts so that
 * {@code businessDaysBetween(d, plusBusinessDays(d, n)) == n} for every day {@code d} and every
 * {@code n}, and {@code plusBusinessDays(plusBusinessDays(d, n), -n) == d} for every business day
 * {@code d}.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this class will cause a
 * {@link NullPointerException} to be thrown.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type (observed holidays are
 * cached per year, which is invisible to callers).
 */
public final class BusinessCalendar {

    /** Saturday and Sunday. */
    public static final Set<DayOfWeek> SATURDAY_SUNDAY =
            Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    /** New Year's Day, January 1, Sunday observed on Monday. */
    public static final Holiday NEW_YEARS_DAY =
            new Holiday.Fixed("New Year's Day", MonthDay.of(Month.JANUARY, 1), Holiday.Observance.SUNDAY_TO_MONDAY);
    /** Memorial Day, the last Monday of May. */
    public static final Holiday MEMORIAL_DAY = new Holiday.LastWeekday("Memorial Day", Month.MAY, DayOfWeek.MONDAY);
    /** Independence Day, July 4, Sunday observed on Monday. */
    public static final Holiday INDEPENDENCE_DAY =
            new Holiday.Fixed("Independence Day", MonthDay.of(Month.JULY, 4), Holiday.Observance.SUNDAY_TO_MONDAY);
    /** Labor Day, the first Monday of September. */
    public static final Holiday LABOR_DAY = new Holiday.NthWeekday("Labor Day", Month.SEPTEMBER, DayOfWeek.MONDAY, 1);
    /** Thanksgiving Day, the fourth Thursday of November. */
    public static final Holiday THANKSGIVING =
            new Holiday.NthWeekday("Thanksgiving Day", Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
    /** Christmas Day, December 25, Sunday observed on Monday. */
    public static final Holiday CHRISTMAS_DAY =
            new Holiday.Fixed("Christmas Day", MonthDay.of(Month.DECEMBER, 25), Holiday.Observance.SUNDAY_TO_MONDAY);
    /** Martin Luther King Jr. Day, the third Monday of January. */
    public static final Holiday MLK_DAY =
            new Holiday.NthWeekday("Martin Luther King Jr. Day", Month.JANUARY, DayOfWeek.MONDAY, 3);
    /** Presidents' Day (Washington's Birthday), the third Monday of February. */
    public static final Holiday PRESIDENTS_DAY =
            new Holiday.NthWeekday("Presidents' Day", Month.FEBRUARY, DayOfWeek.MONDAY, 3);
    /** Juneteenth, June 19, Sunday observed on Monday (the rule of the NERC preset; kept as data). */
    public static final Holiday JUNETEENTH =
            new Holiday.Fixed("Juneteenth", MonthDay.of(Month.JUNE, 19), Holiday.Observance.SUNDAY_TO_MONDAY);

    /** The six NERC holidays of regulations.md section 3. */
    public static final List<Holiday> NERC_SIX = List.of(
            NEW_YEARS_DAY, MEMORIAL_DAY, INDEPENDENCE_DAY, LABOR_DAY, THANKSGIVING, CHRISTMAS_DAY);

    /** The days Ameren does not process supplier-initiated enrollments, drops or changes. */
    public static final List<Holiday> AMEREN_ENROLLMENT_EXCLUSIONS = List.of(MLK_DAY, PRESIDENTS_DAY, JUNETEENTH);

    private static final BusinessCalendar NERC = new BusinessCalendar("NERC six", SATURDAY_SUNDAY, NERC_SIX);
    private static final BusinessCalendar AMEREN;

    static {
        List<Holiday> all = new ArrayList<>(NERC_SIX);
        all.addAll(AMEREN_ENROLLMENT_EXCLUSIONS);
        AMEREN = new BusinessCalendar("NERC six + Ameren enrollment exclusions", SATURDAY_SUNDAY, all);
    }

    private final String name;
    private final Set<DayOfWeek> weekend;
    private final List<Holiday> holidays;
    private final ConcurrentMap<Integer, Holidays> byYear = new ConcurrentHashMap<>();

    private BusinessCalendar(String name, Set<DayOfWeek> weekend, List<Holiday> holidays) {
        this.name = name;
        this.weekend = weekend;
        this.holidays = holidays;
    }

    /**
     * Saturday, Sunday and the NERC six holidays (Sunday to Monday, Saturday stays).
     *
     * @return the preset, never null
     */
    public static BusinessCalendar nercSix() {
        return NERC;
    }

    /**
     * The NERC six plus Ameren's enrollment exclusions (MLK Day, Presidents' Day, Juneteenth): the
     * calendar of supplier enrollments, drops and changes.
     *
     * @return the preset, never null
     */
    public static BusinessCalendar amerenEnrollment() {
        return AMEREN;
    }

    /**
     * A calendar of the given weekend days and holidays.
     *
     * @param name a name shown in explanations ("Ameren 2026 list")
     * @param weekend the non-business days of every week, at most six
     * @param holidays the holidays, possibly empty
     * @return the calendar, never null
     * @throws IllegalArgumentException if every day of the week is a weekend day (no business day)
     */
    public static BusinessCalendar of(String name, Collection<DayOfWeek> weekend, Collection<? extends Holiday> holidays) {
        Objects.requireNonNull(name, "name");
        Set<DayOfWeek> w = EnumSet.noneOf(DayOfWeek.class);
        w.addAll(weekend);
        if (w.size() == 7) {
            throw new InvalidValueException("weekend of calendar " + name, "at most 6 days", "all 7 days");
        }
        List<Holiday> h = List.copyOf(holidays);
        return new BusinessCalendar(name, Collections.unmodifiableSet(w), h);
    }

    /**
     * This calendar with more holidays (for instance a utility's one-off closures).
     * This instance is immutable and unaffected by this method call.
     *
     * @param more the holidays to add
     * @return a new calendar, never null
     */
    public BusinessCalendar withHolidays(Collection<? extends Holiday> more) {
        List<Holiday> all = new ArrayList<>(holidays);
        all.addAll(more);
        return new BusinessCalendar(name, weekend, List.copyOf(all));
    }

    /**
     * The calendar's name, for explanations.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * The non-business days of every week.
     *
     * @return an unmodifiable set, never null
     */
    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /**
     * The holiday rules.
     *
     * @return an unmodifiable list, never null
     */
    public List<Holiday> holidays() {
        return holidays;
    }

    /**
     * Whether {@code day} is a business day: not a weekend day and not an observed holiday.
     *
     * @param day the day
     * @return true for a business day
     */
    public boolean isBusinessDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !isHoliday(day);
    }

    /**
     * Whether an observed holiday falls on {@code day} (whatever its day of the week).
     *
     * @param day the day
     * @return true on an observed holiday
     */
    public boolean isHoliday(LocalDate day) {
        return year(day.getYear()).names.containsKey(day);
    }

    /**
     * The observed holidays that fall in {@code year}, by date, with their names.
     *
     * @param year the year
     * @return an unmodifiable sorted map from observed day to holiday name, never null
     */
    public java.util.SortedMap<LocalDate, String> holidaysIn(int year) {
        return Collections.unmodifiableSortedMap(year(year).names);
    }

    /**
     * The business day {@code n} business days after {@code start} ({@code n > 0}), before it
     * ({@code n < 0}), or {@code start} itself ({@code n == 0}). {@code start} need not be a
     * business day: {@code plusBusinessDays(saturday, 1)} is the next business day after it.
     *
     * @param start the day counted from
     * @param n the number of business days, negative to go back
     * @return the day reached, never null
     */
    public LocalDate plusBusinessDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        int step = n >= 0 ? 1 : -1;
        int left = Math.abs(n);
        LocalDate day = start;
        while (left > 0) {
            day = day.plusDays(step);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The signed number of business days from {@code from} to {@code to}: for {@code to} on or
     * after {@code from}, the business days {@code d} with {@code from < d <= to}; before it, minus
     * the business days {@code d} with {@code to <= d < from}. So
     * {@code businessDaysBetween(d, plusBusinessDays(d, n)) == n}.
     *
     * @param from the first day
     * @param to the second day
     * @return the signed count
     */
    public long businessDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -countFromExclusive(to.minusDays(1), from.minusDays(1));
        }
        return countFromExclusive(from, to);
    }

    /** Business days d with a < d <= b, for a <= b. */
    private long countFromExclusive(LocalDate a, LocalDate b) {
        long count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    private Holidays year(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    private Holidays compute(int year) {
        TreeMap<LocalDate, String> names = new TreeMap<>();
        for (int y = year - 1; y <= year + 1; y++) {
            for (Holiday h : holidays) {
                h.observedIn(y).filter(d -> d.getYear() == year).ifPresent(d -> names.merge(d, h.name(), (a, b) -> a + " / " + b));
            }
        }
        return new Holidays(names);
    }

    private static final class Holidays {
        final NavigableMap<LocalDate, String> names;

        Holidays(NavigableMap<LocalDate, String> names) {
            this.names = names;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BusinessCalendar)) {
            return false;
        }
        BusinessCalendar other = (BusinessCalendar) o;
        return name.equals(other.name) && weekend.equals(other.weekend) && holidays.equals(other.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, weekend, holidays);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + name + ", weekend " + new TreeSet<>(weekend) + ", " + holidays.size() + " holidays]";
    }
}
