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

    /**
     * Refuses nulls.
     *
     * @param date DTM02
     * @param qualifier DTM01
     * @param time DTM03 as sent (HHMM or HHMMSS), may be empty
     * @param timeCode DTM04, may be empty
     */
    public DateReference {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(timeCode, "timeCode");
    }

    /**
     * {@return a date without time}
     *
     * @param qualifier the DTM01 qualifier, such as {@code 150} (period start) or {@code 151} (end)
     * @param date the DTM02 date
     */
    public static DateReference of(String qualifier, LocalDate date) {
        return new DateReference(qualifier, date, "", "");
    }
}
