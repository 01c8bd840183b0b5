package org.derkit.model.installation;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The neutral of a grounded-wye service at the instrument-transformer enclosure (BTM-24).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractNeutral {

    /** {@return whether the neutral is routed with the phase conductors} */
    public abstract Optional<Boolean> routedWithPhaseConductors();

    /** {@return whether the conductors run in parallel} */
    public abstract Optional<Boolean> parallelRuns();

    /** {@return neutral conductor size (at least 1/0 AWG for parallel runs)} */
    public abstract Optional<WireSize> size();

    /** {@return whether it ends on a neutral lugging system} */
    public abstract Optional<Boolean> neutralLugging();

    /**
     * {@return whether, downstream of the service disconnect, it stays isolated from the grounding conductor}
     */
    public abstract Optional<Boolean> isolatedFromEquipmentGround();
}
