package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.derkit.model.Current;
import org.derkit.model.NominalVoltage;
import org.derkit.model.TransformerRatio;
import org.derkit.model.Voltage;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.ApplicationId;
import org.derkit.model.installation.CurrentTransformer;
import org.derkit.model.installation.InstrumentTransformerSet;
import org.derkit.model.installation.MeteringInstallation;
import org.derkit.model.installation.PolarityFacing;
import org.derkit.model.installation.PolarityMark;
import org.derkit.model.installation.PotentialTransformer;
import org.derkit.model.installation.PotentialTransformerBurden;
import org.derkit.model.installation.SecondaryOutput;
import org.derkit.model.installation.ServiceConfiguration;
import org.derkit.rules.Finding;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.junit.jupiter.api.Test;

class InstrumentTransformerRulesTest {

    private static CurrentTransformer.Builder ct() {
        return CurrentTransformer.builder().ratio(TransformerRatio.of(600, 5));
    }

    private static PotentialTransformer.Builder pt() {
        return PotentialTransformer.builder().ratio(TransformerRatio.of(288, 120));
    }

    private static MeteringInstallation.Builder with(CurrentTransformer c, PotentialTransformer p) {
        return MeteringInstallation.builder().serviceVoltage(NominalVoltage.Y277_480)
                .addTransformerSets(InstrumentTransformerSet.builder().addCurrentTransformers(c)
                        .addPotentialTransformers(p).build());
    }

    private static Finding evaluate(String id, MeteringInstallation m) {
        return InstrumentTransformerRules.rules().rule(id).orElseThrow().evaluate(ScreeningContext.of(BtmFixtures.withInstallation(m)));
    }

    private static Finding ct(String id, CurrentTransformer c) {
        return evaluate(id, with(c, pt().build()).build());
    }

    private static Finding pt(String id, PotentialTransformer p) {
        return evaluate(id, with(ct().build(), p).build());
    }

    @Test
    void rule_set_lists_its_ids_in_catalogue_order() {
        assertEquals(List.of("BTM-06", "BTM-07", "BTM-08", "BTM-09", "BTM-10", "BTM-11", "BTM-12", "BTM-13",
                "BTM-14", "BTM-15", "BTM-16", "BTM-17", "BTM-18", "BTM-19", "BTM-20", "BTM-22", "BTM-23"),
                InstrumentTransformerRules.rules().ids());
        assertEquals("Customer Responsibilities; Shared IT Metering",
                InstrumentTransformerRules.rules().rule("BTM-20").orElseThrow().citation().section());
    }

    @Test
    void rules_do_not_apply_without_a_metering_installation() {
        InterconnectionApplication a = BtmFixtures.withNameplate("250");
        for (Finding f : InstrumentTransformerRules.rules().evaluate(ScreeningContext.of(a))) {
            assertEquals(Outcome.NOT_APPLICABLE, f.outcome(), f.id());
        }
    }

    @Test
    void BTM_06_outdoor_enclosure_capturing_all_generation_passes() {
        MeteringInstallation.Builder b = MeteringInstallation.builder();
        b.addTransformerSets(InstrumentTransformerSet.builder().outdoorCustomerEnclosure(true)
                .capturesAllGeneration(true).build());
        assertEquals(Outcome.PASS, evaluate("BTM-06", b.build()).outcome());
        MeteringInstallation indoor = MeteringInstallation.builder().addTransformerSets(InstrumentTransformerSet
                .builder().outdoorCustomerEnclosure(false).capturesAllGeneration(true).build()).build();
        assertEquals(Outcome.FAIL, evaluate("BTM-06", indoor).outcome());
        Finding unknown = evaluate("BTM-06", MeteringInstallation.builder().build());
        assertEquals(Outcome.REQUIRED, unknown.outcome(), "the CTs and PTs must be installed; nothing shows them");
        assertEquals(List.of("CTs and PTs in an outdoor customer enclosure", "all generation captured"),
                unknown.missingInputs());
        assertEquals("required: customer-installed CTs and PTs in an outdoor customer enclosure capturing all "
                + "generation; unknown inputs: CTs and PTs in an outdoor customer enclosure, all generation captured "
                + "(Customer Responsibilities)", unknown.explanation());
    }

