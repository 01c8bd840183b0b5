package org.derkit.model.retail;

import java.time.LocalDate;
import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * The raw label of an 867 interval value as {@code DTM*582} sends it: a local date (DTM02) and a
 * time {@code HHMM} (DTM03) that counts <em>elapsed</em> time since the start of that day, not
 * clock time (RES-20, RES FAQ 21). {@code 0100} ... {@code 2400} on a normal day, up to
 * {@code 2300} on the spring-forward day and {@code 2500} on the fall-back day; the end of a day
 * may also be labelled {@code 0000} on the next day. The label is the <em>end</em> of the
 * interval.
 *
 * <p>This type only holds the label; {@link IntervalClock} turns it into instants.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param date the local date of DTM02, not null
 * @param minutes elapsed minutes HH x 60 + MM, 0 to 1500
 */
public record IntervalLabel(LocalDate date, int minutes) {

    /** The largest elapsed time a label may carry: {@code 2500}, 25 hours. */
    public static final int MAX_MINUTES = 25 * 60;

    /**
     * Validates the parts.
     *
     * @param date the local date of DTM02
     * @param minutes elapsed minutes HH x 60 + MM, 0 to 1500
     * @throws InvalidValueException if minutes is outside 0 to 1500
     */
    public IntervalLabel {
        Objects.requireNonNull(date, "date");
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new InvalidValueException("DTM*582 elapsed minutes", "0 to 1500 (0000 to 2500)", minutes);
        }
    }

    /**
     * Reads a DTM03 time {@code HHMM} or {@code HHMMSS} (seconds are ignored, as the profile says)
     * for a date.
     *
     * @param date the local date of DTM02
     * @param time the DTM03 text
     * @return the label
     * @throws InvalidValueException naming the text if it is not 4 or 6 digits, HH 00-25, MM 00-59,
     *         at most 2500
     */
    public static IntervalLabel parse(LocalDate date, CharSequence time) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        int n = time.length();
        boolean digits = n == 4 || n == 6;
        for (int i = 0; digits && i < n; i++) {
            char c = time.charAt(i);
            digits = c >= '0' && c <= '9';
        }
        if (digits) {
            int hh = (time.charAt(0) - '0') * 10 + time.charAt(1) - '0';
            int mm = (time.charAt(2) - '0') * 10 + time.charAt(3) - '0';
            if (mm < 60 && hh * 60 + mm <= MAX_MINUTES) {
                return new IntervalLabel(date, hh * 60 + mm);
            }
        }
        throw new InvalidValueException("DTM*582 time", "HHMM or HHMMSS from 0000 to 2500", "'" + time + "'");
    }

    /** {@return the time text {@code HHMM}, such as {@code 0200} or {@code 2500}} */
    public String timeText() {
        int hh = minutes / 60;
        int mm = minutes % 60;
        return new String(new char[] {(char) ('0' + hh / 10), (char) ('0' + hh % 10),
            (char) ('0' + mm / 10), (char) ('0' + mm % 10)});
    }

    /** Such as {@code 20241103 0300}: DTM02 and DTM03 as the 867 writes them. */
    @Override
    public String toString() {
        return String.format("%04d%02d%02d %s", date.getYear(), date.getMonthValue(), date.getDayOfMonth(), timeText());
    }
}
