package org.derkit.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A displacement power factor, the ratio of active to apparent power: greater than 0 and at most
 * 1. Needed to convert between {@link ActivePower} and {@link ApparentPower}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class PowerFactor implements Comparable<PowerFactor> {

    /** Unity power factor, 1.0. */
    public static final PowerFactor UNITY = new PowerFactor(BigDecimal.ONE);

    private final BigDecimal value;

    private PowerFactor(BigDecimal value) {
        this.value = value;
    }

    /**
     * Obtains a power factor.
     *
     * @param value the power factor, exactly: greater than 0, at most 1 (1 is unity)
     * @return the power factor
     * @throws InvalidValueException if not {@code 0 < value <= 1}
     */
    public static PowerFactor of(BigDecimal value) {
        Objects.requireNonNull(value, "powerFactor");
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("powerFactor", "> 0 and <= 1", value.toPlainString());
        }
        return new PowerFactor(value);
    }

    /**
     * Obtains a power factor from a double through its shortest decimal representation.
     *
     * @param value the power factor, read through its shortest decimal representation: greater than
     *     0, at most 1
     * @return the power factor
     * @throws InvalidValueException if the value is not {@code > 0} and {@code <= 1}, or is NaN or
     *     infinite
     */
    public static PowerFactor of(double value) {
        return of(DerQuantity.exact(value, "powerFactor", ""));
    }

    /** {@return the power factor as an exact decimal} */
    public BigDecimal value() {
        return value;
    }

    @Override
    public int compareTo(PowerFactor other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PowerFactor && ((PowerFactor) other).value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return "PF " + value.toPlainString();
    }
}