    @Test
    void BTM_07_specifications_attached_is_info_otherwise_required() {
        MeteringInstallation m = MeteringInstallation.builder().build();
        InterconnectionApplication without = BtmFixtures.withInstallation(m);
        InterconnectionApplication with = InterconnectionApplication.builder().id(ApplicationId.of("A"))
                .facility(BtmFixtures.needingProductionMeter()).meteringInstallation(m).addDocuments(ApplicationDocument.CT_PT_SPECIFICATIONS).build();
        var rule = InstrumentTransformerRules.rules().rule("BTM-07").orElseThrow();
        assertEquals(Outcome.REQUIRED, rule.evaluate(ScreeningContext.of(without)).outcome());
        assertEquals(Outcome.INFO, rule.evaluate(ScreeningContext.of(with)).outcome());
        assertEquals(Kind.PROCESS, rule.kind());
    }

    @Test
    void BTM_08_dot_toward_utility_and_arrow_toward_generation_pass() {
        assertEquals(Outcome.PASS, ct("BTM-08", ct().polarityMark(PolarityMark.DOT)
                .polarityFacing(PolarityFacing.UTILITY).build()).outcome());
        assertEquals(Outcome.PASS, ct("BTM-08", ct().polarityMark(PolarityMark.ARROW)
                .polarityFacing(PolarityFacing.GENERATION).build()).outcome());
        assertEquals(Outcome.FAIL, ct("BTM-08", ct().polarityMark(PolarityMark.H1)
                .polarityFacing(PolarityFacing.GENERATION).build()).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, ct("BTM-08", ct().build()).outcome());
    }

    @Test
    void BTM_09_pt_secondary_must_be_120_V() {
        assertEquals(Outcome.PASS, pt("BTM-09", pt().secondaryVoltage(Voltage.ofVolts(120)).build()).outcome());
        assertEquals(Outcome.FAIL, pt("BTM-09", pt().secondaryVoltage(Voltage.ofVolts(new BigDecimal("119.9")))
                .build()).outcome());
        assertEquals(Outcome.FAIL, pt("BTM-09", pt().secondaryVoltage(Voltage.ofVolts(new BigDecimal("120.1")))
                .build()).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, pt("BTM-09", pt().build()).outcome());
    }

    @Test
    void BTM_10_pt_needs_W_X_M_Y_burden_ratings() {
        assertEquals(Outcome.PASS, pt("BTM-10", pt().burdenRatings(EnumSet.of(PotentialTransformerBurden.W,
                PotentialTransformerBurden.X, PotentialTransformerBurden.M, PotentialTransformerBurden.Y,
                PotentialTransformerBurden.Z)).build()).outcome());
        assertEquals(Outcome.FAIL, pt("BTM-10", pt().burdenRatings(EnumSet.of(PotentialTransformerBurden.W,
                PotentialTransformerBurden.X)).build()).outcome());
    }

    @Test
    void BTM_11_pt_accuracy_is_advisory_never_fail() {
        assertEquals(Outcome.PASS, pt("BTM-11", pt().accuracyClass(new BigDecimal("0.3")).build()).outcome());
        assertEquals(Outcome.PASS, pt("BTM-11", pt().accuracyClass(new BigDecimal("0.29")).build()).outcome());
        assertEquals(Outcome.ADVISORY, pt("BTM-11", pt().accuracyClass(new BigDecimal("0.31")).build()).outcome());
        assertEquals(Outcome.ADVISORY, pt("BTM-11", pt().accuracyClass(new BigDecimal("1.2")).build()).outcome());
    }

