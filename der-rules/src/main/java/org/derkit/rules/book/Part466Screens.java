package org.derkit.rules.book;

import static org.derkit.model.DerQuantities.kilovoltAmperes;
import static org.derkit.model.DerQuantities.kilowatts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.Percentage;
import org.derkit.model.application.CircuitData;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.SystemType;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;
import org.derkit.rules.ValueText;

/**
 * The Part 466 aggregation rule and review screens (P466-01 to P466-08, regulations.md section 1):
 * the aggregate nameplate every size threshold uses, the Level 1 and Level 2 screens on the serving
 * circuit, and Level 3's non-export condition.
 *
 * <p>Each screen applies to the review levels whose sections cite it (466.90: Level 1;
 * 466.100: Level 2), and also when the level cannot be decided yet. Shares of a circuit's load or
 * of a transformer's nameplate are computed exactly and rounded up to 0.0001 %, so comparing them
 * with a whole-percent limit gives the same answer as the exact ratio. Loads in kW are compared
 * with DER in kVA figure for figure (unity power factor).
 */
public final class Part466Screens {

    /** P466-02: aggregate DER at most 15 % of the circuit's maximum load (inclusive). */
    public static final Percentage RADIAL_CIRCUIT_SHARE = Percentage.ofPercent(15);
    /** P466-03: spot network aggregate at most 5 % of its maximum load (inclusive). */
    public static final Percentage SPOT_NETWORK_SHARE = Percentage.ofPercent(5);
    /** P466-03: Level 1 spot network cap, 50 kVA (inclusive). */
    public static final ApparentPower SPOT_NETWORK_LEVEL_1_CAP = kilovoltAmperes(50);
    /** P466-04: single-phase shared secondary aggregate at most 20 kVA (inclusive). */
    public static final ApparentPower SHARED_SECONDARY_LIMIT = kilovoltAmperes(20);
    /** P466-05: 240 V center-tap imbalance at most 20 % of the transformer nameplate (inclusive). */
    public static final Percentage CENTER_TAP_IMBALANCE_SHARE = Percentage.ofPercent(20);
    /** P466-07: fault current contribution at most 10 % of the circuit's maximum (inclusive). */
    public static final Percentage FAULT_CURRENT_SHARE = Percentage.ofPercent(10);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final String NAMEPLATE_NOTE = "several devices at one POI count together and a capacity "
            + "increase counts the new total";
    private static final String COMPARED_AT_UNITY = "DER kVA compared with load kW at unity power factor";

    // -------------------------------------------------------------------------------------- inputs

    /** The aggregate nameplate and what was already there: the inputs of P466-01. */
    static final Input<ScreeningContext, ActivePower> DEVICES_NAMEPLATE = Input.of(
            "aggregate AC nameplate", Dimension.ACTIVE_POWER, a -> a.facility().aggregateNameplate());
    static final Input<ScreeningContext, ActivePower> EXISTING_NAMEPLATE = Input.of(
            "existing nameplate at the POI", Dimension.ACTIVE_POWER,
            a -> Optional.of(a.facility().existingNameplate().orElse(ActivePower.ZERO)));
    static final Input<ScreeningContext, Percentage> CIRCUIT_SHARE = Input.of(
            "circuit DER share of maximum load", Dimension.PERCENTAGE, Part466Screens::radialCircuitShare);
    static final Input<ScreeningContext, Percentage> SPOT_SHARE = Input.of(
            "spot network DER share of maximum load", Dimension.PERCENTAGE, Part466Screens::spotNetworkShare);
    static final Input<ScreeningContext, SpotNetworkAggregate> SPOT_AGGREGATE = Input.of(
            "spot network aggregate DER", Part466Screens::spotNetworkAggregate);
    static final Input<ScreeningContext, ApparentPower> SHARED_SECONDARY = Input.of(
            "shared secondary aggregate DER", Dimension.APPARENT_POWER,
            a -> a.circuit().flatMap(CircuitData::sharedSecondaryAggregateDer));
    static final Input<ScreeningContext, Percentage> CENTER_TAP_SHARE = Input.of(
            "center-tap imbalance share of transformer nameplate", Dimension.PERCENTAGE,
            Part466Screens::centerTapShare);
    static final Input<ScreeningContext, Boolean> UTILITY_CONSTRUCTION = Input.of(
            "utility construction required", a -> a.circuit().flatMap(CircuitData::utilityConstructionRequired));
    static final Input<ScreeningContext, Percentage> FAULT_SHARE = Input.of(
            "fault current contribution", Dimension.PERCENTAGE,
            a -> a.circuit().flatMap(CircuitData::faultCurrentContribution));
    static final Input<ScreeningContext, ActivePower> EXPORT_CAPACITY = Input.of(
            "export capacity", Dimension.ACTIVE_POWER, a -> a.facility().exportCapacity());

