package org.derkit.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;
import javax.measure.Quantity;
import javax.measure.Unit;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.quantity.Quantities;

/**
 * An exact scalar amount of one physical quantity, held as a {@link BigDecimal} in the type's
 * canonical unit (kW, kVA, kvar, kWh, kvarh, V, A, Hz, inch).
 *
 * <p>Each quantity is its own final subtype, so arithmetic and comparisons only accept the same
 * type: {@code kilowatts(200).isAtLeast(kilovoltAmperes(200))} does not compile. Conversions
 * between types are explicit methods that name what they assume (a power factor, a duration).
 *
 * <p>Arithmetic is exact ({@link BigDecimal#add}); nothing is rounded silently. Methods that must
 * divide say so and use {@link MathContext#DECIMAL64}. {@link #doubleValue()} is a cached
 * approximation for bulk work on primitives.
 *
 * <p>Equality is numeric: {@code 200 kW} equals {@code 200.0 kW}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param <Q> the concrete quantity type
 */
public abstract sealed class DerQuantity<Q extends DerQuantity<Q>> implements Comparable<Q>
        permits ActivePower, ApparentPower, ReactivePower, Energy, ReactiveEnergy, Voltage,
                Current, Frequency, Length {

    private final BigDecimal value;
    private final double approximation;

    DerQuantity(BigDecimal value) {
        this.value = Objects.requireNonNull(value, "value");
        this.approximation = value.doubleValue();
    }

    /** {@return the exact value in the canonical unit, {@link #unitSymbol()}} */
    public final BigDecimal value() {
        return value;
    }

    /** {@return the value in the canonical unit as a double (cached), for bulk arithmetic on primitives} */
    public final double doubleValue() {
        return approximation;
    }

    /** {@return the symbol of the canonical unit, such as {@code kW}} */
    public abstract String unitSymbol();

    abstract Q create(BigDecimal newValue);

    /**
     * Returns this plus {@code other}, exactly. This instance is unaffected.
     *
     * @param other the quantity to add, of the same type
     * @return the exact sum, in the canonical unit
     */
    public final Q plus(Q other) {
        return create(value.add(other.value()));
    }

    /**
     * Returns this minus {@code other}, exactly. This instance is unaffected.
     *
     * @param other the quantity to subtract, of the same type
     * @return the exact difference, in the canonical unit
     */
    public final Q minus(Q other) {
        return create(value.subtract(other.value()));
    }

    /**
     * Returns this multiplied by a dimensionless factor, exactly.
     *
     * @param factor the dimensionless factor, such as a meter multiplier or a loss factor
     * @return the exact product
     */
    public final Q multipliedBy(BigDecimal factor) {
        return create(value.multiply(Objects.requireNonNull(factor, "factor")));
    }

    /**
     * Returns this multiplied by a whole number, exactly.
     *
     * @param factor the whole-number factor, such as a count of identical units
     * @return the exact product
     */
    public final Q multipliedBy(long factor) {
        return create(value.multiply(BigDecimal.valueOf(factor)));
    }

    /**
     * {@return the dimensionless ratio of this to {@code other}, rounded to 16 significant digits}
     *
     * @param other the denominator, of the same type, not zero
     * @throws ArithmeticException if {@code other} is zero
     */
    public final BigDecimal ratioTo(Q other) {
        return value.divide(other.value(), MathContext.DECIMAL64);
    }

    /**
     * Returns this with the sign reversed.
     *
     * @return the same magnitude with the opposite sign (generation read as delivery, for example)
     */
    public final Q negated() {
        return create(value.negate());
    }

    /** {@return the absolute value} */
    public final Q abs() {
        return value.signum() < 0 ? negated() : self();
    }

    @SuppressWarnings("unchecked")
    private Q self() {
        return (Q) this;
    }

    /**
     * {@return the larger of this and {@code other} (this one when equal)}
     *
     * @param other the quantity to compare with, of the same type
     */
    public final Q max(Q other) {
        return compareTo(other) >= 0 ? self() : other;
    }

    /**
     * {@return the smaller of this and {@code other} (this one when equal)}
     *
     * @param other the quantity to compare with, of the same type
     */
    public final Q min(Q other) {
        return compareTo(other) <= 0 ? self() : other;
    }

    /**
     * {@return whether the value is exactly zero, in any scale ({@code 0.00 kW} is zero)}
     */
    public final boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * {@return whether the value is below zero (generation on a production meter, absorbed vars)}
     */
    public final boolean isNegative() {
        return value.signum() < 0;
    }

    /**
     * {@return whether the value is above zero}
     */
    public final boolean isPositive() {
        return value.signum() > 0;
    }

    /**
     * {@return {@code this > limit}: "greater than", "larger than", "exceeds"}
     *
     * @param limit the limit, exclusive
     */
    public final boolean isGreaterThan(Q limit) {
        return compareTo(limit) > 0;
    }

    /**
     * {@return {@code this >= limit}: "at least", "or greater", "no less than"}
     *
     * @param limit the limit, inclusive
     */
    public final boolean isAtLeast(Q limit) {
        return compareTo(limit) >= 0;
    }

    /**
     * {@return {@code this < limit}: "less than", "under", "below"}
     *
     * @param limit the limit, exclusive
     */
    public final boolean isLessThan(Q limit) {
        return compareTo(limit) < 0;
    }

    /**
     * {@return {@code this <= limit}: "up to", "at most", "or less"}
     *
     * @param limit the limit, inclusive
     */
    public final boolean isAtMost(Q limit) {
        return compareTo(limit) <= 0;
    }

    @Override
    public final int compareTo(Q other) {
        return value.compareTo(other.value());
    }

    @Override
    @SuppressWarnings("EqualsGetClass") // kW never equals kVA: equal only within one concrete quantity type
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && value.compareTo(((DerQuantity<?>) other).value) == 0;
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value.stripTrailingZeros().hashCode();
    }

    /** The value and unit symbol, such as {@code 200 kW}; the number is plain (no exponent). */
    @Override
    public final String toString() {
        return value.toPlainString() + " " + unitSymbol();
    }

    // ---------------------------------------------------------------------------------------
    // shared helpers for the subtypes' factories

    /** Refuses NaN and infinities, then converts exactly through the shortest decimal. */
    static BigDecimal exact(double value, String field, String unit) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(field, "finite numbers " + unit, value + " " + unit);
        }
        return BigDecimal.valueOf(value);
    }

    /**
     * Parses {@code "<number> <unit>"} (space optional) where the unit is one of the keys of
     * {@code factors} (matched case-sensitively first, then ignoring case) and scales the number
     * into the canonical unit by the key's factor.
     */
    static BigDecimal parse(CharSequence text, String typeName, Map<String, BigDecimal> factors) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        int split = 0;
        while (split < s.length() && "+-0123456789.".indexOf(s.charAt(split)) >= 0) {
            split++;
        }
        String number = s.substring(0, split);
        String unit = s.substring(split).strip();
        BigDecimal factor = factors.get(unit);
        if (factor == null) {
            for (Map.Entry<String, BigDecimal> e : factors.entrySet()) {
                if (e.getKey().equalsIgnoreCase(unit)) {
                    factor = e.getValue();
                }
            }
        }
        String valid = "a decimal number followed by one of " + factors.keySet();
        if (factor == null || number.isEmpty()) {
            throw new InvalidValueException(typeName, valid, "'" + s + "'");
        }
        try {
            return new BigDecimal(number).multiply(factor);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(typeName, valid, "'" + s + "'");
        }
    }

    /** Converts a javax.measure quantity into {@code unit} and returns its exact decimal value. */
    static <T extends Quantity<T>> BigDecimal valueIn(Quantity<T> quantity, Unit<T> unit) {
        Objects.requireNonNull(quantity, "quantity");
        Number n = quantity.to(unit).getValue();
        if (n instanceof BigDecimal) {
            return (BigDecimal) n;
        }
        if (n instanceof BigInteger) {
            return new BigDecimal((BigInteger) n);
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (n instanceof RationalNumber) {
            RationalNumber r = (RationalNumber) n;
            try {
                return new BigDecimal(r.getDividend()).divide(new BigDecimal(r.getDivisor()));
            } catch (ArithmeticException nonTerminating) {
                throw new InvalidValueException("quantity",
                        "values with an exact decimal in " + unit, quantity + " = " + r
                                + " " + unit + " (" + nonTerminating.getMessage() + ")");
            }
        }
        return exact(n.doubleValue(), "quantity", unit.toString());
    }

    /** This value as a javax.measure quantity in the canonical unit (exact decimal number). */
    final <T extends Quantity<T>> Quantity<T> quantityOf(Unit<T> unit) {
        return Quantities.getQuantity(value, unit);
    }
}
