package org.derkit.edi;

import org.derkit.model.InvalidValueException;

/**
 * The delimiters of an interchange, as found at the fixed positions of its ISA segment.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param element the element separator (ISA character 3)
 * @param component the component separator (ISA16, character 104)
 * @param segment the segment terminator (character 105)
 * @param repetition the repetition separator (ISA11 in 00501 envelopes), or {@code '\0'} for none
 */
public record Delimiters(char element, char component, char segment, char repetition) {

    /** Ameren's 004010 delimiters: {@code *}, {@code >}, {@code ~}, no repetition separator. */
    public static final Delimiters AMEREN = new Delimiters('*', '>', '~', '\0');

    /**
     * Refuses delimiters that clash or that are letters, digits or spaces.
     *
     * @param component the component separator (ISA16, character 104)
     * @param element the element separator (ISA character 3)
     * @param repetition the repetition separator (ISA11 in 00501 envelopes), or {@code '\0'} for none
     * @param segment the segment terminator (character 105)
     */
    public Delimiters {
        check("element", element);
        check("component", component);
        check("segment", segment);
        if (repetition != '\0') {
            check("repetition", repetition);
        }
        if (element == component || element == segment || component == segment
                || (repetition != '\0' && (repetition == element || repetition == component || repetition == segment))) {
            throw new InvalidValueException("delimiters", "distinct characters", "" + element + component + segment
                    + (repetition == '\0' ? "" : String.valueOf(repetition)));
        }
    }

    private static void check(String name, char c) {
        if (c > 0x7e || Character.isLetterOrDigit(c) || c == ' ') {
            throw new InvalidValueException(name + " delimiter", "ASCII special characters other than space",
                    "'" + c + "'");
        }
    }

    /**
     * {@return whether the text contains any delimiter (such text cannot be written into an element)}
     *
     * @param text the text of an element value
     */
    public boolean occursIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == element || c == component || c == segment || (repetition != '\0' && c == repetition)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copy with another segment terminator. This instance is immutable and unaffected by this method call.
     *
     * @param terminator the segment terminator, such as {@code ~}
     * @return the copy
     */
    public Delimiters withSegment(char terminator) {
        return new Delimiters(element, component, terminator, repetition);
    }

    /**
     * A copy with another component separator. This instance is immutable and unaffected by this method call.
     *
     * @param separator the component element separator (ISA16), such as {@code >}
     * @return the copy
     */
    public Delimiters withComponent(char separator) {
        return new Delimiters(element, separator, segment, repetition);
    }
}
