package org.derkit.metering;

import java.util.Objects;

/**
 * One thing wrong with meter data, where it is and why: a gap, a duplicate, an out-of-order label,
 * a wrong count of intervals for a local day, an overlap between billing periods, a bad CSV cell.
 * Problems are reported, never repaired by guessing.
 *
 * <p>The message reads {@code <detail> (<location>)}, for example {@code duplicate interval: label
 * 20241103 0200 ends at 2024-11-03T01:00-06:00 like value 25 (a.x12, service point 900001, meter
 * 7000001 kWh, value 26, segment 88)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param kind what is wrong, not null
 * @param location where, as prose: source, service point, meter, unit, value index, label,
 *        segment, or CSV line and column; not null
 * @param detail why, with the values involved; not null
 */
public record MeteringProblem(Kind kind, String location, String detail) {

    /**
     * Validates the parts.
     *
     * @param detail why, with the values involved; not null
     * @param kind what is wrong, not null
     * @param location where, as prose: source, service point, meter, unit, value index, label,
     *     segment, or CSV line and column; not null
     */
    public MeteringProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@return the whole message: detail, then location in parentheses} */
    public String message() {
        return detail + " (" + location + ")";
    }

    @Override
    public String toString() {
        return kind + ": " + message();
    }

    /** What is wrong. */
    public enum Kind {
        /** A label that is off the interval grid or beyond the end of its day (2400 on a 23-hour day). */
        LABEL_OUT_OF_RANGE,
        /** Two values of one channel in one report end at the same instant. */
        DUPLICATE,
        /** A value ends before the value preceding it. */
        OUT_OF_ORDER,
        /** Intervals are missing between two consecutive values. */
        GAP,
        /** A full local day has another number of intervals than the zone rules give (23, 24, 25 hours). */
        WRONG_DAY_COUNT,
        /** A value lies outside its report's billing period. */
        OUTSIDE_PERIOD,
        /** The same meter and unit appears twice in one report. */
        DUPLICATE_CHANNEL,
        /** A value does not fit 18 digits after scaling or summing. */
        VALUE_OVERFLOW,
        /** Two billing periods of a meter share more than their one boundary hour. */
        OVERLAP,
        /** A meter is additive in one period and subtractive in another. */
        ROLE_CHANGED,
        /** Reports of different service points were given where one was expected. */
        SERVICE_POINT_MISMATCH,
        /** An hour lacks some of its shorter intervals when aggregating. */
        INCOMPLETE_HOUR,
        /** A production meter whose readings suggest reversed CT polarity (BTM-08). */
        POLARITY,
        /** A CSV line or cell that cannot be read. */
        CSV_FORMAT,
        /**
         * A report's intervals do not reach a bound of its billing period (DTM*150, DTM*151 with
         * their times): the missing local times are named (issue 15 item 4).
         */
        PERIOD_NOT_COVERED,
        /** A cancellation or replacement names (BPT09) a report that none of the inputs read holds. */
        ORIGINAL_NOT_FOUND,
        /** Two replacements name the same report: which one stands cannot be told. */
        REPLACED_TWICE,
        /** The same report (BPT01 purpose and BPT02 reference) read twice, from another transaction set. */
        DUPLICATE_REPORT,
        /** The same interchange (ISA06 sender, ISA13 control number) read twice. */
        DUPLICATE_INTERCHANGE
    }
}
