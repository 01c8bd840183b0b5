package org.derkit.rules.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.Current;
import org.derkit.model.Length;
import org.derkit.model.Percentage;
import org.derkit.model.Voltage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.MeteringType;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.Siting;
import org.derkit.model.installation.MeteringInstallation;
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
 * When Ameren requires its BTM production (generation) meter with SCADA, and the general items of
 * the BTM Production Metering Requirements (revised 04/15/2024): BTM-01 to BTM-05, BTM-21 and
 * BTM-37.
 *
 * <p>The threshold is 200 kW of aggregate AC generation, inclusive ("200 KW or greater"). The
 * 2023 interconnection policy (POL 4.7.1) says "larger than 200 kW AC"; this 2024 document is the
 * newer one and governs, so exactly 200 kW requires the meter, and the finding says so.
 *
 * <p>Implementation Requirements: a static utility; the rule set is immutable and thread-safe.
 */
public final class BtmMeteringRules {

    /** The production-meter threshold, inclusive (BTM-01): 200 kW. */
    public static final ActivePower PRODUCTION_METER_THRESHOLD = ActivePower.ofKilowatts(200);

    /** The largest single-phase interconnection the document names (BTM-02): 100 kVA, inclusive. */
    public static final ApparentPower SINGLE_PHASE_MAXIMUM = ApparentPower.ofKilovoltAmperes(100);

    /** The three-phase self-contained metering limit and its derivation (BTM-03). */
    public static final SelfContainedLimit SELF_CONTAINED_LIMIT = new SelfContainedLimit(
            Current.ofAmperes(200), Percentage.ofPercent(BigDecimal.valueOf(80)), Voltage.ofVolts(480),
            new BigDecimal("1.73"));

    /** The Ameren 2-door BTM cabinet (BTM-37). */
    public static final Cabinet BTM_CABINET = new Cabinet("6904611", List.of(
            new CabinetSize("507-2899", Length.ofInches(32), Length.ofInches(36), Length.ofInches(13)),
            new CabinetSize("C3RMC363612", Length.ofInches(36), Length.ofInches(36), Length.ofInches(12))),
            "E-CID-20.0.2.7");

    private static final String GENERATION = "BTM Generation Interconnections";
    private static final String CONFLICT_NOTE = "conflict: POL 4.7.1 (2023) says 'larger than 200 kW AC'; "
            + "this newer 2024 document governs, so exactly 200 kW requires the meter";

    /** The part name of the CT, PT and installation rules when no production metering is checked. */
    static final String PRODUCTION_METERING = "BTM production metering installation (needed for BTM generation of 200 kW"
            + " or more, not single-phase or three-phase self-contained: BTM-01 to BTM-03)";

    // -------------------------------------------------------------------------------------- inputs

    /** BTM or RLG (the same input name as {@link FacilityInputs#SITING}). */
    public static final Input<ScreeningContext, Siting> SITING = Input.of("siting",
            a -> a.facility().siting());

    /**
     * The aggregate AC nameplate of the facility in kW: generation plus storage inverters, plus
     * what is already interconnected for a capacity increase ({@link Part466Screens#totalNameplate}).
     */
    public static final Input<ScreeningContext, ActivePower> AGGREGATE_NAMEPLATE = Input.of(
            "aggregate AC nameplate", Dimension.ACTIVE_POWER, ScreeningContext::totalNameplate);

    /**
     * The aggregate AC nameplate in kVA that BTM-02 compares with the single-phase maximum: the kVA
     * nameplate ({@link ScreeningContext#totalApparentNameplate}), or the kW nameplate at unity power
     * factor when no kVA nameplate is stated ({@link LevelInputs#rating()}, as for the level and fee).
     */
    public static final Input<ScreeningContext, ApparentPower> AGGREGATE_RATING = Input.of(
            "aggregate AC nameplate (kVA)", Dimension.APPARENT_POWER, BtmMeteringRules::aggregateRating);

