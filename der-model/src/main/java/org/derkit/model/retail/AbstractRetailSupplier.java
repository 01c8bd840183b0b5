package org.derkit.model.retail;

import java.util.List;
import java.util.Optional;
import org.derkit.model.DunsNumber;
import org.immutables.value.Value;

/**
 * A retail electric supplier (RES): its DUNS number and its default CPNode designations (RES-23).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractRetailSupplier {

    /** {@return DUNS number} */
    public abstract DunsNumber duns();

    /** {@return name} */
    public abstract Optional<String> name();

    /** {@return default CPNode designations} */
    public abstract List<CpNodeDesignation> cpNodeDesignations();
}
