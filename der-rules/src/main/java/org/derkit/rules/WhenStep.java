package org.derkit.rules;

import java.util.function.Predicate;

/**
 * DSL step: optional, repeatable applicability conditions, then the body. When a condition does
 * not hold the rule reports {@link Outcome#NOT_APPLICABLE} with
 * {@code not applicable: applies only when <description>}.
 *
 * @param <S> the subject type
 */
public interface WhenStep<S> extends MeasureStep<S> {

    /**
     * The rule applies only when {@code applies} holds.
     *
     * @param description the condition in words, such as {@code siting is BTM}
     * @param applies a pure predicate on the subject
     * @return the rule applies only when {@code applies} holds
     */
    WhenStep<S> when(String description, Predicate<? super S> applies);

    /**
     * The rule applies only when a known input satisfies {@code applies}: when the input is
     * unknown the rule reports {@link Outcome#INSUFFICIENT_DATA} naming it (unless another
     * applicability condition already rules it out); when it is known and {@code applies} is false,
     * {@code not applicable: applies only when <input name> <description>}.
     *
     * @param input the input, such as {@code SITING}
     * @param description the condition on it in words, such as {@code is BTM}
     * @param applies a pure predicate on the value
     * @param <V> the type of the value
     * @return the rule applies only when a known input satisfies {@code applies}: when the input is unknown the rule
     *         reports {@link Outcome#INSUFFICIENT_DATA} naming it (unless another applicability condition already rules it
     *         out); when it is known and {@code applies} is false, {@code not applicable: applies only when <input name>
     *         <description>}
     */
    <V> WhenStep<S> when(Input<? super S, V> input, String description, Predicate<? super V> applies);

    /**
     * Same as {@link #when(String, Predicate)}: reads better for a second condition.
     *
     * @param description the condition in words
     * @param applies a pure predicate: whether the rule applies
     * @return as {@link #when(String, Predicate)}: reads better for a second condition
     */
    default WhenStep<S> andWhen(String description, Predicate<? super S> applies) {
        return when(description, applies);
    }
}
