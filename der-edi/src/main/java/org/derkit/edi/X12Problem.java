package org.derkit.edi;

import java.util.Objects;

/**
 * One problem found while reading X12: what (a {@link X12ErrorCode}), where (a {@link Location})
 * and the detail (the offending value, the expected one).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param code what is wrong
 * @param location where it is
 * @param detail the offending value and what was expected, may be empty
 * @param elementCopy the element (or component) the problem is about, as sent, cut to its first
 *        {@value #MAX_ELEMENT_COPY} characters: what a 997 returns in AK404; empty when the problem
 *        is not about one element or the element is empty
 */
public record X12Problem(X12ErrorCode code, Location location, String detail, String elementCopy) {

    /** The longest {@link #elementCopy()} kept: the maximum length of AK404 (X12 element 724). */
    public static final int MAX_ELEMENT_COPY = 99;

    /**
     * Validates that no part is null and cuts the element copy to {@value #MAX_ELEMENT_COPY} characters.
     *
     * @param code what is wrong
     * @param location where it is
     * @param detail the offending value and what was expected, may be empty
     * @param elementCopy the element as sent, may be empty
     */
    public X12Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(elementCopy, "elementCopy");
        if (elementCopy.length() > MAX_ELEMENT_COPY) {
            elementCopy = elementCopy.substring(0, MAX_ELEMENT_COPY);
        }
    }

    /**
     * A problem without a copy of the element.
     *
     * @param code what is wrong
     * @param location where it is
     * @param detail the offending value and what was expected, may be empty
     */
    public X12Problem(X12ErrorCode code, Location location, String detail) {
        this(code, location, detail, "");
    }

    /**
     * {@return the problem as one sentence: code, description, detail, then the location, e.g}
     * {@code SEGMENT_COUNT_MISMATCH: SE01 does not match the number of included segments (SE01 is
     * 12,
     * counted 13) in segment SE at position 13 of transaction set 867 0001 (...), line 13, byte 610}.
     */
    public String message() {
        return code + ": " + code.description() + (detail.isEmpty() ? "" : " (" + detail + ")") + " " + location;
    }

    @Override
    public String toString() {
        return message();
    }
}
