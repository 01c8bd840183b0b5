package org.derkit.rules.book;

/** What a ride-through table is indexed by: voltage in percent of nominal, or frequency in hertz. */
public enum RideThroughQuantity {
    /** Voltage at the reference point, percent of nominal (1.20 pu = 120 %). */
    VOLTAGE("V", "%"),
    /** System frequency, hertz. */
    FREQUENCY("f", "Hz");

    private final String symbol;
    private final String unit;

    RideThroughQuantity(String symbol, String unit) {
        this.symbol = symbol;
        this.unit = unit;
    }

    /** {@return the variable's symbol in the tables: {@code V} or {@code f}} */
    public String symbol() {
        return symbol;
    }

    /** {@return the unit symbol: {@code %} or {@code Hz}} */
    public String unit() {
        return unit;
    }
}
