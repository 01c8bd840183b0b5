package org.derkit.model.retail;

import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * The unit of an interval channel, as QTY03 of an 867 sends it: energy in kWh ({@code KH}),
 * demand in kW ({@code K1}) or reactive energy in kvarh ({@code K3}). Ameren may send a kWh and a
 * kW channel for the same hours; they are different channels and are never added together.
 */
public enum MeterUnit {
    /** Active energy, kWh; X12 code {@code KH}. Summed when intervals are aggregated. */
    KWH("kWh", "KH", true),
    /** Demand, kW; X12 code {@code K1}. Averaged, never summed, when intervals are aggregated. */
    KW("kW", "K1", false),
    /** Reactive energy, kvarh; X12 code {@code K3}. Summed when intervals are aggregated. */
    KVARH("kvarh", "K3", true);

    private final String symbol;
    private final String x12Code;
    private final boolean additive;

    MeterUnit(String symbol, String x12Code, boolean additive) {
        this.symbol = symbol;
        this.x12Code = x12Code;
        this.additive = additive;
    }

    /** {@return the symbol used in CSV files: {@code kWh}, {@code kW} or {@code kvarh}} */
    public String symbol() {
        return symbol;
    }

    /** {@return the X12 unit code (QTY03): {@code KH}, {@code K1} or {@code K3}} */
    public String x12Code() {
        return x12Code;
    }

    /** {@return whether values of this unit add up over time (energy), as opposed to demand} */
    public boolean isEnergy() {
        return additive;
    }

    /**
     * Parses a CSV symbol ({@code kWh}, {@code kW}, {@code kvarh}; exact case).
     *
     * @param symbol the unit symbol of a CSV column, exact case
     * @return the unit
     * @throws InvalidValueException naming the text if it is no known symbol
     */
    public static MeterUnit parse(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        for (MeterUnit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        throw new InvalidValueException("unit", "kWh, kW or kvarh", "'" + symbol + "'");
    }

    /**
     * Reads an X12 unit code (QTY03: {@code KH}, {@code K1}, {@code K3}).
     *
     * @param code the X12 unit of measure code of QTY03 or MEA04
     * @return the unit
     * @throws InvalidValueException naming the code if it is no known unit
     */
    public static MeterUnit ofX12(String code) {
        Objects.requireNonNull(code, "code");
        for (MeterUnit u : values()) {
            if (u.x12Code.equals(code)) {
                return u;
            }
        }
        throw new InvalidValueException("QTY03 unit", "KH, K1 or K3", "'" + code + "'");
    }
}
