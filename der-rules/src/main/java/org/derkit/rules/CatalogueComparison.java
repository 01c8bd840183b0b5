package org.derkit.rules;

import java.util.List;
import java.util.Objects;

/**
 * The ids a rule book registered compared with the catalogue's ids.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param unknown registered ids that are not in the catalogue, in registration order
 * @param duplicated ids registered more than once, in registration order
 * @param missing catalogue ids not registered, in catalogue order
 */
public record CatalogueComparison(List<String> unknown, List<String> duplicated, List<String> missing) {

    /**
     * Copies the lists.
     *
     * @param unknown registered ids that are not in the catalogue, in registration order
     * @param duplicated ids registered more than once, in registration order
     * @param missing catalogue ids not registered, in catalogue order
     */
    public CatalogueComparison {
        unknown = List.copyOf(Objects.requireNonNull(unknown, "unknown"));
        duplicated = List.copyOf(Objects.requireNonNull(duplicated, "duplicated"));
        missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
    }

    /** {@return no unknown and no duplicated id (ids may still be missing while the book is written)} */
    public boolean isConsistent() {
        return unknown.isEmpty() && duplicated.isEmpty();
    }

    /** {@return consistent and nothing missing: the book and the catalogue list the same ids} */
    public boolean isComplete() {
        return isConsistent() && missing.isEmpty();
    }

    /** Such as {@code unknown [XYZ-01], duplicated [], missing 127 ids}. */
    @Override
    public String toString() {
        return "unknown " + unknown + ", duplicated " + duplicated + ", missing " + missing.size() + " ids"
                + (missing.isEmpty() ? "" : " " + missing);
    }
}
