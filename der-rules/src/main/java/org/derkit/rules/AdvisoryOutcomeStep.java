package org.derkit.rules;

import java.util.Optional;
import java.util.function.Function;

/**
 * DSL step of an advisory rule after a condition: more conditions, or the recommendation. It has no
 * {@code passes}, {@code then} or {@code otherwise}: the only outcomes it can name are
 * {@link Outcome#PASS} when every condition holds and {@link Outcome#ADVISORY} when a known input
 * breaks one (unknown inputs still give {@link Outcome#INSUFFICIENT_DATA}).
 *
 * @param <S> the subject type
 */
public interface AdvisoryOutcomeStep<S> {

    /**
     * Another condition, on a declared input, that the recommendation also asks for.
     *
     * @param <V> the type of the value
     * @param input the input
     * @return the condition on it
     */
    <V> AdvisoryConditionStep<S, V> and(Input<? super S, V> input);

    /**
     * Another condition, on an input whose dimension comes from its limit.
     *
     * @param <V> the type of the value
     * @param name the name shown in findings and messages
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return the condition on it
     */
    <V> AdvisoryConditionStep<S, V> and(String name, Function<? super S, Optional<V>> extractor);

    /**
     * Another condition, on an input of a declared dimension.
     *
     * @param <V> the type of the value
     * @param name the name shown in findings and messages
     * @param dimension how values are compared and shown, with their unit
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return the condition on it
     */
    <V> AdvisoryConditionStep<S, V> and(String name, Dimension<V> dimension, Function<? super S, Optional<V>> extractor);

    /**
     * {@link Outcome#PASS} when every condition holds, {@link Outcome#ADVISORY} when a known
     * input breaks one.
     *
     * @param what the recommendation, in words, such as {@code 0.3 metering accuracy preferred}
     * @return the last step
     */
    BuildStep<S> advises(String what);
}
