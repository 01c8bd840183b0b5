package org.derkit.rules;

import java.util.Set;
import java.util.function.Predicate;

/**
 * DSL step: the condition on a measured input, comparing it with its limit. Comparisons are exact
 * and state their inclusivity in the method name; the limit value's class decides the dimension
 * when the input has none declared.
 *
 * @param <V> the input's value type
 * @param <N> the step that follows: {@link OutcomeStep} for a rule, {@link AdvisoryOutcomeStep}
 *        for an advisory rule
 */
public interface LimitStep<V, N> {

    /**
     * {@code value >= limit}, inclusive: "at least", "or greater", "no less than".
     *
     * @param limit the limit, in the input's unit
     * @return {@code value >= limit}, inclusive: "at least", "or greater", "no less than"
     */
    N atLeast(V limit);

    /**
     * {@code value <= limit}, inclusive: "at most", "up to", "or less".
     *
     * @param limit the limit, in the input's unit
     * @return {@code value <= limit}, inclusive: "at most", "up to", "or less"
     */
    N atMost(V limit);

    /**
     * {@code value > limit}, exclusive: "greater than", "larger than", "exceeds".
     *
     * @param limit the limit, in the input's unit
     * @return {@code value > limit}, exclusive: "greater than", "larger than", "exceeds"
     */
    N greaterThan(V limit);

    /**
     * {@code value < limit}, exclusive: "less than", "under", "below".
     *
     * @param limit the limit, in the input's unit
     * @return {@code value < limit}, exclusive: "less than", "under", "below"
     */
    N lessThan(V limit);

    /**
     * {@code lower <= value <= upper} with each bound's inclusivity stated.
     *
     * @param lower the lower limit
     * @param lowerBound whether the lower limit itself satisfies the condition
     * @param upper the upper limit
     * @param upperBound whether the upper limit itself satisfies the condition
     * @return {@code lower <= value <= upper} with each bound's inclusivity stated
     * @throws IllegalArgumentException if lower is above upper
     */
    N between(V lower, Inclusivity lowerBound, V upper, Inclusivity upperBound);

    /**
     * The value equals {@code expected} (a flag, an enum constant).
     *
     * @param expected the value the input must have
     * @return the value equals {@code expected} (a flag, an enum constant)
     */
    N is(V expected);

    /**
     * The value is one of {@code allowed}.
     *
     * @param allowed the values the input may have
     * @return the value is one of {@code allowed}
     */
    N isOneOf(Set<? extends V> allowed);

    /**
     * The value satisfies a predicate without a quantity limit; prefer the comparisons, whose
     * limits are data.
     *
     * @param description a noun phrase: {@code CT ratio 600:5 is <description>}
     * @param test the condition
     * @return the value satisfies a predicate without a quantity limit; prefer the comparisons, whose limits are data
     */
    N satisfies(String description, Predicate<? super V> test);
}
