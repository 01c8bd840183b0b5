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

    /** The typed function of both inputs, reported as a {@link Outcome#VALUE} finding. */
    <R> BuildStep<S> computes(String what, BiFunction<? super A, ? super B, ? extends R> function,
            Function<? super R, String> valueText);

    /** A typed function of both inputs that decides the outcome; see {@link ComputeStep#decides}. */
    BuildStep<S> decides(String what, BiFunction<? super A, ? super B, Decision> function);
}
