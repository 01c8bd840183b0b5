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

    /** AC nameplate of the storage inverter (kW); level and fee use it for ESS-only applications. */
    public abstract ActivePower acRating();

    /** Usable energy capacity (kWh). */
    public abstract Optional<Energy> energyCapacity();

    /** Where it charges from. */
    public abstract Optional<StorageCharging> charging();

    /** Whether the storage may export to the grid. */
    public abstract Optional<Boolean> exportAllowed();

    /** AC or DC coupling with the generating source. */
    public abstract Optional<Coupling> coupling();

    /** Whether it uses a bi-directional inverter (POL-41). */
    public abstract Optional<Boolean> bidirectionalInverter();

    /** Its inverter, if described. */
    public abstract Optional<Inverter> inverter();

    @Value.Check
    protected void check() {
        Checks.positive("acRating", acRating());
        Checks.nonNegative("energyCapacity", energyCapacity());
    }
}
