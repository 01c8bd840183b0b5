package org.derkit.metering;

import java.math.BigDecimal;
import java.util.Objects;
import org.derkit.model.InvalidValueException;
import org.derkit.model.TransformerRatio;

/**
 * The factor that turns a meter's secondary-side registration into primary (billing) quantities:
 * CT ratio x PT ratio x meter constant. A 600:5 CT with a 288:120 PT gives 120 x 2.4 = 288; the
 * 867 sends it as {@code MEA**MU} when it is not 1.
 *
 * <p>Exact: the value is the exact product; a product that does not terminate as a decimal is
 * refused rather than rounded.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class Multiplier {

    /** The multiplier 1: the meter registers primary quantities. */
    public static final Multiplier ONE = new Multiplier(BigDecimal.ONE);

    private final BigDecimal value;

    private Multiplier(BigDecimal value) {
        this.value = value;
    }

    /**
     * Obtains a multiplier from its value, such as {@code 40} from {@code MEA**MU*40}.
     *
     * @param value the multiplier, positive, exactly as sent
     * @return the multiplier
     * @throws InvalidValueException if the value is zero or negative, has more than 9 decimal
     *         places or more than 18 digits
     */
    public static Multiplier of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        if (v.signum() <= 0 || v.scale() > 9 || v.precision() > 18) {
            throw new InvalidValueException("multiplier", "> 0, at most 18 digits and 9 decimal places",
                    value.toPlainString());
        }
        return new Multiplier(v);
    }

    /**
     * {@return the multiplier of an instrument-rated installation: CT ratio x PT ratio, exactly}
     * {@code of(TransformerRatio.parse("600:5"), TransformerRatio.parse("288:120"))} is 288.
     *
     *
     * @param ct the current transformer's nameplate ratio
     * @param pt the potential transformer's nameplate ratio
     * @throws InvalidValueException if the product does not terminate as a decimal
     */
    public static Multiplier of(TransformerRatio ct, TransformerRatio pt) {
        return of(ct, pt, BigDecimal.ONE);
    }

    /**
     * {@return the multiplier CT ratio x PT ratio x meter constant, exactly}
     *
     *
     * @param ct the current transformer's nameplate ratio
     * @param pt the potential transformer's nameplate ratio
     * @param meterConstant the meter's register constant, positive
     * @throws InvalidValueException if the product does not terminate as a decimal or is not a
     *         valid multiplier
     */
    public static Multiplier of(TransformerRatio ct, TransformerRatio pt, BigDecimal meterConstant) {
        Objects.requireNonNull(ct, "ct");
        Objects.requireNonNull(pt, "pt");
        Objects.requireNonNull(meterConstant, "meterConstant");
        TransformerRatio both = ct.times(pt);
        BigDecimal product;
        try {
            product = both.primary().multiply(meterConstant).divide(both.secondary());
        } catch (ArithmeticException nonTerminating) {
            throw new InvalidValueException("multiplier", "a terminating decimal",
                    ct + " x " + pt + " x " + meterConstant.toPlainString());
        }
        return of(product);
    }

    /** {@return the exact value, without trailing zeros (288, 63.5)} */
    public BigDecimal value() {
        return value;
    }

    /** {@return whether this is 1} */
    public boolean isOne() {
        return value.compareTo(BigDecimal.ONE) == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Multiplier && ((Multiplier) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The plain decimal, such as {@code 288}. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
