package org.derkit.rules;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a rule book does not match its requirement catalogue: an id the catalogue does not
 * list, an id registered twice, or a rule whose document, section or kind differs from its
 * catalogue entry. The catalogue is the single source of a rule's header, so such a book is
 * refused rather than built.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class CatalogueMismatchException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** Every difference found, one sentence each. */
    private final transient List<String> differences;

    /**
     * Creates the exception.
     *
     * @param book the name of the rule book, not null
     * @param differences every difference, one sentence each, at least one
     */
    public CatalogueMismatchException(String book, List<String> differences) {
        super("rule book '" + Objects.requireNonNull(book, "book") + "' does not match the catalogue: "
                + String.join("; ", differences));
        this.differences = List.copyOf(differences);
    }

    /**
     * Every difference found, one sentence each, such as {@code BTM-01 section 'X', catalogue 'Y'}.
     *
     * @return the differences, never empty
     */
    public List<String> differences() {
        return differences;
    }
}
