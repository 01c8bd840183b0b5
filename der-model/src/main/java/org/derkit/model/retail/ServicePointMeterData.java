package org.derkit.model.retail;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.AccountNumber;
import org.derkit.model.ActivePower;
import org.derkit.model.Energy;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;

/**
 * What one 867 says about one service point and billing period, as the retail meter-data rules
 * (RES-17 to RES-25, res-faq.txt FAQ 18 to 27) read it, whatever read the usage: der-metering's
 * {@code RetailMeterData} builds it from 867 files, and der-rules' {@code MeterData.of} turns it
 * into the rules' subject. It lives here because both modules need it and neither depends on the
 * other.
 *
 * <p>Semantics. {@link #billingServicePoints()} lists the service point of each 867 of the same
 * account's billing (same account and billing period), this one included: one entry per 867, so
 * a service point reported twice appears twice (RES-17). {@link #accountServicePoints()} is the
 * account's electric service points when something else (an enrollment) states them; without
 * them only the service points that have an 867 are expected. Energies are exact kWh on the
 * file's basis (as the 867 states them, before loss factors).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param servicePoint the service point (REF*LU)
 * @param period the billing period (DTM*150, DTM*151)
 * @param account the account (REF*12), if the 867 names it
 * @param billingServicePoints the service point of every 867 of this account's billing, this one included
 * @param accountServicePoints the account's electric service points, if stated elsewhere
 * @param meters each meter's kWh usage in the 867 (RES-18), in file order
 * @param statedTotal the service-point kWh total the 867 states (PTD*SU), if any (RES-18)
 * @param intervalDay the local day of interval data shown for RES-20: the period's DST day, else its first day
 * @param splitHour the hour this period shares with the next one (else with the previous one), if any (RES-21)
 * @param deliveryVoltage the delivery voltage of the service point, if known (RES-24)
 * @param systemLoad the Ameren Illinois system load for the loss factor, if known (RES-24)
 */
public record ServicePointMeterData(ServicePointId servicePoint, BillingPeriod period, Optional<AccountNumber> account,
        List<ServicePointId> billingServicePoints, Optional<List<ServicePointId>> accountServicePoints,
        List<MeterEnergy> meters, Optional<Energy> statedTotal, Optional<LocalDate> intervalDay,
        Optional<SharedHour> splitHour, Optional<DeliveryVoltageLevel> deliveryVoltage,
        Optional<ActivePower> systemLoad) {

    /**
     * Checks that nothing is null and copies the lists.
     *
     * @param servicePoint the service point (REF*LU)
     * @param period the billing period (DTM*150, DTM*151)
     * @param account the account (REF*12), if the 867 names it
     * @param billingServicePoints the service point of every 867 of this account's billing, this one included
     * @param accountServicePoints the account's electric service points, if stated elsewhere
     * @param meters each meter's kWh usage in the 867 (RES-18), in file order
     * @param statedTotal the service-point kWh total the 867 states (PTD*SU), if any (RES-18)
     * @param intervalDay the local day of interval data shown for RES-20: the period's DST day, else its first day
     * @param splitHour the hour this period shares with the next one (else with the previous one), if any (RES-21)
     * @param deliveryVoltage the delivery voltage of the service point, if known (RES-24)
     * @param systemLoad the Ameren Illinois system load for the loss factor, if known (RES-24)
     * @throws NullPointerException if any component or list element is null
     */
    public ServicePointMeterData {
        Objects.requireNonNull(servicePoint, "servicePoint");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(account, "account");
        billingServicePoints = List.copyOf(billingServicePoints);
        accountServicePoints = accountServicePoints.map(List::copyOf);
        meters = List.copyOf(meters);
        Objects.requireNonNull(statedTotal, "statedTotal");
        Objects.requireNonNull(intervalDay, "intervalDay");
        Objects.requireNonNull(splitHour, "splitHour");
        Objects.requireNonNull(deliveryVoltage, "deliveryVoltage");
        Objects.requireNonNull(systemLoad, "systemLoad");
    }

    /**
     * These data with the account's electric service points (from an enrollment, say). This
     * instance is immutable and unaffected by this method call.
     *
     * @param servicePoints the account's electric service points
     * @return new data, never null
     */
    public ServicePointMeterData withAccountServicePoints(List<ServicePointId> servicePoints) {
        return new ServicePointMeterData(servicePoint, period, account, billingServicePoints,
                Optional.of(servicePoints), meters, statedTotal, intervalDay, splitHour, deliveryVoltage, systemLoad);
    }

    /**
     * These data with the delivery voltage and the system load of the loss factor (RES-24). This
     * instance is immutable and unaffected by this method call.
     *
     * @param voltage the delivery voltage
     * @param load the Ameren Illinois system load
     * @return new data, never null
     */
    public ServicePointMeterData withLoss(DeliveryVoltageLevel voltage, ActivePower load) {
        return new ServicePointMeterData(servicePoint, period, account, billingServicePoints, accountServicePoints,
                meters, statedTotal, intervalDay, splitHour, Optional.of(voltage), Optional.of(load));
    }

    /** Such as {@code service point 90000000 2026-03-04..2026-03-11}. */
    @Override
    public String toString() {
        return "service point " + servicePoint + " " + period.start() + ".." + period.end();
    }

    /**
     * One meter's kWh usage in an 867 (its PTD*PM loop).
     *
     * @param meter the meter number (REF*MG)
     * @param role additive or subtractive (REF*JH)
     * @param usage the meter's usage, exact kWh
     */
    public record MeterEnergy(MeterNumber meter, MeterRole role, Energy usage) {

        /**
         * Checks that nothing is null.
         *
         * @param meter the meter number (REF*MG)
         * @param role additive or subtractive (REF*JH)
         * @param usage the meter's usage, exact kWh
         * @throws NullPointerException if a component is null
         */
        public MeterEnergy {
            Objects.requireNonNull(meter, "meter");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(usage, "usage");
        }
    }

    /**
     * An hour two consecutive billing periods share (RES-21): the service point's net kWh
     * (additive minus subtractive meters) in the ending period's 867 and in the next one's.
     *
     * @param start the start of the hour, in America/Chicago
     * @param endingPeriodPart the net usage in the ending period's 867
     * @param nextPeriodPart the net usage in the next period's 867
     */
    public record SharedHour(ZonedDateTime start, Energy endingPeriodPart, Energy nextPeriodPart) {

        /**
         * Checks that nothing is null.
         *
         * @param start the start of the hour, in America/Chicago
         * @param endingPeriodPart the net usage in the ending period's 867
         * @param nextPeriodPart the net usage in the next period's 867
         * @throws NullPointerException if a component is null
         */
        public SharedHour {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(endingPeriodPart, "endingPeriodPart");
            Objects.requireNonNull(nextPeriodPart, "nextPeriodPart");
        }
    }
}
