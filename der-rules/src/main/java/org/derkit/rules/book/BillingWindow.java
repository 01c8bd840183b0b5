package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Ameren's billing window (RES-01, RES FAQ 1): the four business days from two business days
 * before an account's scheduled meter reading date to one business day after it. On-cycle
 * enrollments always occur within it.
 *
 * <p>Semantics. When the scheduled reading date is a business day the window is
 * {@code [read - 2, read, read + 1]} in business days, four days in all; when it is not (a
 * published schedule rarely does this) the window is the two business days before it and the two
 * after it, still four business days (regulations.md section 3: a newer FAQ lets an on-cycle
 * enrollment occur on a non-business day inside the window, which {@link #contains} accepts).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param scheduledReadDate the account's scheduled meter reading date
 * @param businessDays the four business days of the window, in order
 * @param calendar the calendar the days were counted on
 */
public record BillingWindow(LocalDate scheduledReadDate, List<LocalDate> businessDays, BusinessCalendar calendar) {

    /** Business days before the scheduled reading date. */
    public static final int DAYS_BEFORE = 2;
    /** Business days after the scheduled reading date. */
    public static final int DAYS_AFTER = 1;

    /**
     * Checks the window.
     *
     * @param scheduledReadDate the account's scheduled meter reading date
     * @param businessDays the four business days of the window, in order
     * @param calendar the calendar the days were counted on
     * @throws IllegalArgumentException if there are not four days in order
     */
    public BillingWindow {
        Objects.requireNonNull(scheduledReadDate, "scheduledReadDate");
        Objects.requireNonNull(calendar, "calendar");
        businessDays = List.copyOf(businessDays);
        if (businessDays.size() != 4) {
            throw new InvalidValueException("billing window days", "4 business days", businessDays);
        }
        for (int i = 1; i < 4; i++) {
            if (!businessDays.get(i).isAfter(businessDays.get(i - 1))) {
                throw new InvalidValueException("billing window days", "in increasing order", businessDays);
            }
        }
    }

    /**
     * The window around a scheduled meter reading date.
     *
     * @param scheduledReadDate the account's scheduled meter reading date
     * @param calendar the business-day calendar
     * @return the window, never null
     */
    public static BillingWindow around(LocalDate scheduledReadDate, BusinessCalendar calendar) {
        Objects.requireNonNull(scheduledReadDate, "scheduledReadDate");
        Objects.requireNonNull(calendar, "calendar");
        LocalDate first = calendar.plusBusinessDays(scheduledReadDate, -DAYS_BEFORE);
        LocalDate[] days = new LocalDate[4];
        days[0] = first;
        for (int i = 1; i < 4; i++) {
            days[i] = calendar.plusBusinessDays(days[i - 1], 1);
        }
        return new BillingWindow(scheduledReadDate, List.of(days), calendar);
    }

    /**
     * The first day of the window (a lighting service point typically bills on it, RES-16).
     *
     * @return the first business day, never null
     */
    public LocalDate first() {
        return businessDays.get(0);
    }

    /**
     * The last day of the window.
     *
     * @return the last business day, never null
     */
    public LocalDate last() {
        return businessDays.get(3);
    }

    /**
     * Whether {@code day} lies between the first and the last day of the window, inclusive.
     *
     * @param day the day
     * @return true inside the window
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last());
    }

    /**
     * The machine-readable value {@code 2026-01-05..2026-01-08}.
     *
     * @return first..last
     */
    public String valueText() {
        return first() + ".." + last();
    }

    /** Such as {@code 2026-01-05..2026-01-08 around scheduled reading 2026-01-07}. */
    @Override
    public String toString() {
        return valueText() + " (4 business days, " + DAYS_BEFORE + " before and " + DAYS_AFTER
                + " after the scheduled meter reading date " + scheduledReadDate + ")";
    }
}
