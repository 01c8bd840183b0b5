package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * A holiday of a {@link BusinessCalendar}, as data: how to find its date in a given year and on
 * which day it is observed.
 *
 * <p>Three shapes cover the presets of regulations.md section 3: a fixed date that moves when it
 * falls on a weekend ({@link Fixed}, e.g. Independence Day), the n-th weekday of a month
 * ({@link NthWeekday}, e.g. Thanksgiving, the fourth Thursday of November) and the last weekday of
 * a month ({@link LastWeekday}, e.g. Memorial Day). {@link OneOff} holds a single published date,
 * for a utility's own list.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this type will cause a
 * {@link NullPointerException} to be thrown.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public sealed interface Holiday permits Holiday.Fixed, Holiday.NthWeekday, Holiday.LastWeekday, Holiday.OneOff {

    /**
     * The holiday's name, as a person would write it ("Independence Day").
     *
     * @return the name, never null
     */
    String name();

    /**
     * The day the holiday is observed in {@code year}, if it falls in that year's rules.
     * The observed date may lie in a neighbouring year (a Saturday New Year's Day observed on the
     * preceding Friday under {@link Observance#NEAREST_WEEKDAY}).
     *
     * @param year the year whose holiday is asked
     * @return the observed day, or empty when the holiday does not occur in that year
     */
    Optional<LocalDate> observedIn(int year);

    /** How a fixed-date holiday that falls on a weekend is observed. */
    enum Observance {
        /** Observed on the day itself, even on a weekend. */
        ON_THE_DAY,
        /** A Sunday holiday is observed on Monday; a Saturday holiday stays on Saturday (NERC). */
        SUNDAY_TO_MONDAY,
        /** Saturday to the preceding Friday, Sunday to the following Monday (US federal). */
        NEAREST_WEEKDAY;

        LocalDate observe(LocalDate day) {
            DayOfWeek dow = day.getDayOfWeek();
            switch (this) {
                case SUNDAY_TO_MONDAY:
                    return dow == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
                case NEAREST_WEEKDAY:
                    if (dow == DayOfWeek.SUNDAY) {
                        return day.plusDays(1);
                    }
                    return dow == DayOfWeek.SATURDAY ? day.minusDays(1) : day;
                default:
                    return day;
            }
        }
    }

    /**
     * A holiday on the same month and day each year, moved by its {@link Observance}.
     *
     * @param name the name
     * @param date the month and day (February 29 occurs in leap years only)
     * @param observance how a weekend date is observed
     */
    record Fixed(String name, MonthDay date, Observance observance) implements Holiday {
        /**
         * Checks that no component is null.
         *
         * @param name the name
         * @param date the month and day (February 29 occurs in leap years only)
         * @param observance how a weekend date is observed
         */
        public Fixed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(observance, "observance");
        }

        @Override
        public Optional<LocalDate> observedIn(int year) {
            if (!date.isValidYear(year)) {
                return Optional.empty();
            }
            return Optional.of(observance.observe(date.atYear(year)));
        }
    }

    /**
     * The {@code ordinal}-th {@code day} of {@code month} (Labor Day: first Monday of September).
     *
     * @param name the name
     * @param month the month
     * @param day the day of the week
     * @param ordinal 1 to 4
     */
    record NthWeekday(String name, Month month, DayOfWeek day, int ordinal) implements Holiday {
        /**
         * Checks the components.
         *
         * @param name the name
         * @param month the month
         * @param day the day of the week
         * @param ordinal 1 to 4
         * @throws IllegalArgumentException if {@code ordinal} is not 1 to 4
         */
        public NthWeekday {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(day, "day");
            if (ordinal < 1 || ordinal > 4) {
                throw new InvalidValueException("ordinal of " + name, "1..4", ordinal);
            }
        }

        @Override
        public Optional<LocalDate> observedIn(int year) {
            return Optional.of(LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day)));
        }
    }

    /**
     * The last {@code day} of {@code month} (Memorial Day: last Monday of May).
     *
     * @param name the name
     * @param month the month
     * @param day the day of the week
     */
    record LastWeekday(String name, Month month, DayOfWeek day) implements Holiday {
        /**
         * Checks that no component is null.
         *
         * @param name the name
         * @param month the month
         * @param day the day of the week
         */
        public LastWeekday {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(day, "day");
        }

        @Override
        public Optional<LocalDate> observedIn(int year) {
            return Optional.of(LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(day)));
        }
    }

    /**
     * One published non-business day (for instance from a utility's holiday list).
     *
     * @param name the name
     * @param date the observed day
     */
    record OneOff(String name, LocalDate date) implements Holiday {
        /**
         * Checks that no component is null.
         *
         * @param name the name
         * @param date the observed day
         */
        public OneOff {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(date, "date");
        }

        @Override
        public Optional<LocalDate> observedIn(int year) {
            return date.getYear() == year ? Optional.of(date) : Optional.empty();
        }
    }
}