    /** Self-contained or instrument-rated revenue metering. */
    public static final Input<ScreeningContext, MeteringType> METERING_TYPE = Input.of("metering type",
            a -> a.facility().meteringType());

    /** Phases of the metering: the service's, or else the DER interconnection's. */
    public static final Input<ScreeningContext, Phases> METERING_PHASES = Input.of("metering phases",
            BtmMeteringRules::meteringPhases);

    // --------------------------------------------------------------------------------------- rules

    /** BTM-01, in the rule set of {@link #rules()}. */
    public static final Rule<ScreeningContext> BTM_01 = Rule.id("BTM-01")
            .cites(Source.BTM_METERING_2024, GENERATION)
            .quoting("BTM Production (aka Generation) Meter is required when customer aggregate generation "
                    + "is 200 KW or greater")
            .kind(Kind.RULE)
            .topic(Topic.BTM_METERING)
            .appliesTo(ScreeningContext.class)
            .when(SITING, "is BTM", siting -> siting == Siting.BEHIND_THE_METER)
            .measure(AGGREGATE_NAMEPLATE)
            .atLeast(PRODUCTION_METER_THRESHOLD)
            .requires("Ameren BTM production meter with SCADA")
            .note(CONFLICT_NOTE)
            .build();

    /** BTM-02, in the rule set of {@link #rules()}. */
    public static final Rule<ScreeningContext> BTM_02 = Rule.id("BTM-02")
            .cites(Source.BTM_METERING_2024, GENERATION)
            .quoting("A BTM Production meter is not required for single-phase metering because the maximum "
                    + "single-phase interconnection is 100 kVA")
            .kind(Kind.RULE)
            .topic(Topic.BTM_METERING)
            .appliesTo(ScreeningContext.class)
            .when(METERING_PHASES, "is single-phase", p -> p == Phases.SINGLE)
            .measure(AGGREGATE_RATING)
            .atMost(SINGLE_PHASE_MAXIMUM)
            .then(Outcome.NOT_REQUIRED, "BTM production meter (single-phase metering within the maximum "
                    + "single-phase interconnection)")
            .otherwise(Outcome.FAIL, "single-phase interconnection within the maximum of "
                    + SINGLE_PHASE_MAXIMUM)
            .note("the kW nameplate is taken at unity power factor when no kVA nameplate is stated, as for the "
                    + "application level and fee")
            .build();

    /** BTM-03, in the rule set of {@link #rules()}. */
    public static final Rule<ScreeningContext> BTM_03 = Rule.id("BTM-03")
            .cites(Source.BTM_METERING_2024, GENERATION)
            .quoting("Three Phase: 200 A x 80% x 480 V x 1.73")
            .kind(Kind.COMPUTATION)
            .topic(Topic.BTM_METERING)
            .appliesTo(ScreeningContext.class)
            .when(METERING_TYPE, "is self-contained", m -> m == MeteringType.SELF_CONTAINED)
            .when(METERING_PHASES, "is three-phase", p -> p == Phases.THREE)
            .from(AGGREGATE_NAMEPLATE)
            .decides("three-phase self-contained metering limit", BtmMeteringRules::selfContained)
            .note("about 133 kW; no BTM production meter is required for three-phase self-contained "
                    + "metering")
            .limit(AGGREGATE_NAMEPLATE.name(), Dimension.ACTIVE_POWER, Comparison.AT_MOST,
                    ActivePower.ofKilowatts(new BigDecimal("132.864")))
            .build();

    /** BTM-04, in the rule set of {@link #rules()}. */
    public static final Rule<ScreeningContext> BTM_04 = Rule.id("BTM-04")
            .cites(Source.BTM_METERING_2024, GENERATION)
            .kind(Kind.INFORMATIONAL)
            .topic(Topic.BTM_METERING)
            .appliesTo(ScreeningContext.class)
            .states("Production meter data is for SCADA operations monitoring and load planning only and is "
                    + "never used for customer billing or credits; Ameren cannot use customer inverter or "
                    + "customer meter data")
            .build();

