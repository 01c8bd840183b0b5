package org.derkit.edi;

/**
 * How a meter's usage counts toward its service point (REF*JH): added or subtracted.
 */
public enum MeterRole {
    /** {@code A}: the meter's usage is added. */
    ADDITIVE("A"),
    /** {@code S}: the meter's usage is subtracted (a subtractive or "deduct" meter). */
    SUBTRACTIVE("S");

    private final String code;

    MeterRole(String code) {
        this.code = code;
    }

    /** The X12 code: A or S. */
    public String code() {
        return code;
    }

    /**
     * The role for its X12 code.
     *
     * @throws IllegalArgumentException naming the code when it is not A or S
     */
    public static MeterRole ofCode(String code) {
        switch (code) {
            case "A": return ADDITIVE;
            case "S": return SUBTRACTIVE;
            default: throw new IllegalArgumentException("Invalid value for meterRole (valid values A, S): " + code);
        }
    }
}
