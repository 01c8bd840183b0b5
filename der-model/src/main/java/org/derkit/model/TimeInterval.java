package org.derkit.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A span of time between two instants, start inclusive and end exclusive, such as one hour of
 * interval data. Wall-clock views are in America/Chicago; arithmetic is on {@link Instant}s.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param start the first instant, inclusive
 * @param end the end, exclusive, not before {@code start}
 */
public record TimeInterval(Instant start, Instant end) {

    /**
     * Checks the end is not before the start.
     *
     * @param start the first instant, inclusive
     * @param end the end, exclusive, not before {@code start}
     * @throws InvalidValueException if {@code end} is before {@code start}
     */
    public TimeInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException("end", ">= start " + start, end);
        }
    }

    /**
     * {@return an interval from its start and end}
     *
     * @param start the first instant, inclusive
     * @param end the end, exclusive, not before {@code start}
     * @throws InvalidValueException if {@code end} is before {@code start}
     */
    public static TimeInterval of(Instant start, Instant end) {
        return new TimeInterval(start, end);
    }

    /**
     * {@return an interval from its start and length}
     *
     * @param start the first instant, inclusive
     * @param length the elapsed time to the exclusive end, not negative (a 23- or 25-hour day is
     *     measured in elapsed time, not wall-clock time)
     * @throws InvalidValueException if {@code length} is negative
     */
    public static TimeInterval of(Instant start, Duration length) {
        return new TimeInterval(start, start.plus(length));
    }

    /** {@return the length} */
    public Duration length() {
        return Duration.between(start, end);
    }

    /**
     * {@return whether an instant is inside (start inclusive, end exclusive)}
     *
     * @param instant the instant to test
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * {@return whether the two intervals share any instant}
     *
     * @param other the other interval; touching ends do not overlap
     */
    public boolean overlaps(TimeInterval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