    /** The level of the review (an unknown level leaves the screens' applicability open). */
    static final Input<ScreeningContext, ApplicationLevel> REVIEW_LEVEL = Input.of(
            "application level", ScreeningContext::level);
    static final Input<ScreeningContext, SystemType> SYSTEM_TYPE = Input.of(
            "system", a -> a.facility().systemType());
    static final Input<ScreeningContext, Boolean> SPOT_NETWORK = Input.of(
            "POI on a spot network", a -> a.circuit().flatMap(CircuitData::spotNetwork));
    static final Input<ScreeningContext, Boolean> SHARED_SINGLE_PHASE_SECONDARY = Input.of(
            "DER on a single-phase shared secondary", a -> a.circuit().flatMap(CircuitData::sharedSinglePhaseSecondary));
    static final Input<ScreeningContext, Boolean> CENTER_TAP = Input.of(
            "single-phase DER on the center tap of a 240 V service",
            a -> a.circuit().flatMap(CircuitData::centerTapConnection));
    static final Input<ScreeningContext, Boolean> LEVEL_3_CANDIDATE = Input.of(
            "Level 3 candidacy", Part466Screens::isLevel3Candidate);

    // --------------------------------------------------------------------------------------- rules

    /**
     * P466-01 (466.60): Several devices at one POI are evaluated on their aggregate nameplate; a capacity increase
     * is evaluated on the new total nameplate.
     */
    public static final Rule<ScreeningContext> P466_01 = Rule.id("P466-01")
            .cites(Source.REGULATIONS, "466.60")
            .kind(Kind.COMPUTATION).topic(Topic.SYSTEM_LIMITS)
            .appliesTo(ScreeningContext.class)
            .from(DEVICES_NAMEPLATE).and(EXISTING_NAMEPLATE)
            .computes("aggregate nameplate evaluated", ActivePower::plus, ValueText::quantity)
            .note(NAMEPLATE_NOTE)
            .build();

    /**
     * P466-02 (466.90(a)(1), 466.100(a)(1)): Radial circuit screen: aggregate DER on the circuit including the
     * proposed facility is at most 15% of the maximum load normally supplied by the circuit.
     */
    public static final Rule<ScreeningContext> P466_02 = Rule.id("P466-02")
            .cites(Source.REGULATIONS, "466.90(a)(1), 466.100(a)(1)")
            .quoting("at most 15% of the maximum load normally supplied by the circuit")
            .kind(Kind.RULE).topic(Topic.SYSTEM_LIMITS)
            .appliesTo(ScreeningContext.class)
            .when(REVIEW_LEVEL, "is Level 1 or 2", Part466Screens::isLevel1Or2)
            .when(SYSTEM_TYPE, "is radial", s -> s == SystemType.RADIAL)
            .measure(CIRCUIT_SHARE).atMost(RADIAL_CIRCUIT_SHARE)
            .passes("radial circuit screen")
            .note("aggregate DER on the circuit includes the proposed facility; " + COMPARED_AT_UNITY)
            .build();

    /**
     * P466-03 (466.90(a)(2), 466.100(a)(2)): Spot network screen: Level 1: aggregate DER on the load side of the
     * network protectors at most the lesser of 5% of the spot network's maximum load and 50 kVA; Level 2:
     * inverter-based, lab-certified, aggregate at most 5% of the spot network's maximum load.
     */
    public static final Rule<ScreeningContext> P466_03 = Rule.id("P466-03")
            .cites(Source.REGULATIONS, "466.90(a)(2), 466.100(a)(2)")
            .quoting("the lesser of 5% of the spot network's maximum load and 50 kVA")
            .kind(Kind.RULE).topic(Topic.SYSTEM_LIMITS)
            .appliesTo(ScreeningContext.class)
            .when(REVIEW_LEVEL, "is Level 1 or 2", Part466Screens::isLevel1Or2)
            .when(SPOT_NETWORK, "is true", b -> b)
            .measure(SPOT_SHARE).atMost(SPOT_NETWORK_SHARE)
            .and(SPOT_AGGREGATE).satisfies("within the Level 1 cap of 50 kVA",
                    SpotNetworkAggregate::isWithinLevel1Cap)
            .passes("spot network screen")
            .note("Level 2 also requires inverter-based, lab-certified equipment; " + COMPARED_AT_UNITY)
            .build();

