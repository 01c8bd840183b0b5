package org.derkit.rules;

/**
 * DSL step: the condition on the measured input of a rule; the outcome step follows.
 *
 * @param <S> the subject type
 * @param <V> the input's value type
 */
public interface ConditionStep<S, V> extends LimitStep<V, OutcomeStep<S>> {
}
