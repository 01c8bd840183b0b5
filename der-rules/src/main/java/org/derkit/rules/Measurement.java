package org.derkit.rules;

import java.util.Objects;

/**
 * One input value a rule measured, as shown in its finding.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param input the input's name
 * @param value the measured value (a quantity, money, a number, a flag, ...)
 * @param text the value with its unit, such as {@code 250 kW}
 */
public record Measurement(String input, Object value, String text) {

    /**
     * Checks that nothing is null.
     *
     * @param input the input's name
     * @param value the measured value (a quantity, money, a number, a flag, ...)
     * @param text the value with its unit, such as {@code 250 kW}
     */
    public Measurement {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    /** Such as {@code aggregate AC nameplate: 250 kW}. */
    @Override
    public String toString() {
        return Messages.measurement(input, text);
    }
}
