package org.derkit.model.facility;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How Ameren can reach and control the facility's inverters (INV-06).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractUtilityControl {

    /** {@return whether Ameren can operate and control the inverters, directly or through an aggregator} */
    public abstract Optional<Boolean> companyCanControl();

    /** {@return who owns the communication device} */
    public abstract Optional<CommunicationDeviceOwner> communicationDeviceOwner();

    /** {@return with several inverters: whether Ameren can reach each, or an aggregating controller} */
    public abstract Optional<Boolean> accessToEachInverterOrAggregator();

    /** {@return whether the utility interface is at a safely accessible location} */
    public abstract Optional<Boolean> interfaceSafelyAccessible();

    /** {@return whether the communication path is reliable} */
    public abstract Optional<Boolean> reliableCommunication();
}
