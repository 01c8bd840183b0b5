package org.derkit.model.facility;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The generator disconnect switch that isolates all parallel generation and storage (POL-32).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractDisconnectSwitch {

    /** {@return whether it is the first device on the generation side of the point of interconnection} */
    public abstract Optional<Boolean> firstDeviceOnGenerationSide();

    /** {@return whether it can be locked} */
    public abstract Optional<Boolean> lockable();

    /** {@return whether the utility can reach it readily} */
    public abstract Optional<Boolean> readilyAccessible();

    /** {@return whether all poles operate together (needed for three-phase)} */
    public abstract Optional<Boolean> gangOperated();

    /** {@return whether its open/closed position is visibly indicated} */
    public abstract Optional<Boolean> visiblePositionIndicator();

    /** {@return whether it shows a visible air gap when open (needed above 1000 V)} */
    public abstract Optional<Boolean> visibleAirGap();

    /** {@return whether it is locked closed or behind a gate (an Ameren lock box is then installed)} */
    public abstract Optional<Boolean> lockedClosedOrBehindGate();

    /** {@return whether an Ameren lock box is installed} */
    public abstract Optional<Boolean> lockBoxInstalled();
}
