package org.derkit.metering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.derkit.metering.DeliveryVoltage;
import org.derkit.metering.spi.LossFactorSource;

/**
 * Ameren Illinois' dynamic distribution loss formulas from 2007 (RES-24, RES FAQ 26), with L the
 * system load of the Ameren Illinois service territories in MW:
 * secondary {@code 1.06102 + 2.1951e-10 L^2}, primary {@code 1.02370 + 2.4522e-10 L^2}, high
 * voltage {@code 1.00816 + 1.0086e-10 L^2}. Computed exactly in BigDecimal; nothing is rounded.
 */
public final class AmerenLossFactors implements LossFactorSource {

    private static final BigDecimal SECONDARY_A = new BigDecimal("1.06102");
    private static final BigDecimal SECONDARY_B = new BigDecimal("2.1951E-10");
    private static final BigDecimal PRIMARY_A = new BigDecimal("1.02370");
    private static final BigDecimal PRIMARY_B = new BigDecimal("2.4522E-10");
    private static final BigDecimal HIGH_A = new BigDecimal("1.00816");
    private static final BigDecimal HIGH_B = new BigDecimal("1.0086E-10");

    /** The public no-argument constructor {@link java.util.ServiceLoader} needs. */
    public AmerenLossFactors() {
    }

    @Override
    public String name() {
        return "ameren-2007";
    }

    @Override
    public BigDecimal lossFactor(DeliveryVoltage voltage, Instant hourStart, BigDecimal systemLoadMw) {
        Objects.requireNonNull(voltage, "voltage");
        Objects.requireNonNull(hourStart, "hourStart");
        Objects.requireNonNull(systemLoadMw, "systemLoadMw");
        if (systemLoadMw.signum() < 0) {
            throw new IllegalArgumentException("system load must not be negative: " + systemLoadMw.toPlainString()
                    + " MW at " + hourStart);
        }
        BigDecimal l2 = systemLoadMw.multiply(systemLoadMw);
        switch (voltage) {
            case SECONDARY:
                return SECONDARY_A.add(SECONDARY_B.multiply(l2));
            case PRIMARY:
                return PRIMARY_A.add(PRIMARY_B.multiply(l2));
            default:
                return HIGH_A.add(HIGH_B.multiply(l2));
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
