package org.derkit.edi;

/**
 * The unit of an 867 quantity (QTY03): kWh, kW or kvarh.
 */
public enum UsageUnit {
    /** {@code KH}: kilowatt-hours. */
    KWH("KH", "kWh"),
    /** {@code K1}: kilowatts (demand). */
    KW("K1", "kW"),
    /** {@code K3}: kilovar-hours. */
    KVARH("K3", "kvarh");

    private final String code;
    private final String symbol;

    UsageUnit(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    /** The X12 unit code: KH, K1 or K3. */
    public String code() {
        return code;
    }

    /** The unit symbol: kWh, kW or kvarh. */
    public String symbol() {
        return symbol;
    }

    /**
     * The unit for its X12 code.
     *
     * @throws IllegalArgumentException naming the code when it is not KH, K1 or K3
     */
    public static UsageUnit ofCode(String code) {
        switch (code) {
            case "KH": return KWH;
            case "K1": return KW;
            case "K3": return KVARH;
            default: throw new IllegalArgumentException("Invalid value for unit (valid values KH, K1, K3): " + code);
        }
    }
}