    /** BTM-05, in the rule set of {@link #rules()}. */
    public static final Rule<ScreeningContext> BTM_05 = Rule.id("BTM-05")
            .cites(Source.BTM_METERING_2024, "BTM Roles and Responsibilities")
            .kind(Kind.PROCESS)
            .topic(Topic.BTM_METERING)
            .appliesTo(ScreeningContext.class)
            .states("Ameren provides, owns, installs and prewires the metering diagrams and the metering "
                    + "enclosure (meter socket, test switch, meter, fuse holder and fuse, communications, "
                    + "non-shorting terminal strip, grounding bar, case ground lug), priced in the "
                    + "Interconnection Agreement estimate, and delivers it assembled to the site; the customer "
                    + "keeps the one-line of the proposed and as-built system accurate")
            .build();

    /** BTM-21, in the rule set of {@link #rules()}. */
    public static final Rule<ScreeningContext> BTM_21 = Rule.id("BTM-21")
            .cites(Source.BTM_METERING_2024, "Customer Responsibilities")
            .kind(Kind.INFORMATIONAL)
            .topic(Topic.BTM_METERING)
            .appliesTo(ScreeningContext.class)
            .states("The Ameren metering enclosure is for Ameren use only and is locked after the customer "
                    + "lands the secondaries on the non-shorting terminal strip")
            .build();

    /** BTM-37, in the rule set of {@link #rules()}. */
    public static final Rule<ScreeningContext> BTM_37 = Rule.id("BTM-37")
            .cites(Source.BTM_METERING_2024, "Appendix: Equipment Specifications")
            .kind(Kind.INFORMATIONAL)
            .topic(Topic.BTM_METERING)
            .appliesTo(ScreeningContext.class)
            .states("BTM cabinet: Ameren item " + BTM_CABINET.amerenItem() + ", 2-door, "
                    + BTM_CABINET.sizes().get(0) + " or " + BTM_CABINET.sizes().get(1)
                    + "; 3-phase 4-wire wye wiring and color code standard " + BTM_CABINET.wiringStandard())
            .build();

    private static final RuleSet<ScreeningContext> RULES = RuleSet.of("BTM metering",
            BTM_01, BTM_02, BTM_03, BTM_04, BTM_05, BTM_21, BTM_37);

    /** {@return BTM-01 to BTM-05, BTM-21 and BTM-37, in catalogue order} */
    public static RuleSet<ScreeningContext> rules() {
        return RULES;
    }

    private BtmMeteringRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * The production metering installation the CT, PT and installation rules (BTM-06 to BTM-36)
     * check: the application's installation, unless the application shows that no Ameren BTM
     * production meter is needed (remotely located generation; aggregate nameplate, existing
     * nameplate included, below 200 kW; single-phase metering, BTM-02; three-phase self-contained
     * metering, BTM-03). When an input that decides it is unknown, the installation is checked.
     *
     * @param application the interconnection application, or the screening of it
     * @return the production metering installation the CT, PT and installation rules (BTM-06 to BTM-36) check: the
     *         application's installation, unless the application shows that no Ameren BTM production meter is needed
     *         (remotely located generation; aggregate nameplate, existing nameplate included, below 200 kW; single-phase
     *         metering, BTM-02; three-phase self-contained metering, BTM-03)
     */
    public static Optional<MeteringInstallation> productionMeteringInstallation(ScreeningContext application) {
        Facility f = application.facility();
        boolean notNeeded = f.siting().map(s -> s != Siting.BEHIND_THE_METER).orElse(false)
                || application.totalNameplate().map(n -> n.isLessThan(PRODUCTION_METER_THRESHOLD)).orElse(false)
                || f.servicePhases().or(f::phases).map(p -> p == Phases.SINGLE).orElse(false)
                || (f.meteringType().map(m -> m == MeteringType.SELF_CONTAINED).orElse(false)
                        && f.phases().map(p -> p == Phases.THREE).orElse(false));
        return notNeeded ? Optional.empty() : application.meteringInstallation();
    }

