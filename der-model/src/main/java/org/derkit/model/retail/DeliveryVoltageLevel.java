package org.derkit.model.retail;

import java.math.BigDecimal;
import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * The delivery voltage classes of Ameren's distribution loss formulas (RES-24, RES FAQ 26), with
 * their constants: factor = constant + coefficient x (system load in MW)^2. The one loss-factor
 * table of derkit: der-rules' {@code DistributionLossFactor} and der-metering's loss-factor source
 * both read it.
 */
public enum DeliveryVoltageLevel {
    /** Secondary: 1.06102 + 2.1951e-10 L^2. */
    SECONDARY("1.06102", "2.1951E-10"),
    /** Primary: 1.02370 + 2.4522e-10 L^2. */
    PRIMARY("1.02370", "2.4522E-10"),
    /** High voltage: 1.00816 + 1.0086e-10 L^2. */
    HIGH_VOLTAGE("1.00816", "1.0086E-10");

    private final BigDecimal constant;
    private final BigDecimal coefficient;

    DeliveryVoltageLevel(String constant, String coefficient) {
        this.constant = new BigDecimal(constant);
        this.coefficient = new BigDecimal(coefficient);
    }

    /**
     * The constant term.
     *
     * @return the exact constant
     */
    public BigDecimal constant() {
        return constant;
    }

    /**
     * The coefficient of L^2 (L in MW).
     *
     * @return the exact coefficient
     */
    public BigDecimal coefficient() {
        return coefficient;
    }

    /**
     * The exact loss factor for a system load (RES-24): {@code constant + coefficient x L^2}.
     * Nothing is rounded.
     *
     * @param systemLoadMw the Ameren Illinois system load in MW, at least 0
     * @return the exact factor
     * @throws InvalidValueException if the load is negative
     */
    public BigDecimal lossFactor(BigDecimal systemLoadMw) {
        Objects.requireNonNull(systemLoadMw, "systemLoadMw");
        if (systemLoadMw.signum() < 0) {
            throw new InvalidValueException("system load", "at least 0 MW", systemLoadMw.toPlainString() + " MW");
        }
        return constant.add(coefficient.multiply(systemLoadMw.multiply(systemLoadMw)));
    }

    /** Such as {@code secondary}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