    @Test
    void BTM_12_four_wire_wye_at_15_kV_and_below_passes() {
        MeteringInstallation wye = MeteringInstallation.builder().serviceVoltage(NominalVoltage.Y7620_13200)
                .serviceConfiguration(ServiceConfiguration.FOUR_WIRE_WYE).build();
        assertEquals(Outcome.PASS, evaluate("BTM-12", wye).outcome());
        MeteringInstallation dc = MeteringInstallation.builder().serviceVoltage(NominalVoltage.Y277_480)
                .serviceConfiguration(ServiceConfiguration.DC).build();
        assertEquals(Outcome.FAIL, evaluate("BTM-12", dc).outcome());
        MeteringInstallation delta = MeteringInstallation.builder().serviceVoltage(NominalVoltage.parse("480 delta"))
                .serviceConfiguration(ServiceConfiguration.THREE_WIRE_DELTA).build();
        assertEquals(Outcome.REVIEW, evaluate("BTM-12", delta).outcome());
        MeteringInstallation above15kV = MeteringInstallation.builder()
                .serviceVoltage(NominalVoltage.ofLineToLineKilovolts(new BigDecimal("34.5")))
                .serviceConfiguration(ServiceConfiguration.FOUR_WIRE_WYE).build();
        assertEquals(Outcome.REVIEW, evaluate("BTM-12", above15kV).outcome());
    }

    @Test
    void BTM_12_service_configuration_verdicts() {
        assertEquals(Outcome.PASS, InstrumentTransformerRules.checkServiceConfiguration(
                ServiceConfiguration.FOUR_WIRE_WYE, Voltage.ofVolts(15_000)).outcome());
        assertEquals(Outcome.REVIEW, InstrumentTransformerRules.checkServiceConfiguration(
                ServiceConfiguration.FOUR_WIRE_WYE, Voltage.ofVolts(new BigDecimal("15000.1"))).outcome());
        assertEquals(Outcome.REVIEW, InstrumentTransformerRules.checkServiceConfiguration(
                ServiceConfiguration.THREE_WIRE_DELTA, Voltage.ofVolts(480)).outcome());
        assertEquals(Outcome.FAIL, InstrumentTransformerRules.checkServiceConfiguration(
                ServiceConfiguration.NON_STANDARD, Voltage.ofVolts(480)).outcome());
    }

    @Test
    void BTM_13_required_pt_ratio_for_each_listed_service_voltage() {
        assertEquals(Optional.of(TransformerRatio.of(288, 120)),
                InstrumentTransformerRules.requiredPtRatio(NominalVoltage.Y277_480));
        assertEquals(Optional.of(TransformerRatio.of(360, 120)),
                InstrumentTransformerRules.requiredPtRatio(NominalVoltage.Y347_600));
        assertEquals(Optional.of(TransformerRatio.of(2400, 120)),
                InstrumentTransformerRules.requiredPtRatio(NominalVoltage.Y2400_4160));
        assertEquals(Optional.of(TransformerRatio.of(7620, 120)),
                InstrumentTransformerRules.requiredPtRatio(NominalVoltage.Y7620_13200));
        assertEquals(new BigDecimal("63.5"), InstrumentTransformerRules.requiredPtRatio(NominalVoltage.Y7620_13200)
                .orElseThrow().value());
        assertEquals(Optional.empty(), InstrumentTransformerRules.requiredPtRatio(NominalVoltage.Y120_208));
    }

