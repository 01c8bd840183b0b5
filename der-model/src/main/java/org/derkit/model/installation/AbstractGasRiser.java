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

    /** Outside diameter of the riser. */
    public abstract Optional<Length> outsideDiameter();

    /** Clearance (spherical radius) from the relief vent to the metering. */
    public abstract Optional<Length> ventClearance();

    @Value.Check
    protected void check() {
        Checks.positive("outsideDiameter", outsideDiameter());
        Checks.nonNegative("ventClearance", ventClearance());
    }
}
