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

    /** Clear width. */
    public abstract Optional<Length> width();

    /** Clear depth in front. */
    public abstract Optional<Length> depth();

    /** Clear headspace. */
    public abstract Optional<Length> headspace();

    @Value.Check
    protected void check() {
        Checks.nonNegative("width", width());
        Checks.nonNegative("depth", depth());
        Checks.nonNegative("headspace", headspace());
    }
}
