package org.derkit.edi;

import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * Thrown by {@link X12Writer} for a value that cannot be written into X12 as it is: text that
 * holds one of the interchange's delimiters or a character outside ISO-8859-1, an amount with more
 * decimals than its N2 element carries, an ISA value wider than its fixed field. The message keeps
 * {@link InvalidValueException}'s shape ({@code Invalid value for REF02 (valid values ...): ...})
 * and ends with the {@link Location} the value would have been written at, counted in the output.
 * What was written before the refused segment stays written; the refused segment is incomplete.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class X12WriteException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /** Where the value would have been written. */
    private final transient Location location;

    /**
     * Creates the exception for one refused element.
     *
     * @param field the element, such as {@code REF02}
     * @param validValues what the element accepts
     * @param value the refused value
     * @param location where in the output it would have been written
     */
    public X12WriteException(String field, String validValues, Object value, Location location) {
        super(field, validValues, value);
        this.location = Objects.requireNonNull(location, "location");
    }

    /** {@return where in the output the value would have been written} */
    public Location location() {
        return location;
    }

    /** {@return {@link InvalidValueException}'s message followed by the location} */
    @Override
    public String getMessage() {
        return super.getMessage() + " " + location;
    }
}
