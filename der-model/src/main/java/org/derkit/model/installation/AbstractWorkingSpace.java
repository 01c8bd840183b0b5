package org.derkit.model.installation;

import java.util.Optional;
import org.derkit.model.Length;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The clear working space in front of the BTM metering (BTM-29).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractWorkingSpace {

    /** {@return clear width} */
    public abstract Optional<Length> width();

    /** {@return clear depth in front} */
    public abstract Optional<Length> depth();

    /** {@return clear headspace} */
    public abstract Optional<Length> headspace();

    /**
     * Refuses a negative {@code width}, {@code depth} or {@code headspace}. The builder calls it;
     * callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.nonNegative("width", width());
        Checks.nonNegative("depth", depth());
        Checks.nonNegative("headspace", headspace());
    }
}
