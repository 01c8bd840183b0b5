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

    /** Obtains an amount of dollars, exactly. */
    public static Money ofDollars(BigDecimal dollars) {
        return new Money(Objects.requireNonNull(dollars, "dollars"));
    }

    /** Obtains a whole number of dollars. */
    public static Money ofDollars(long dollars) {
        return new Money(BigDecimal.valueOf(dollars));
    }

    /**
     * Parses a plain decimal amount such as {@code 600.00}, {@code -12.5} or {@code $1,500}.
     *
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

    /** The exact amount in dollars. */
    public BigDecimal toDollars() {
        return dollars;
    }

    public Money plus(Money other) {
        return new Money(dollars.add(other.dollars));
    }

    public Money minus(Money other) {
        return new Money(dollars.subtract(other.dollars));
    }

    /** This amount times a factor (a rate per kVA times kVA), exactly. */
    public Money multipliedBy(BigDecimal factor) {
        return new Money(dollars.multiply(Objects.requireNonNull(factor, "factor")));
    }

    public Money multipliedBy(long factor) {
        return new Money(dollars.multiply(BigDecimal.valueOf(factor)));
    }

    public Money negated() {
        return new Money(dollars.negate());
    }

    public boolean isNegative() {
        return dollars.signum() < 0;
    }

    public boolean isZero() {
        return dollars.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * The amount as a plain decimal with at least two places, such as {@code 600.00} or
     * {@code 0.125}: cents are added, digits are never removed.
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
