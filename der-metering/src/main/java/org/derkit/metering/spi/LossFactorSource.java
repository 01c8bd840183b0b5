package org.derkit.metering.spi;

import java.math.BigDecimal;
import java.time.Instant;
import org.derkit.model.retail.DeliveryVoltageLevel;

/**
 * Supplies distribution loss factors: the factor by which metered usage at a delivery voltage is
 * grossed up to the supply side for one hour. The built-in source implements Ameren Illinois'
 * dynamic formulas of 2007 (RES-24); a utility with other formulas or a published table of hourly
 * factors plugs in its own implementation, through {@link java.util.ServiceLoader} or directly.
 *
 * <p>Implementations must be thread-safe and must return exact factors (or document their
 * rounding); a factor is at least 1 for a physical loss.
 */
public interface LossFactorSource {

    /**
     * {@return a short name for messages and for choosing among several sources, such as {@code ameren-2007}}
     */
    String name();

    /**
     * The loss factor for one hour.
     *
     * @param voltage the delivery voltage level, not null
     * @param hourStart the start of the hour, not null
     * @param systemLoadMw the system load of that hour in MW, not null
     * @return the factor, not null
     * @throws IllegalArgumentException if the source has no factor for these arguments
     */
    BigDecimal lossFactor(DeliveryVoltageLevel voltage, Instant hourStart, BigDecimal systemLoadMw);
}
