package org.derkit.rules;

import java.util.Objects;

/**
 * One row of the requirement catalogue (catalog.csv): {@code id,source,section,kind,requirement}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param id the catalogue id, such as {@code BTM-01}
 * @param source the document
 * @param section the section as the catalogue names it
 * @param kind the kind
 * @param requirement the requirement in the catalogue's words
 */
public record CatalogueEntry(String id, Source source, String section, Kind kind, String requirement) {

    /**
     * Checks that nothing is null.
     *
     * @param id the catalogue id, such as {@code BTM-01}
     * @param source the document
     * @param section the section as the catalogue names it
     * @param kind the kind
     * @param requirement the requirement in the catalogue's words
     */
    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requirement, "requirement");
    }
}
