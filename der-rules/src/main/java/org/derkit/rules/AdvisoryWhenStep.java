package org.derkit.rules;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * DSL step of an advisory rule: applicability conditions, as {@link WhenStep}'s, then the input
 * the recommendation is about. An advisory rule is a check; it neither computes nor decides, since
 * a decision could be {@link Outcome#FAIL}.
 *
 * @param <S> the subject type
 */
public interface AdvisoryWhenStep<S> {

    /**
     * The recommendation applies only when {@code applies} holds; see
     * {@link WhenStep#when(String, Predicate)}.
     *
     * @param description the condition in words, such as {@code a customer-installed transformer is used}
     * @param applies a pure predicate on the subject
     * @return this step, for more conditions or the input
     */
    AdvisoryWhenStep<S> when(String description, Predicate<? super S> applies);

    /**
     * The recommendation applies only when a known input satisfies {@code applies}; see
     * {@link WhenStep#when(Input, String, Predicate)}.
     *
     * @param <V> the type of the value
     * @param input the input, such as {@code PHASES}
     * @param description the condition on it in words, such as {@code is three-phase}
     * @param applies a pure predicate on the value
     * @return this step, for more conditions or the input
     */
    <V> AdvisoryWhenStep<S> when(Input<? super S, V> input, String description, Predicate<? super V> applies);

    /**
     * Measures a declared input.
     *
     * @param <V> the type of the value
     * @param input the input, named as findings name it
     * @return the condition on it
     */
    <V> AdvisoryConditionStep<S, V> measure(Input<? super S, V> input);

    /**
     * Measures an input; its dimension comes from the first limit compared with it.
     *
     * @param <V> the type of the value
     * @param name the name shown in findings and messages
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return the condition on it
     */
    <V> AdvisoryConditionStep<S, V> measure(String name, Function<? super S, Optional<V>> extractor);

    /**
     * Measures an input of a declared dimension, such as {@link Dimension#NUMBER} for an accuracy class.
     *
     * @param <V> the type of the value
     * @param name the name shown in findings and messages
     * @param dimension how values are compared and shown, with their unit
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return the condition on it
     */
    <V> AdvisoryConditionStep<S, V> measure(String name, Dimension<V> dimension,
            Function<? super S, Optional<V>> extractor);
}
