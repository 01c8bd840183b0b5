package org.derkit.model.installation;

import java.util.Optional;
import org.derkit.model.Length;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A conductor run: size, material and length (BTM-24, BTM-31, BTM-34).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractWiring {

    /** {@return conductor size} */
    public abstract Optional<WireSize> size();

    /** {@return conductor material} */
    public abstract Optional<Conductor> material();

    /** {@return one-way length of the run} */
    public abstract Optional<Length> length();

    /**
     * Refuses a negative {@code length}. The builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.nonNegative("length", length());
    }
}
