package org.derkit.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.derkit.model.InvalidValueException;

/**
 * The result of a rule whose outcome a typed function decides, for requirements with more than
 * two answers: a PT ratio that matches (PASS), differs (FAIL) or has no listed value (REVIEW);
 * transfer trip required because of named conditions. The phrase becomes the finding's
 * explanation, with the citation added; the value, if any, its machine-readable value.
 *
 * <p>A decision may also say that inputs inside a composite input are unknown
 * ({@link #insufficient}): the finding is then INSUFFICIENT_DATA naming them.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class Decision {

    private final Outcome outcome;
    private final Supplier<String> phraseSupplier;
    private final String value;
    private final List<String> missing;
    private String phrase; // built on first request; a benign race like String.hash

    private Decision(Outcome outcome, String phrase, Supplier<String> phraseSupplier, String value,
            List<String> missing) {
        this.outcome = outcome;
        this.phrase = phrase;
        this.phraseSupplier = phraseSupplier;
        this.value = value;
        this.missing = missing;
    }

    /**
     * A decided outcome with its phrase (measured values and limits with units).
     *
     * @param outcome the outcome
     * @param phrase what was measured against what, with units
     * @return a decided outcome with its phrase (measured values and limits with units).  engine reports itself (use
     *         {@link #insufficient} for unknown inputs)
     * @throws IllegalArgumentException for VALUE, NOT_APPLICABLE or INSUFFICIENT_DATA, which the
     * engine reports itself (use {@link #insufficient} for unknown inputs)
     */
    public static Decision of(Outcome outcome, String phrase) {
        return new Decision(decided(outcome), text(phrase), null, null, List.of());
    }

    /**
     * A decided outcome whose phrase is built only when a finding's explanation is asked for, so
     * that evaluating the whole book stays cheap.
     *
     * @param outcome the outcome
     * @param phrase what was measured against what, with units
     * @return a decided outcome whose phrase is built only when a finding's explanation is asked for, so that
     *         evaluating the whole book stays cheap
     * @throws IllegalArgumentException for VALUE, NOT_APPLICABLE or INSUFFICIENT_DATA
     */
    public static Decision of(Outcome outcome, Supplier<String> phrase) {
        return new Decision(decided(outcome), null, Objects.requireNonNull(phrase, "phrase"), null, List.of());
    }

    /**
     * A decided outcome with its phrase and a machine-readable value (such as a list of items).
     *
     * @param outcome the outcome
     * @param phrase what was measured against what, with units
     * @param value the value
     * @return a decided outcome with its phrase and a machine-readable value (such as a list of items)
     */
    public static Decision of(Outcome outcome, String phrase, String value) {
        return new Decision(decided(outcome), text(phrase), null, text(value), List.of());
    }

    /**
     * Inputs needed for the decision are unknown.
     *
     * @param missingInputs the names of the unknown inputs, at least one
     * @return inputs needed for the decision are unknown
     */
    public static Decision insufficient(String... missingInputs) {
        if (missingInputs.length == 0) {
            throw new InvalidValueException("missingInputs", "at least one name", "none");
        }
        for (String m : missingInputs) {
            text(m);
        }
        return new Decision(Outcome.INSUFFICIENT_DATA, "", null, null, List.of(missingInputs));
    }

    /**
     * A requirement that is known to apply whose compliance inputs are unknown: the outcome is
     * {@link Outcome#REQUIRED}, the phrase says what must be provided, and the finding names the
     * unknown inputs.
     *
     * @param what what must be installed or provided, such as {@code fault-isolating device}
     * @param unknownInputs the names of the inputs that would show compliance, at least one
     * @return the decision
     */
    public static Decision required(String what, List<String> unknownInputs) {
        if (unknownInputs.isEmpty()) {
            throw new InvalidValueException("unknownInputs", "at least one name", "none");
        }
        for (String m : unknownInputs) {
            text(m);
        }
        List<String> unknown = List.copyOf(unknownInputs);
        return new Decision(Outcome.REQUIRED, null, () -> "required: " + text(what) + "; unknown "
                + (unknown.size() == 1 ? "input: " : "inputs: ") + String.join(", ", unknown), null, unknown);
    }

    private static Outcome decided(Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.VALUE || outcome == Outcome.NOT_APPLICABLE || outcome == Outcome.INSUFFICIENT_DATA) {
            throw new InvalidValueException("outcome", "PASS, FAIL, REQUIRED, NOT_REQUIRED, REVIEW, ADVISORY, INFO", outcome);
        }
        return outcome;
    }

    private static String text(String s) {
        Objects.requireNonNull(s, "text");
        if (s.isBlank()) {
            throw new InvalidValueException("text", "non-blank text", "'" + s + "'");
        }
        return s;
    }

    /** {@return the outcome} */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The phrase: what was measured against what, with units. Empty for an insufficient decision.
     *
     * @return the phrase: what was measured against what, with units
     */
    public String phrase() {
        String p = phrase;
        if (p == null) {
            p = text(phraseSupplier.get());
            phrase = p;
        }
        return p;
    }

    /** {@return the machine-readable value, if any} */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** {@return the unknown inputs of an insufficient or {@link #required} decision; empty otherwise} */
    public List<String> missingInputs() {
        return missing;
    }

    /** {@return whether inputs were unknown} */
    public boolean isInsufficient() {
        return outcome == Outcome.INSUFFICIENT_DATA;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Decision d && d.outcome == outcome && d.phrase().equals(phrase())
                && Objects.equals(d.value, value) && d.missing.equals(missing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, phrase(), value, missing);
    }

    @Override
    public String toString() {
        return isInsufficient() ? "INSUFFICIENT_DATA " + missing : outcome + ": " + phrase();
    }
}
