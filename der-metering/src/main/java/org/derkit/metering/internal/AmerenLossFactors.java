package org.derkit.metering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.derkit.model.retail.DeliveryVoltageLevel;
import org.derkit.metering.spi.LossFactorSource;

/**
 * Ameren Illinois' dynamic distribution loss formulas from 2007 (RES-24, RES FAQ 26), read from
 * der-model's one table, {@link DeliveryVoltageLevel#lossFactor(BigDecimal)}. Exact; nothing is
 * rounded.
 */
public final class AmerenLossFactors implements LossFactorSource {

    /** The public no-argument constructor {@link java.util.ServiceLoader} needs. */
    public AmerenLossFactors() {
    }

    @Override
    public String name() {
        return "ameren-2007";
    }

    @Override
    public BigDecimal lossFactor(DeliveryVoltageLevel voltage, Instant hourStart, BigDecimal systemLoadMw) {
        Objects.requireNonNull(voltage, "voltage");
        Objects.requireNonNull(hourStart, "hourStart");
        Objects.requireNonNull(systemLoadMw, "systemLoadMw");
        return voltage.lossFactor(systemLoadMw);
    }

    @Override
    public String toString() {
        return name();
    }
}
