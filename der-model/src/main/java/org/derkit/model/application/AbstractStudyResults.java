package org.derkit.model.application;

import java.math.BigDecimal;
import java.util.Optional;
import org.derkit.model.Percentage;
import org.derkit.model.Voltage;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * Results of the interconnection study, for the system-limit rules (POL-14 to POL-19).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractStudyResults {

    /** {@return highest loading of a conductor or device with the DER, percent of thermal rating (POL-14)} */
    public abstract Optional<Percentage> maximumThermalLoading();

    /** {@return lowest delivery voltage with the DER, on the service's base (POL-15)} */
    public abstract Optional<Voltage> minimumDeliveryVoltage();

    /** {@return highest delivery voltage with the DER, on the service's base (POL-15)} */
    public abstract Optional<Voltage> maximumDeliveryVoltage();

    /** {@return nominal service voltage the delivery voltages are measured against (POL-15)} */
    public abstract Optional<Voltage> nominalServiceVoltage();

    /** {@return voltage change anywhere on the system when the DER trips, percent of nominal (POL-16)} */
    public abstract Optional<Percentage> tripVoltageChange();

    /** {@return voltage change at a regulation device when the DER ceases to generate (POL-16)} */
    public abstract Optional<Percentage> regulatorVoltageChange();

    /** {@return voltage variation when output drops from 100% to 50% of the export limit (POL-17)} */
    public abstract Optional<Percentage> frequentVoltageVariation();

    /** {@return voltage variation from switching, tripping or maintenance of the DER (POL-18)} */
    public abstract Optional<Percentage> infrequentVoltageVariation();

    /** {@return short-circuit ratio at the inverter terminals, normal and contingency (POL-19)} */
    public abstract Optional<BigDecimal> shortCircuitRatio();

    /** {@return whether other inverter-based resources are electrically close (POL-19)} */
    public abstract Optional<Boolean> nearbyInverterBasedResources();

    /**
     * Refuses a zero or negative {@code nominalServiceVoltage}; a negative {@code
     * maximumThermalLoading}, {@code minimumDeliveryVoltage}, {@code maximumDeliveryVoltage} or
     * {@code shortCircuitRatio}. The builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        maximumThermalLoading().ifPresent(p -> Checks.nonNegative("maximumThermalLoading", p.value()));
        Checks.nonNegative("minimumDeliveryVoltage", minimumDeliveryVoltage());
        Checks.nonNegative("maximumDeliveryVoltage", maximumDeliveryVoltage());
        Checks.positive("nominalServiceVoltage", nominalServiceVoltage());
        shortCircuitRatio().ifPresent(scr -> Checks.nonNegative("shortCircuitRatio", scr));
    }
}
