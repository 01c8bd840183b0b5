package org.derkit.model;

import java.util.regex.Pattern;

/**
 * A DUNS number (9 digits, or 13 for DUNS+4) identifying Ameren or a retail electric supplier in N1 segments.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class DunsNumber extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("\\d{9}(\\d{4})?");

    private DunsNumber(String value) {
        super("duns", value, FORMAT, "9 digits, or 13 digits for DUNS+4");
    }

    /**
     * Obtains the identifier for its text.
     *
     * @param value 9 digits, or 13 digits for DUNS+4, as N1*..*1 or N1*..*9 carries it
     * @return the DUNS number
     * @throws InvalidValueException naming the text if it is not a valid duns
     */
    public static DunsNumber of(String value) {
        return new DunsNumber(value);
    }
}
