package org.derkit.model.facility;

import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.Energy;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * An energy storage system: the AC nameplate of its inverter, its energy capacity, where it
 * charges from, whether it may export, and how it is coupled (POL-11, POL-12, POL-41).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable

abstract class AbstractEnergyStorage {

    /** {@return AC nameplate of the storage inverter (kW); level and fee use it for ESS-only applications} */
    public abstract ActivePower acRating();

    /** {@return usable energy capacity (kWh)} */
    public abstract Optional<Energy> energyCapacity();

    /** {@return where it charges from} */
    public abstract Optional<StorageCharging> charging();

    /** {@return whether the storage may export to the grid} */
    public abstract Optional<Boolean> exportAllowed();

    /** {@return AC or DC coupling with the generating source} */
    public abstract Optional<Coupling> coupling();

    /** {@return whether it uses a bi-directional inverter (POL-41)} */
    public abstract Optional<Boolean> bidirectionalInverter();

    /** {@return its inverter, if described} */
    public abstract Optional<Inverter> inverter();

    /**
     * Refuses a zero or negative {@code acRating}; a negative {@code energyCapacity}. The builder
     * calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.positive("acRating", acRating());
        Checks.nonNegative("energyCapacity", energyCapacity());
    }
}
