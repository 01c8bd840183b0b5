package org.derkit.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage held exactly, such as the 15% radial-circuit screen (P466-02), the 2%-per-second
 * ramp (POL-31) or the 90% thermal limit (POL-14). {@code 15%} has {@link #value()} 15 and
 * {@link #toFraction()} 0.15. Negative percentages are allowed (a reactive power of -44%).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class Percentage implements Comparable<Percentage> {

    /** Zero percent. */
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
    /** One hundred percent. */
    public static final Percentage ONE_HUNDRED = new Percentage(BigDecimal.valueOf(100));

    private final BigDecimal percent;

    private Percentage(BigDecimal percent) {
        this.percent = percent;
    }

    /**
     * Obtains a percentage from its percent value: {@code ofPercent(15)} is 15%.
     *
     * @param percent the percent value, exactly (15 for 15%); negative allowed
     * @return that percentage
     */
    public static Percentage ofPercent(BigDecimal percent) {
        return new Percentage(Objects.requireNonNull(percent, "percent"));
    }

    /**
     * Obtains a whole-number percentage.
     *
     * @param percent the percent value (15 for 15%); negative allowed
     * @return that percentage
     */
    public static Percentage ofPercent(long percent) {
        return new Percentage(BigDecimal.valueOf(percent));
    }

    /**
     * Obtains a percentage from a double through its shortest decimal representation.
     *
     * @param percent the percent value (2.5 for 2.5%), read through its shortest decimal
     *     representation; negative allowed
     * @return that percentage
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static Percentage ofPercent(double percent) {
        return new Percentage(DerQuantity.exact(percent, "percent", "%"));
    }

    /**
     * Obtains a percentage from a fraction: {@code ofFraction(0.15)} is 15%.
     *
     * @param fraction the fraction, exactly (0.15 for 15%)
     * @return that percentage
     */
    public static Percentage ofFraction(BigDecimal fraction) {
        return new Percentage(fraction.movePointRight(2));
    }

    /** {@return the percent value, exactly: 15 for 15%} */
    public BigDecimal value() {
        return percent;
    }

    /** {@return the fraction, exactly: 0.15 for 15%} */
    public BigDecimal toFraction() {
        return percent.movePointLeft(2);
    }

    /**
     * {@return this percentage of a quantity, exactly: {@code ofPercent(15).of(kilowatts(1000))} is 150 kW}
     *
     * @param <Q> the quantity's type
     * @param quantity the whole, such as a line's peak load
     */
    public <Q extends DerQuantity<Q>> Q of(Q quantity) {
        return quantity.multipliedBy(toFraction());
    }

    /**
     * {@return this percentage of an amount of money, exactly}
     *
     * @param money the whole amount
     */
    public Money of(Money money) {
        return money.multipliedBy(toFraction());
    }

    /**
     * {@return whether this percentage exceeds {@code limit}}
     *
     * @param limit the limit, exclusive
     */
    public boolean isGreaterThan(Percentage limit) {
        return compareTo(limit) > 0;
    }

    /**
     * {@return whether this percentage is at most {@code limit}}
     *
     * @param limit the limit, inclusive
     */
    public boolean isAtMost(Percentage limit) {
        return compareTo(limit) <= 0;
    }

    @Override
    public int compareTo(Percentage other) {
        return percent.compareTo(other.percent);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Percentage && ((Percentage) other).percent.compareTo(percent) == 0;
    }

    @Override
    public int hashCode() {
        return percent.stripTrailingZeros().hashCode();
    }

    /** Such as {@code 15%}. */
    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
