package org.derkit.rules.generator;

import java.util.Objects;
import org.derkit.rules.Limit;

/**
 * One input value next to a limit of a rule, and whether that value satisfies the limit.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param ruleId the rule the limit belongs to
 * @param limit the limit
 * @param position below, at or above the limit value
 * @param value the input value
 * @param satisfiesLimit whether the value satisfies the limit (exact comparison)
 * @param <V> the value type
 */
public record BoundaryCase<V>(String ruleId, Limit<V> limit, Position position, V value, boolean satisfiesLimit) {

    /**
     * Checks that nothing is null.
     *
     * @param ruleId the rule the limit belongs to
     * @param limit the limit
     * @param position below, at or above the limit value
     * @param value the input value
     * @param satisfiesLimit whether the value satisfies the limit (exact comparison)
     */
    public BoundaryCase {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(value, "value");
    }

    /** {@return the input the limit bounds} */
    public String input() {
        return limit.input();
    }

    /** Such as {@code BTM-01 aggregate AC nameplate 199.999 kW (BELOW at least 200 kW: not satisfied)}. */
    @Override
    public String toString() {
        return ruleId + " " + limit.input() + " " + limit.dimension().format(value) + " (" + position + " "
                + limit.describe() + ": " + (satisfiesLimit ? "satisfied" : "not satisfied") + ")";
    }
}