    /**
     * P466-04 (466.90(a)(3)): Single-phase shared secondary screen: aggregate DER on a shared single-phase
     * secondary at most 20 kVA.
     */
    public static final Rule<ScreeningContext> P466_04 = Rule.id("P466-04")
            .cites(Source.REGULATIONS, "466.90(a)(3)")
            .quoting("aggregate at most 20 kVA")
            .kind(Kind.RULE).topic(Topic.SYSTEM_LIMITS)
            .appliesTo(ScreeningContext.class)
            .when(REVIEW_LEVEL, "is Level 1", l -> l == ApplicationLevel.LEVEL_1)
            .when(SHARED_SINGLE_PHASE_SECONDARY, "is true", b -> b)
            .measure(SHARED_SECONDARY).atMost(SHARED_SECONDARY_LIMIT)
            .passes("single-phase shared secondary screen")
            .build();

    /**
     * P466-05 (466.90(a)(4), 466.100(a)(8)): 240 V center-tap screen: single-phase DER on the center-tap neutral
     * of a 240 V service causes an imbalance between the two sides of at most 20% of the service transformer
     * nameplate.
     */
    public static final Rule<ScreeningContext> P466_05 = Rule.id("P466-05")
            .cites(Source.REGULATIONS, "466.90(a)(4), 466.100(a)(8)")
            .quoting("imbalance between the two sides at most 20% of the service transformer nameplate")
            .kind(Kind.RULE).topic(Topic.SYSTEM_LIMITS)
            .appliesTo(ScreeningContext.class)
            .when(REVIEW_LEVEL, "is Level 1 or 2", Part466Screens::isLevel1Or2)
            .when(CENTER_TAP, "is true", b -> b)
            .measure(CENTER_TAP_SHARE).atMost(CENTER_TAP_IMBALANCE_SHARE)
            .passes("240 V center-tap imbalance screen")
            .note("sections as numbered in the seeds")
            .build();

    /** P466-06 (466.90(a)(5)): Level 1 requires that no construction of facilities by the utility is needed. */
    public static final Rule<ScreeningContext> P466_06 = Rule.id("P466-06")
            .cites(Source.REGULATIONS, "466.90(a)(5)")
            .quoting("no construction of facilities by the utility")
            .kind(Kind.RULE).topic(Topic.SYSTEM_LIMITS)
            .appliesTo(ScreeningContext.class)
            .when(REVIEW_LEVEL, "is Level 1", l -> l == ApplicationLevel.LEVEL_1)
            .measure(UTILITY_CONSTRUCTION).is(false)
            .passes("Level 1 without utility construction")
            .build();

    /**
     * P466-07 (466.100(a)(3)): Fault current screen: the DER with other generation contributes at most 10% of the
     * circuit's maximum fault current at the primary-line point nearest the POI.
     */
    public static final Rule<ScreeningContext> P466_07 = Rule.id("P466-07")
            .cites(Source.REGULATIONS, "466.100(a)(3)")
            .quoting("at most 10% of the circuit's maximum fault current")
            .kind(Kind.RULE).topic(Topic.SYSTEM_LIMITS)
            .appliesTo(ScreeningContext.class)
            .when(REVIEW_LEVEL, "is Level 2", l -> l == ApplicationLevel.LEVEL_2)
            .measure(FAULT_SHARE).atMost(FAULT_CURRENT_SHARE)
            .passes("fault current screen")
            .note("at the primary-line point nearest the POI, with other generation")
            .build();

