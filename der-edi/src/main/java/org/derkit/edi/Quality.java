package org.derkit.edi;

/**
 * Whether an 867 quantity was read or estimated (QTY01).
 */
public enum Quality {
    /** {@code QD}: an actual reading. */
    ACTUAL("QD"),
    /** {@code KA}: an estimate. */
    ESTIMATED("KA");

    private final String code;

    Quality(String code) {
        this.code = code;
    }

    /** The X12 code: QD or KA. */
    public String code() {
        return code;
    }

    /**
     * The quality for its X12 code.
     *
     * @throws IllegalArgumentException naming the code when it is not QD or KA
     */
    public static Quality ofCode(String code) {
        switch (code) {
            case "QD": return ACTUAL;
            case "KA": return ESTIMATED;
            default: throw new IllegalArgumentException("Invalid value for quality (valid values QD, KA): " + code);
        }
    }
}
