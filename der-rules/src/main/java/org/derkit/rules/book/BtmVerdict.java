package org.derkit.rules.book;

import java.util.Objects;
import org.derkit.rules.Outcome;

/**
 * The result of one of the BTM production metering checks that have more than two outcomes (PT
 * ratio, service configuration, secondary wiring, picture checklist): the outcome and the phrase
 * that says why, with the measured value and the limit in units, such as
 * {@code PT ratio 7200:120 matches the required 7200:120 (60:1) for 7200/12470Y}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param outcome PASS, FAIL, REVIEW, REQUIRED, ADVISORY or INFO, never an engine outcome
 * @param phrase the reason, without the section
 */
public record BtmVerdict(Outcome outcome, String phrase) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException for VALUE, NOT_APPLICABLE or INSUFFICIENT_DATA, or a blank phrase
     */
    public BtmVerdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(phrase, "phrase");
        if (outcome == Outcome.VALUE || outcome == Outcome.NOT_APPLICABLE || outcome == Outcome.INSUFFICIENT_DATA) {
            throw new IllegalArgumentException("Invalid value for outcome (valid values PASS, FAIL, REQUIRED, "
                    + "NOT_REQUIRED, REVIEW, ADVISORY, INFO): " + outcome);
        }
        if (phrase.isBlank()) {
            throw new IllegalArgumentException("Invalid value for phrase (valid values non-blank text): '"
                    + phrase + "'");
        }
    }

    /** The phrase. */
    @Override
    public String toString() {
        return phrase;
    }
}
