package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours of one local day in America/Chicago and where each 867 interval value of that day
 * ends (RES-20, RES FAQ 21; edi-profile.md section 3).
 *
 * <p>Semantics. A local day has 23 hours on the spring-forward day, 25 on the fall-back day and 24
 * otherwise. The 867 labels are not clock times: the n-th value of a day is the n-th elapsed hour
 * after local midnight, so it ends at {@code startOfDay + n hours}, computed on {@link Instant}s
 * (never {@code LocalDateTime.plusHours}). On the spring-forward day the value labelled 0200 ends
 * at 03:00 CDT; on the fall-back day the value labelled 0300 ends at the second 02:00 (CST).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param day the local day
 * @param zone the zone, America/Chicago for Ameren
 */
public record LocalDayHours(LocalDate day, ZoneId zone) {

    /**
     * Checks that nothing is null.
     *
     * @param day the local day
     * @param zone the zone, America/Chicago for Ameren
     */
    public LocalDayHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * The day in America/Chicago.
     *
     * @param day the local day
     * @return the day's hours, never null
     */
    public static LocalDayHours chicago(LocalDate day) {
        return new LocalDayHours(day, EnrollmentEffectiveDate.CHICAGO);
    }

    /**
     * The start of the day (local midnight, or the first valid time after it).
     *
     * @return the instant, never null
     */
    public Instant start() {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * The number of hours of the day: 23, 24 or 25 in America/Chicago.
     *
     * @return the hours
     */
    public int hours() {
        return (int) Duration.between(start(), day.plusDays(1).atStartOfDay(zone).toInstant()).toHours();
    }

    /**
     * The end of the {@code n}-th value of the day: {@code n} elapsed hours after the start.
     *
     * @param n 1 to {@link #hours()}
     * @return the end with its offset, never null
     * @throws IllegalArgumentException if {@code n} is outside 1 to {@link #hours()}
     */
    public ZonedDateTime valueEnd(int n) {
        int hours = hours();
        if (n < 1 || n > hours) {
            throw new InvalidValueException("value number on " + day, "1.." + hours, n);
        }
        return start().plus(Duration.ofHours(n)).atZone(zone);
    }

    /**
     * The start of the {@code n}-th value: one hour before its end.
     *
     * @param n 1 to {@link #hours()}
     * @return the start with its offset, never null
     * @throws IllegalArgumentException if {@code n} is outside 1 to {@link #hours()}
     */
    public ZonedDateTime valueStart(int n) {
        return valueEnd(n).toInstant().minus(Duration.ofHours(1)).atZone(zone);
    }

    /**
     * Such as {@code 2025-03-09 has 23 hours; value n ends n elapsed hours after local midnight:
     * value 1 ends 2025-03-09T01:00-06:00, value 2 ends 2025-03-09T03:00-05:00, ...}: the first two
     * and the last value.
     */
    @Override
    public String toString() {
        int h = hours();
        return day + " has " + h + " hours; value n ends n elapsed hours after local midnight: value 1 ends "
                + valueEnd(1).toOffsetDateTime() + ", value 2 ends " + valueEnd(2).toOffsetDateTime()
                + ", value 3 ends " + valueEnd(3).toOffsetDateTime() + ", value " + h + " ends "
                + valueEnd(h).toOffsetDateTime();
    }
}
