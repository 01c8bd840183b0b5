package org.derkit.rules.book;

import org.derkit.model.retail.DeliveryVoltageLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.derkit.model.ActivePower;
import org.derkit.model.Energy;
import org.derkit.rules.Comparison;
import org.derkit.rules.Decision;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * Meter data for retail suppliers (res-faq.txt, FAQ 18, 19, 21, 22, 26, 27): one 867 per service
 * point and billing, subtractive meters, DST days, split hours, distribution and transmission
 * losses. Topic {@link Topic#RETAIL_ENROLLMENT_BILLING}; subject {@link MeterData}.
 *
 * <p>The computations are typed: {@link ReportedServicePointUsage#netUsage()}, {@link LocalDayHours},
 * {@link SplitBillingHour#total()}, {@link DistributionLossFactor}.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this class will cause a
 * {@link NullPointerException} to be thrown.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class MeterDataRules {

    // -------------------------------------------------------------------------------------- inputs

    /** RES-17: service points without exactly one 867, plus 867s of other service points. */
    public static final Input<MeterData, Long> SERVICE_POINTS_WITHOUT_ONE_867 = Input.of(
            "service points without exactly one 867", Dimension.COUNT,
            d -> d.billing().map(AccountBillingUsage::deviations));

    /** RES-18: the 867's stated service-point total minus additive-minus-subtractive meters. */
    public static final Input<MeterData, Energy> STATED_MINUS_NET = Input.of(
            "stated service point usage minus net of meters", Dimension.ENERGY,
            d -> d.servicePointUsage().flatMap(ReportedServicePointUsage::reportedMinusNet));

    /** RES-18: the service-point kWh total the 867 states (PTD*SU). */
    public static final Input<MeterData, Energy> STATED_TOTAL = Input.of("stated service point usage (PTD*SU)",
            Dimension.ENERGY, d -> d.servicePointUsage().flatMap(ReportedServicePointUsage::reportedTotal));

    /** RES-18: the 867's additive meters minus its subtractive meters, exactly. */
    public static final Input<MeterData, Energy> METERS_NET = Input.of("additive minus subtractive meters",
            Dimension.ENERGY, d -> d.servicePointUsage().map(ReportedServicePointUsage::netUsage));

    /** RES-20: the local day of interval data. */
    public static final Input<MeterData, LocalDate> INTERVAL_DAY = Input.of("interval data day", MeterData::intervalDay);

    /** RES-21: the split hour. */
    public static final Input<MeterData, SplitBillingHour> SPLIT_HOUR = Input.of("split hour", MeterData::splitHour);

    /** RES-24: the delivery voltage. */
    public static final Input<MeterData, DeliveryVoltageLevel> DELIVERY_VOLTAGE =
            Input.of("delivery voltage", MeterData::deliveryVoltage);

    /** RES-24: the Ameren Illinois system load. */
    public static final Input<MeterData, ActivePower> SYSTEM_LOAD =
            Input.of("Ameren Illinois system load", Dimension.ACTIVE_POWER, MeterData::systemLoad);

    // --------------------------------------------------------------------------------------- rules

    /** RES-17: one 867 per service point each time the account bills. */
    public static final Rule<MeterData> RES_17 = Rule.id("RES-17")
            .cites(Source.RES_FAQ, "FAQ 18")
            .quoting("the number of meters associated with a service point has no bearing on the number of EDI 867 "
                    + "transactions that are produced")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(MeterData.class)
            .measure(SERVICE_POINTS_WITHOUT_ONE_867)
            .atMost(0L)
            .passes("one EDI 867 per service point each time the account bills, whatever the number of meters")
            .build();

    /** RES-18: service-point usage is additive meters minus subtractive meters. */
    public static final Rule<MeterData> RES_18 = Rule.id("RES-18")
            .cites(Source.RES_FAQ, "FAQ 19")
            .quoting("a subtractive meter is denoted in the EDI 867 transaction as follows: REF*JH*S")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(MeterData.class)
            .from(STATED_TOTAL)
            .and(METERS_NET)
            .decides("service point usage equals additive (REF*JH*A) minus subtractive (REF*JH*S) meters, exactly",
                    MeterDataRules::servicePointUsage)
            .limit(STATED_MINUS_NET.name(), Dimension.ENERGY, Comparison.AT_LEAST, Energy.ZERO)
            .limit(STATED_MINUS_NET.name(), Dimension.ENERGY, Comparison.AT_MOST, Energy.ZERO)
            .build();

    /** RES-20: DST days have 23 or 25 values, mapped to elapsed hours. */
    public static final Rule<MeterData> RES_20 = Rule.id("RES-20")
            .cites(Source.RES_FAQ, "FAQ 21")
            .quoting("On the spring forward day, the interval meter data in the EDI 867 will only contain 23 values")
            .kind(Kind.COMPUTATION)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(MeterData.class)
            .from(INTERVAL_DAY)
            .computes("hours in the local day", MeterDataRules::localDay, h -> Integer.toString(h.hours()))
            .note("labels count elapsed hours in America/Chicago, not clock times (edi-profile.md section 3)")
            .build();

    /** RES-21: the two parts of a split hour sum exactly. */
    public static final Rule<MeterData> RES_21 = Rule.id("RES-21")
            .cites(Source.RES_FAQ, "FAQ 22")
            .quoting("Ameren accounts for this by showing that hour twice")
            .kind(Kind.COMPUTATION)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(MeterData.class)
            .from(SPLIT_HOUR)
            .computes("stitched hour usage", SplitBillingHour::total, ValueTexts::energy)
            .note("each part stays attributed to its billing period; the sum is exact")
            .build();

    /** RES-24: the distribution loss factor by delivery voltage. */
    public static final Rule<MeterData> RES_24 = Rule.id("RES-24")
            .cites(Source.RES_FAQ, "FAQ 26")
            .quoting("Secondary Delivery Voltage: 1.06102 + ((2.1951 * 10^-10)*(System Load^2))")
            .kind(Kind.COMPUTATION)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(MeterData.class)
            .from(DELIVERY_VOLTAGE)
            .and(SYSTEM_LOAD)
            .computes("distribution loss factor", DistributionLossFactor::of, f -> f.exact().toPlainString())
            .note("system load in MW; the factor is exact, usage at the supply point is rounded to 6 decimals of kWh "
                    + "HALF_EVEN")
            .build();

    /** RES-25: transmission losses come from MISO. */
    public static final Rule<MeterData> RES_25 = Rule.id("RES-25")
            .cites(Source.RES_FAQ, "FAQ 27")
            .kind(Kind.INFORMATIONAL)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(MeterData.class)
            .states("Transmission losses are calculated dynamically by MISO, hour by hour, for the AMIL control area "
                    + "since 2007-03-01")
            .build();

    /**
     * The rules of this topic, in catalogue order.
     *
     * @return the rule set, never null
     */
    public static RuleSet<MeterData> rules() {
        return RuleSet.of("Retail meter data", RES_17, RES_18, RES_20, RES_21, RES_24, RES_25);
    }

    private MeterDataRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * RES-20: the hours of a local day in America/Chicago and where its n-th value ends.
     *
     * @param day the local day
     * @return the day's hours, never null
     */
    public static LocalDayHours localDay(LocalDate day) {
        return LocalDayHours.chicago(day);
    }

    /**
     * The RES-18 judgement of one 867: PASS when the service-point total it states (PTD*SU) equals
     * its additive meters minus its subtractive meters exactly, FAIL otherwise, the phrase naming
     * both figures and their difference.
     *
     * @param stated the service-point kWh total the 867 states
     * @param net the additive meters' kWh minus the subtractive meters' kWh
     * @return the decision
     */
    public static Decision servicePointUsage(Energy stated, Energy net) {
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(net, "net");
        BigDecimal difference = stated.value().subtract(net.value());
        if (difference.signum() == 0) {
            return Decision.of(Outcome.PASS, () -> STATED_TOTAL.name() + " " + stated + " = " + METERS_NET.name()
                    + " " + net);
        }
        return Decision.of(Outcome.FAIL, () -> STATED_TOTAL.name() + " " + stated + " != " + METERS_NET.name() + " "
                + net + " (the 867 states " + difference.abs().toPlainString() + " kWh "
                + (difference.signum() > 0 ? "more" : "less") + ")");
    }

    // ------------------------------------------------------------------------------------- helpers

    /** Value texts of this class. */
    private static final class ValueTexts {
        private ValueTexts() {
        }

        static String energy(Energy e) {
            return e.value().toPlainString();
        }
    }
}
