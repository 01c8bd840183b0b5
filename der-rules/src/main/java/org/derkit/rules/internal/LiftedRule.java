package org.derkit.rules.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.derkit.rules.Citation;
import org.derkit.rules.Finding;
import org.derkit.rules.Kind;
import org.derkit.rules.Limit;
import org.derkit.rules.Measurement;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleEvaluationException;
import org.derkit.rules.Topic;

/**
 * A rule on a part {@code T} of a larger subject {@code P}: when the part is absent the finding is
 * {@link Outcome#NOT_APPLICABLE} ({@code not applicable: no <part>}), otherwise it is the inner
 * rule's finding.
 *
 * @param <P> the larger subject
 * @param <T> the part the inner rule evaluates
 */
public final class LiftedRule<P, T> implements Rule<P>, Explainer {

    private final Rule<T> inner;
    private final Function<? super P, Optional<T>> part;
    private final String partName;
    private final Finding notApplicable;

    /**
     * Lifts a rule.
     *
     * @param inner the rule on the part
     * @param part the function that finds the part (pure, never null)
     * @param partName the part in words, such as {@code interconnection application}
     */
    public LiftedRule(Rule<T> inner, Function<? super P, Optional<T>> part, String partName) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.part = Objects.requireNonNull(part, "part");
        this.partName = Objects.requireNonNull(partName, "partName");
        this.notApplicable = FindingAccess.get().create(this, Outcome.NOT_APPLICABLE, null, null, null, 0);
    }

    /** The rule on the part. */
    public Rule<T> inner() {
        return inner;
    }

    /** The finding when the part is absent (one shared instance). */
    public Finding notApplicable() {
        return notApplicable;
    }

    /** Finds the part, naming this rule if the function fails. */
    public static <P, T> Optional<T> part(Function<? super P, Optional<T>> part, P subject, String partName,
            String ruleId) {
        Optional<T> t;
        try {
            t = part.apply(subject);
        } catch (RuntimeException e) {
            throw new RuleEvaluationException(ruleId, "finding the " + partName, e);
        }
        if (t == null) {
            throw new RuleEvaluationException(ruleId, "finding the " + partName
                    + " returned null instead of an Optional", null);
        }
        return t;
    }

    @Override
    public Finding evaluate(P subject) {
        Objects.requireNonNull(subject, "subject");
        Optional<T> t = part(part, subject, partName, inner.id());
        return t.isPresent() ? inner.evaluate(t.get()) : notApplicable;
    }

    @Override
    public String id() {
        return inner.id();
    }

    @Override
    public Citation citation() {
        return inner.citation();
    }

    @Override
    public Kind kind() {
        return inner.kind();
    }

    @Override
    public Topic topic() {
        return inner.topic();
    }

    @Override
    public List<String> inputs() {
        return inner.inputs();
    }

    @Override
    public List<Limit<?>> limits() {
        return inner.limits();
    }

    @Override
    public Rule<?> rule() {
        return this;
    }

    @Override
    public List<Measurement> measurements(Finding finding, Object[] measured) {
        return List.of();
    }

    @Override
    public List<String> missingInputs(Finding finding, Object[] measured) {
        return List.of();
    }

    @Override
    public String meaning(Finding finding) {
        return "";
    }

    @Override
    public String explanation(Finding finding, Object[] measured, Object result, int detail) {
        return Messages.notApplicableWithout(partName, inner.citation());
    }

    @Override
    public String toString() {
        return inner + " on the " + partName;
    }
}
