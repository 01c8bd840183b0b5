package org.derkit.rules.book;

import org.derkit.model.retail.DeliveryVoltageLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.ServicePointMeterData;

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

    /**
     * Checks that nothing is null.
     *
     * @param billing the 867s of one billing of an account (RES-17)
     * @param servicePointUsage one 867's meters and stated total (RES-18)
     * @param intervalDay a local day of interval data (RES-20)
     * @param splitHour the two parts of an hour shared by consecutive periods (RES-21)
     * @param deliveryVoltage the delivery voltage of the usage (RES-24)
     * @param systemLoad the Ameren Illinois system load of the hour (RES-24)
     */
    public MeterData {
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(servicePointUsage, "servicePointUsage");
        Objects.requireNonNull(intervalDay, "intervalDay");
        Objects.requireNonNull(splitHour, "splitHour");
        Objects.requireNonNull(deliveryVoltage, "deliveryVoltage");
        Objects.requireNonNull(systemLoad, "systemLoad");
    }

    /**
     * The meter data of one service point's 867 for one billing period, as der-metering's
     * {@code RetailMeterData} reads them from 867 files (or any other source builds them). RES-17
     * counts the 867s of the account's billing against the account's electric service points when
     * they are stated, else against the service points that have an 867 in it (so only a second
     * 867 for one service point deviates).
     *
     * @param usage the service point's 867 facts
     * @return the data the meter-data rules read, never null
     */
    public static MeterData of(ServicePointMeterData usage) {
        List<MeterUsage> meters = new ArrayList<>();
        for (ServicePointMeterData.MeterEnergy m : usage.meters()) {
            meters.add(new MeterUsage(m.meter(), m.role(), m.usage()));
        }
        ReportedServicePointUsage own =
                new ReportedServicePointUsage(usage.servicePoint(), meters, usage.statedTotal());
        List<ReportedServicePointUsage> transactions = new ArrayList<>();
        for (ServicePointId sp : usage.billingServicePoints()) {
            transactions.add(sp.equals(usage.servicePoint()) ? own
                    : new ReportedServicePointUsage(sp, List.of(), Optional.empty()));
        }
        List<ServicePointId> expected = usage.accountServicePoints()
                .orElseGet(() -> usage.billingServicePoints().stream().distinct().toList());
        return new MeterData(Optional.of(new AccountBillingUsage(expected, transactions)), Optional.of(own),
                usage.intervalDay(),
                usage.splitHour().map(h -> new SplitBillingHour(h.start(), h.endingPeriodPart(), h.nextPeriodPart())),
                usage.deliveryVoltage(), usage.systemLoad());
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
