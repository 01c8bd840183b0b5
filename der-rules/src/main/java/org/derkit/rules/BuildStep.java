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
     */
    BuildStep<S> note(String note);

    /**
     * The immutable rule.
     *
     * @throws IllegalStateException if the rule contradicts its kind (an advisory rule that can
     *         fail, a computation without a value, a value outside a computation)
     */
    Rule<S> build();
}
