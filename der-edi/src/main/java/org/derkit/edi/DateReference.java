package org.derkit.edi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A DTM segment outside the interval data: a qualifier ({@code 150} period start, {@code 151}
 * period end, ...) and a date, with the optional time and time code kept as sent.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param qualifier DTM01
 * @param date DTM02
 * @param time DTM03 as sent (HHMM or HHMMSS), may be empty
 * @param timeCode DTM04, may be empty
 */
public record DateReference(String qualifier, LocalDate date, String time, String timeCode) {

    /** Refuses nulls. */
    public DateReference {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(timeCode, "timeCode");
    }

    /** A date without time. */
    public static DateReference of(String qualifier, LocalDate date) {
        return new DateReference(qualifier, date, "", "");
    }
}
