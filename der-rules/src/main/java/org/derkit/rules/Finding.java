package org.derkit.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule says about one subject: the catalogue id, the {@link Outcome}, a machine-readable
 * value for computations, the measured inputs with units, the rule's limits with units and
 * inclusivity, the citation, and an explanation sentence such as
 * {@code aggregate AC nameplate 250 kW >= 200 kW (BTM Generation Interconnections)}.
 *
 * <p>Findings are produced only by evaluating rules. Evaluation keeps the raw measured values;
 * texts are built on first request (and then kept), so that evaluating a whole book stays fast.
 *
 * <p>Equality: two findings are equal when id, outcome, value, measured values and explanation are.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class Finding {

    private static final Object[] NOTHING = new Object[0];

    private final Explainer explainer;
    private final String id;
    private final Outcome outcome;
    private final String value;
    private final Object[] measured;
    private final Object result;
    private final int detail;
    private String explanation; // built on first request; a benign race like String.hash

    Finding(Explainer explainer, Outcome outcome, String value, Object[] measured, Object result,
            int detail) {
        this.explainer = explainer;
        this.id = explainer.rule().id();
        this.outcome = outcome;
        this.value = value;
        this.measured = measured == null ? NOTHING : measured;
        this.result = result;
        this.detail = detail;
    }

    /** The raw result (a computation's value or a decision), or null; for the engine. */
    Object result() {
        return result;
    }

    /** {@return the catalogue id of the rule, such as {@code BTM-01}} */
    public String id() {
        return id;
    }

    /** {@return the outcome} */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The machine-readable value (the {@code value} column of {@code derkit screen}): a level such
     * as {@code LEVEL_1}, money such as {@code 600.00}, a range {@code min..max} or {@code min..};
     * empty when the finding has none.
     *
     * @return the machine-readable value (the {@code value} column of {@code derkit screen}): a level such as {@code
     *         LEVEL_1}, money such as {@code 600.00}, a range {@code min..max} or {@code min..}; empty when the finding has
     *         none
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** {@return the rule that produced this finding} */
    public Rule<?> rule() {
        return explainer.rule();
    }

    /** {@return the citation of the rule} */
    public Citation citation() {
        return explainer.rule().citation();
    }

    /** {@return the kind of the rule} */
    public Kind kind() {
        return explainer.rule().kind();
    }

    /** {@return the topic of the rule} */
    public Topic topic() {
        return explainer.rule().topic();
    }

    /** {@return the input values that were measured, with units, in the rule's input order} */
    public List<Measurement> measurements() {
        return explainer.measurements(this, measured);
    }

    /** {@return the inputs that were unknown (non-empty exactly for {@link Outcome#INSUFFICIENT_DATA})} */
    public List<String> missingInputs() {
        return explainer.missingInputs(this, measured);
    }

    /** {@return the limits of the rule, with units and inclusivity} */
    public List<Limit<?>> limits() {
        return explainer.rule().limits();
    }

    /**
     * What the outcome means for this rule, such as {@code Ameren BTM production meter with SCADA}
     * for a REQUIRED finding; empty when the outcome needs no words.
     *
     * @return what the outcome means for this rule, such as {@code Ameren BTM production meter with SCADA} for a
     *         REQUIRED finding; empty when the outcome needs no words
     */
    public String meaning() {
        return explainer.meaning(this);
    }

    /**
     * One sentence with the measured values, the limits with units and the source section, such
     * as {@code aggregate AC nameplate 250 kW >= 200 kW (BTM Generation Interconnections)}.
     *
     * @return one sentence with the measured values, the limits with units and the source section, such as {@code
     *         aggregate AC nameplate 250 kW >= 200 kW (BTM Generation Interconnections)}
     */
    public String explanation() {
        String e = explanation;
        if (e == null) {
            e = explainer.explanation(this, measured, result, detail);
            explanation = e;
        }
        return e;
    }

    /** {@return the multi-line rendering: heading, quote, measured values, limits, value, outcome, explanation} */
    public String render() {
        return Messages.render(this);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) other;
        return id.equals(f.id) && outcome == f.outcome && Objects.equals(value, f.value)
                && Arrays.equals(measured, f.measured) && explanation().equals(f.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, outcome, value, Arrays.hashCode(measured));
    }

    /** The multi-line rendering, {@link #render()}. */
    @Override
    public String toString() {
        return render();
    }
}
