package org.derkit.rules;

import java.util.Optional;
import java.util.function.Function;

/**
 * DSL step of a computation with one input: a second input, or the function. For more inputs,
 * measure a composite input (an extractor returning a small record).
 *
 * @param <S> the subject type
 * @param <A> the first input's type
 */
public interface ComputeStep<S, A> {

    /**
     * A second input.
     *
     * @param <B> the type of the second input
     * @param input the input, named as findings name it
     * @return a second input
     */
    <B> Compute2Step<S, A, B> and(Input<? super S, B> input);

    /**
     * A second input.
     *
     * @param <B> the type of the second input
     * @param name the name shown in findings and messages
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return a second input
     */
    <B> Compute2Step<S, A, B> and(String name, Function<? super S, Optional<B>> extractor);

    /**
     * The typed function, reported as a {@link Outcome#VALUE} finding.
     *
     * @param what the result in words, such as {@code application level}
     * @param function the function (usually a public static method of the topic class)
     * @param valueText the machine-readable value, such as {@code Level::name} or
     * {@link ValueText#money}
     * @param <R> the type of the result
     * @return the typed function, reported as a {@link Outcome#VALUE} finding.  {@link ValueText#money}
     */
    <R> BuildStep<S> computes(String what, Function<? super A, ? extends R> function,
            Function<? super R, String> valueText);

    /**
     * A typed function that decides the outcome (PASS / FAIL / REVIEW ...), for requirements with
     * more than two answers; the decision's phrase becomes the explanation. A
     * {@link Kind#COMPUTATION} may decide too (a computed limit that judges, such as BTM-03), and
     * then every decision carries the computed value ({@link Decision#of(Outcome, String, String)}).
     *
     * @param what what is decided, in words, such as {@code PT ratio for the service voltage}
     * @param function the decision (usually a public static method of the topic class)
     * @return a typed function that decides the outcome (PASS / FAIL / REVIEW ...), for requirements with more than
     *         two answers; the decision's phrase becomes the explanation
     */
    BuildStep<S> decides(String what, Function<? super A, Decision> function);
}
