package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import org.derkit.model.retail.DeliveryVoltageLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.derkit.model.ActivePower;
import org.derkit.model.Energy;

/**
 * Ameren Illinois' dynamic distribution loss factor (RES-24, RES FAQ 26): {@code a + b * L^2}
 * with {@code L} the Ameren Illinois system load in MW and {@code a}, {@code b} by delivery
 * voltage. Applied to metered usage it gives the usage at the supply point.
 *
 * <p>Semantics. The factor is exact ({@link BigDecimal}, no rounding: a and b are exact decimals
 * and the system load is exact). {@link #rounded()} shows it at {@value #DISPLAY_SCALE} decimal
 * places, HALF_EVEN; {@link #applyTo(Energy)} rounds the adjusted usage to
 * {@value #USAGE_SCALE} decimal places of kWh (a thousandth of a watt-hour), HALF_EVEN, the only
 * rounding, as der-metering does.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param voltage the delivery voltage
 * @param systemLoadMw the system load, MW, at least 0
 * @param exact the exact factor
 */
public record DistributionLossFactor(DeliveryVoltageLevel voltage, BigDecimal systemLoadMw, BigDecimal exact) {

    /** Decimal places of {@link #rounded()}. */
    public static final int DISPLAY_SCALE = 6;

    /** Decimal places of kWh in {@link #applyTo(Energy)}. */
    public static final int USAGE_SCALE = 6;

    /**
     * Checks the components.
     *
     * @param voltage the delivery voltage
     * @param systemLoadMw the system load, MW, at least 0
     * @param exact the exact factor
     * @throws InvalidValueException if the system load is negative
     */
    public DistributionLossFactor {
        Objects.requireNonNull(voltage, "voltage");
        Objects.requireNonNull(systemLoadMw, "systemLoadMw");
        Objects.requireNonNull(exact, "exact");
        if (systemLoadMw.signum() < 0) {
            throw new InvalidValueException("system load", ">= 0 MW", systemLoadMw.toPlainString() + " MW");
        }
    }

    /**
     * The factor for a delivery voltage and a system load in MW.
     *
     * @param voltage the delivery voltage
     * @param systemLoadMw the Ameren Illinois system load, MW, at least 0
     * @return the factor, never null
     * @throws InvalidValueException if the system load is negative
     */
    public static DistributionLossFactor of(DeliveryVoltageLevel voltage, BigDecimal systemLoadMw) {
        Objects.requireNonNull(voltage, "voltage");
        Objects.requireNonNull(systemLoadMw, "systemLoadMw");
        if (systemLoadMw.signum() < 0) {
            throw new InvalidValueException("system load", ">= 0 MW", systemLoadMw.toPlainString() + " MW");
        }
        return new DistributionLossFactor(voltage, systemLoadMw, voltage.lossFactor(systemLoadMw));
    }

    /**
     * The factor for a system load given as active power (converted exactly to MW).
     *
     * @param voltage the delivery voltage
     * @param systemLoad the Ameren Illinois system load
     * @return the factor, never null
     * @throws InvalidValueException if the system load is negative
     */
    public static DistributionLossFactor of(DeliveryVoltageLevel voltage, ActivePower systemLoad) {
        return of(voltage, systemLoad.value().movePointLeft(3));
    }

    /**
     * The factor at {@value #DISPLAY_SCALE} decimal places, HALF_EVEN.
     *
     * @return the rounded factor
     */
    public BigDecimal rounded() {
        return exact.setScale(DISPLAY_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * Metered usage at the supply point: {@code usage * factor}, rounded to {@value #USAGE_SCALE}
     * decimal places of kWh, HALF_EVEN.
     *
     * @param usage the metered usage
     * @return the usage at the supply point, never null
     */
    public Energy applyTo(Energy usage) {
        return Energy.ofKilowattHours(usage.value().multiply(exact).setScale(USAGE_SCALE, RoundingMode.HALF_EVEN));
    }

    /** Such as {@code 1.06102 + 2.1951E-10 x (6000 MW)^2 = 1.06892236 (secondary)}. */
    @Override
    public String toString() {
        return voltage.constant().toPlainString() + " + " + voltage.coefficient() + " x ("
                + systemLoadMw.toPlainString() + " MW)^2 = " + exact.toPlainString() + " (" + voltage + ")";
    }
}
