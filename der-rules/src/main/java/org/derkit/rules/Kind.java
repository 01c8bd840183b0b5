package org.derkit.rules;

import org.derkit.model.InvalidValueException;
import java.util.Locale;
import java.util.Objects;

/**
 * The kind of a catalogue requirement (the {@code kind} column of catalog.csv), which decides what
 * the code does with it.
 */
public enum Kind {
    /** Evaluates inputs against limits and reports PASS/FAIL, REQUIRED/NOT_REQUIRED, REVIEW, .... */
    RULE,
    /** A typed function whose result is reported as a {@link Outcome#VALUE} finding. */
    COMPUTATION,
    /** A rule whose failure is {@link Outcome#ADVISORY}, never {@link Outcome#FAIL}. */
    ADVISORY,
    /** A process step: modelled where it has structure, otherwise an {@link Outcome#INFO} statement. */
    PROCESS,
    /** Reference data: an {@link Outcome#INFO} finding with the statement. */
    INFORMATIONAL;

    /**
     * Parses the catalogue spelling ({@code rule}, {@code computation}, ...), ignoring case.
     *
     * @param text the text
     * @return the kind
     * @throws IllegalArgumentException naming the text if it is none of the five kinds
     */
    public static Kind parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip().toUpperCase(Locale.ROOT);
        for (Kind kind : values()) {
            if (kind.name().equals(s)) {
                return kind;
            }
        }
        throw new InvalidValueException("kind", "rule, computation, advisory, process, informational", "'" + text + "'");
    }

    /** {@return the catalogue spelling, such as {@code rule}} */
    public String catalogueName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
