package org.derkit.model.facility;

import java.util.Optional;
import org.derkit.model.Length;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The customer's fault-isolating device at the generation connection (POL-33).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractFaultIsolatingDevice {

    /** {@return the kind of device} */
    public abstract Optional<FaultIsolatingDeviceType> type();

    /** {@return distance from the tap on the Ameren line (RLG: at most 500 ft)} */
    public abstract Optional<Length> distanceFromTap();

    /** {@return whether it senses voltage imbalance (required at 34 kV and above)} */
    public abstract Optional<Boolean> sensesVoltageImbalance();

    /** {@return whether it senses loss of phase (required at 34 kV and above)} */
    public abstract Optional<Boolean> sensesLossOfPhase();

    /**
     * Refuses a negative {@code distanceFromTap}. The builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.nonNegative("distanceFromTap", distanceFromTap());
    }
}
