package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.Money;

/**
 * An indicative cost range in exact US dollars (POL-40): a lower bound and an upper bound, or an
 * open upper bound where the policy says "or more" / "or greater" (or gives no figure). Ranges add
 * up bound by bound; an open bound stays open. Written {@code min..max}, or {@code min..} when the
 * upper bound is open, with plain decimals of two places ({@code 15000.00..25000.00}).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param min the lower bound, at least zero
 * @param max the upper bound, at least {@code min}, or empty when open
 */
public record CostRange(Money min, Optional<Money> max) {

    /** Nothing: {@code 0.00..0.00}. */
    public static final CostRange ZERO = new CostRange(Money.ZERO, Optional.of(Money.ZERO));

    /**
     * Checks that the bounds are not null, not negative and in order.
     *
     * @param min the lower bound, at least zero
     * @param max the upper bound, at least {@code min}, or empty when open
     */
    public CostRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isNegative()) {
            throw new InvalidValueException("cost range lower bound", ">= $0.00", min);
        }
        if (max.isPresent() && max.get().isLessThan(min)) {
            throw new InvalidValueException("cost range upper bound", ">= " + min, max.get());
        }
    }

    /**
     * The range {@code min..max} in whole dollars.
     *
     * @param min the lower end of the range
     * @param max the upper end of the range, if any
     * @return the range {@code min..max} in whole dollars
     */
    public static CostRange between(long min, long max) {
        return new CostRange(Money.ofDollars(min), Optional.of(Money.ofDollars(max)));
    }

    /**
     * The open range {@code min..}: "$min or more".
     *
     * @param min the lower end of the range
     * @return the open range {@code min..}: "$min or more"
     */
    public static CostRange atLeast(long min) {
        return new CostRange(Money.ofDollars(min), Optional.empty());
    }

    /**
     * The range {@code 0..max}: "at most $max".
     *
     * @param max the upper end of the range, if any
     * @return the range {@code 0..max}: "at most $max"
     */
    public static CostRange atMost(long max) {
        return between(0, max);
    }

    /**
     * Reads {@code min..max} or {@code min..}.
     *
     * @param text the text
     * @return the cost range
     * @throws IllegalArgumentException naming the text if it is not such a range
     */
    public static CostRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        int dots = s.indexOf("..");
        if (dots <= 0) {
            throw new InvalidValueException("cost range", "min..max or min..", "'" + text + "'");
        }
        try {
            Money min = Money.parse(s.substring(0, dots));
            String rest = s.substring(dots + 2);
            return new CostRange(min, rest.isEmpty() ? Optional.empty() : Optional.of(Money.parse(rest)));
        } catch (RuntimeException e) {
            InvalidValueException refused = new InvalidValueException("cost range", "min..max or min..", "'" + text + "'");
            refused.initCause(e);
            throw refused;
        }
    }

    /** {@return whether the upper bound is open} */
    public boolean isOpen() {
        return max.isEmpty();
    }

    /**
     * The sum of two ranges, bound by bound. This instance is immutable and unaffected by this
     * method call.
     *
     * @param other the other value
     * @return the sum of two ranges, bound by bound
     */
    public CostRange plus(CostRange other) {
        Objects.requireNonNull(other, "other");
        Optional<Money> sum = max.isPresent() && other.max.isPresent()
                ? Optional.of(max.get().plus(other.max.get())) : Optional.empty();
        return new CostRange(min.plus(other.min), sum);
    }

    /**
     * This range times a quantity (regulator banks, miles), exactly. This instance is immutable and
     * unaffected by this method call.
     *
     * @param quantity how many, such as regulator banks or miles
     * @return this range times a quantity (regulator banks, miles), exactly
     * @throws IllegalArgumentException if the quantity is negative
     */
    public CostRange times(BigDecimal quantity) {
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() < 0) {
            throw new InvalidValueException("quantity", ">= 0", quantity);
        }
        return new CostRange(min.multipliedBy(quantity), max.map(m -> m.multipliedBy(quantity)));
    }

    /**
     * The range that covers either of two options: the lower of the lower bounds to the higher of
     * the upper bounds.
     *
     * @param other the other value
     * @return the range that covers either of two options: the lower of the lower bounds to the higher of the upper
     *         bounds
     */
    public CostRange either(CostRange other) {
        Objects.requireNonNull(other, "other");
        Money lo = min.isLessThan(other.min) ? min : other.min;
        Optional<Money> hi = max.isPresent() && other.max.isPresent()
                ? Optional.of(max.get().isGreaterThan(other.max.get()) ? max.get() : other.max.get())
                : Optional.empty();
        return new CostRange(lo, hi);
    }

    /** Such as {@code 15000.00..25000.00} or {@code 25000.00..}. */
    @Override
    public String toString() {
        return min.toPlainString() + ".." + max.map(Money::toPlainString).orElse("");
    }
}
