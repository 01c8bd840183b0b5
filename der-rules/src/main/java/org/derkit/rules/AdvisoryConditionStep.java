package org.derkit.rules;

/**
 * DSL step of an advisory rule: the condition on a measured input; the advisory outcome step
 * follows.
 *
 * @param <S> the subject type
 * @param <V> the input's value type
 */
public interface AdvisoryConditionStep<S, V> extends LimitStep<V, AdvisoryOutcomeStep<S>> {
}