    @Test
    void BTM_13_worked_example_7200_12470_wye_needs_60_to_1() {
        NominalVoltage v = NominalVoltage.parse("7,200/12,470 wye");
        assertEquals(0, new BigDecimal("60").compareTo(
                InstrumentTransformerRules.requiredPtRatio(v).orElseThrow().value()));
        assertEquals(Outcome.PASS, InstrumentTransformerRules.checkPtRatio(v, TransformerRatio.of(60, 1)).outcome());
        assertEquals(Outcome.FAIL, InstrumentTransformerRules.checkPtRatio(v, TransformerRatio.of(7620, 120))
                .outcome());
        assertEquals(Outcome.REVIEW, InstrumentTransformerRules.checkPtRatio(NominalVoltage.Y120_208,
                TransformerRatio.of(120, 120)).outcome());
        MeteringInstallation m = with(ct().build(), pt().ratio(TransformerRatio.of(7200, 120)).build())
                .serviceVoltage(v).build();
        Finding f = evaluate("BTM-13", m);
        assertEquals(Outcome.PASS, f.outcome());
        assertEquals("PT ratio 7200:120 at 7200/12470Y, required 7200:120 (60:1) is the required ratio "
                + "(Potential Transformers)", f.explanation());
        MeteringInstallation wrong = with(ct().build(), pt().ratio(TransformerRatio.of(288, 120)).build())
                .serviceVoltage(v).build();
        assertEquals(Outcome.FAIL, evaluate("BTM-13", wrong).outcome());
        MeteringInstallation unlisted = with(ct().build(), pt().ratio(TransformerRatio.of(120, 120)).build())
                .serviceVoltage(NominalVoltage.Y120_208).build();
        assertEquals(Outcome.REVIEW, evaluate("BTM-13", unlisted).outcome());
    }

    @Test
    void BTM_14_ct_needs_a_5_A_current_secondary() {
        assertEquals(Outcome.PASS, ct("BTM-14", ct().secondaryOutput(SecondaryOutput.CURRENT)
                .secondaryCurrent(Current.ofAmperes(5)).build()).outcome());
        assertEquals(Outcome.FAIL, ct("BTM-14", ct().secondaryOutput(SecondaryOutput.VOLTAGE)
                .secondaryCurrent(Current.ofAmperes(5)).build()).outcome());
        assertEquals(Outcome.FAIL, ct("BTM-14", ct().secondaryOutput(SecondaryOutput.CURRENT)
                .secondaryCurrent(Current.ofAmperes(1)).build()).outcome());
    }

    @Test
    void BTM_14_the_ratio_states_the_secondary_current_when_none_is_stated_and_a_1_A_ratio_fails_either_way() {
        CurrentTransformer.Builder unstated = ct().secondaryOutput(SecondaryOutput.CURRENT);
        assertEquals(Outcome.PASS, ct("BTM-14", unstated.build()).outcome());
        Finding oneAmp = ct("BTM-14", CurrentTransformer.builder().ratio(TransformerRatio.of(600, 1))
                .secondaryOutput(SecondaryOutput.CURRENT).build());
        assertEquals(Outcome.FAIL, oneAmp.outcome());
        assertTrue(oneAmp.measurements().stream().anyMatch(m -> m.input().startsWith("CT secondary current")
                && Current.ofAmperes(1).equals(m.value())), oneAmp::toString);
        assertEquals(Outcome.FAIL, ct("BTM-14", CurrentTransformer.builder().ratio(TransformerRatio.of(600, 1))
                .secondaryOutput(SecondaryOutput.CURRENT).secondaryCurrent(Current.ofAmperes(5)).build()).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, ct("BTM-14", ct().secondaryCurrent(Current.ofAmperes(5)).build())
                .outcome(), "the secondary output is still unknown");
    }

    @Test
    void BTM_15_burden_0_1_and_1_8_pass_0_09_and_1_9_fail() {
        for (String ok : List.of("0.1", "0.11", "1.79", "1.8")) {
            assertEquals(Outcome.PASS, ct("BTM-15", ct().burden(new BigDecimal(ok)).build()).outcome(), ok);
        }
        for (String bad : List.of("0.09", "0.099", "1.81", "1.9")) {
            assertEquals(Outcome.FAIL, ct("BTM-15", ct().burden(new BigDecimal(bad)).build()).outcome(), bad);
        }
        assertEquals(Outcome.INSUFFICIENT_DATA, ct("BTM-15", ct().build()).outcome());
    }

