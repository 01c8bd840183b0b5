package org.derkit.rules;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A limit of a rule as data: which input it bounds, the limit value as a typed quantity, and how
 * the input is compared with it (which also says whether the bound is inclusive).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param input the name of the input it bounds, such as {@code aggregate AC nameplate}
 * @param dimension the kind of value, with its unit
 * @param value the limit value
 * @param comparison how the input must compare with the value to satisfy the limit
 * @param <V> the type of the value
 */
public record Limit<V>(String input, Dimension<V> dimension, V value, Comparison comparison) {

    /**
     * Checks that nothing is null and the value is of the dimension's type.
     *
     * @param input the name of the input it bounds, such as {@code aggregate AC nameplate}
     * @param dimension the kind of value, with its unit
     * @param value the limit value
     * @param comparison how the input must compare with the value to satisfy the limit
     */
    public Limit {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comparison, "comparison");
        if (!dimension.type().isInstance(value)) {
            throw new InvalidValueException("limit of " + input, dimension.type().getSimpleName(), value.getClass().getSimpleName());
        }
    }

    /** {@return whether the limit value itself satisfies the limit} */
    public Inclusivity inclusivity() {
        return comparison.inclusivity();
    }

    /** {@return the limit value as an exact decimal in the dimension's unit} */
    public BigDecimal exactValue() {
        return dimension.toExact(value);
    }

    /**
     * Whether a measured value satisfies this limit, compared exactly.
     *
     * @param measured the measured values, by input
     * @return whether a measured value satisfies this limit, compared exactly
     */
    public boolean isSatisfiedBy(V measured) {
        return comparison.isSatisfiedBy(dimension.compare(measured, value));
    }

    /** {@return text such as {@code at least 200 kW (inclusive)}} */
    public String describe() {
        return Messages.limit(this);
    }

    /** Such as {@code aggregate AC nameplate at least 200 kW (inclusive)}. */
    @Override
    public String toString() {
        return input + " " + describe();
    }
}
