package org.derkit.rules.book;

import org.derkit.model.retail.DeliveryVoltageLevel;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ActivePower;

/**
 * What the meter-data rules (RES-17, RES-18, RES-20, RES-21, RES-24, RES-25) evaluate: small
 * records describing 867 usage, so that der-rules needs neither der-edi nor der-metering. Every
 * part is optional; a rule whose part is absent reports INSUFFICIENT_DATA naming it.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param billing the 867s of one billing of an account (RES-17)
 * @param servicePointUsage one 867's meters and stated total (RES-18)
 * @param intervalDay a local day of interval data (RES-20)
 * @param splitHour the two parts of an hour shared by consecutive periods (RES-21)
 * @param deliveryVoltage the delivery voltage of the usage (RES-24)
 * @param systemLoad the Ameren Illinois system load of the hour (RES-24)
 */
public record MeterData(Optional<AccountBillingUsage> billing, Optional<ReportedServicePointUsage> servicePointUsage,
        Optional<LocalDate> intervalDay, Optional<SplitBillingHour> splitHour, Optional<DeliveryVoltageLevel> deliveryVoltage,
        Optional<ActivePower> systemLoad) {

    /** Nothing known. */
    public static final MeterData NONE = new MeterData(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks that nothing is null. */
    public MeterData {
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(servicePointUsage, "servicePointUsage");
        Objects.requireNonNull(intervalDay, "intervalDay");
        Objects.requireNonNull(splitHour, "splitHour");
        Objects.requireNonNull(deliveryVoltage, "deliveryVoltage");
        Objects.requireNonNull(systemLoad, "systemLoad");
    }

    /**
     * These data with the 867s of a billing. This instance is immutable and unaffected by this
     * method call.
     *
     * @param newBilling the billing
     * @return new data, never null
     */
    public MeterData withBilling(AccountBillingUsage newBilling) {
        return new MeterData(Optional.of(newBilling), servicePointUsage, intervalDay, splitHour, deliveryVoltage,
                systemLoad);
    }

    /**
     * These data with one 867's usage. This instance is immutable and unaffected by this method call.
     *
     * @param usage the service point's usage
     * @return new data, never null
     */
    public MeterData withServicePointUsage(ReportedServicePointUsage usage) {
        return new MeterData(billing, Optional.of(usage), intervalDay, splitHour, deliveryVoltage, systemLoad);
    }

    /**
     * These data with a local day of interval data. This instance is immutable and unaffected by
     * this method call.
     *
     * @param day the local day
     * @return new data, never null
     */
    public MeterData withIntervalDay(LocalDate day) {
        return new MeterData(billing, servicePointUsage, Optional.of(day), splitHour, deliveryVoltage, systemLoad);
    }

    /**
     * These data with a split hour. This instance is immutable and unaffected by this method call.
     *
     * @param hour the split hour
     * @return new data, never null
     */
    public MeterData withSplitHour(SplitBillingHour hour) {
        return new MeterData(billing, servicePointUsage, intervalDay, Optional.of(hour), deliveryVoltage, systemLoad);
    }

    /**
     * These data with a delivery voltage and a system load. This instance is immutable and
     * unaffected by this method call.
     *
     * @param voltage the delivery voltage
     * @param load the Ameren Illinois system load
     * @return new data, never null
     */
    public MeterData withLoss(DeliveryVoltageLevel voltage, ActivePower load) {
        return new MeterData(billing, servicePointUsage, intervalDay, splitHour, Optional.of(voltage),
                Optional.of(load));
    }
}