    /**
     * P466-08 (466.80(c)(2) (secondary)): Level 3 requires that the facility does not export, on a networked
     * system and on a radial one (reverse-power or minimum-power protection); the seed's Table 1 summary omits the
     * radial non-export condition: report the difference.
     */
    public static final Rule<ScreeningContext> P466_08 = Rule.id("P466-08")
            .cites(Source.REGULATIONS, "466.80(c)(2) (secondary)")
            .quoting("does not export")
            .kind(Kind.RULE).topic(Topic.SYSTEM_LIMITS)
            .appliesTo(ScreeningContext.class)
            .when(LEVEL_3_CANDIDATE, "is a Level 3 candidate", b -> b)
            .measure(EXPORT_CAPACITY).atMost(ActivePower.ZERO)
            .passes("Level 3 non-export (reverse-power or minimum-power protection)")
            .note("the policy's Table 1 requires non-export only on the networked branch; Part 466 "
                    + "(secondary source) requires it on the radial branch too, so an exporting radial "
                    + "facility under 10 MVA is Level 4 here, Level 3 by the policy's summary")
            .build();

    private static final RuleSet<ScreeningContext> RULES = RuleSet.of("Part 466 screens", List.of(
            P466_01, P466_02, P466_03, P466_04, P466_05, P466_06, P466_07, P466_08));

    /** {@return the rules P466-01 to P466-08} */
    public static RuleSet<ScreeningContext> rules() {
        return RULES;
    }

