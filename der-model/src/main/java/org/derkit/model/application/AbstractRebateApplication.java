package org.derkit.model.application;

import java.util.Optional;
import java.util.Set;
import org.derkit.model.AccountNumber;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.Energy;
import org.derkit.model.Voltage;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.retail.DeliveryServiceRate;
import org.immutables.value.Value;

/**
 * A SMART inverter rebate application: the form's fields and attachments (INV-01) and the supply
 * method of an ESS rebate (INV-02). Inverter make, model and AC kW come from the facility's
 * inverters.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractRebateApplication {

    /** Customer name. */
    public abstract Optional<String> customerName();

    /** Account number. */
    public abstract Optional<AccountNumber> accountNumber();

    /** Service address. */
    public abstract Optional<String> serviceAddress();

    /** Mailing address. */
    public abstract Optional<String> mailingAddress();

    /** Phone number. */
    public abstract Optional<String> phone();

    /** Email address. */
    public abstract Optional<String> email();

    /** Energy source. */
    public abstract Optional<EnergySource> energySource();

    /** DC nameplate (kW). */
    public abstract Optional<ActivePower> dcNameplate();

    /** Nameplate (kVA). */
    public abstract Optional<ApparentPower> apparentNameplate();

    /** AC voltage. */
    public abstract Optional<Voltage> acVoltage();

    /** ESS power capacity (kW). */
    public abstract Optional<ActivePower> storagePower();

    /** ESS energy capacity (kWh). */
    public abstract Optional<Energy> storageEnergy();

    /** What the rebate is requested for. */
    public abstract Optional<RebateType> rebateRequested();

    /** Whether the owner or customer is non-residential (a W-9 is then needed). */
    public abstract Optional<Boolean> nonResidential();

    /** The customer's delivery service rate (INV-02). */
    public abstract Optional<DeliveryServiceRate> rate();

    /** The supply method chosen for an ESS rebate (INV-02). */
    public abstract Optional<SupplyMethod> supplyMethod();

    /** Attachments submitted. */
    public abstract Set<ApplicationDocument> attachments();
}
