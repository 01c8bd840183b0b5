package org.derkit.model.installation;

import java.util.Optional;
import java.util.Set;
import org.derkit.model.Length;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The conduit from the instrument-transformer enclosure to the BTM cabinet (BTM-27).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractConduit {

    /** {@return rigid or flexible} */
    public abstract Optional<ConduitType> type();

    /** {@return trade size (1.5 inch)} */
    public abstract Optional<Length> tradeSize();

    /** {@return the enclosure panels it enters or leaves through} */
    public abstract Set<EnclosurePanel> entryPanels();

    /** {@return whether the enclosures are mounted back to back (not touching) on an approved H-frame} */
    public abstract Optional<Boolean> backToBackOnHFrame();

    /**
     * Refuses a zero or negative {@code tradeSize}. The builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.positive("tradeSize", tradeSize());
    }
}
