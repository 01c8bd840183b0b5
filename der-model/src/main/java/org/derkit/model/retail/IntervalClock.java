package org.derkit.model.retail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * The elapsed-time rule that turns {@code DTM*582} labels into instants, and the settings it
 * needs: the zone (America/Chicago for Ameren) and the interval length (60 minutes for Ameren; 15
 * works too). RES-20, RES FAQ 21, profile section 3:
 *
 * <pre>
 *   intervalEnd   = startOfDay(D, zone) + HH hours + MM minutes     (Instant arithmetic)
 *   intervalStart = intervalEnd - interval length
 * </pre>
 *
 * <p>So the spring-forward day has 23 hourly values labelled {@code 0100..2300} (label
 * {@code 0200} ends at 03:00 CDT), the fall-back day 25 values labelled {@code 0100..2500} (label
 * {@code 0300} ends at the second 02:00, CST), every other day 24. On normal days the rule equals
 * wall-clock time. Nothing here uses {@code LocalDateTime.plusHours}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class IntervalClock {

    /** America/Chicago. */
    public static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static final IntervalClock AMEREN = new IntervalClock(CHICAGO, 60);

    /** ISO local date-time with offset, minutes precision: {@code 2026-03-08T03:00-05:00}. */
    public static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

    private final ZoneId zone;
    private final int intervalMinutes;

    private IntervalClock(ZoneId zone, int intervalMinutes) {
        this.zone = zone;
        this.intervalMinutes = intervalMinutes;
    }

    /**
     * Ameren's setting: America/Chicago, hourly intervals.
     *
     * @return the Ameren clock
     */
    public static IntervalClock ameren() {
        return AMEREN;
    }

    /**
     * Obtains a clock for a zone and an interval length.
     *
     * @param zone the zone whose local days the labels count in
     * @param intervalMinutes a divisor of 60: 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60
     * @return the clock
     * @throws InvalidValueException if the length does not divide an hour
     */
    public static IntervalClock of(ZoneId zone, int intervalMinutes) {
        Objects.requireNonNull(zone, "zone");
        if (intervalMinutes <= 0 || 60 % intervalMinutes != 0) {
            throw new InvalidValueException("interval length", "a divisor of 60 minutes", intervalMinutes + " min");
        }
        return new IntervalClock(zone, intervalMinutes);
    }

    /**
     * A copy with another interval length. This instance is immutable and unaffected by this
     * method call.
     *
     * @param minutes the interval length, a divisor of 60
     * @return the clock with that length
     * @throws InvalidValueException if the length does not divide an hour
     */
    public IntervalClock withIntervalMinutes(int minutes) {
        return of(zone, minutes);
    }

    /** {@return the zone whose days the labels count in} */
    public ZoneId zone() {
        return zone;
    }

    /** {@return the interval length in minutes} */
    public int intervalMinutes() {
        return intervalMinutes;
    }

    /**
     * The first instant of a local day, in epoch seconds.
     *
     * @param date the local day
     * @return its start, epoch seconds
     */
    public long startOfDaySeconds(LocalDate date) {
        return date.atStartOfDay(zone).toEpochSecond();
    }

    /**
     * The length of a local day in minutes: 1380, 1440 or 1500 in Chicago.
     *
     * @param date the local day
     * @return its length in minutes
     */
    public int dayMinutes(LocalDate date) {
        return (int) ((startOfDaySeconds(date.plusDays(1)) - startOfDaySeconds(date)) / 60);
    }

    /**
     * How many intervals a full local day has: 23, 24 or 25 hourly ones in Chicago.
     *
     * @param date the local day
     * @return the number of intervals
     */
    public int intervalsIn(LocalDate date) {
        return dayMinutes(date) / intervalMinutes;
    }

    /**
     * The end of the interval a label names.
     *
     * @param label the DTM*582 label
     * @return the end instant
     * @throws InvalidValueException if the label is not on the interval grid or lies beyond the
     *         end of its day ({@code 2400} on a spring-forward day)
     */
    public Instant intervalEnd(IntervalLabel label) {
        Objects.requireNonNull(label, "label");
        if (label.minutes() % intervalMinutes != 0 || label.minutes() > dayMinutes(label.date())) {
            throw new InvalidValueException("DTM*582 label", "a multiple of " + intervalMinutes
                    + " min up to the day's " + dayMinutes(label.date()) + " min", label);
        }
        return Instant.ofEpochSecond(startOfDaySeconds(label.date()) + label.minutes() * 60L);
    }

    /**
     * The start of the interval a label names: its end minus the interval length.
     *
     * @param label the DTM*582 label
     * @return the start instant
     * @throws InvalidValueException as {@link #intervalEnd} does
     */
    public Instant intervalStart(IntervalLabel label) {
        return intervalEnd(label).minusSeconds(intervalMinutes * 60L);
    }

    /**
     * The label of the interval that ends at an instant: the inverse of {@link #intervalEnd}.
     *
     * @param intervalEnd the end of the interval
     * @param style how the last interval of a day is labelled
     * @return the label
     * @throws InvalidValueException if the instant is not on the interval grid of its day
     */
    public IntervalLabel label(Instant intervalEnd, EndOfDayStyle style) {
        Objects.requireNonNull(intervalEnd, "intervalEnd");
        Objects.requireNonNull(style, "style");
        long end = intervalEnd.getEpochSecond();
        LocalDate day = LocalDate.ofInstant(style == EndOfDayStyle.END_OF_DAY_2400
                ? intervalEnd.minusSeconds(intervalMinutes * 60L) : intervalEnd, zone);
        long elapsed = end - startOfDaySeconds(day);
        if (elapsed % (intervalMinutes * 60L) != 0 || intervalEnd.getNano() != 0) {
            throw new InvalidValueException("interval end", "on the " + intervalMinutes + "-minute grid of its day",
                    format(intervalEnd));
        }
        return new IntervalLabel(day, (int) (elapsed / 60));
    }

    /**
     * An instant as ISO local date-time with offset in this zone, minutes precision.
     *
     * @param instant the instant
     * @return such as {@code 2026-03-08T03:00-05:00}
     */
    public String format(Instant instant) {
        return ISO_MINUTES.format(instant.atZone(zone));
    }

    /**
     * Reads an ISO local date-time with offset, minutes precision, as {@link #format} writes it.
     *
     * @param text such as {@code 2026-03-08T03:00-05:00}
     * @return the instant
     * @throws java.time.format.DateTimeParseException if the text is not in that form
     */
    public static Instant parseInstant(CharSequence text) {
        return OffsetDateTime.parse(text, ISO_MINUTES).toInstant();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalClock && ((IntervalClock) o).zone.equals(zone)
                && ((IntervalClock) o).intervalMinutes == intervalMinutes;
    }

    @Override
    public int hashCode() {
        return zone.hashCode() * 31 + intervalMinutes;
    }

    /** Such as {@code America/Chicago, 60 min}. */
    @Override
    public String toString() {
        return zone + ", " + intervalMinutes + " min";
    }
}
