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

    /** {@return customer name} */
    public abstract Optional<String> customerName();

    /** {@return account number} */
    public abstract Optional<AccountNumber> accountNumber();

    /** {@return service address} */
    public abstract Optional<String> serviceAddress();

    /** {@return mailing address} */
    public abstract Optional<String> mailingAddress();

    /** {@return phone number} */
    public abstract Optional<String> phone();

    /** {@return email address} */
    public abstract Optional<String> email();

    /** {@return energy source} */
    public abstract Optional<EnergySource> energySource();

    /** {@return DC nameplate (kW)} */
    public abstract Optional<ActivePower> dcNameplate();

    /** {@return nameplate (kVA)} */
    public abstract Optional<ApparentPower> apparentNameplate();

    /** {@return AC voltage} */
    public abstract Optional<Voltage> acVoltage();

    /** {@return ESS power capacity (kW)} */
    public abstract Optional<ActivePower> storagePower();

    /** {@return ESS energy capacity (kWh)} */
    public abstract Optional<Energy> storageEnergy();

    /** {@return what the rebate is requested for} */
    public abstract Optional<RebateType> rebateRequested();

    /** {@return whether the owner or customer is non-residential (a W-9 is then needed)} */
    public abstract Optional<Boolean> nonResidential();

    /** {@return the customer's delivery service rate (INV-02)} */
    public abstract Optional<DeliveryServiceRate> rate();

    /** {@return the supply method chosen for an ESS rebate (INV-02)} */
    public abstract Optional<SupplyMethod> supplyMethod();

    /** {@return attachments submitted} */
    public abstract Set<ApplicationDocument> attachments();
}
