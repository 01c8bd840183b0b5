package org.derkit.rules.book;

import java.math.BigDecimal;

/**
 * The delivery voltage classes of Ameren's distribution loss formulas (RES-24, RES FAQ 26), with
 * their constants: factor = constant + coefficient x (system load in MW)^2.
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

    /** Such as {@code secondary}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
