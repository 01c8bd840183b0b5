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

    /** Whether Ameren can operate and control the inverters, directly or through an aggregator. */
    public abstract Optional<Boolean> companyCanControl();

    /** Who owns the communication device. */
    public abstract Optional<CommunicationDeviceOwner> communicationDeviceOwner();

    /** With several inverters: whether Ameren can reach each, or an aggregating controller. */
    public abstract Optional<Boolean> accessToEachInverterOrAggregator();

    /** Whether the utility interface is at a safely accessible location. */
    public abstract Optional<Boolean> interfaceSafelyAccessible();

    /** Whether the communication path is reliable. */
    public abstract Optional<Boolean> reliableCommunication();
}
