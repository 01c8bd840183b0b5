package org.derkit.rules;

import org.derkit.model.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a rule comes from: the document, its section (as numbered in the document), and optionally
 * the clause quoted word for word.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param source the document
 * @param section the section as the catalogue names it, such as {@code 4.7.1 SCADA}
 * @param clause the quoted words of the document, if the rule quotes them
 */
public record Citation(Source source, String section, Optional<String> clause) {

    /**
     * Checks that nothing is null and the section is not blank.
     *
     * @param source the document
     * @param section the section as the catalogue names it, such as {@code 4.7.1 SCADA}
     * @param clause the quoted words of the document, if the rule quotes them
     */
    public Citation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(clause, "clause");
        if (section.isBlank()) {
            throw new InvalidValueException("section", "non-blank text", "'" + section + "'");
        }
    }

    /**
     * A citation of a section without a quoted clause.
     *
     * @param source the source document
     * @param section the section of the document, as the catalogue names it
     * @return a citation of a section without a quoted clause
     */
    public static Citation of(Source source, String section) {
        return new Citation(source, section, Optional.empty());
    }

    /** Such as {@code BTM Production Metering 2024, BTM Generation Interconnections}. */
    @Override
    public String toString() {
        return source.title() + ", " + section;
    }
}
