package org.derkit.model.facility;

import java.util.Objects;
import org.derkit.model.Percentage;

/**
 * One point of a volt-var curve: a voltage in percent of nominal and the reactive power in percent
 * of the inverter's rating, positive when injecting (capacitive), negative when absorbing
 * (INV-12).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param voltage voltage, percent of nominal
 * @param reactivePower reactive power, percent of rating, positive = inject
 */
public record VoltVarPoint(Percentage voltage, Percentage reactivePower) {

    /**
     * Checks both values are present.
     *
     * @param voltage voltage, percent of nominal
     * @param reactivePower reactive power, percent of rating, positive = inject
     */
    public VoltVarPoint {
        Objects.requireNonNull(voltage, "voltage");
        Objects.requireNonNull(reactivePower, "reactivePower");
    }

    /**
     * {@return a point from two percentages}
     *
     * @param voltagePercent voltage in percent of nominal (92 for 92%)
     * @param reactivePowerPercent reactive power in percent of rating, positive when injecting
     * @throws org.derkit.model.InvalidValueException if either is NaN or infinite
     */
    public static VoltVarPoint of(double voltagePercent, double reactivePowerPercent) {
        return new VoltVarPoint(Percentage.ofPercent(voltagePercent),
                Percentage.ofPercent(reactivePowerPercent));
    }
}
