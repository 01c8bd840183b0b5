package org.derkit.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.derkit.model.internal.Checks;

/**
 * The nameplate ratio of an instrument transformer, primary to secondary: {@code 600:5} for a CT,
 * {@code 288:120} for a PT. Both sides are positive; the units are implied by the transformer
 * (amperes for a CT, volts for a PT).
 *
 * <p>The multiplier of a metering installation is the product of the CT and PT ratios
 * ({@link #times(TransformerRatio)}); 600:5 with 288:120 gives 120 x 2.4 = 288.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type. Equality compares the
 * written sides, so {@code 600:5} and {@code 120:1} are different ratios with the same
 * {@link #value()}.
 */
public final class TransformerRatio {

    private final BigDecimal primary;
    private final BigDecimal secondary;

    private TransformerRatio(BigDecimal primary, BigDecimal secondary) {
        this.primary = primary;
        this.secondary = secondary;
    }

    /**
     * Obtains a ratio from its two sides.
     *
     * @param primary the primary side (amperes for a CT, volts for a PT), positive
     * @param secondary the secondary side (5 A, 120 V), positive
     * @return the ratio as written, {@code primary:secondary}
     * @throws InvalidValueException if either side is zero or negative
     */
    public static TransformerRatio of(BigDecimal primary, BigDecimal secondary) {
        return new TransformerRatio(Checks.positive("ratio primary", primary),
                Checks.positive("ratio secondary", secondary));
    }

    /**
     * Obtains a ratio from two whole numbers, such as {@code of(600, 5)}.
     *
     * @param primary the primary side (amperes for a CT, volts for a PT), positive
     * @param secondary the secondary side (5 A, 120 V), positive
     * @return the ratio as written, {@code primary:secondary}
     * @throws InvalidValueException if either side is zero or negative
     */
    public static TransformerRatio of(long primary, long secondary) {
        return of(BigDecimal.valueOf(primary), BigDecimal.valueOf(secondary));
    }

    /**
     * Parses {@code 600:5}, {@code 7,200:120} or {@code 2.4:1} (thousands separators allowed).
     *
     * @param text the ratio as a nameplate or application writes it, primary first
     * @return the ratio
     * @throws InvalidValueException naming the text if it is not two positive numbers around a colon
     */
    public static TransformerRatio parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip().replace(",", "");
        int colon = s.indexOf(':');
        try {
            if (colon > 0 && colon == s.lastIndexOf(':')) {
                return of(new BigDecimal(s.substring(0, colon).strip()),
                        new BigDecimal(s.substring(colon + 1).strip()));
            }
        } catch (NumberFormatException e) {
            // reported below with the whole text
        }
        throw new InvalidValueException("transformer ratio", "<primary>:<secondary>, both > 0",
                "'" + text + "'");
    }

    /** {@return the primary side, as written} */
    public BigDecimal primary() {
        return primary;
    }

    /** {@return the secondary side, as written} */
    public BigDecimal secondary() {
        return secondary;
    }

    /**
     * {@return the ratio primary / secondary: exact where the quotient terminates (600:5 = 120,
     * 7,620:120 = 63.5), otherwise rounded to 16 significant digits}
     */
    public BigDecimal value() {
        try {
            return primary.divide(secondary);
        } catch (ArithmeticException nonTerminating) {
            return primary.divide(secondary, MathContext.DECIMAL64);
        }
    }

    /**
     * {@return the combined ratio of two transformers in cascade (CT x PT): sides multiply, exactly}
     *
     * @param other the other transformer, such as the PT of a CT's installation
     */
    public TransformerRatio times(TransformerRatio other) {
        return new TransformerRatio(primary.multiply(other.primary), secondary.multiply(other.secondary));
    }

    /**
     * {@return whether both ratios have the same {@link #value()} (600:5 and 120:1 do)}
     *
     * @param other the ratio to compare
     */
    public boolean isEquivalentTo(TransformerRatio other) {
        return primary.multiply(other.secondary).compareTo(other.primary.multiply(secondary)) == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransformerRatio
                && ((TransformerRatio) other).primary.compareTo(primary) == 0
                && ((TransformerRatio) other).secondary.compareTo(secondary) == 0;
    }

    @Override
    public int hashCode() {
        return primary.stripTrailingZeros().hashCode() * 31 + secondary.stripTrailingZeros().hashCode();
    }

    /** Such as {@code 600:5}. */
    @Override
    public String toString() {
        return primary.toPlainString() + ":" + secondary.toPlainString();
    }
}
