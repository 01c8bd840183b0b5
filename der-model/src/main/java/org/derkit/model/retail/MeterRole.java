package org.derkit.model.retail;

import org.derkit.model.InvalidValueException;

/**
 * Whether a meter's usage adds to or subtracts from its service point's usage (RES-18, REF*JH in
 * the 867).
 */
public enum MeterRole {
    /** Additive ({@code REF*JH*A}). */
    ADDITIVE("A"),
    /** Subtractive ({@code REF*JH*S}). */
    SUBTRACTIVE("S");

    private final String code;

    MeterRole(String code) {
        this.code = code;
    }

    /** {@return {@code A} or {@code S}} */
    public String code() {
        return code;
    }

    /**
     * Reads {@code A} or {@code S}.
     *
     * @param text {@code A} (additive) or {@code S} (subtractive), as the 867 writes it
     * @return the meter role
     * @throws InvalidValueException for any other text
     */
    public static MeterRole parse(CharSequence text) {
        String t = text.toString();
        if (t.equals("A")) {
            return ADDITIVE;
        }
        if (t.equals("S")) {
            return SUBTRACTIVE;
        }
        throw new InvalidValueException("meterRole", "A or S", "'" + text + "'");
    }
}
