package org.derkit.rules;

/**
 * DSL step: optional notes, then {@code build()}.
 *
 * @param <S> the subject type
 */
public interface BuildStep<S> {

    /**
     * A sentence appended to the explanation, such as a conflict between documents (BTM-01 and
     * POL 4.7.1) or a figure that is secondary. Repeatable.
     *
     * @param note the sentence to add
     * @return a sentence appended to the explanation, such as a conflict between documents (BTM-01 and POL 4.7.1) or
     *         a figure that is secondary
     */
    BuildStep<S> note(String note);

    /**
     * Declares a limit the rule's function or table applies, so that it is data like the limits
     * of {@code measure(..).atLeast(..)}: listed by {@code derkit rules}, shown in findings, and
     * used by the boundary generator. For rules that decide or compute through a typed function
     * (a PT ratio table, a ramp of at most 2 % per second, a 15-business-day deadline). Repeatable.
     *
     * @param input the input the limit bounds, named as the rule's inputs are
     * @param dimension its dimension (unit)
     * @param comparison how a value must compare with the limit to satisfy it
     * @param value the limit
     * @param <V> the type of the value
     * @return the next step of the rule
     */
    <V> BuildStep<S> limit(String input, Dimension<V> dimension, Comparison comparison, V value);

    /**
     * The immutable rule.
     *
     * @return the immutable rule.  fail, a computation without a value, a value outside a computation)
     * @throws IllegalStateException if the rule contradicts its kind (an advisory rule that can
     * fail, a computation without a value, a value outside a computation)
     */
    Rule<S> build();
}