    @Test
    void BTM_16_rating_factor_2_0_passes_2_1_fails() {
        assertEquals(Outcome.PASS, ct("BTM-16", ct().ratingFactor(new BigDecimal("1.99")).build()).outcome());
        Finding ok = ct("BTM-16", ct().ratingFactor(new BigDecimal("2.0")).build());
        assertEquals(Outcome.PASS, ok.outcome());
        assertEquals("CT rating factor 2.0 <= 2.0 (Current Transformers)", ok.explanation());
        assertEquals(Outcome.FAIL, ct("BTM-16", ct().ratingFactor(new BigDecimal("2.01")).build()).outcome());
        assertEquals(Outcome.FAIL, ct("BTM-16", ct().ratingFactor(new BigDecimal("2.1")).build()).outcome());
    }

    @Test
    void BTM_16_the_worst_of_several_cts_decides() {
        MeteringInstallation m = MeteringInstallation.builder().addTransformerSets(InstrumentTransformerSet.builder()
                .addCurrentTransformers(ct().ratingFactor(new BigDecimal("2.0")).build(),
                        ct().ratingFactor(new BigDecimal("3.0")).build()).build()).build();
        Finding f = evaluate("BTM-16", m);
        assertEquals(Outcome.FAIL, f.outcome());
        assertTrue(f.explanation().contains("3.0"), f.explanation());
    }

    @Test
    void BTM_16_property_rating_factor_passes_exactly_up_to_2_0() {
        qt().withFixedSeed(Long.getLong("QT_SEED", 20240415L))
                .forAll(integers().between(1, 400))
                .describedAs(h -> "RF " + BigDecimal.valueOf(h, 2))
                .checkAssert(h -> assertEquals(h <= 200 ? Outcome.PASS : Outcome.FAIL,
                        ct("BTM-16", ct().ratingFactor(BigDecimal.valueOf(h, 2)).build()).outcome()));
    }

    @Test
    void BTM_17_ct_accuracy_is_advisory_never_fail() {
        assertEquals(Outcome.PASS, ct("BTM-17", ct().accuracyClass(new BigDecimal("0.15")).extendedRange(true)
                .build()).outcome());
        assertEquals(Outcome.ADVISORY, ct("BTM-17", ct().accuracyClass(new BigDecimal("0.3")).extendedRange(true)
                .build()).outcome());
        assertEquals(Outcome.ADVISORY, ct("BTM-17", ct().accuracyClass(new BigDecimal("0.15")).extendedRange(false)
                .build()).outcome());
    }

    @Test
    void BTM_18_is_info() {
        assertEquals(Outcome.INFO, ct("BTM-18", ct().build()).outcome());
    }

    @Test
    void BTM_19_two_sets_need_a_pt_control_relay_and_matching_ct_ratios() {
        InstrumentTransformerSet a = InstrumentTransformerSet.builder().addCurrentTransformers(ct().build()).build();
        InstrumentTransformerSet b = InstrumentTransformerSet.builder().addCurrentTransformers(ct().build()).build();
        InstrumentTransformerSet c = InstrumentTransformerSet.builder().addCurrentTransformers(
                CurrentTransformer.builder().ratio(TransformerRatio.of(400, 5)).build()).build();
        assertEquals(Outcome.PASS, evaluate("BTM-19", MeteringInstallation.builder().addTransformerSets(a, b)
                .ptControlRelay(true).build()).outcome());
        assertEquals(Outcome.FAIL, evaluate("BTM-19", MeteringInstallation.builder().addTransformerSets(a, c)
                .ptControlRelay(true).build()).outcome());
        assertEquals(Outcome.FAIL, evaluate("BTM-19", MeteringInstallation.builder().addTransformerSets(a, b)
                .ptControlRelay(false).build()).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, evaluate("BTM-19", MeteringInstallation.builder()
                .addTransformerSets(a).build()).outcome());
    }

    @Test
    void BTM_22_supply_side_cts_fail() {
        assertEquals(Outcome.FAIL, evaluate("BTM-22", MeteringInstallation.builder().addTransformerSets(
                InstrumentTransformerSet.builder().supplySideOfMainOvercurrentDevice(true).build()).build()).outcome());
        assertEquals(Outcome.PASS, evaluate("BTM-22", MeteringInstallation.builder().addTransformerSets(
                InstrumentTransformerSet.builder().supplySideOfMainOvercurrentDevice(false).build()).build())
                .outcome());
    }

