package org.derkit.model.facility;

import java.util.Optional;
import java.util.Set;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.Voltage;
import org.derkit.model.internal.Checks;
import org.derkit.model.internal.DerStagedStyle;
import org.immutables.value.Value;

/**
 * An inverter as an application or a rebate form describes it: make, model, firmware, AC rating,
 * certifications, communication protocols, the operating modes it supports and has active, and its
 * settings (INV-01 to INV-16, POL-28 to POL-31).
 *
 * <p>Built with a staged builder: manufacturer, model and AC rating first.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@DerStagedStyle
abstract class AbstractInverter {

    /** {@return the manufacturer} */
    public abstract String manufacturer();

    /** {@return the model designation} */
    public abstract String model();

    /** {@return the AC output rating (kW)} */
    public abstract ActivePower acRating();

    /** {@return the AC apparent power rating (kVA), if stated} */
    public abstract Optional<ApparentPower> apparentPowerRating();

    /** {@return the installed firmware version} */
    public abstract Optional<String> firmwareVersion();

    /** {@return nominal AC output voltage} */
    public abstract Optional<Voltage> acVoltage();

    /** {@return the DC nameplate of the source connected to it (kW), INV-01} */
    public abstract Optional<ActivePower> dcNameplate();

    /** {@return the standards it is certified to} */
    public abstract Set<Certification> certifications();

    /** {@return the communication protocols it offers} */
    public abstract Set<CommunicationProtocol> protocols();

    /**
     * {@return the functions it supports (INV-03, INV-08)} Empty, with {@link #activeModes()} empty too,
     * means the application does not describe them (no inverter supports nothing).
     */
    public abstract Set<OperatingMode> supportedModes();

    /** {@return the functions active as delivered or as set (INV-08)} */
    public abstract Set<OperatingMode> activeModes();

    /** {@return whether it accepts external commands over its communication interface (INV-03)} */
    public abstract Optional<Boolean> acceptsExternalCommands();

    /** {@return whether its firmware or software can be updated remotely (INV-07)} */
    public abstract Optional<Boolean> remoteFirmwareUpdate();

    /** {@return its programmed settings} */
    public abstract Optional<InverterSettings> settings();

    /**
     * {@return whether it is certified to a standard}
     *
     * @param certification the standard, such as UL 1741 SB
     */
    public boolean isCertifiedTo(Certification certification) {
        return certifications().contains(certification);
    }

    /**
     * Refuses a blank {@code manufacturer}, {@code model} or {@code firmwareVersion}; a zero or
     * negative {@code acRating}, {@code apparentPowerRating}, {@code dcNameplate} or {@code
     * acVoltage}. The builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.text("manufacturer", manufacturer());
        Checks.text("model", model());
        Checks.positive("acRating", acRating());
        Checks.positive("apparentPowerRating", apparentPowerRating());
        Checks.positive("dcNameplate", dcNameplate());
        Checks.positive("acVoltage", acVoltage());
        Checks.text("firmwareVersion", firmwareVersion());
    }
}
