package org.derkit.rules;

import java.util.Optional;
import java.util.function.Function;

/**
 * DSL step after a condition: another condition (all must hold for the rule to be "met"), or
 * what the outcome means.
 *
 * @param <S> the subject type
 */
public interface OutcomeStep<S> {

    /**
     * Another condition on a declared input.
     *
     * @param <V> the type of the value
     * @param input the input, named as findings name it
     * @return another condition on a declared input
     */
    <V> ConditionStep<S, V> and(Input<? super S, V> input);

    /**
     * Another condition on an input.
     *
     * @param <V> the type of the value
     * @param name the name shown in findings and messages
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return another condition on an input
     */
    <V> ConditionStep<S, V> and(String name, Function<? super S, Optional<V>> extractor);

    /**
     * Another condition on an input of a declared dimension.
     *
     * @param <V> the type of the value
     * @param name the name shown in findings and messages
     * @param dimension the dimension: how values are compared and shown, with their unit
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return another condition on an input of a declared dimension
     */
    <V> ConditionStep<S, V> and(String name, Dimension<V> dimension, Function<? super S, Optional<V>> extractor);

    /**
     * The outcome when every condition holds, and what it means.
     *
     * @param whenMet the outcome when every condition holds
     * @param meaning what the outcome means, in words
     * @return the outcome when every condition holds, and what it means
     */
    OtherwiseStep<S> then(Outcome whenMet, String meaning);

    /**
     * {@link Outcome#REQUIRED} when met, {@link Outcome#NOT_REQUIRED} otherwise.
     *
     * @param what what the rule reports, in words
     * @return {@link Outcome#REQUIRED} when met, {@link Outcome#NOT_REQUIRED} otherwise
     */
    default BuildStep<S> requires(String what) {
        return then(Outcome.REQUIRED, what).otherwise(Outcome.NOT_REQUIRED, what);
    }

    /**
     * {@link Outcome#PASS} when met, {@link Outcome#FAIL} otherwise.
     *
     * @param what what the rule reports, in words
     * @return {@link Outcome#PASS} when met, {@link Outcome#FAIL} otherwise
     */
    default BuildStep<S> passes(String what) {
        return then(Outcome.PASS, what).otherwise(Outcome.FAIL, what);
    }

    /**
     * For what the applicant must install or provide: {@link Outcome#PASS} when every condition
     * is known and holds, {@link Outcome#FAIL} when a known input breaks a condition, and
     * {@link Outcome#REQUIRED} (naming {@code what} and the unknown inputs) when the rule applies
     * but an input that would show compliance is unknown. An unknown applicability input still
     * gives {@link Outcome#INSUFFICIENT_DATA}.
     *
     * @param what what must be installed or provided, such as {@code 59N protection}
     * @return the last step
     */
    BuildStep<S> mustProvide(String what);
}