    @Test
    void BTM_23_pt_overcurrent_protection_is_advisory_never_fail() {
        Finding f = pt("BTM-23", pt().primaryOvercurrentProtection(false).secondaryOvercurrentProtection(true).build());
        assertEquals(Outcome.ADVISORY, f.outcome());
        assertNotEquals(Outcome.FAIL, f.outcome());
        assertEquals(Outcome.PASS, pt("BTM-23", pt().primaryOvercurrentProtection(true)
                .secondaryOvercurrentProtection(true).build()).outcome());
    }

    @Test
    void BTM_15_the_burden_range_includes_both_ends() {
        assertTrue(InstrumentTransformerRules.isBurdenAcceptable(new BigDecimal("0.1")));
        assertTrue(InstrumentTransformerRules.isBurdenAcceptable(new BigDecimal("1.8")));
        assertTrue(InstrumentTransformerRules.isBurdenAcceptable(new BigDecimal("0.5")));
        assertFalse(InstrumentTransformerRules.isBurdenAcceptable(new BigDecimal("0.09")));
        assertFalse(InstrumentTransformerRules.isBurdenAcceptable(new BigDecimal("1.81")));
    }

    @Test
    void BTM_15_one_ct_out_of_range_fails_the_set_whichever_comes_first() {
        CurrentTransformer ok = ct().burden(new BigDecimal("0.5")).build();
        CurrentTransformer high = ct().burden(new BigDecimal("2.0")).build();
        for (List<CurrentTransformer> cts : List.of(List.of(ok, high), List.of(high, ok))) {
            MeteringInstallation m = MeteringInstallation.builder().serviceVoltage(NominalVoltage.Y277_480)
                    .addTransformerSets(InstrumentTransformerSet.builder().addAllCurrentTransformers(cts)
                            .addPotentialTransformers(pt().build()).build()).build();
            Finding f = evaluate("BTM-15", m);
            assertEquals(Outcome.FAIL, f.outcome());
            assertTrue(f.explanation().startsWith("CT burden rating 2.0 "), f.explanation());
        }
    }

    @Test
    void BTM_13_the_explanation_names_the_installed_and_the_required_ratio_or_that_none_is_listed() {
        // 277/480 wye requires 288:120 (2.4:1)
        assertEquals("PT ratio 7620:120 at 277/480Y, required 288:120 (2.4:1) is not the required ratio",
                InstrumentTransformerRules.checkPtRatio(NominalVoltage.Y277_480, TransformerRatio.of(7620, 120))
                        .phrase());
        assertEquals("PT ratio 120:120 at 120/208Y: the document lists no PT ratio for this service voltage, Ameren "
                + "review needed", InstrumentTransformerRules.checkPtRatio(NominalVoltage.Y120_208,
                        TransformerRatio.of(120, 120)).phrase());
    }

    @Test
    void BTM_12_a_wye_service_above_15_kV_is_outside_the_standard_setup() {
        String phrase = InstrumentTransformerRules.checkServiceConfiguration(ServiceConfiguration.FOUR_WIRE_WYE,
                Voltage.ofVolts(34_500)).phrase();
        assertTrue(phrase.startsWith("4-wire wye service at ") && phrase.endsWith(
                " is outside the standard setup and needs Ameren review"), phrase);
    }

    @Test
    void BTM_08_the_polarity_reads_as_its_mark_facing_its_direction() {
        assertEquals("DOT facing UTILITY",
                new InstrumentTransformerRules.Polarity(PolarityMark.DOT, PolarityFacing.UTILITY).toString());
        Finding f = ct("BTM-08", ct().polarityMark(PolarityMark.H1).polarityFacing(PolarityFacing.GENERATION).build());
        assertTrue(f.explanation().startsWith("CT polarity H1 facing GENERATION "), f.explanation());
    }
}
