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
     * @throws InvalidValueException if {@code end} is before {@code start}
     */
    public TimeInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException("end", ">= start " + start, end);
        }
    }

    /** An interval from its start and end. */
    public static TimeInterval of(Instant start, Instant end) {
        return new TimeInterval(start, end);
    }

    /** An interval from its start and length. */
    public static TimeInterval of(Instant start, Duration length) {
        return new TimeInterval(start, start.plus(length));
    }

    /** The length. */
    public Duration length() {
        return Duration.between(start, end);
    }

    /** Whether an instant is inside (start inclusive, end exclusive). */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Whether the two intervals share any instant. */
    public boolean overlaps(TimeInterval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
