package org.derkit.spark;

import java.util.Locale;
import org.derkit.model.InvalidValueException;

/**
 * What the {@code derkit-867} source does with a malformed transaction set or file, after Spark's
 * own file sources (option {@code mode}).
 */
public enum ReadMode {
    /** Keep reading; write one corrupt-record row with the problem's location and reason. The default. */
    PERMISSIVE,
    /** Keep reading; leave the malformed transaction set out (each one counted in a warning of the task's log). */
    DROPMALFORMED,
    /** Stop the job at the first problem, naming the file and the location. */
    FAILFAST;

    /**
     * The mode named by an option value, ignoring case.
     *
     * @param value {@code PERMISSIVE}, {@code DROPMALFORMED} or {@code FAILFAST}
     * @return the mode
     * @throws InvalidValueException for any other value
     */
    public static ReadMode parse(String value) {
        for (ReadMode m : values()) {
            if (m.name().equals(value.toUpperCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new InvalidValueException("mode", "PERMISSIVE, DROPMALFORMED or FAILFAST", value);
    }
}