    /**
     * The unknown inputs that leave open whether a BTM production meter, and so the CT, PT and
     * installation rules, apply (siting, aggregate nameplate, metering phases, metering type);
     * empty when it is decided. Asked only when {@link #productionMeteringInstallation} did not
     * rule the installation out.
     *
     * @param application the interconnection application, or the screening of it
     * @return the unknown inputs that leave open whether a BTM production meter, and so the CT, PT and installation
     *         rules, apply (siting, aggregate nameplate, metering phases, metering type); empty when it is decided
     */
    public static List<String> productionMeteringUndecided(ScreeningContext application) {
        Facility f = application.facility();
        List<String> unknown = new ArrayList<>(4);
        if (f.siting().isEmpty()) {
            unknown.add(SITING.name());
        }
        if (application.totalNameplate().isEmpty()) {
            unknown.add(AGGREGATE_NAMEPLATE.name());
        }
        if (f.servicePhases().or(f::phases).isEmpty()) {
            unknown.add("metering phases");
        }
        if (f.meteringType().isEmpty()) {
            unknown.add("metering type");
        }
        return unknown;
    }

    /**
     * Whether the Ameren BTM production meter with SCADA is required for an aggregate AC
     * generation (BTM-01): at 200 kW or greater, inclusive.
     *
     * @param aggregateNameplate the aggregate AC nameplate, not null
     * @return whether the Ameren BTM production meter with SCADA is required for an aggregate AC generation (BTM-01):
     *         at 200 kW or greater, inclusive
     */
    public static boolean isProductionMeterRequired(ActivePower aggregateNameplate) {
        return aggregateNameplate.isAtLeast(PRODUCTION_METER_THRESHOLD);
    }

    /**
     * The three-phase self-contained metering limit of BTM-03: 200 A x 80% x 480 V x 1.73 =
     * 132.864 kW exactly (the document rounds it to "133 kW" and sqrt(3) to 1.73).
     *
     * @return the three-phase self-contained metering limit of BTM-03: 200 A x 80% x 480 V x 1.73 = 132.864 kW
     *         exactly (the document rounds it to "133 kW" and sqrt(3) to 1.73)
     */
    public static ActivePower selfContainedLimit() {
        return SELF_CONTAINED_LIMIT.limit();
    }

    /**
     * The BTM-03 judgement of a three-phase self-contained installation: PASS at or below the
     * self-contained limit (132.864 kW, inclusive), FAIL above it (the installation is itself a
     * violation); the value is the limit in kW.
     *
     * @param aggregateNameplate the aggregate AC nameplate, not null
     * @return the decision, with the limit as its value
     */
    public static Decision selfContained(ActivePower aggregateNameplate) {
        Objects.requireNonNull(aggregateNameplate, "aggregateNameplate");
        ActivePower limit = SELF_CONTAINED_LIMIT.limit();
        boolean within = isWithinSelfContainedLimit(aggregateNameplate);
        return Decision.of(within ? Outcome.PASS : Outcome.FAIL, "aggregate AC nameplate " + aggregateNameplate
                + (within ? " <= " : " > ") + "three-phase self-contained limit " + SELF_CONTAINED_LIMIT
                + (within ? "" : ": the self-contained installation is itself a violation"),
                limit.value().toPlainString());
    }

    /**
     * Whether a three-phase self-contained installation of this aggregate AC nameplate stays
     * within the self-contained limit (at most 132.864 kW); above it the installation is itself a
     * violation (BTM-03).
     *
     * @param aggregateNameplate the aggregate AC nameplate, not null
     * @return whether a three-phase self-contained installation of this aggregate AC nameplate stays within the
     *         self-contained limit (at most 132.864 kW); above it the installation is itself a violation (BTM-03)
     */
    public static boolean isWithinSelfContainedLimit(ActivePower aggregateNameplate) {
        return aggregateNameplate.isAtMost(SELF_CONTAINED_LIMIT.limit());
    }

