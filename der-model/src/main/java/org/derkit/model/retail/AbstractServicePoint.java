package org.derkit.model.retail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.derkit.model.ServicePointId;
import org.immutables.value.Value;

/**
 * A service point: metered or unmetered load on one Ameren rate, with zero or more meters
 * (RES-15); it bills on its own scheduled meter reading date (RES-16).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractServicePoint {

    /** {@return the service point identifier} */
    public abstract ServicePointId id();

    /** {@return electric or gas; electric unless stated} */
    @Value.Default
    public Commodity commodity() {
        return Commodity.ELECTRIC;
    }

    /** {@return the delivery service rate} */
    public abstract Optional<DeliveryServiceRate> rate();

    /** {@return whether this is a lighting service point} */
    @Value.Default
    public boolean lighting() {
        return false;
    }

    /** {@return its meters (none for unmetered load)} */
    public abstract List<Meter> meters();

    /** {@return the next scheduled meter reading date} */
    public abstract Optional<LocalDate> scheduledReadDate();

    /** {@return whether the load is unmetered: no meter, or only the placeholder 99999999} */
    public boolean isUnmetered() {
        return meters().stream().allMatch(Meter::isUnmetered);
    }
}
