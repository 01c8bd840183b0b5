package org.derkit.model.facility;

import java.util.List;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A distributed energy resource facility at one point of interconnection (POI): its siting, the
 * generating units and storage behind the POI, the capacities the application declares, the
 * Ameren system it connects to, and the interconnection equipment on the customer's side.
 *
 * <p>Every attribute may be unknown, as on a real application form: the rules that need an unknown
 * attribute report insufficient data and name it.
 *
 * <p>One arithmetic for the size of a facility, however the application describes it (P466-01
 * aggregation, policy 3.4): the {@linkplain #generationNameplate() generation nameplate} is the
 * declared generation nameplate, or else the sum of the generating units; the
 * {@linkplain #aggregateNameplate() aggregate nameplate} adds the AC nameplate of every storage
 * inverter to it. An ESS-only facility (storage and no generation) is therefore sized by the AC
 * nameplate of its storage inverters.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractFacility {

    /** {@return behind the meter or remotely located (POL-01)} */
    public abstract Optional<Siting> siting();

    /** {@return phases of the DER interconnection} */
    public abstract Optional<Phases> phases();

    /** {@return phases of the customer's service and revenue meter, if different from {@link #phases()}} */
    public abstract Optional<Phases> servicePhases();

    /** {@return the generating units} */
    public abstract List<GeneratingUnit> generatingUnits();

    /** {@return the energy storage systems} */
    public abstract List<EnergyStorage> storage();

    /**
     * AC nameplate of all generation as the application states it (kW), storage inverters not
     * included: they are counted from {@link #storage()}. Takes precedence over the sum of the
     * generating units.
     *
     * @return the stated generation nameplate in kW, or empty when the application leaves it to the
     *     sum of the generating units
     */
    public abstract Optional<ActivePower> declaredNameplate();

    /**
     * AC nameplate of all generation as the application states it (kVA), storage not included.
     *
     * @return the stated generation nameplate in kVA, or empty when the application gives none
     */
    public abstract Optional<ApparentPower> declaredApparentNameplate();

    /** {@return nameplate already interconnected at this POI when the application is a capacity increase} */
    public abstract Optional<ActivePower> existingNameplate();

    /** {@return export capacity: the most the facility can export at the POI (kW)} */
    public abstract Optional<ActivePower> exportCapacity();

    /** {@return nominal voltage at the point of interconnection} */
    public abstract Optional<NominalVoltage> pointOfInterconnectionVoltage();

    /** {@return radial or networked system at the POI} */
    public abstract Optional<SystemType> systemType();

    /** {@return self-contained or instrument-rated revenue metering} */
    public abstract Optional<MeteringType> meteringType();

    /** {@return the main fuel or energy source, if stated for the whole facility} */
    public abstract Optional<EnergySource> energySource();

    /** {@return whether the facility is renewably fuelled, if stated; otherwise derived from the sources} */
    public abstract Optional<Boolean> renewable();

    /** {@return whether the facility is a Qualifying Facility under PURPA (POL-05)} */
    public abstract Optional<Boolean> qualifyingFacility();

    /** {@return whether the site is residential (POL-15 delivery voltage)} */
    public abstract Optional<Boolean> residential();

    /** {@return the customer's peak yearly demand (POL-04)} */
    public abstract Optional<ActivePower> customerPeakDemand();

    /** {@return the generator disconnect switch (POL-32)} */
    public abstract Optional<DisconnectSwitch> disconnectSwitch();

    /** {@return the fault-isolating device (POL-33)} */
    public abstract Optional<FaultIsolatingDevice> faultIsolatingDevice();

    /** {@return the customer interconnection transformer (POL-35 to POL-37)} */
    public abstract Optional<InterconnectionTransformer> interconnectionTransformer();

    /** {@return whether a fault on a customer line section would cause an outage of Ameren facilities} */
    public abstract Optional<Boolean> lineFaultCausesUtilityOutage();

    /** {@return whether lightning protection (static wire or arresters) is installed (POL-34)} */
    public abstract Optional<Boolean> lightningProtection();

    /** {@return whether the storage has its own meter, separate from the generation (POL-41)} */
    public abstract Optional<Boolean> separateStorageMetering();

    /** {@return how Ameren reaches and controls the inverters (INV-06)} */
    public abstract Optional<UtilityControl> utilityControl();

    /**
     * The AC nameplate of the generation (kW): the declared nameplate, or else the sum of the
     * generating units; zero for a facility with storage and neither; empty when nothing is known.
     *
     * @return the generation nameplate, if known
     */
    @Value.Derived
    public Optional<ActivePower> generationNameplate() {
        if (declaredNameplate().isPresent()) {
            return declaredNameplate();
        }
        if (generatingUnits().isEmpty() && storage().isEmpty()) {
            return Optional.empty();
        }
        ActivePower sum = ActivePower.ZERO;
        for (GeneratingUnit unit : generatingUnits()) {
            sum = sum.plus(unit.nameplate());
        }
        return Optional.of(sum);
    }

    /**
     * The AC nameplate of the storage inverters (kW), zero without storage.
     *
     * @return the sum of the storage systems' AC ratings
     */
    public ActivePower storageNameplate() {
        ActivePower sum = ActivePower.ZERO;
        for (EnergyStorage ess : storage()) {
            sum = sum.plus(ess.acRating());
        }
        return sum;
    }

    /**
     * The aggregate AC nameplate at the POI (P466-01, policy 3.4): the generation nameplate plus
     * the AC nameplate of every storage inverter, however the application describes them; empty
     * when the generation nameplate is unknown.
     *
     * @return the aggregate AC nameplate, if known
     */
    @Value.Derived
    public Optional<ActivePower> aggregateNameplate() {
        ActivePower storage = storageNameplate();
        return generationNameplate().map(g -> g.plus(storage));
    }

    /**
     * The aggregate AC nameplate in kVA on the same basis as {@link #aggregateNameplate()}: the
     * generation's kVA (declared, or the sum of the units' kVA nameplates when every unit states
     * one; zero for storage only) plus the storage inverters' AC nameplate taken at unity power
     * factor (the model has no kVA rating for storage); empty when the generation's kVA is unknown.
     *
     * @return the aggregate kVA nameplate, if known
     */
    @Value.Derived
    public Optional<ApparentPower> aggregateApparentNameplate() {
        ApparentPower storage = ApparentPower.ofKilovoltAmperes(storageNameplate().value());
        if (declaredApparentNameplate().isPresent()) {
            return Optional.of(declaredApparentNameplate().get().plus(storage));
        }
        if (generatingUnits().isEmpty()) {
            return declaredNameplate().isEmpty() && hasStorage() ? Optional.of(storage) : Optional.empty();
        }
        ApparentPower sum = ApparentPower.ZERO;
        for (GeneratingUnit unit : generatingUnits()) {
            if (unit.apparentPowerNameplate().isEmpty()) {
                return Optional.empty();
            }
            sum = sum.plus(unit.apparentPowerNameplate().get());
        }
        return Optional.of(sum.plus(storage));
    }

    /**
     * Whether the facility has generation besides storage: the generation nameplate is above
     * zero; empty when it is unknown.
     *
     * @return whether there is generation, if known
     */
    public Optional<Boolean> hasGeneration() {
        return generationNameplate().map(g -> !g.isZero());
    }

    /**
     * {@return whether the facility is renewably fuelled: as stated, or else true when every unit's source
     * (or the facility's source) is renewable, or empty when nothing says}
     */
    public Optional<Boolean> isRenewable() {
        if (renewable().isPresent()) {
            return renewable();
        }
        if (energySource().isPresent()) {
            return Optional.of(energySource().get().isRenewable());
        }
        if (generatingUnits().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(generatingUnits().stream().allMatch(u -> u.energySource().isRenewable()));
    }

    /** {@return whether the facility has energy storage} */
    public boolean hasStorage() {
        return !storage().isEmpty();
    }

    /**
     * Whether the facility is storage only (ESS-only, policy 3.4): storage, and a generation
     * nameplate known to be zero (declared 0 kW, or no generating unit and no declared nameplate).
     *
     * @return whether the facility is ESS-only
     */
    public boolean isStorageOnly() {
        return hasStorage() && !hasGeneration().orElse(true);
    }

    /** {@return the inverters of all units and storage} */
    public List<Inverter> inverters() {
        java.util.ArrayList<Inverter> all = new java.util.ArrayList<>();
        generatingUnits().forEach(u -> u.inverter().ifPresent(all::add));
        storage().forEach(s -> s.inverter().ifPresent(all::add));
        return List.copyOf(all);
    }

    /**
     * Refuses a negative {@code declaredNameplate}, {@code declaredApparentNameplate}, {@code
     * existingNameplate}, {@code exportCapacity} or {@code customerPeakDemand}. The builder calls
     * it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.nonNegative("declaredNameplate", declaredNameplate());
        Checks.nonNegative("declaredApparentNameplate", declaredApparentNameplate());
        Checks.nonNegative("existingNameplate", existingNameplate());
        Checks.nonNegative("exportCapacity", exportCapacity());
        Checks.nonNegative("customerPeakDemand", customerPeakDemand());
    }
}