    /**
     * The derivation of the self-contained limit (BTM-03): service current x continuous loading
     * x line-to-line voltage x the document's 1.73 for sqrt(3).
     *
     * <p>Implementation Requirements: immutable and thread-safe; a value type.
     *
     * @param current the meter's current rating, 200 A
     * @param loading the continuous loading, 80%
     * @param voltage the line-to-line voltage, 480 V
     * @param sqrt3 the document's value of sqrt(3), 1.73
     */
    public record SelfContainedLimit(Current current, Percentage loading, Voltage voltage, BigDecimal sqrt3) {

        private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

        /**
         * Validates that no part is null.
         *
         * @param current the meter's current rating, 200 A
         * @param loading the continuous loading, 80%
         * @param voltage the line-to-line voltage, 480 V
         * @param sqrt3 the document's value of sqrt(3), 1.73
         */
        public SelfContainedLimit {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(loading, "loading");
            Objects.requireNonNull(voltage, "voltage");
            Objects.requireNonNull(sqrt3, "sqrt3");
        }

        /** {@return the product in kW, exactly: 132.864 kW for the document's figures} */
        public ActivePower limit() {
            BigDecimal watts = current.value().multiply(loading.toFraction()).multiply(voltage.value())
                    .multiply(sqrt3);
            return ActivePower.ofKilowatts(watts.divide(THOUSAND).stripTrailingZeros());
        }

        /** {@code 200 A x 80% x 480 V x 1.73 = 132.864 kW}. */
        @Override
        public String toString() {
            return current + " x " + loading + " x " + voltage + " x " + sqrt3.toPlainString() + " = " + limit();
        }
    }

    /**
     * The Ameren 2-door BTM cabinet (BTM-37): Ameren item number, the two sizes with their
     * manufacturer items, and the wiring and color code standard.
     *
     * @param amerenItem Ameren's item number, 6904611
     * @param sizes the accepted sizes
     * @param wiringStandard the 3-phase 4-wire wye wiring and color code standard
     */
    public record Cabinet(String amerenItem, List<CabinetSize> sizes, String wiringStandard) {

        /**
         * Validates and copies.
         *
         * @param amerenItem Ameren's item number, 6904611
         * @param sizes the accepted sizes
         * @param wiringStandard the 3-phase 4-wire wye wiring and color code standard
         */
        public Cabinet {
            Objects.requireNonNull(amerenItem, "amerenItem");
            sizes = List.copyOf(sizes);
            Objects.requireNonNull(wiringStandard, "wiringStandard");
        }
    }

    /**
     * One accepted cabinet size (BTM-37).
     *
     * @param manufacturerItem the manufacturer's item, such as 507-2899
     * @param width outside width
     * @param height outside height
     * @param depth outside depth
     */
    public record CabinetSize(String manufacturerItem, Length width, Length height, Length depth) {

        /**
         * Validates that no part is null.
         *
         * @param manufacturerItem the manufacturer's item, such as 507-2899
         * @param width outside width
         * @param height outside height
         * @param depth outside depth
         */
        public CabinetSize {
            Objects.requireNonNull(manufacturerItem, "manufacturerItem");
            Objects.requireNonNull(width, "width");
            Objects.requireNonNull(height, "height");
            Objects.requireNonNull(depth, "depth");
        }

        /** {@code 32"W x 36"H x 13"D (507-2899)}. */
        @Override
        public String toString() {
            return width.value().toPlainString() + "\"W x " + height.value().toPlainString() + "\"H x "
                    + depth.value().toPlainString() + "\"D (" + manufacturerItem + ")";
        }
    }

    // ------------------------------------------------------------------------------------- helpers

    private static Optional<ApparentPower> aggregateRating(ScreeningContext a) {
        return a.totalApparentNameplate()
                .or(() -> a.totalNameplate().map(kw -> ApparentPower.ofKilovoltAmperes(kw.value())));
    }

    private static Optional<Phases> meteringPhases(ScreeningContext a) {
        Facility f = a.facility();
        return f.servicePhases().or(f::phases);
    }
}
