package org.derkit.rules;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * DSL step of a computation with two inputs: the function.
 *
 * @param <S> the subject type
 * @param <A> the first input's type
 * @param <B> the second input's type
 */
public interface Compute2Step<S, A, B> {

    /**
     * The typed function of both inputs, reported as a {@link Outcome#VALUE} finding.
     *
     * @param <R> the type of the result
     * @param what what the rule reports, in words
     * @param function the pure function that computes the result
     * @param valueText how the result is written in findings and CSV
     * @return the typed function of both inputs, reported as a {@link Outcome#VALUE} finding
     */
    <R> BuildStep<S> computes(String what, BiFunction<? super A, ? super B, ? extends R> function,
            Function<? super R, String> valueText);

    /**
     * A typed function of both inputs that decides the outcome; see {@link ComputeStep#decides}.
     *
     * @param what what the rule reports, in words
     * @param function the pure function that computes the result
     * @return a typed function of both inputs that decides the outcome; see {@link ComputeStep#decides}
     */
    BuildStep<S> decides(String what, BiFunction<? super A, ? super B, Decision> function);
}
