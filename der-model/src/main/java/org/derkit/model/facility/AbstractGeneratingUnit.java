package org.derkit.model.facility;

import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.internal.Checks;
import org.derkit.model.internal.DerStagedStyle;
import org.immutables.value.Value;

/**
 * One generating unit of a facility: its energy source, technology and AC nameplate, and the
 * inverter it connects through if it is inverter-based. Several units at one point of
 * interconnection are evaluated on their aggregate nameplate (P466-01).
 *
 * <p>Built with a staged builder: energy source, technology and nameplate first.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@DerStagedStyle
abstract class AbstractGeneratingUnit {

    /** {@return fuel or energy source} */
    public abstract EnergySource energySource();

    /** {@return how it connects to the grid} */
    public abstract UnitTechnology technology();

    /** {@return AC nameplate (kW)} */
    public abstract ActivePower nameplate();

    /** {@return AC nameplate (kVA), if stated} */
    public abstract Optional<ApparentPower> apparentPowerNameplate();

    /** {@return its inverter, for inverter-based units} */
    public abstract Optional<Inverter> inverter();

    /**
     * Refuses a zero or negative {@code nameplate} or {@code apparentPowerNameplate}. The builder
     * calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.positive("nameplate", nameplate());
        Checks.positive("apparentPowerNameplate", apparentPowerNameplate());
    }
}
