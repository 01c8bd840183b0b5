package org.derkit.rules;

import java.util.Optional;
import java.util.function.Function;

/**
 * DSL step: the body of a rule, one of three forms:
 * <ul>
 * <li>a check: {@code measure(input)}, a condition, more {@code and(input)} conditions, then what
 * the outcome means ({@code requires}, {@code passes}, {@code advises}, {@code then/otherwise});
 * <li>a computation: {@code from(input)} (and one more {@code and(input)}), then
 * {@code computes(what, function, valueText)}, or {@code computesConstant};
 * <li>a statement: {@code states(text)} (INFO) or {@code reports(outcome, text)}.
 * </ul>
 *
 * @param <S> the subject type
 */
public interface MeasureStep<S> {

    /**
     * Measures a declared input.
     *
     * @param <V> the type of the value
     * @param input the input, named as findings name it
     * @return the next step of the rule
     */
    <V> ConditionStep<S, V> measure(Input<? super S, V> input);

    /**
     * Measures an input; its dimension comes from the first limit compared with it.
     *
     * @param <V> the type of the value
     * @param name the name shown in findings and messages
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return the next step of the rule
     */
    <V> ConditionStep<S, V> measure(String name, Function<? super S, Optional<V>> extractor);

    /**
     * Measures an input of a declared dimension (for example {@link Dimension#PER_UNIT}).
     *
     * @param <V> the type of the value
     * @param name the name shown in findings and messages
     * @param dimension the dimension: how values are compared and shown, with their unit
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return the next step of the rule
     */
    <V> ConditionStep<S, V> measure(String name, Dimension<V> dimension, Function<? super S, Optional<V>> extractor);

    /**
     * Starts a computation from a declared input.
     *
     * @param <A> the type of the first input
     * @param input the input, named as findings name it
     * @return the next step of the rule
     */
    <A> ComputeStep<S, A> from(Input<? super S, A> input);

    /**
     * Starts a computation from an input.
     *
     * @param <A> the type of the first input
     * @param name the name shown in findings and messages
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return the next step of the rule
     */
    <A> ComputeStep<S, A> from(String name, Function<? super S, Optional<A>> extractor);

    /**
     * A computation without inputs (a figure of the document, such as BTM-03's 133 kW).
     *
     * @param what the result in words, such as {@code three-phase self-contained limit}
     * @param result the result
     * @param valueText the machine-readable value of the result
     * @param <R> the type of the result
     * @return a computation without inputs (a figure of the document, such as BTM-03's 133 kW)
     */
    <R> BuildStep<S> computesConstant(String what, R result, Function<? super R, String> valueText);

    /**
     * A process or informational item: an {@link Outcome#INFO} finding carrying the statement.
     *
     * @param statement the statement, in the document's words
     * @return a process or informational item: an {@link Outcome#INFO} finding carrying the statement
     */
    BuildStep<S> states(String statement);

    /**
     * An unconditional outcome with a statement of what it means, such as
     * {@code reports(REQUIRED, "customer-owned meter socket")}.
     *
     * @param outcome the outcome
     * @param meaning what the outcome means, in words
     * @return an unconditional outcome with a statement of what it means, such as {@code reports(REQUIRED,
     *         "customer-owned meter socket")}
     * @throws IllegalArgumentException for VALUE, NOT_APPLICABLE and INSUFFICIENT_DATA (engine outcomes)
     */
    BuildStep<S> reports(Outcome outcome, String meaning);
}