    private Part466Screens() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * The nameplate every size threshold uses (P466-01, policy 3.4): the aggregate of the devices
     * at the POI (generation plus storage inverters, {@link Facility#aggregateNameplate()}), plus
     * what is already interconnected there when the application is a capacity increase; empty
     * when the aggregate is unknown. Level, fee, BTM metering and every size rule use it.
     *
     * @param facility the facility
     * @return the nameplate every size threshold uses (P466-01, policy 3.4): the aggregate of the devices at the POI
     *         (generation plus storage inverters, {@link Facility#aggregateNameplate()}), plus what is already interconnected
     *         there when the application is a capacity increase; empty when the aggregate is unknown
     */
    public static Optional<ActivePower> totalNameplate(Facility facility) {
        Objects.requireNonNull(facility, "facility");
        return facility.aggregateNameplate()
                .map(n -> n.plus(facility.existingNameplate().orElse(ActivePower.ZERO)));
    }

    /**
     * The kVA nameplate on the same basis as {@link #totalNameplate}: the aggregate kVA plus the
     * existing nameplate (taken at unity power factor); empty when the aggregate kVA is unknown.
     *
     * @param facility the facility
     * @return the kVA nameplate on the same basis as {@link #totalNameplate}: the aggregate kVA plus the existing
     *         nameplate (taken at unity power factor); empty when the aggregate kVA is unknown
     */
    public static Optional<ApparentPower> totalApparentNameplate(Facility facility) {
        Objects.requireNonNull(facility, "facility");
        return facility.aggregateApparentNameplate().map(kva -> kva.plus(ApparentPower.ofKilovoltAmperes(
                facility.existingNameplate().orElse(ActivePower.ZERO).value())));
    }

    /**
     * {@code part / whole} in percent, rounded up to 0.0001 %: comparing the result with a limit of
     * at most four decimals gives the answer of the exact ratio. Empty when {@code whole} is zero.
     *
     * @param part the pure function that finds the part of the larger subject
     * @param whole the whole
     * @return {@code part / whole} in percent, rounded up to 0.0001 %: comparing the result with a limit of at most
     *         four decimals gives the answer of the exact ratio
     */
    public static Optional<Percentage> shareOf(BigDecimal part, BigDecimal whole) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
        if (whole.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(Percentage.ofPercent(part.multiply(HUNDRED).divide(whole, 4, RoundingMode.CEILING)
                .stripTrailingZeros()));
    }

    /**
     * P466-02's share: DER already on the circuit plus this facility's aggregate nameplate, in
     * percent of the maximum load normally supplied by the circuit; empty if any is unknown or the
     * load is zero.
     *
     * @param application the interconnection application, or the screening of it
     * @return P466-02's share: DER already on the circuit plus this facility's aggregate nameplate, in percent of the
     *         maximum load normally supplied by the circuit; empty if any is unknown or the load is zero
     */
    public static Optional<Percentage> radialCircuitShare(ScreeningContext application) {
        Optional<ActivePower> proposed = application.totalNameplate();
        Optional<CircuitData> circuit = application.circuit();
        if (proposed.isEmpty() || circuit.isEmpty() || circuit.get().existingDer().isEmpty()
                || circuit.get().maximumLoad().isEmpty()) {
            return Optional.empty();
        }
        return shareOf(circuit.get().existingDer().get().plus(proposed.get()).value(),
                circuit.get().maximumLoad().get().value());
    }

    /**
     * P466-03's share: aggregate DER on the load side of the network protectors in percent of its maximum load.
     *
     * @param application the interconnection application, or the screening of it
     * @return P466-03's share: aggregate DER on the load side of the network protectors in percent of its maximum
     *         load
     */
    public static Optional<Percentage> spotNetworkShare(ScreeningContext application) {
        return application.circuit().flatMap(c -> c.spotNetworkAggregateDer().flatMap(der ->
                c.spotNetworkMaximumLoad().flatMap(load -> shareOf(der.value(), load.value()))));
    }

    /**
     * P466-05's share: the imbalance in percent of the service transformer nameplate.
     *
     * @param application the interconnection application, or the screening of it
     * @return P466-05's share: the imbalance in percent of the service transformer nameplate
     */
    public static Optional<Percentage> centerTapShare(ScreeningContext application) {
        return application.circuit().flatMap(c -> c.centerTapImbalance().flatMap(imbalance ->
                c.serviceTransformerNameplate().flatMap(t -> shareOf(imbalance.value(), t.value()))));
    }

    /**
     * P466-03's aggregate with the level it is reviewed at (the 50 kVA cap binds Level 1 only);
     * empty when the aggregate is unknown. An undecided level is treated as Level 1.
     *
     * @param application the interconnection application, or the screening of it
     * @return P466-03's aggregate with the level it is reviewed at (the 50 kVA cap binds Level 1 only); empty when
     *         the aggregate is unknown
     */
    public static Optional<SpotNetworkAggregate> spotNetworkAggregate(ScreeningContext application) {
        return application.circuit().flatMap(CircuitData::spotNetworkAggregateDer).map(der ->
                new SpotNetworkAggregate(application.level().orElse(ApplicationLevel.LEVEL_1), der));
    }

    /**
     * The spot network aggregate DER and the level it is reviewed at.
     *
     * @param level the review level
     * @param aggregate aggregate DER on the load side of the network protectors, kVA
     */
    public record SpotNetworkAggregate(ApplicationLevel level, ApparentPower aggregate) {

        /**
         * Checks that nothing is null.
         *
         * @param level the review level
         * @param aggregate aggregate DER on the load side of the network protectors, kVA
         */
        public SpotNetworkAggregate {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(aggregate, "aggregate");
        }

        /** {@return true unless the review is Level 1 and the aggregate exceeds 50 kVA} */
        public boolean isWithinLevel1Cap() {
            return level != ApplicationLevel.LEVEL_1 || aggregate.isAtMost(SPOT_NETWORK_LEVEL_1_CAP);
        }

        /** Such as {@code 40 kVA at LEVEL_1}. */
        @Override
        public String toString() {
            return aggregate + " at " + level;
        }
    }

    /**
     * Whether Level 3 is in question: the level by Part 466 or by the policy's summary is Level 3;
     * when either level is undecided, false if the size fits no Level 3 branch, else unknown.
     */
    static Optional<Boolean> isLevel3Candidate(ScreeningContext application) {
        Optional<LevelInputs> inputs = application.levelInputs();
        if (inputs.isEmpty()) {
            return Optional.empty();
        }
        LevelInputs in = inputs.get();
        Optional<ApplicationLevel> byRule = application.level();
        Optional<ApplicationLevel> bySummary = application.levelAsTable1Reads();
        if (byRule.isPresent() && bySummary.isPresent()) {
            return Optional.of(byRule.get() == ApplicationLevel.LEVEL_3 || bySummary.get() == ApplicationLevel.LEVEL_3);
        }
        boolean fits = in.nameplate().isAtMost(kilowatts(50)) || in.rating().isLessThan(
                ApplicationLevels.LEVEL_3_RADIAL_RATING);
        return fits ? Optional.empty() : Optional.of(false);
    }

    // ------------------------------------------------------------------------------------- helpers

    private static boolean isLevel1Or2(ApplicationLevel level) {
        return level == ApplicationLevel.LEVEL_1 || level == ApplicationLevel.LEVEL_2;
    }
}
