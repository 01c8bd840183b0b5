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

    /** Conductor size. */
    public abstract Optional<WireSize> size();

    /** Conductor material. */
    public abstract Optional<Conductor> material();

    /** One-way length of the run. */
    public abstract Optional<Length> length();

    @Value.Check
    protected void check() {
        Checks.nonNegative("length", length());
    }
}
