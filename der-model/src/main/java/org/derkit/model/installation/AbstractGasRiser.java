package org.derkit.model.installation;

import java.util.Optional;
import org.derkit.model.Length;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A natural-gas riser near the metering and the clearance to its relief vent (BTM-33).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractGasRiser {

    /** {@return outside diameter of the riser} */
    public abstract Optional<Length> outsideDiameter();

    /** {@return clearance (spherical radius) from the relief vent to the metering} */
    public abstract Optional<Length> ventClearance();

    /**
     * Refuses a zero or negative {@code outsideDiameter}; a negative {@code ventClearance}. The
     * builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.positive("outsideDiameter", outsideDiameter());
        Checks.nonNegative("ventClearance", ventClearance());
    }
}
