package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.util.Objects;
import org.derkit.model.NominalVoltage;
import org.derkit.model.VoltageClass;
import org.derkit.model.facility.Siting;

/**
 * Where a DER connects (POL-01, DER Interconnection Policy section 1): the class of the nominal
 * line-to-line voltage at the POI (service at or below 1000 V; distribution 4 kV to 15 kV;
 * sub-transmission 34.5 kV or 69 kV; other voltages unclassified) and its siting (behind the
 * meter, sharing a revenue meter with load, or remotely located generation serving load
 * elsewhere).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param voltage the nominal voltage at the POI
 * @param voltageClass its class
 * @param siting BTM or RLG
 */
public record Placement(NominalVoltage voltage, VoltageClass voltageClass, Siting siting) {

    /**
     * Checks that nothing is null and the class is the voltage's.
     *
     * @param voltage the nominal voltage at the POI
     * @param voltageClass its class
     * @param siting BTM or RLG
     */
    public Placement {
        Objects.requireNonNull(voltage, "voltage");
        Objects.requireNonNull(voltageClass, "voltageClass");
        Objects.requireNonNull(siting, "siting");
        if (voltage.voltageClass() != voltageClass) {
            throw new InvalidValueException("voltageClass", "" + voltage.voltageClass() + " for " + voltage, voltageClass);
        }
    }

    /**
     * The placement of a DER at a POI voltage.
     *
     * @param voltage the POI voltage
     * @param siting BTM or RLG
     * @return the placement of a DER at a POI voltage
     */
    public static Placement of(NominalVoltage voltage, Siting siting) {
        return new Placement(voltage, Objects.requireNonNull(voltage, "voltage").voltageClass(), siting);
    }

    /** {@return the machine-readable value, such as {@code DISTRIBUTION/BTM}} */
    public String valueText() {
        return voltageClass + "/" + siting.code();
    }

    /** Such as {@code DISTRIBUTION/BTM (7200/12470Y)}. */
    @Override
    public String toString() {
        return valueText() + " (" + voltage + ")";
    }
}
