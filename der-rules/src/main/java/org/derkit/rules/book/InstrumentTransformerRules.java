package org.derkit.rules.book;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.derkit.model.Current;
import org.derkit.model.NominalVoltage;
import org.derkit.model.TransformerRatio;
import org.derkit.model.Voltage;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.installation.CurrentTransformer;
import org.derkit.model.installation.InstrumentTransformerSet;
import org.derkit.model.installation.MeteringInstallation;
import org.derkit.model.installation.PolarityFacing;
import org.derkit.model.installation.PolarityMark;
import org.derkit.model.installation.PotentialTransformer;
import org.derkit.model.installation.PotentialTransformerBurden;
import org.derkit.model.installation.SecondaryOutput;
import org.derkit.model.installation.ServiceConfiguration;
import org.derkit.model.installation.SharedMetering;
import org.derkit.rules.Decision;
import org.derkit.rules.Dimension;
import org.derkit.rules.Inclusivity;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * The customer's current and potential transformers (CTs and PTs) for the Ameren BTM production
 * meter: BTM-06 to BTM-20, BTM-22 and BTM-23 of the BTM Production Metering Requirements (2024).
 *
 * <p>Limits: PT secondary 120 V; CT secondary 5 A; CT burden 0.1 through 1.8 (both inclusive); CT
 * rating factor at most 2.0 (inclusive, "RF up to 2"; 2.1 is not permitted); PT ratio by service
 * voltage ({@link #requiredPtRatio}). Where an installation has several transformers, the finding
 * shows the first that breaks the requirement. The rules evaluate the application's
 * {@link MeteringInstallation}; without one they do not apply.
 *
 * <p>Implementation Requirements: a static utility; the rule set is immutable and thread-safe.
 */
public final class InstrumentTransformerRules {

    /** PT secondary output (BTM-09): 120 V. */
    public static final Voltage PT_SECONDARY_VOLTAGE = Voltage.ofVolts(120);
    /** CT secondary output (BTM-14): 5 A. */
    public static final Current CT_SECONDARY_CURRENT = Current.ofAmperes(5);
    /** Lowest CT burden rating, inclusive (BTM-15). */
    public static final BigDecimal CT_BURDEN_MIN = new BigDecimal("0.1");
    /** Highest CT burden rating, inclusive (BTM-15). */
    public static final BigDecimal CT_BURDEN_MAX = new BigDecimal("1.8");
    /** Highest CT rating factor, inclusive (BTM-16). */
    public static final BigDecimal CT_RATING_FACTOR_MAX = new BigDecimal("2.0");
    /** Preferred PT accuracy class (BTM-11). */
    public static final BigDecimal PT_PREFERRED_ACCURACY = new BigDecimal("0.3");
    /** Preferred CT accuracy class (BTM-17), high-accuracy extended range. */
    public static final BigDecimal CT_PREFERRED_ACCURACY = new BigDecimal("0.15");
    /** The PT burden ratings a PT must carry (BTM-10). */
    public static final Set<PotentialTransformerBurden> PT_BURDEN_RATINGS = Set.copyOf(EnumSet.of(
            PotentialTransformerBurden.W, PotentialTransformerBurden.X, PotentialTransformerBurden.M,
            PotentialTransformerBurden.Y));
    /** The highest line-to-line voltage of the 4-wire wye metering requirement (BTM-12): 15 kV. */
    public static final Voltage FOUR_WIRE_WYE_MAX = Voltage.ofVolts(15_000);

    private static final Map<NominalVoltage, TransformerRatio> PT_RATIOS = Map.of(
            NominalVoltage.Y277_480, TransformerRatio.of(288, 120),
            NominalVoltage.Y347_600, TransformerRatio.of(360, 120),
            NominalVoltage.Y2400_4160, TransformerRatio.of(2400, 120),
            NominalVoltage.Y7200_12470, TransformerRatio.of(7200, 120),
            NominalVoltage.Y7620_13200, TransformerRatio.of(7620, 120));

    private static final String CUSTOMER = "Customer Responsibilities";
    private static final String PTS = "Potential Transformers";
    private static final String CTS = "Current Transformers";

    // --------------------------------------------------------------------------------------- rules

    /** BTM-06, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_06 = Rule.id("BTM-06")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .measure("CTs and PTs in an outdoor customer enclosure",
                    m -> BtmInputs.all(m.transformerSets(), InstrumentTransformerSet::outdoorCustomerEnclosure))
            .is(true)
            .and("all generation captured", InstrumentTransformerRules::capturesAllGeneration)
            .is(true)
            .mustProvide("customer-installed CTs and PTs in an outdoor customer enclosure capturing all generation")
            .build();

    /** BTM-07, in the rule set of {@link #rules()}. */
    public static final Rule<ScreeningContext> BTM_07 = Rule.id("BTM-07")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.PROCESS)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(ScreeningContext.class)
            .when("a BTM production metering installation is given and needed (BTM-01 to BTM-03)",
                    a -> BtmMeteringRules.productionMeteringInstallation(a).isPresent())
            .measure("CT and PT specifications attached",
                    a -> Optional.of(a.has(ApplicationDocument.CT_PT_SPECIFICATIONS)))
            .is(true)
            .then(Outcome.INFO, "CT and PT specifications submitted for Ameren review and approval before "
                    + "ordering; location and specs on the one-line; test results if available")
            .otherwise(Outcome.REQUIRED, "CT and PT specifications for Ameren review and approval before "
                    + "ordering, shown on the project one-line")
            .build();

    /** BTM-08, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_08 = Rule.id("BTM-08")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .quoting("CT polarity (\u2022 symbol or H1) should face towards the utility")
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .measure("CT polarity", m -> BtmInputs.worst(m.currentTransformers(),
                    InstrumentTransformerRules::polarity, p -> isPolarityCorrect(p.mark(), p.facing())))
            .satisfies("dot or H1 toward the utility, or arrow toward the generation",
                    p -> isPolarityCorrect(p.mark(), p.facing()))
            .passes("CT polarity toward the utility, so generation reads negative on the Ameren meter")
            .build();

    /** BTM-09, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_09 = Rule.id("BTM-09")
            .cites(Source.BTM_METERING_2024, PTS)
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .measure("PT secondary voltage", Dimension.VOLTAGE, m -> BtmInputs.worst(m.potentialTransformers(),
                    PotentialTransformer::secondaryVoltage, PT_SECONDARY_VOLTAGE::equals))
            .is(PT_SECONDARY_VOLTAGE)
            .passes("PT with a 120 VAC secondary output")
            .build();

    /** BTM-10, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_10 = Rule.id("BTM-10")
            .cites(Source.BTM_METERING_2024, PTS)
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .measure("PT burden ratings", m -> BtmInputs.worst(m.potentialTransformers(),
                    InstrumentTransformerRules::burdens, b -> b.containsAll(PT_BURDEN_RATINGS)))
            .satisfies("rated W, X, M and Y", b -> b.containsAll(PT_BURDEN_RATINGS))
            .passes("PT with W, X, M, Y burden ratings")
            .build();

    /** BTM-11, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_11 = Rule.id("BTM-11")
            .cites(Source.BTM_METERING_2024, PTS)
            .advisory()
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .measure("PT accuracy class", Dimension.NUMBER, m -> BtmInputs.worst(m.potentialTransformers(),
                    PotentialTransformer::accuracyClass, a -> a.compareTo(PT_PREFERRED_ACCURACY) <= 0))
            .atMost(PT_PREFERRED_ACCURACY)
            .advises("0.3 metering accuracy preferred; any PT accuracy class is acceptable")
            .build();

    /** BTM-12, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_12 = Rule.id("BTM-12")
            .cites(Source.BTM_METERING_2024, PTS)
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .from("service configuration", MeteringInstallation::serviceConfiguration)
            .and("service line-to-line voltage", m -> m.serviceVoltage().map(NominalVoltage::lineToLine))
            .decides("metering of the service (4-wire wye at 15 kV and below; 3-wire delta by review;"
                    + " DC and non-standard not permitted)", InstrumentTransformerRules::checkServiceConfiguration)
            .build();

    /** BTM-13, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_13 = Rule.id("BTM-13")
            .cites(Source.BTM_METERING_2024, PTS)
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .from("PT ratio", InstrumentTransformerRules::ptRatioCheck)
            .decides("PT ratio required for the service voltage, phase to neutral (277/480Y 288:120,"
                    + " 347/600Y 360:120, 2400/4160Y 2400:120, 7200/12470Y 7200:120, 7620/13200Y 7620:120;"
                    + " any other voltage by review)", PtRatioCheck::verdict)
            .build();

    /** BTM-14, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_14 = Rule.id("BTM-14")
            .cites(Source.BTM_METERING_2024, CTS)
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .measure("CT secondary output", m -> BtmInputs.worst(m.currentTransformers(),
                    CurrentTransformer::secondaryOutput, o -> o == SecondaryOutput.CURRENT))
            .is(SecondaryOutput.CURRENT)
            .and("CT secondary current (as stated, and as the CT ratio states it)", Dimension.CURRENT,
                    m -> BtmInputs.worst(m.currentTransformers(), InstrumentTransformerRules::secondaryCurrent,
                            CT_SECONDARY_CURRENT::equals))
            .is(CT_SECONDARY_CURRENT)
            .passes("CT with a 5 A secondary output (CTs with a voltage secondary are not allowed)")
            .note("the ratio names the rated secondary current (600:5 is a 5 A secondary), so a 600:1 CT fails "
                    + "whether or not its secondary current is stated separately")
            .build();

    /** BTM-15, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_15 = Rule.id("BTM-15")
            .cites(Source.BTM_METERING_2024, CTS)
            .quoting("0.1 through 1.8 burden rating")
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .measure("CT burden rating", Dimension.NUMBER, m -> BtmInputs.worst(m.currentTransformers(),
                    CurrentTransformer::burden, InstrumentTransformerRules::isBurdenAcceptable))
            .between(CT_BURDEN_MIN, Inclusivity.INCLUSIVE, CT_BURDEN_MAX, Inclusivity.INCLUSIVE)
            .passes("CT burden rating 0.1 through 1.8")
            .build();

    /** BTM-16, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_16 = Rule.id("BTM-16")
            .cites(Source.BTM_METERING_2024, CTS)
            .quoting("A Rating Factor (RF) up to 2 is acceptable")
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .measure("CT rating factor", Dimension.NUMBER, m -> BtmInputs.worst(m.currentTransformers(),
                    CurrentTransformer::ratingFactor, InstrumentTransformerRules::isRatingFactorAcceptable))
            .atMost(CT_RATING_FACTOR_MAX)
            .passes("CT rating factor up to 2.0 (example 600:5 with RF 2.0); above 2.0 not permitted")
            .build();

    /** BTM-17, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_17 = Rule.id("BTM-17")
            .cites(Source.BTM_METERING_2024, CTS)
            .advisory()
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .measure("CT accuracy class", Dimension.NUMBER, m -> BtmInputs.worst(m.currentTransformers(),
                    CurrentTransformer::accuracyClass, a -> a.compareTo(CT_PREFERRED_ACCURACY) <= 0))
            .atMost(CT_PREFERRED_ACCURACY)
            .and("CT high-accuracy extended range", m -> BtmInputs.all(m.currentTransformers(),
                    CurrentTransformer::extendedRange))
            .is(true)
            .advises("0.15 high-accuracy extended-range CTs preferred; any CT accuracy class is acceptable")
            .build();

    /** BTM-18, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_18 = Rule.id("BTM-18")
            .cites(Source.BTM_METERING_2024, CTS)
            .kind(Kind.INFORMATIONAL)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .states("CTs may be bar, window or rope type because the production meter is not used for billing")
            .build();

    /** BTM-19, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_19 = Rule.id("BTM-19")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .when("production metering needs more than one set of CTs and PTs",
                    m -> m.transformerSets().size() > 1)
            .measure("PT control relay in a customer-owned enclosure", MeteringInstallation::ptControlRelay)
            .is(true)
            .and("CT ratios of the sets match", InstrumentTransformerRules::ctRatiosMatch)
            .is(true)
            .mustProvide("PT control relay, and matching CT ratios even where one system has less AC capacity")
            .build();

    /** BTM-20, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_20 = Rule.id("BTM-20")
            .cites(Source.BTM_METERING_2024, "Customer Responsibilities; Shared IT Metering")
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .when("CTs and PTs are shared with a customer production meter", m -> m.sharedMetering().isPresent())
            .measure("Ameren Meter Engineering approval",
                    m -> m.sharedMetering().flatMap(SharedMetering::meterEngineeringApproval))
            .is(true)
            .and("customer meter in a separate enclosure",
                    m -> m.sharedMetering().flatMap(SharedMetering::customerMeterInSeparateEnclosure))
            .is(true)
            .and("Ameren meter last in the series",
                    m -> m.sharedMetering().flatMap(SharedMetering::amerenMeterLastInSeries))
            .is(true)
            .and("series drawn on the one-line", m -> m.sharedMetering().flatMap(SharedMetering::drawnOnOneLine))
            .is(true)
            .and("CT returns at the customer meter isolated",
                    m -> m.sharedMetering().flatMap(SharedMetering::ctReturnsIsolated))
            .is(true)
            .passes("shared CTs and PTs as Ameren Meter Engineering approves them")
            .build();

    /** BTM-22, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_22 = Rule.id("BTM-22")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .measure("CTs or PTs on the utility supply side of the main overcurrent device",
                    m -> BtmInputs.any(m.transformerSets(), InstrumentTransformerSet::supplySideOfMainOvercurrentDevice))
            .is(false)
            .passes("customer CTs and PTs not on the utility supply side of a main overcurrent protective device")
            .build();

    /** BTM-23, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_23 = Rule.id("BTM-23")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .advisory()
            .topic(Topic.INSTRUMENT_TRANSFORMERS)
            .appliesTo(MeteringInstallation.class)
            .measure("PT primary overcurrent protection", m -> BtmInputs.all(m.potentialTransformers(),
                    PotentialTransformer::primaryOvercurrentProtection))
            .is(true)
            .and("PT secondary overcurrent protection", m -> BtmInputs.all(m.potentialTransformers(),
                    PotentialTransformer::secondaryOvercurrentProtection))
            .is(true)
            .advises("overcurrent protection on the PT primary and secondary, sized per the manufacturer "
                    + "(recommended, not required)")
            .build();

    private static final RuleSet<ScreeningContext> RULES = build();

    /** {@return BTM-06 to BTM-20, BTM-22 and BTM-23, in catalogue order} */
    public static RuleSet<ScreeningContext> rules() {
        return RULES;
    }

    private InstrumentTransformerRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * The PT ratio the document requires for a metered service voltage (BTM-13), phase to neutral:
     * 277/480Y 288:120 (2.4:1), 347/600Y 360:120 (3.0:1), 2,400/4,160Y 2,400:120 (20:1),
     * 7,200/12,470Y 7,200:120 (60:1), 7,620/13,200Y 7,620:120 (63.5:1); empty for any other
     * voltage, which needs Ameren review.
     *
     * @param serviceVoltage the nominal service voltage
     * @return the PT ratio the document requires for a metered service voltage (BTM-13), phase to neutral: 277/480Y
     *         288:120 (2.4:1), 347/600Y 360:120 (3.0:1), 2,400/4,160Y 2,400:120 (20:1), 7,200/12,470Y 7,200:120 (60:1),
     *         7,620/13,200Y 7,620:120 (63.5:1); empty for any other voltage, which needs Ameren review
     */
    public static Optional<TransformerRatio> requiredPtRatio(NominalVoltage serviceVoltage) {
        return Optional.ofNullable(PT_RATIOS.get(Objects.requireNonNull(serviceVoltage, "serviceVoltage")));
    }

    /**
     * Checks an installed PT ratio against the ratio required for the service voltage (BTM-13):
     * PASS when equivalent (288:120 and 2.4:1 are), FAIL when different, REVIEW when the document
     * lists no ratio for the voltage.
     *
     * @param serviceVoltage the nominal service voltage
     * @param installed the PT ratio installed
     * @return the decision
     */
    public static Decision checkPtRatio(NominalVoltage serviceVoltage, TransformerRatio installed) {
        return new PtRatioCheck(serviceVoltage, requiredPtRatio(serviceVoltage), installed).verdict();
    }

    /**
     * Whether a CT's polarity faces the right way (BTM-08): a dot or H1 mark toward the utility, an
     * arrow toward the generation source. Generation then reads negative on the Ameren meter.
     *
     * @param mark the polarity mark
     * @param facing where the polarity mark faces
     * @return whether a CT's polarity faces the right way (BTM-08): a dot or H1 mark toward the utility, an arrow
     *         toward the generation source
     */
    public static boolean isPolarityCorrect(PolarityMark mark, PolarityFacing facing) {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(facing, "facing");
        return mark == PolarityMark.ARROW ? facing == PolarityFacing.GENERATION : facing == PolarityFacing.UTILITY;
    }

    /**
     * Whether a CT burden rating is within 0.1 through 1.8, both inclusive (BTM-15).
     *
     * @param burden the CT burden rating, ohms
     * @return whether a CT burden rating is within 0.1 through 1.8, both inclusive (BTM-15)
     */
    public static boolean isBurdenAcceptable(BigDecimal burden) {
        return burden.compareTo(CT_BURDEN_MIN) >= 0 && burden.compareTo(CT_BURDEN_MAX) <= 0;
    }

    /**
     * Whether a CT rating factor is at most 2.0, inclusive (BTM-16): 600:5 RF 2.0 is, RF 2.1 is not.
     *
     * @param ratingFactor the CT rating factor
     * @return whether a CT rating factor is at most 2.0, inclusive (BTM-16): 600:5 RF 2.0 is, RF 2.1 is not
     */
    public static boolean isRatingFactorAcceptable(BigDecimal ratingFactor) {
        return ratingFactor.compareTo(CT_RATING_FACTOR_MAX) <= 0;
    }

    /**
     * The metering setup a service configuration gets (BTM-12): a 4-wire wye service at 15 kV and
     * below (and a single-phase 3-wire service) PASS with industry-standard metering; a 4-wire wye
     * service above 15 kV and a 3-wire delta service need case-by-case Ameren review (REVIEW); DC
     * and non-industry-standard services FAIL.
     *
     * @param configuration the service's wiring
     * @param lineToLine the nominal line-to-line voltage of the metered service
     * @return the metering setup a service configuration gets (BTM-12): a 4-wire wye service at 15 kV and below (and
     *         a single-phase 3-wire service) PASS with industry-standard metering; a 4-wire wye service above 15 kV and a
     *         3-wire delta service need case-by-case Ameren review (REVIEW); DC and non-industry-standard services FAIL
     */
    public static Decision checkServiceConfiguration(ServiceConfiguration configuration, Voltage lineToLine) {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(lineToLine, "lineToLine");
        switch (configuration) {
            case FOUR_WIRE_WYE:
                return lineToLine.isAtMost(FOUR_WIRE_WYE_MAX)
                        ? Decision.of(Outcome.PASS, () -> "4-wire wye service at " + lineToLine + " <= "
                                + FOUR_WIRE_WYE_MAX + " takes industry-standard 4-wire wye metering")
                        : Decision.of(Outcome.REVIEW, () -> "4-wire wye service at " + lineToLine + " > "
                                + FOUR_WIRE_WYE_MAX + " is outside the standard setup and needs Ameren review");
            case SINGLE_PHASE_THREE_WIRE:
                return Decision.of(Outcome.PASS, () -> "single-phase 3-wire service at " + lineToLine
                        + " is an industry-standard service");
            case THREE_WIRE_DELTA:
                return Decision.of(Outcome.REVIEW, () -> "3-wire delta service at " + lineToLine
                        + " needs case-by-case Ameren review and approval");
            case DC:
                return Decision.of(Outcome.FAIL, "DC-metered service is not permitted");
            default:
                return Decision.of(Outcome.FAIL, "non-industry-standard service is not permitted");
        }
    }

    /**
     * An installed PT ratio beside the ratio the document requires for the service voltage
     * (BTM-13); its text is what a finding shows.
     *
     * <p>Implementation Requirements: immutable and thread-safe; a value type.
     *
     * @param serviceVoltage the metered service voltage
     * @param required the required ratio, empty when the document lists none
     * @param installed the installed ratio
     */
    public record PtRatioCheck(NominalVoltage serviceVoltage, Optional<TransformerRatio> required,
            TransformerRatio installed) {

        /**
         * Validates that no part is null.
         *
         * @param serviceVoltage the metered service voltage
         * @param required the required ratio, empty when the document lists none
         * @param installed the installed ratio
         */
        public PtRatioCheck {
            Objects.requireNonNull(serviceVoltage, "serviceVoltage");
            Objects.requireNonNull(required, "required");
            Objects.requireNonNull(installed, "installed");
        }

        /** {@return whether a ratio is listed and the installed one is equivalent to it} */
        public boolean matches() {
            return required.isPresent() && required.get().isEquivalentTo(installed);
        }

        /** {@return PASS, FAIL, or REVIEW for a voltage without a listed ratio} */
        public Decision verdict() {
            if (required.isEmpty()) {
                return Decision.of(Outcome.REVIEW, () -> "PT ratio " + installed + " at " + serviceVoltage
                        + ": the document lists no PT ratio for this service voltage, Ameren review needed");
            }
            return matches() ? Decision.of(Outcome.PASS, () -> "PT ratio " + this + " is the required ratio")
                    : Decision.of(Outcome.FAIL, () -> "PT ratio " + this + " is not the required ratio");
        }

        /** {@code 7200:120 at 7200/12470Y, required 7200:120 (60:1)}. */
        @Override
        public String toString() {
            return installed + " at " + serviceVoltage + required.map(r -> ", required " + r + " ("
                    + r.value().stripTrailingZeros().toPlainString() + ":1)").orElse(", no listed ratio");
        }
    }

    /**
     * How a CT's polarity is marked and which way the mark faces (BTM-08).
     *
     * @param mark dot, H1 or arrow
     * @param facing toward the utility or the generation
     */
    public record Polarity(PolarityMark mark, PolarityFacing facing) {

        /**
         * Validates that no part is null.
         *
         * @param mark dot, H1 or arrow
         * @param facing toward the utility or the generation
         */
        public Polarity {
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(facing, "facing");
        }

        /** {@code DOT facing UTILITY}. */
        @Override
        public String toString() {
            return mark + " facing " + facing;
        }
    }

    // ------------------------------------------------------------------------------------- helpers

    private static Optional<Polarity> polarity(CurrentTransformer ct) {
        if (ct.polarityMark().isEmpty() || ct.polarityFacing().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Polarity(ct.polarityMark().get(), ct.polarityFacing().get()));
    }

    /**
     * BTM-14: a CT's rated secondary current, as stated and as its ratio states it: the stated
     * current when it is not 5 A, else the ratio's secondary (so a stated 5 A on a 600:1 CT is 1 A).
     */
    private static Optional<Current> secondaryCurrent(CurrentTransformer ct) {
        Optional<Current> stated = ct.secondaryCurrent().filter(c -> !CT_SECONDARY_CURRENT.equals(c));
        return stated.isPresent() ? stated : Optional.of(Current.ofAmperes(ct.ratio().secondary()));
    }

    private static Optional<Set<PotentialTransformerBurden>> burdens(PotentialTransformer pt) {
        return pt.burdenRatings().isEmpty() ? Optional.empty() : Optional.of(pt.burdenRatings());
    }

    private static Optional<Boolean> ctRatiosMatch(MeteringInstallation m) {
        TransformerRatio first = null;
        boolean unknown = false;
        for (InstrumentTransformerSet set : m.transformerSets()) {
            if (set.currentTransformers().isEmpty()) {
                unknown = true; // a set without CTs described: its ratio is unknown, the others still compare
            }
            for (CurrentTransformer ct : set.currentTransformers()) {
                if (first == null) {
                    first = ct.ratio();
                } else if (!first.isEquivalentTo(ct.ratio())) {
                    return Optional.of(false);
                }
            }
        }
        return first == null || unknown ? Optional.empty() : Optional.of(true);
    }

    private static Optional<Boolean> capturesAllGeneration(MeteringInstallation m) {
        if (m.transformerSets().size() > 1) {
            return Optional.of(true); // jointly, with a PT control relay (BTM-19 checks the arrangement)
        }
        return BtmInputs.all(m.transformerSets(), InstrumentTransformerSet::capturesAllGeneration);
    }

    private static Optional<PtRatioCheck> ptRatioCheck(MeteringInstallation m) {
        if (m.serviceVoltage().isEmpty()) {
            return Optional.empty();
        }
        NominalVoltage v = m.serviceVoltage().get();
        Optional<TransformerRatio> required = requiredPtRatio(v);
        return BtmInputs.worst(m.potentialTransformers(), pt -> Optional.of(new PtRatioCheck(v, required, pt.ratio())),
                PtRatioCheck::matches);
    }

    private static RuleSet<ScreeningContext> build() {
        RuleSet<MeteringInstallation> onInstallation = RuleSet.of("instrument transformers",
                BTM_06, BTM_08, BTM_09, BTM_10, BTM_11, BTM_12, BTM_13, BTM_14, BTM_15, BTM_16,
                BTM_17, BTM_18, BTM_19, BTM_20, BTM_22, BTM_23);
        RuleSet<ScreeningContext> lifted = onInstallation.liftTo(
                BtmMeteringRules::productionMeteringInstallation, BtmMeteringRules::productionMeteringUndecided,
                BtmMeteringRules.PRODUCTION_METERING);
        return RuleSet.concat("instrument transformers", List.of(lifted, RuleSet.of("BTM-07", BTM_07)))
                .sorted(Comparator.comparing(Rule::id));
    }
}
