package org.derkit.rules.book;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ApparentPower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Percentage;
import org.derkit.model.Voltage;
import org.derkit.model.VoltageClass;
import org.derkit.model.application.StudyResults;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.Phases;
import org.derkit.rules.Comparison;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * The system requirements and limits of the DER Interconnection Policy 2023, section 4.1 to 4.6
 * (POL-14 to POL-20): thermal loading, steady-state delivery voltage, rapid voltage change,
 * voltage variation and stability for sub-transmission studies, and the single-phase size limit.
 * The study figures come from {@link ScreeningContext#study()}.
 *
 * <p>The sub-transmission rules (POL-17 to POL-19) apply at a POI of 34.5 or 69 kV; an unknown
 * POI voltage gives INSUFFICIENT_DATA. POL-17 also applies only to solar- or wind-based DER (or
 * DER whose sources are not stated).
 */
public final class SystemLimitRules {

    /** POL-14: 90% of thermal rating, inclusive ("must not exceed"). */
    public static final Percentage THERMAL_LIMIT = Percentage.ofPercent(90);
    /** POL-16: voltage change anywhere when the DER trips, exclusive ("less than"). */
    public static final Percentage TRIP_VOLTAGE_CHANGE_LIMIT = Percentage.ofPercent(3);
    /** POL-16: voltage change at a regulation device when the DER ceases to generate, exclusive. */
    public static final Percentage REGULATOR_VOLTAGE_CHANGE_LIMIT = Percentage.ofPercent(2);
    /** POL-17: frequent voltage variation, inclusive ("shall not exceed"). */
    public static final Percentage FREQUENT_VARIATION_LIMIT = Percentage.ofPercent(new BigDecimal("1.5"));
    /** POL-18: infrequent voltage variation, inclusive ("limited to"). */
    public static final Percentage INFREQUENT_VARIATION_LIMIT = Percentage.ofPercent(10);
    /** POL-19: short-circuit ratio, exclusive ("greater than 3"). */
    public static final BigDecimal SCR_LIMIT = BigDecimal.valueOf(3);
    /** POL-20: single-phase DER limit, inclusive ("limited to 100kVA"). */
    public static final ApparentPower SINGLE_PHASE_LIMIT = ApparentPower.ofKilovoltAmperes(100);

    // -------------------------------------------------------------------------------------- inputs

    /** Highest loading of a conductor or device with the DER (POL-14). */
    public static final Input<ScreeningContext, Percentage> THERMAL_LOADING = Input.of(
            "maximum thermal loading", Dimension.PERCENTAGE, a -> study(a).flatMap(StudyResults::maximumThermalLoading));
    /** Lowest and highest delivery voltage against the band of the service (POL-15). */
    public static final Input<ScreeningContext, DeliveryVoltageCheck> DELIVERY_VOLTAGE = Input.of(
            "delivery voltage with the DER", SystemLimitRules::deliveryVoltage);
    /** Voltage change when the DER trips (POL-16). */
    public static final Input<ScreeningContext, Percentage> TRIP_VOLTAGE_CHANGE = Input.of(
            "voltage change on DER trip", Dimension.PERCENTAGE, a -> study(a).flatMap(StudyResults::tripVoltageChange));
    /** Voltage change at a regulation device when the DER ceases to generate (POL-16). */
    public static final Input<ScreeningContext, Percentage> REGULATOR_VOLTAGE_CHANGE = Input.of(
            "voltage change at regulation device", Dimension.PERCENTAGE,
            a -> study(a).flatMap(StudyResults::regulatorVoltageChange));
    /** Voltage variation as output drops from 100% to 50% of the export limit (POL-17). */
    public static final Input<ScreeningContext, Percentage> FREQUENT_VARIATION = Input.of(
            "frequent voltage variation", Dimension.PERCENTAGE,
            a -> study(a).flatMap(StudyResults::frequentVoltageVariation));
    /** Voltage variation from switching, tripping or maintenance of the DER (POL-18). */
    public static final Input<ScreeningContext, Percentage> INFREQUENT_VARIATION = Input.of(
            "infrequent voltage variation", Dimension.PERCENTAGE,
            a -> study(a).flatMap(StudyResults::infrequentVoltageVariation));
    /** Short-circuit ratio at the inverter terminals (POL-19). */
    public static final Input<ScreeningContext, BigDecimal> SHORT_CIRCUIT_RATIO = Input.of(
            "short-circuit ratio", Dimension.NUMBER, a -> study(a).flatMap(StudyResults::shortCircuitRatio));
    /** Aggregate AC nameplate in kVA (POL-20). */
    public static final Input<ScreeningContext, ApparentPower> APPARENT_NAMEPLATE = SysInputs.APPARENT_NAMEPLATE;

    // --------------------------------------------------------------------------------------- rules

    /** POL-14. */
    public static final Rule<ScreeningContext> POL_14 = Rule.id("POL-14")
                .cites(Source.INTERCONNECTION_POLICY_2023, "4.1 Thermal Loading")
                .quoting("must not cause Ameren Illinois' conductors or devices to exceed 90 percent of their thermal ratings")
                .kind(Kind.RULE)
                .topic(Topic.SYSTEM_LIMITS)
                .appliesTo(ScreeningContext.class)
                .measure(THERMAL_LOADING).atMost(THERMAL_LIMIT)
                .passes("conductors and devices stay at or below 90% of their thermal ratings")
                .build();

    /** POL-15. */
    public static final Rule<ScreeningContext> POL_15 = Rule.id("POL-15")
                .cites(Source.INTERCONNECTION_POLICY_2023, "4.2 Steady State Voltage")
                .quoting("must not cause steady state voltage to deviate from these requirements")
                .kind(Kind.RULE)
                .topic(Topic.SYSTEM_LIMITS)
                .appliesTo(ScreeningContext.class)
                .measure(DELIVERY_VOLTAGE).satisfies("inside the band, bounds included", DeliveryVoltageCheck::holds)
                .passes("the DER keeps steady-state delivery voltage inside the ICC band")
                .limit("residential delivery voltage on a 120 V base", Dimension.VOLTAGE, Comparison.AT_LEAST,
                        Voltage.ofVolts(113))
                .limit("residential delivery voltage on a 120 V base", Dimension.VOLTAGE, Comparison.AT_MOST,
                        Voltage.ofVolts(127))
                .limit("non-residential delivery voltage deviation from nominal", Dimension.PERCENTAGE, Comparison.AT_MOST,
                        Percentage.ofPercent(10))
                .build();

    /** POL-16. */
    public static final Rule<ScreeningContext> POL_16 = Rule.id("POL-16")
                .cites(Source.INTERCONNECTION_POLICY_2023, "4.3 Rapid Voltage Change")
                .quoting("less than 3% of the nominal voltage ... less than 2% of the nominal voltage")
                .kind(Kind.RULE)
                .topic(Topic.SYSTEM_LIMITS)
                .appliesTo(ScreeningContext.class)
                .measure(TRIP_VOLTAGE_CHANGE).lessThan(TRIP_VOLTAGE_CHANGE_LIMIT)
                .and(REGULATOR_VOLTAGE_CHANGE).lessThan(REGULATOR_VOLTAGE_CHANGE_LIMIT)
                .passes("rapid voltage change within the IEEE 1547 criteria")
                .build();

    /** POL-17. */
    public static final Rule<ScreeningContext> POL_17 = Rule.id("POL-17")
                .cites(Source.INTERCONNECTION_POLICY_2023, "4.4.1 Frequent Voltage Variation")
                .quoting("shall not exceed 1.5% after the DER output has dropped from 100% of the AC megawatt export limit to 50%")
                .kind(Kind.RULE)
                .topic(Topic.SYSTEM_LIMITS)
                .appliesTo(ScreeningContext.class)
                .when(SysInputs.POI_VOLTAGE, "is 34.5 or 69 kV (sub-transmission)", SystemLimitRules::isSubTransmission)
                .when(Input.of("solar- or wind-based DER", a -> solarOrWind(a.facility())), "is true", b -> b)
                .measure(FREQUENT_VARIATION).atMost(FREQUENT_VARIATION_LIMIT)
                .passes("frequent voltage variation within 1.5%")
                .build();

    /** POL-18. */
    public static final Rule<ScreeningContext> POL_18 = Rule.id("POL-18")
                .cites(Source.INTERCONNECTION_POLICY_2023, "4.4.2 Infrequent Voltage Variation")
                .quoting("shall be limited to 10%")
                .kind(Kind.RULE)
                .topic(Topic.SYSTEM_LIMITS)
                .appliesTo(ScreeningContext.class)
                .when(SysInputs.POI_VOLTAGE, "is 34.5 or 69 kV (sub-transmission)", SystemLimitRules::isSubTransmission)
                .measure(INFREQUENT_VARIATION).atMost(INFREQUENT_VARIATION_LIMIT)
                .passes("infrequent voltage variation within 10%")
                .build();

    /** POL-19. */
    public static final Rule<ScreeningContext> POL_19 = Rule.id("POL-19")
                .cites(Source.INTERCONNECTION_POLICY_2023, "4.5 Stability Analysis")
                .quoting("The SCR at the inverter terminals of the DER must be greater than 3")
                .kind(Kind.RULE)
                .topic(Topic.SYSTEM_LIMITS)
                .appliesTo(ScreeningContext.class)
                .when(SysInputs.POI_VOLTAGE, "is 34.5 or 69 kV (sub-transmission)", SystemLimitRules::isSubTransmission)
                .measure(SHORT_CIRCUIT_RATIO).greaterThan(SCR_LIMIT)
                .then(Outcome.PASS, "short-circuit ratio above 3 under normal and contingency conditions")
                .otherwise(Outcome.REQUIRED, "manufacturer proof of operation at the lowest SCR and proof of stability "
                        + "under all system conditions, before the study continues")
                .note("with other electrically close inverter-based resources an EMT analysis is also required "
                        + "(see SystemLimitRules.stabilitySubmissions)")
                .build();

    /** POL-20. */
    public static final Rule<ScreeningContext> POL_20 = Rule.id("POL-20")
                .cites(Source.INTERCONNECTION_POLICY_2023, "4.6 Single-Phase Limits")
                .quoting("In all cases, single phase DER interconnections are limited to 100kVA")
                .kind(Kind.RULE)
                .topic(Topic.SYSTEM_LIMITS)
                .appliesTo(ScreeningContext.class)
                .when(SysInputs.PHASES, "is single-phase", p -> p == Phases.SINGLE)
                .measure(APPARENT_NAMEPLATE).atMost(SINGLE_PHASE_LIMIT)
                .passes("single-phase DER of at most 100 kVA")
                .note("behind a three-phase meter, balanced three-phase generators are advised whenever possible; "
                        + "further limits may apply by service voltage (Part 466.90(a)(4), 466.100(a)(8))")
                .build();

    /** {@return POL-14 to POL-20, in catalogue order} */
    public static RuleSet<ScreeningContext> rules() {
        return RuleSet.of("system requirements and limits", POL_14, POL_15, POL_16, POL_17, POL_18, POL_19, POL_20);
    }

    private SystemLimitRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * The delivery voltage band of a service (POL-15): residential 113 V to 127 V on a 120 V base,
     * otherwise 90% to 110% of the nominal service voltage.
     *
     * @param residential whether the customer is residential
     * @param nominal the nominal service voltage; needed only for non-residential customers
     * @return the band, or empty for a non-residential customer whose nominal voltage is unknown
     */
    public static Optional<DeliveryVoltageBand> deliveryBand(boolean residential, Optional<Voltage> nominal) {
        Objects.requireNonNull(nominal, "nominal");
        if (residential) {
            return Optional.of(DeliveryVoltageBand.RESIDENTIAL);
        }
        return nominal.map(DeliveryVoltageBand::nonResidential);
    }

    /**
     * The lowest and highest delivery voltage of a study against the band (POL-15).
     *
     * @param lowest the lowest delivery voltage with the DER
     * @param highest the highest delivery voltage with the DER
     * @param band the band of the service
     */
    public record DeliveryVoltageCheck(Voltage lowest, Voltage highest, DeliveryVoltageBand band) {
        /**
         * Checks the arguments are not null.
         *
         * @param lowest the lowest delivery voltage with the DER
         * @param highest the highest delivery voltage with the DER
         * @param band the band of the service
         */
        public DeliveryVoltageCheck {
            Objects.requireNonNull(lowest, "lowest");
            Objects.requireNonNull(highest, "highest");
            Objects.requireNonNull(band, "band");
        }

        /** {@return whether both voltages lie in the band, bounds included} */
        public boolean holds() {
            return band.contains(lowest) && band.contains(highest);
        }

        /** Such as {@code lowest 114 V, highest 126 V against 113 V to 127 V (residential, 120 V base)}. */
        @Override
        public String toString() {
            return "lowest " + lowest + ", highest " + highest + " against " + band;
        }
    }

    /** Whether a POI voltage is sub-transmission (34.5 or 69 kV). */
    static boolean isSubTransmission(NominalVoltage v) {
        return v.voltageClass() == VoltageClass.SUB_TRANSMISSION;
    }

    /** Whether the generation is solar- or wind-based; empty when the sources are unknown. */
    static Optional<Boolean> solarOrWind(Facility f) {
        if (f.energySource().isPresent()) {
            return Optional.of(isIntermittent(f.energySource().get()));
        }
        if (f.generatingUnits().isEmpty()) {
            return Optional.empty();
        }
        for (GeneratingUnit u : f.generatingUnits()) {
            if (isIntermittent(u.energySource())) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }

    /** What POL-19 asks the developer to submit when the short-circuit ratio is at most 3. */
    public enum StabilitySubmission {
        /** Proof from the inverter manufacturer that the inverters operate at the lowest observed SCR. */
        MANUFACTURER_PROOF_AT_LOWEST_SCR,
        /** Proof that the DER remains stable under all system conditions. */
        STABILITY_PROOF,
        /** An electromagnetic transient analysis (other inverter-based resources are electrically close). */
        EMT_ANALYSIS
    }

    /**
     * The submissions POL-19 requires: none when the short-circuit ratio is greater than 3, the
     * manufacturer's and the stability proof otherwise, and an EMT analysis as well when other
     * inverter-based resources are electrically close.
     *
     * @param scr the short-circuit ratio at the inverter terminals (lowest of normal and contingency)
     * @param nearbyInverterBasedResources whether other inverter-based resources are electrically
     *        close; unknown counts as not close (the result then lacks only the EMT analysis)
     * @return the submissions, in the order above, possibly empty
     */
    public static java.util.Set<StabilitySubmission> stabilitySubmissions(BigDecimal scr,
            Optional<Boolean> nearbyInverterBasedResources) {
        Objects.requireNonNull(scr, "scr");
        Objects.requireNonNull(nearbyInverterBasedResources, "nearbyInverterBasedResources");
        java.util.EnumSet<StabilitySubmission> s = java.util.EnumSet.noneOf(StabilitySubmission.class);
        if (scr.compareTo(SCR_LIMIT) > 0) {
            return s;
        }
        s.add(StabilitySubmission.MANUFACTURER_PROOF_AT_LOWEST_SCR);
        s.add(StabilitySubmission.STABILITY_PROOF);
        if (nearbyInverterBasedResources.orElse(false)) {
            s.add(StabilitySubmission.EMT_ANALYSIS);
        }
        return s;
    }

    // ------------------------------------------------------------------------------------- helpers

    private static boolean isIntermittent(EnergySource s) {
        return s == EnergySource.SOLAR || s == EnergySource.WIND;
    }

    private static Optional<StudyResults> study(ScreeningContext a) {
        return a.study();
    }

    private static Optional<DeliveryVoltageCheck> deliveryVoltage(ScreeningContext a) {
        Optional<StudyResults> s = a.study();
        Optional<Boolean> residential = a.facility().residential();
        if (s.isEmpty() || residential.isEmpty()) {
            return Optional.empty();
        }
        StudyResults r = s.get();
        if (r.minimumDeliveryVoltage().isEmpty() || r.maximumDeliveryVoltage().isEmpty()) {
            return Optional.empty();
        }
        return deliveryBand(residential.get(), r.nominalServiceVoltage()).map(
                band -> new DeliveryVoltageCheck(r.minimumDeliveryVoltage().get(), r.maximumDeliveryVoltage().get(), band));
    }
}
