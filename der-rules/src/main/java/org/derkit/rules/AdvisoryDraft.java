package org.derkit.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The advisory steps over a rule's draft: each step writes into the {@link RuleBuilder} as the
 * rule steps do, and the last one can only name {@link Outcome#PASS} and {@link Outcome#ADVISORY}.
 *
 * @param <S> the subject type
 */
final class AdvisoryDraft<S> implements AdvisoryTopicStep, AdvisorySubjectStep, AdvisoryWhenStep<S> {

    private final RuleBuilder<S> draft;

    AdvisoryDraft(RuleBuilder<S> draft) {
        this.draft = draft;
    }

    @Override
    public AdvisorySubjectStep topic(Topic topic) {
        draft.topic = Objects.requireNonNull(topic, "topic");
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> AdvisoryWhenStep<T> appliesTo(Class<T> subjectType) {
        Objects.requireNonNull(subjectType, "subjectType");
        return (AdvisoryWhenStep<T>) this;
    }

    @Override
    public AdvisoryWhenStep<S> when(String description, Predicate<? super S> applies) {
        draft.when(description, applies);
        return this;
    }

    @Override
    public <V> AdvisoryWhenStep<S> when(Input<? super S, V> input, String description, Predicate<? super V> applies) {
        draft.when(input, description, applies);
        return this;
    }

    @Override
    public <V> AdvisoryConditionStep<S, V> measure(Input<? super S, V> input) {
        return new Condition<>(draft.measure(input));
    }

    @Override
    public <V> AdvisoryConditionStep<S, V> measure(String name, Function<? super S, Optional<V>> extractor) {
        return new Condition<>(draft.measure(name, extractor));
    }

    @Override
    public <V> AdvisoryConditionStep<S, V> measure(String name, Dimension<V> dimension,
            Function<? super S, Optional<V>> extractor) {
        return new Condition<>(draft.measure(name, dimension, extractor));
    }

    /** A condition of the advisory rule, over the rule's condition step. */
    private static final class Condition<S, V> implements AdvisoryConditionStep<S, V> {

        private final ConditionStep<S, V> check;

        Condition(ConditionStep<S, V> check) {
            this.check = check;
        }

        @Override
        public AdvisoryOutcomeStep<S> atLeast(V limit) {
            return new Recommendation<>(check.atLeast(limit));
        }

        @Override
        public AdvisoryOutcomeStep<S> atMost(V limit) {
            return new Recommendation<>(check.atMost(limit));
        }

        @Override
        public AdvisoryOutcomeStep<S> greaterThan(V limit) {
            return new Recommendation<>(check.greaterThan(limit));
        }

        @Override
        public AdvisoryOutcomeStep<S> lessThan(V limit) {
            return new Recommendation<>(check.lessThan(limit));
        }

        @Override
        public AdvisoryOutcomeStep<S> between(V lower, Inclusivity lowerBound, V upper, Inclusivity upperBound) {
            return new Recommendation<>(check.between(lower, lowerBound, upper, upperBound));
        }

        @Override
        public AdvisoryOutcomeStep<S> is(V expected) {
            return new Recommendation<>(check.is(expected));
        }

        @Override
        public AdvisoryOutcomeStep<S> isOneOf(Set<? extends V> allowed) {
            return new Recommendation<>(check.isOneOf(allowed));
        }

        @Override
        public AdvisoryOutcomeStep<S> satisfies(String description, Predicate<? super V> test) {
            return new Recommendation<>(check.satisfies(description, test));
        }
    }

    /** The outcome step of the advisory rule: more conditions, or PASS/ADVISORY. */
    private static final class Recommendation<S> implements AdvisoryOutcomeStep<S> {

        private final OutcomeStep<S> outcome;

        Recommendation(OutcomeStep<S> outcome) {
            this.outcome = outcome;
        }

        @Override
        public <V> AdvisoryConditionStep<S, V> and(Input<? super S, V> input) {
            return new Condition<>(outcome.and(input));
        }

        @Override
        public <V> AdvisoryConditionStep<S, V> and(String name, Function<? super S, Optional<V>> extractor) {
            return new Condition<>(outcome.and(name, extractor));
        }

        @Override
        public <V> AdvisoryConditionStep<S, V> and(String name, Dimension<V> dimension,
                Function<? super S, Optional<V>> extractor) {
            return new Condition<>(outcome.and(name, dimension, extractor));
        }

        @Override
        public BuildStep<S> advises(String what) {
            return outcome.then(Outcome.PASS, what).otherwise(Outcome.ADVISORY, what);
        }
    }
}
