package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.Voltage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.SystemType;

/**
 * What decides the application level (POL-06): the aggregate nameplate at the POI (P466-01: every
 * device at the POI, plus what is already interconnected for a capacity increase), the nameplate in
 * kVA where it is known, the export capacity, the line-to-line voltage at the POI and the kind of
 * system. Only the nameplate is mandatory; the level computation says which other input it needs
 * when one is unknown.
 *
 * <p>The kW thresholds of Table 1 (25 kW, 50 kW, the Level 2 table) compare the kW nameplate; the
 * 10 MVA thresholds compare the kVA nameplate, or the kW nameplate taken at unity power factor
 * when the kVA nameplate is unknown (kVA is never below kW, so this never overstates the size).
 * An ESS-only facility is sized by the AC nameplate of its inverters (POL-11): der-model's
 * aggregate nameplate sums the storage AC ratings.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param nameplate aggregate AC nameplate at the POI, kW
 * @param apparentNameplate aggregate AC nameplate, kVA, if known
 * @param exportCapacity export capacity at the POI, kW, if known
 * @param poiVoltage nominal line-to-line voltage at the POI, if known
 * @param systemType radial or networked, if known
 */
public record LevelInputs(ActivePower nameplate, Optional<ApparentPower> apparentNameplate,
        Optional<ActivePower> exportCapacity, Optional<Voltage> poiVoltage, Optional<SystemType> systemType) {

    /**
     * Checks that nothing is null and no power is negative.
     *
     * @param nameplate aggregate AC nameplate at the POI, kW
     * @param apparentNameplate aggregate AC nameplate, kVA, if known
     * @param exportCapacity export capacity at the POI, kW, if known
     * @param poiVoltage nominal line-to-line voltage at the POI, if known
     * @param systemType radial or networked, if known
     */
    public LevelInputs {
        Objects.requireNonNull(nameplate, "nameplate");
        Objects.requireNonNull(apparentNameplate, "apparentNameplate");
        Objects.requireNonNull(exportCapacity, "exportCapacity");
        Objects.requireNonNull(poiVoltage, "poiVoltage");
        Objects.requireNonNull(systemType, "systemType");
        if (nameplate.isNegative()) {
            throw new InvalidValueException("nameplate", ">= 0 kW", nameplate);
        }
        apparentNameplate.ifPresent(kva -> {
            if (kva.isNegative()) {
                throw new InvalidValueException("apparentNameplate", ">= 0 kVA", kva);
            }
        });
        exportCapacity.ifPresent(kw -> {
            if (kw.isNegative()) {
                throw new InvalidValueException("exportCapacity", ">= 0 kW", kw);
            }
        });
    }

    /**
     * Inputs with every attribute known.
     *
     * @param nameplate the aggregate AC nameplate at the POI
     * @param apparentNameplate the aggregate AC nameplate in kVA, if known
     * @param exportCapacity the export capacity at the POI, if known
     * @param poiVoltage the nominal line-to-line voltage at the POI, if known
     * @param systemType radial or networked, if known
     * @return inputs with every attribute known
     */
    public static LevelInputs of(ActivePower nameplate, ApparentPower apparentNameplate, ActivePower exportCapacity,
            Voltage poiVoltage, SystemType systemType) {
        return new LevelInputs(nameplate, Optional.of(apparentNameplate), Optional.of(exportCapacity),
                Optional.of(poiVoltage), Optional.of(systemType));
    }

    /**
     * Inputs with the kVA nameplate unknown.
     *
     * @param nameplate the aggregate AC nameplate at the POI
     * @param exportCapacity the export capacity at the POI, if known
     * @param poiVoltage the nominal line-to-line voltage at the POI, if known
     * @param systemType radial or networked, if known
     * @return inputs with the kVA nameplate unknown
     */
    public static LevelInputs of(ActivePower nameplate, ActivePower exportCapacity, Voltage poiVoltage,
            SystemType systemType) {
        return new LevelInputs(nameplate, Optional.empty(), Optional.of(exportCapacity), Optional.of(poiVoltage),
                Optional.of(systemType));
    }

    /**
     * The inputs of a facility, or empty when its aggregate nameplate is unknown. The nameplate is
     * the P466-01 total ({@link Part466Screens#totalNameplate(Facility)}).
     *
     * @param facility the facility
     * @return the inputs of a facility, or empty when its aggregate nameplate is unknown
     */
    public static Optional<LevelInputs> from(Facility facility) {
        Objects.requireNonNull(facility, "facility");
        Optional<ActivePower> total = Part466Screens.totalNameplate(facility);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LevelInputs(total.get(), Part466Screens.totalApparentNameplate(facility),
                facility.exportCapacity(), facility.pointOfInterconnectionVoltage().map(v -> v.lineToLine()),
                facility.systemType()));
    }

    /**
     * The size compared with the 10 MVA thresholds: the kVA nameplate, or the kW nameplate at unity
     * power factor when the kVA nameplate is unknown.
     *
     * @return the size compared with the 10 MVA thresholds: the kVA nameplate, or the kW nameplate at unity power
     *         factor when the kVA nameplate is unknown
     */
    public ApparentPower rating() {
        return apparentNameplate.orElseGet(() -> ApparentPower.ofKilovoltAmperes(nameplate.value()));
    }

    /** {@return whether the facility exports nothing (export capacity 0 kW), if known} */
    public Optional<Boolean> isNonExporting() {
        return exportCapacity.map(ActivePower::isZero);
    }

    /**
     * A copy with another nameplate. This instance is immutable and unaffected by this method call.
     *
     * @param newNameplate the aggregate AC nameplate, kW
     * @param newApparentNameplate the aggregate nameplate in kVA, if known
     * @return a copy with another nameplate
     */
    public LevelInputs withNameplate(ActivePower newNameplate, Optional<ApparentPower> newApparentNameplate) {
        return new LevelInputs(newNameplate, newApparentNameplate, exportCapacity, poiVoltage, systemType);
    }

    /**
     * Such as {@code nameplate 40 kW, export capacity 20 kW, POI voltage 240 V, system RADIAL};
     * unknown inputs are left out.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("nameplate ").append(nameplate);
        apparentNameplate.ifPresent(kva -> b.append(" (").append(kva).append(')'));
        exportCapacity.ifPresent(e -> b.append(", export capacity ").append(e));
        poiVoltage.ifPresent(v -> b.append(", POI voltage ").append(v));
        systemType.ifPresent(s -> b.append(", system ").append(s));
        return b.toString();
    }
}
