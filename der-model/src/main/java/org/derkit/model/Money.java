package org.derkit.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of US dollars: application fees (POL-07), cost estimates (POL-40), 810 invoice
 * amounts. Arithmetic is exact {@link BigDecimal} arithmetic; nothing is rounded unless a method
 * says so. Negative amounts are allowed (allowances, credits).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type. Equality is numeric:
 * {@code $600} equals {@code $600.00}.
 */
public final class Money implements Comparable<Money> {

    /** Zero dollars. */
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private final BigDecimal dollars;

    private Money(BigDecimal dollars) {
        this.dollars = dollars;
    }

    /**
     * Obtains an amount of dollars, exactly.
     *
     * @param dollars the amount in USD, kept exactly; negative for a credit
     * @return that amount
     */
    public static Money ofDollars(BigDecimal dollars) {
        return new Money(Objects.requireNonNull(dollars, "dollars"));
    }

    /**
     * Obtains a whole number of dollars.
     *
     * @param dollars the amount in USD; negative for a credit
     * @return that amount
     */
    public static Money ofDollars(long dollars) {
        return new Money(BigDecimal.valueOf(dollars));
    }

    /**
     * Parses a plain decimal amount such as {@code 600.00}, {@code -12.5} or {@code $1,500}.
     *
     * @param text a decimal number and a unit symbol, with or without a space between
     * @return the amount the text states, held exactly in its canonical unit
     * @throws InvalidValueException naming the text if it is not such an amount
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip().replace(",", "");
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        if (s.startsWith("$")) {
            s = s.substring(1);
        }
        if (!s.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
            throw new InvalidValueException("money", "a decimal amount of dollars such as 600.00",
                    "'" + text + "'");
        }
        BigDecimal v = new BigDecimal(s);
        return new Money(negative ? v.negate() : v);
    }

    /** {@return the exact amount in dollars} */
    public BigDecimal toDollars() {
        return dollars;
    }

    /**
     * {@return this amount plus {@code other}, exactly}
     *
     * @param other the amount to add
     */
    public Money plus(Money other) {
        return new Money(dollars.add(other.dollars));
    }

    /**
     * {@return this amount minus {@code other}, exactly}
     *
     * @param other the amount to subtract
     */
    public Money minus(Money other) {
        return new Money(dollars.subtract(other.dollars));
    }

    /**
     * {@return this amount times a factor (a rate per kVA times kVA), exactly}
     *
     * @param factor the dimensionless factor or rate, exactly
     */
    public Money multipliedBy(BigDecimal factor) {
        return new Money(dollars.multiply(Objects.requireNonNull(factor, "factor")));
    }

    /**
     * {@return this amount times a whole number (a per-unit fee times a count), exactly}
     *
     * @param factor the whole-number factor
     */
    public Money multipliedBy(long factor) {
        return new Money(dollars.multiply(BigDecimal.valueOf(factor)));
    }

    /**
     * {@return this amount with the sign reversed: a charge as a credit}
     */
    public Money negated() {
        return new Money(dollars.negate());
    }

    /**
     * {@return whether this amount is below zero (a credit)}
     */
    public boolean isNegative() {
        return dollars.signum() < 0;
    }

    /**
     * {@return whether this amount is exactly zero, in any scale}
     */
    public boolean isZero() {
        return dollars.signum() == 0;
    }

    /**
     * {@return whether this amount is strictly greater than {@code other}}
     *
     * @param other the amount to compare with, exclusive
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * {@return whether this amount is strictly less than {@code other}}
     *
     * @param other the amount to compare with, exclusive
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * {@return the amount as a plain decimal with at least two places, such as {@code 600.00} or
     * {@code 0.125}: cents are added, digits are never removed}
     */
    public String toPlainString() {
        BigDecimal v = dollars.scale() < 2 ? dollars.setScale(2, RoundingMode.UNNECESSARY) : dollars;
        return v.toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return dollars.compareTo(other.dollars);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money && ((Money) other).dollars.compareTo(dollars) == 0;
    }

    @Override
    public int hashCode() {
        return dollars.stripTrailingZeros().hashCode();
    }

    /** Such as {@code $1,600.00} or {@code -$12.50}: grouping, at least two decimals, exact. */
    @Override
    public String toString() {
        DecimalFormat format = new DecimalFormat("#,##0.00#########", DecimalFormatSymbols.getInstance(Locale.US));
        format.setParseBigDecimal(true);
        format.setMaximumFractionDigits(Math.max(2, dollars.scale()));
        String digits = format.format(dollars.abs());
        return (dollars.signum() < 0 ? "-$" : "$") + digits;
    }
}
