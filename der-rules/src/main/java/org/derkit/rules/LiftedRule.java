package org.derkit.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A rule on a part {@code T} of a larger subject {@code P}: when the part is absent the finding is
 * {@link Outcome#NOT_APPLICABLE} ({@code not applicable: no <part>}), otherwise it is the inner
 * rule's finding, unless unknown inputs of the larger subject leave open whether the part's
 * rules apply: then a judgement of the inner rule becomes {@link Outcome#INSUFFICIENT_DATA} naming
 * those inputs (a violation of a rule that may not apply is not a violation).
 *
 * @param <P> the larger subject
 * @param <T> the part the inner rule evaluates
 */
final class LiftedRule<P, T> implements Rule<P>, Explainer {

    private final Rule<T> inner;
    private final Function<? super P, Optional<T>> part;
    private final String partName;
    private final Function<? super P, List<String>> undecided;
    private final Finding notApplicable;

    /**
     * Lifts a rule.
     *
     * @param inner the rule on the part
     * @param part the function that finds the part (pure, never null)
     * @param undecided the unknown inputs that leave open whether the part's rules apply
     * @param partName the part in words, such as {@code interconnection application}
     */
    LiftedRule(Rule<T> inner, Function<? super P, Optional<T>> part, Function<? super P, List<String>> undecided,
            String partName) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.part = Objects.requireNonNull(part, "part");
        this.partName = Objects.requireNonNull(partName, "partName");
        this.undecided = Objects.requireNonNull(undecided, "undecided");
        this.notApplicable = new Finding(this, Outcome.NOT_APPLICABLE, null, null, null, 0);
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

    /** Whether an outcome judges the part (and so needs its rules to apply). */
    static boolean isJudgement(Outcome outcome) {
        switch (outcome) {
            case PASS: case FAIL: case REQUIRED: case NOT_REQUIRED: case REVIEW: case ADVISORY:
                return true;
            default:
                return false;
        }
    }

    /** The inner finding, or INSUFFICIENT_DATA naming {@code undecided} when it judges. */
    Finding undecided(Finding innerFinding, List<String> undecided) {
        if (undecided.isEmpty() || !isJudgement(innerFinding.outcome())) {
            return innerFinding;
        }
        return new Finding(this, Outcome.INSUFFICIENT_DATA, null, null, List.copyOf(undecided), 0);
    }

    @Override
    public Finding evaluate(P subject) {
        Objects.requireNonNull(subject, "subject");
        Optional<T> t = part(part, subject, partName, inner.id());
        return t.isPresent() ? undecided(inner.evaluate(t.get()), undecided(subject)) : notApplicable;
    }

    /** The unknown inputs that leave open whether the part's rules apply (empty: decided). */
    List<String> undecided(P subject) {
        List<String> names;
        try {
            names = undecided.apply(subject);
        } catch (RuntimeException e) {
            throw new RuleEvaluationException(inner.id(), "deciding whether the " + partName + " applies", e);
        }
        return Objects.requireNonNull(names, "undecided inputs");
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
    @SuppressWarnings("unchecked")
    public List<String> missingInputs(Finding finding, Object[] measured) {
        return finding.outcome() == Outcome.INSUFFICIENT_DATA ? (List<String>) finding.result() : List.of();
    }

    @Override
    public String meaning(Finding finding) {
        return "";
    }

    @Override
    public String explanation(Finding finding, Object[] measured, Object result, int detail) {
        if (finding.outcome() == Outcome.INSUFFICIENT_DATA) {
            return Messages.insufficientData(missingInputs(finding, measured), inner.citation());
        }
        return Messages.notApplicableWithout(partName, inner.citation());
    }

    @Override
    public String toString() {
        return inner + " on the " + partName;
    }
}
