package org.derkit.rules.book;

import static org.derkit.rules.book.SysFixtures.app;
import static org.derkit.rules.book.SysFixtures.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.derkit.model.ActivePower;
import org.derkit.model.Length;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Percentage;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.DisconnectSwitch;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.FaultIsolatingDevice;
import org.derkit.model.facility.FaultIsolatingDeviceType;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.InterconnectionTransformer;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.InverterSettings;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.ReconnectRamp;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.TransformerWinding;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.rules.Finding;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.RuleSet;
import org.junit.jupiter.api.Test;

class ConstructionRulesTest {

    private static final RuleSet<ScreeningContext> RULES = ConstructionRules.rules();

    private static Inverter inverter(UnaryOperator<InverterSettings.Builder> settings, Certification... certs) {
        return Inverter.builder().manufacturer("Acme").model("PV-50").acRating(ActivePower.ofKilowatts(50))
                .addCertifications(certs).settings(settings.apply(InverterSettings.builder()).build()).build();
    }

    private static InterconnectionApplication withInverter(Inverter inverter) {
        return app(f -> f.addGeneratingUnits(GeneratingUnit.builder().energySource(EnergySource.SOLAR)
                .technology(UnitTechnology.INVERTER_BASED).nameplate(ActivePower.ofKilowatts(50)).inverter(inverter).build()));
    }

    private static Finding settings(String id, UnaryOperator<InverterSettings.Builder> s) {
        return eval(RULES, id, withInverter(inverter(s, Certification.IEEE_1547_2018, Certification.UL_1741_SA)));
    }

    @Test
    void the_set_holds_POL_27_to_POL_39_in_order_with_their_kinds() {
        assertEquals(List.of("POL-27", "POL-28", "POL-29", "POL-30", "POL-31", "POL-32", "POL-33", "POL-34", "POL-35",
                "POL-36", "POL-37", "POL-38", "POL-39"), RULES.ids());
        assertEquals(List.of(Kind.INFORMATIONAL, Kind.RULE, Kind.RULE, Kind.RULE, Kind.RULE, Kind.RULE, Kind.RULE,
                Kind.RULE, Kind.RULE, Kind.RULE, Kind.ADVISORY, Kind.PROCESS, Kind.PROCESS),
                RULES.rules().stream().map(r -> r.kind()).toList());
    }

    @Test
    void POL_27_POL_38_POL_39_are_info_statements() {
        for (String id : List.of("POL-27", "POL-38", "POL-39")) {
            assertEquals(Outcome.INFO, eval(RULES, id, app(f -> f)).outcome(), id);
        }
        assertTrue(eval(RULES, "POL-39", app(f -> f)).explanation().endsWith("(6. Study Standards)"));
    }

    @Test
    void POL_28_inverters_need_IEEE_1547_and_UL_1741_SA() {
        assertEquals(Outcome.PASS, eval(RULES, "POL-28", withInverter(inverter(s -> s, Certification.IEEE_1547_2018,
                Certification.UL_1741_SA))).outcome());
        assertEquals(Outcome.PASS, eval(RULES, "POL-28", withInverter(inverter(s -> s, Certification.IEEE_1547_2018,
                Certification.UL_1741_SB))).outcome());
        Finding f = eval(RULES, "POL-28", withInverter(inverter(s -> s, Certification.IEEE_1547_2018, Certification.UL_1741)));
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("inverter certifications 1 of 1 lacking (Acme PV-50) is not IEEE 1547 and UL 1741 SA compliant "
                + "(5.2 Inverters); UL 1741 SB is accepted as meeting UL 1741 SA", f.explanation());
    }

    @Test
    void POL_28_not_applicable_to_synchronous_generation_and_unknown_without_inverter() {
        assertEquals(Outcome.NOT_APPLICABLE, eval(RULES, "POL-28", app(f -> f.addGeneratingUnits(GeneratingUnit.builder()
                .energySource(EnergySource.NATURAL_GAS).technology(UnitTechnology.SYNCHRONOUS)
                .nameplate(ActivePower.ofKilowatts(500)).build()))).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RULES, "POL-28", app(f -> f.addGeneratingUnits(GeneratingUnit.builder()
                .energySource(EnergySource.SOLAR).technology(UnitTechnology.INVERTER_BASED)
                .nameplate(ActivePower.ofKilowatts(50)).build()))).outcome());
    }

    @Test
    void POL_29_open_phase_trip_within_2_seconds_inclusive() {
        assertEquals(Outcome.PASS, settings("POL-29", s -> s.openPhaseTripTime(Duration.ofMillis(1999))).outcome());
        Finding at = settings("POL-29", s -> s.openPhaseTripTime(Duration.ofSeconds(2)));
        assertEquals(Outcome.PASS, at.outcome());
        assertEquals("open-phase trip time 2 s <= 2 s (5.2 Inverters)", at.explanation());
        assertEquals(Outcome.FAIL, settings("POL-29", s -> s.openPhaseTripTime(Duration.ofMillis(2001))).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, settings("POL-29", s -> s).outcome());
    }

    @Test
    void POL_30_reconnect_delay_at_least_300_seconds() {
        assertEquals(Outcome.FAIL, settings("POL-30", s -> s.reconnectDelay(Duration.ofMillis(299_999))).outcome());
        assertEquals(Outcome.PASS, settings("POL-30", s -> s.reconnectDelay(Duration.ofSeconds(300))).outcome());
        assertEquals(Outcome.PASS, settings("POL-30", s -> s.reconnectDelay(Duration.ofMillis(300_001))).outcome());
    }

    @Test
    void POL_30_the_shortest_delay_of_several_inverters_decides() {
        Inverter slow = inverter(s -> s.reconnectDelay(Duration.ofSeconds(300)), Certification.IEEE_1547_2018);
        Inverter fast = inverter(s -> s.reconnectDelay(Duration.ofSeconds(60)), Certification.IEEE_1547_2018);
        Finding f = eval(RULES, "POL-30", app(b -> b.addGeneratingUnits(unit(slow), unit(fast))));
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("reconnect delay 60 s < 300 s (5.2 Inverters)", f.explanation());
    }

    private static GeneratingUnit unit(Inverter i) {
        return GeneratingUnit.builder().energySource(EnergySource.SOLAR).technology(UnitTechnology.INVERTER_BASED)
                .nameplate(i.acRating()).inverter(i).build();
    }

    @Test
    void POL_31_linear_ramp_limit_is_2_percent_per_second() {
        assertEquals(Outcome.PASS, settings("POL-31", s -> s.reconnectRamp(new ReconnectRamp.Linear(
                Percentage.ofPercent(new BigDecimal("1.999"))))).outcome());
        Finding at = settings("POL-31", s -> s.reconnectRamp(new ReconnectRamp.Linear(Percentage.ofPercent(2))));
        assertEquals(Outcome.PASS, at.outcome());
        assertEquals("reconnect ramp linear ramp 2%/s <= 2%/s is within the limits of 5.2 (linear at most 2%/s; step: "
                + "average at most 2%/s, steps at most 20%, equal intervals, at least 50 s) (5.2 Inverters)", at.explanation());
        assertEquals(Outcome.FAIL, settings("POL-31", s -> s.reconnectRamp(new ReconnectRamp.Linear(
                Percentage.ofPercent(new BigDecimal("2.001"))))).outcome());
    }

    @Test
    void POL_31_worked_step_ramp_of_five_20_percent_steps_over_50_seconds_passes() {
        ReconnectRamp.Step ramp = new ReconnectRamp.Step(List.of(
                new ReconnectRamp.RampStep(Duration.ofSeconds(10), Percentage.ofPercent(20)),
                new ReconnectRamp.RampStep(Duration.ofSeconds(20), Percentage.ofPercent(40)),
                new ReconnectRamp.RampStep(Duration.ofSeconds(30), Percentage.ofPercent(60)),
                new ReconnectRamp.RampStep(Duration.ofSeconds(40), Percentage.ofPercent(80)),
                new ReconnectRamp.RampStep(Duration.ofSeconds(50), Percentage.ofPercent(100))));
        assertEquals(Outcome.PASS, settings("POL-31", s -> s.reconnectRamp(ramp)).outcome());
    }

    private static DisconnectSwitch.Builder goodSwitch() {
        return DisconnectSwitch.builder().firstDeviceOnGenerationSide(true).lockable(true).readilyAccessible(true)
                .gangOperated(true).visiblePositionIndicator(true).lockedClosedOrBehindGate(false);
    }

    private static Finding disconnect(NominalVoltage poi, DisconnectSwitch.Builder sw) {
        return eval(RULES, "POL-32", app(f -> f.phases(Phases.THREE).pointOfInterconnectionVoltage(poi)
                .disconnectSwitch(sw.build())));
    }

    @Test
    void POL_32_compliant_switch_at_480_V_needs_no_air_gap() {
        Finding f = disconnect(NominalVoltage.Y277_480, goodSwitch());
        assertEquals(Outcome.PASS, f.outcome());
        assertEquals("generator disconnect switch has first device on the generation side of the POI, lockable, "
                + "readily accessible to the utility, visible position indicator, gang operated (three-phase) "
                + "(5.3 Disconnect Switch); a separate disconnect switch for the ESS may be "
                + "required where DG and ESS are combined", f.explanation());
    }

    @Test
    void POL_32_above_1000_V_the_switch_needs_a_visible_air_gap() {
        Finding f = disconnect(NominalVoltage.Y7200_12470, goodSwitch().visibleAirGap(false));
        assertEquals(Outcome.FAIL, f.outcome());
        assertTrue(f.explanation().startsWith("generator disconnect switch missing visible air gap (POI 12470 V > 1000 V)"),
                f::explanation);
        assertEquals(Outcome.PASS, disconnect(NominalVoltage.Y7200_12470, goodSwitch().visibleAirGap(true)).outcome());
        assertEquals(Outcome.PASS, disconnect(NominalVoltage.delta(org.derkit.model.Voltage.ofVolts(1000)),
                goodSwitch()).outcome());
        Finding airGapUnknown = disconnect(NominalVoltage.delta(org.derkit.model.Voltage.ofVolts(1001)), goodSwitch());
        assertEquals(Outcome.REQUIRED, airGapUnknown.outcome(), "above 1000 V the air gap applies; it is not shown");
        assertEquals(List.of("visible air gap (POI 1001 V > 1000 V)"), airGapUnknown.missingInputs());
    }

    @Test
    void POL_32_a_switch_locked_closed_needs_an_Ameren_lock_box_and_an_undescribed_switch_is_unknown() {
        assertEquals(Outcome.FAIL, disconnect(NominalVoltage.Y277_480, goodSwitch().lockedClosedOrBehindGate(true)
                .lockBoxInstalled(false)).outcome());
        assertEquals(Outcome.PASS, disconnect(NominalVoltage.Y277_480, goodSwitch().lockedClosedOrBehindGate(true)
                .lockBoxInstalled(true)).outcome());
        Finding none = eval(RULES, "POL-32", app(f -> f));
        assertEquals(Outcome.REQUIRED, none.outcome(), "every DER needs the switch; the application does not show it");
        assertEquals(List.of("generator disconnect switch"), none.missingInputs());
        assertEquals("required: generator disconnect switch; unknown input: generator disconnect switch "
                + "(5.3 Disconnect Switch); a separate disconnect switch for the ESS may be required where DG and ESS "
                + "are combined", none.explanation());
        Finding noDevice = eval(RULES, "POL-33", app(f -> f));
        assertEquals(Outcome.REQUIRED, noDevice.outcome());
        assertEquals(List.of("fault-isolating device"), noDevice.missingInputs());
        for (NominalVoltage subTransmission : new NominalVoltage[] {NominalVoltage.KV34_5, NominalVoltage.KV69}) {
            assertEquals(Outcome.REQUIRED, eval(RULES, "POL-33", app(f -> f.siting(Siting.REMOTELY_LOCATED)
                    .pointOfInterconnectionVoltage(subTransmission))).outcome(), subTransmission.toString());
            Finding type = fid(Siting.BEHIND_THE_METER, subTransmission, FaultIsolatingDevice.builder());
            assertEquals(Outcome.REQUIRED, type.outcome(), "a device of unknown type at " + subTransmission);
            assertEquals(List.of("electronically controlled recloser or breaker (34 kV and above)",
                    "senses voltage imbalance", "senses loss of phase"), type.missingInputs());
        }
        Finding poiUnknown = eval(RULES, "POL-33", app(f -> f.siting(Siting.BEHIND_THE_METER)
                .faultIsolatingDevice(FaultIsolatingDevice.builder().build())));
        assertEquals(Outcome.INSUFFICIENT_DATA, poiUnknown.outcome(), "whether the recloser applies is open");
        assertEquals(List.of("POI voltage"), poiUnknown.missingInputs());
        Finding unknown = disconnect(NominalVoltage.Y277_480, DisconnectSwitch.builder().lockable(true));
        assertEquals(Outcome.INSUFFICIENT_DATA, unknown.outcome());
        assertEquals(List.of("first device on the generation side of the POI", "readily accessible to the utility",
                "visible position indicator", "gang operated (three-phase)", "locked closed or behind a gate"),
                unknown.missingInputs());
    }

    private static Finding fid(Siting siting, NominalVoltage poi, FaultIsolatingDevice.Builder d) {
        return eval(RULES, "POL-33", app(f -> f.siting(siting).pointOfInterconnectionVoltage(poi)
                .faultIsolatingDevice(d.build())));
    }

    private static FaultIsolatingDevice.Builder recloser(String inches) {
        return FaultIsolatingDevice.builder().type(FaultIsolatingDeviceType.ELECTRONIC_RECLOSER)
                .distanceFromTap(Length.ofInches(new BigDecimal(inches))).sensesVoltageImbalance(true).sensesLossOfPhase(true);
    }

    @Test
    void POL_33_RLG_device_within_500_feet_of_the_tap_inclusive() {
        assertEquals(Outcome.PASS, fid(Siting.REMOTELY_LOCATED, NominalVoltage.Y7200_12470, recloser("5999.99")).outcome());
        assertEquals(Outcome.PASS, fid(Siting.REMOTELY_LOCATED, NominalVoltage.Y7200_12470, recloser("6000")).outcome());
        Finding above = fid(Siting.REMOTELY_LOCATED, NominalVoltage.Y7200_12470, recloser("6000.12"));
        assertEquals(Outcome.FAIL, above.outcome());
        assertEquals("fault-isolating device missing within 500 ft of the tap (500.01 ft > 500 ft) "
                + "(5.4 Fault Isolating Device)", above.explanation());
    }

    @Test
    void POL_33_from_34_kV_a_recloser_or_breaker_sensing_imbalance_and_loss_of_phase_is_required() {
        FaultIsolatingDevice.Builder fuse = FaultIsolatingDevice.builder().type(FaultIsolatingDeviceType.FUSE)
                .distanceFromTap(Length.ofFeet(BigDecimal.TEN)).sensesVoltageImbalance(false).sensesLossOfPhase(false);
        Finding f = fid(Siting.REMOTELY_LOCATED, NominalVoltage.KV34_5, fuse);
        assertEquals(Outcome.FAIL, f.outcome());
        assertTrue(f.explanation().contains("missing electronically controlled recloser or breaker (34 kV and above), "
                + "senses voltage imbalance, senses loss of phase"), f::explanation);
        assertEquals(Outcome.PASS, fid(Siting.BEHIND_THE_METER, NominalVoltage.KV69, recloser("0")).outcome());
    }

    @Test
    void POL_33_at_distribution_voltage_a_fuse_is_advisory_not_fail() {
        FaultIsolatingDevice.Builder fuse = FaultIsolatingDevice.builder().type(FaultIsolatingDeviceType.FUSE)
                .distanceFromTap(Length.ofFeet(BigDecimal.TEN));
        Finding f = fid(Siting.REMOTELY_LOCATED, NominalVoltage.Y7200_12470, fuse);
        assertEquals(Outcome.ADVISORY, f.outcome());
        assertTrue(f.explanation().contains("; advised: an electronically controlled recloser or breaker is highly "
                + "recommended at distribution voltage (device is FUSE)"), f::explanation);
    }

    @Test
    void POL_34_lightning_protection_required_where_a_line_fault_causes_an_Ameren_outage() {
        assertEquals(Outcome.REQUIRED, eval(RULES, "POL-34", app(f -> f.lineFaultCausesUtilityOutage(true))).outcome());
        assertEquals(Outcome.NOT_REQUIRED, eval(RULES, "POL-34", app(f -> f.lineFaultCausesUtilityOutage(false))).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RULES, "POL-34", app(f -> f)).outcome());
    }

    private static InterconnectionApplication withTransformer(UnaryOperator<Facility.Builder> f,
            UnaryOperator<InterconnectionTransformer.Builder> t) {
        return app(b -> f.apply(b).interconnectionTransformer(t.apply(InterconnectionTransformer.builder()).build()));
    }

    @Test
    void POL_35_sub_transmission_transformer_needs_delta_on_the_Ameren_side_and_59N() {
        UnaryOperator<Facility.Builder> kv69 = f -> f.pointOfInterconnectionVoltage(NominalVoltage.KV69);
        assertEquals(Outcome.PASS, eval(RULES, "POL-35", withTransformer(kv69,
                t -> t.utilitySideWinding(TransformerWinding.DELTA).neutralOvervoltageProtection59N(true))).outcome());
        Finding f = eval(RULES, "POL-35", withTransformer(kv69,
                t -> t.utilitySideWinding(TransformerWinding.GROUNDED_WYE).neutralOvervoltageProtection59N(true)));
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("transformer winding on the Ameren side is GROUNDED_WYE, not DELTA and 59N protection is true "
                + "(5.6 Sub-transmission Transformers)", f.explanation());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RULES, "POL-35", withTransformer(
                f0 -> f0.pointOfInterconnectionVoltage(NominalVoltage.Y7200_12470), t -> t)).outcome());
        for (NominalVoltage subTransmission : new NominalVoltage[] {NominalVoltage.KV34_5, NominalVoltage.KV69}) {
            Finding unknown = eval(RULES, "POL-35", app(f0 -> f0.pointOfInterconnectionVoltage(subTransmission)));
            assertEquals(Outcome.REQUIRED, unknown.outcome(), subTransmission.toString());
            assertEquals(List.of("transformer winding on the Ameren side", "59N protection"), unknown.missingInputs());
            Finding violated = eval(RULES, "POL-35", withTransformer(f0 -> f0.pointOfInterconnectionVoltage(
                    subTransmission), t -> t.utilitySideWinding(TransformerWinding.GROUNDED_WYE)));
            assertEquals(Outcome.FAIL, violated.outcome(), "a known wye winding fails whatever 59N is");
        }
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RULES, "POL-35", app(f0 -> f0)).outcome(), "POI voltage unknown");
    }

    private static Finding groundSource(String cog, TransformerWinding hi, TransformerWinding lo, boolean supplemental,
            boolean coreForm) {
        return eval(RULES, "POL-36", withTransformer(f -> f.siting(Siting.REMOTELY_LOCATED),
                t -> t.requiredGroundSource(true).coefficientOfGrounding(new BigDecimal(cog)).utilitySideWinding(hi)
                        .customerSideWinding(lo).supplementalGroundingTransformer(supplemental).threeLeggedCoreForm(coreForm)));
    }

    @Test
    void POL_36_coefficient_of_grounding_at_most_0_8() {
        TransformerWinding gy = TransformerWinding.GROUNDED_WYE;
        assertEquals(Outcome.PASS, groundSource("0.79", gy, gy, true, false).outcome());
        assertEquals(Outcome.PASS, groundSource("0.8", gy, gy, true, false).outcome());
        assertEquals(Outcome.FAIL, groundSource("0.81", gy, gy, true, false).outcome());
    }

    @Test
    void POL_36_configuration_and_core_form() {
        assertEquals(Outcome.PASS, groundSource("0.7", TransformerWinding.GROUNDED_WYE_WITH_NEUTRAL_IMPEDANCE,
                TransformerWinding.DELTA, false, false).outcome());
        Finding noSupplemental = groundSource("0.7", TransformerWinding.GROUNDED_WYE, TransformerWinding.GROUNDED_WYE,
                false, false);
        assertEquals(Outcome.FAIL, noSupplemental.outcome());
        assertEquals(Outcome.FAIL, groundSource("0.7", TransformerWinding.GROUNDED_WYE, TransformerWinding.GROUNDED_WYE,
                true, true).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RULES, "POL-36", withTransformer(f -> f.siting(Siting.REMOTELY_LOCATED),
                t -> t.requiredGroundSource(false))).outcome());
    }

    @Test
    void POL_37_customer_transformer_at_service_voltage_is_advisory_never_fail() {
        UnaryOperator<Facility.Builder> service = f -> f.phases(Phases.THREE)
                .pointOfInterconnectionVoltage(NominalVoltage.Y277_480);
        Finding f = eval(RULES, "POL-37", withTransformer(service, t -> t.preventsLossOfPhaseDetection(true)));
        assertEquals(Outcome.ADVISORY, f.outcome());
        assertEquals(Outcome.PASS, eval(RULES, "POL-37", withTransformer(service,
                t -> t.preventsLossOfPhaseDetection(false))).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RULES, "POL-37", withTransformer(
                f0 -> f0.phases(Phases.THREE).pointOfInterconnectionVoltage(NominalVoltage.Y7200_12470),
                t -> t.preventsLossOfPhaseDetection(true))).outcome());
    }

    // ------------------------------------------------------------- the checks behind POL-28, POL-32, POL-33, POL-36

    @Test
    void POL_28_each_IEEE_1547_edition_with_UL_1741_SA_or_SB_is_compliant_and_either_alone_is_not() {
        for (Certification ieee : List.of(Certification.IEEE_1547_2003, Certification.IEEE_1547A,
                Certification.IEEE_1547_2018)) {
            for (Certification ul : List.of(Certification.UL_1741_SA, Certification.UL_1741_SB)) {
                assertTrue(ConstructionRules.isIeee1547AndUl1741Sa(inverter(s -> s, ieee, ul)), ieee + " + " + ul);
            }
            assertFalse(ConstructionRules.isIeee1547AndUl1741Sa(inverter(s -> s, ieee)), ieee + " alone");
            assertFalse(ConstructionRules.isIeee1547AndUl1741Sa(inverter(s -> s, ieee, Certification.UL_1741)),
                    ieee + " with UL 1741 before SA");
        }
        assertFalse(ConstructionRules.isIeee1547AndUl1741Sa(inverter(s -> s, Certification.UL_1741_SA)), "SA alone");
    }

    @Test
    void POL_28_certifications_count_inverters_in_the_singular_and_plural() {
        Inverter good = inverter(s -> s, Certification.IEEE_1547_2018, Certification.UL_1741_SA);
        Inverter bad = inverter(s -> s, Certification.UL_1741);
        assertEquals("all 1 inverter listed", ConstructionRules.certifications(List.of(good)).toString());
        assertEquals("all 2 inverters listed", ConstructionRules.certifications(List.of(good, good)).toString());
        assertEquals("1 of 2 lacking (Acme PV-50)", ConstructionRules.certifications(List.of(good, bad)).toString());
    }

    @Test
    void POL_28_every_inverter_is_known_only_when_each_inverter_based_unit_and_storage_describes_one() {
        Inverter pv = inverter(s -> s, Certification.IEEE_1547_2018, Certification.UL_1741_SA);
        GeneratingUnit synchronous = GeneratingUnit.builder().energySource(EnergySource.NATURAL_GAS)
                .technology(UnitTechnology.SYNCHRONOUS).nameplate(ActivePower.ofKilowatts(500)).build();
        GeneratingUnit solar = GeneratingUnit.builder().energySource(EnergySource.SOLAR)
                .technology(UnitTechnology.INVERTER_BASED).nameplate(ActivePower.ofKilowatts(50)).inverter(pv).build();
        Facility mixed = Facility.builder().addGeneratingUnits(synchronous, solar).build();
        assertEquals(Optional.of(List.of(pv)), ConstructionRules.allInverters(mixed),
                "a synchronous unit has no inverter to describe");
        Facility withStorage = Facility.builder().addGeneratingUnits(solar).addStorage(EnergyStorage.builder()
                .acRating(ActivePower.ofKilowatts(10)).inverter(pv).build()).build();
        assertEquals(Optional.of(List.of(pv, pv)), ConstructionRules.allInverters(withStorage));
        Facility storageUndescribed = Facility.builder().addGeneratingUnits(solar).addStorage(EnergyStorage.builder()
                .acRating(ActivePower.ofKilowatts(10)).build()).build();
        assertEquals(Optional.empty(), ConstructionRules.allInverters(storageUndescribed));
    }

    @Test
    void POL_32_with_the_phases_or_POI_unknown_a_switch_that_meets_the_stricter_case_is_decided() {
        Optional<NominalVoltage> lowVoltage = Optional.of(NominalVoltage.Y277_480);
        ConstructionChecks.EquipmentCheck gang = ConstructionChecks.disconnectSwitch(Optional.of(goodSwitch().build()),
                Optional.empty(), lowVoltage);
        assertEquals(List.of(), gang.undecided(), "gang operated: compliant whether one or three phases");
        assertTrue(gang.isCompliant());
        ConstructionChecks.EquipmentCheck single = ConstructionChecks.disconnectSwitch(
                Optional.of(goodSwitch().gangOperated(false).build()), Optional.empty(), lowVoltage);
        assertEquals(List.of("phases"), single.undecided(), "not gang operated: compliant only if single-phase");
        ConstructionChecks.EquipmentCheck airGap = ConstructionChecks.disconnectSwitch(
                Optional.of(goodSwitch().visibleAirGap(true).build()), Optional.of(Phases.THREE), Optional.empty());
        assertEquals(List.of(), airGap.undecided(), "a visible air gap: compliant at any POI voltage");
        ConstructionChecks.EquipmentCheck noAirGap = ConstructionChecks.disconnectSwitch(
                Optional.of(goodSwitch().visibleAirGap(false).build()), Optional.of(Phases.THREE), Optional.empty());
        assertEquals(List.of("POI voltage"), noAirGap.undecided(), "no air gap: compliant only up to 1000 V");
        ConstructionChecks.EquipmentCheck missing = ConstructionChecks.disconnectSwitch(
                Optional.of(goodSwitch().lockable(false).build()), Optional.of(Phases.THREE), lowVoltage);
        assertFalse(missing.isCompliant());
    }

    @Test
    void POL_33_with_the_siting_unknown_a_device_within_500_feet_of_the_tap_is_decided() {
        Optional<NominalVoltage> distribution = Optional.of(NominalVoltage.Y7200_12470);
        assertFalse(ConstructionChecks.faultIsolatingDevice(Optional.of(recloser("6000").build()), Optional.empty(),
                distribution).undecided().contains("siting"), "500 ft: compliant even if RLG");
        assertTrue(ConstructionChecks.faultIsolatingDevice(Optional.of(recloser("6000.12").build()), Optional.empty(),
                distribution).undecided().contains("siting"), "beyond 500 ft: compliant only if BTM");
        assertTrue(ConstructionChecks.faultIsolatingDevice(Optional.of(FaultIsolatingDevice.builder()
                .type(FaultIsolatingDeviceType.ELECTRONIC_RECLOSER).build()), Optional.empty(), distribution)
                .undecided().contains("siting"), "distance unknown");
    }

    @Test
    void POL_33_with_the_POI_unknown_only_a_recloser_sensing_imbalance_and_loss_of_phase_is_decided() {
        Optional<Siting> btm = Optional.of(Siting.BEHIND_THE_METER);
        assertEquals(List.of(), ConstructionChecks.faultIsolatingDevice(Optional.of(recloser("0").build()), btm,
                Optional.empty()).undecided());
        assertEquals(List.of("POI voltage"), ConstructionChecks.faultIsolatingDevice(Optional.of(recloser("0")
                .sensesLossOfPhase(false).build()), btm, Optional.empty()).undecided());
        assertEquals(List.of("POI voltage"), ConstructionChecks.faultIsolatingDevice(Optional.of(recloser("0")
                .sensesVoltageImbalance(false).build()), btm, Optional.empty()).undecided());
        assertEquals(List.of("POI voltage"), ConstructionChecks.faultIsolatingDevice(Optional.of(recloser("0")
                .type(FaultIsolatingDeviceType.FUSE).build()), btm, Optional.empty()).undecided());
    }

    @Test
    void POL_36_windings_name_the_supplemental_grounding_transformer_only_when_installed() {
        TransformerWinding gy = TransformerWinding.GROUNDED_WYE;
        String with = new ConstructionRules.GroundSourceWindings(gy, gy, true).toString();
        String without = new ConstructionRules.GroundSourceWindings(gy, TransformerWinding.DELTA, false).toString();
        assertTrue(with.contains(gy.toString()) && with.contains("supplemental grounding"), with);
        assertTrue(without.contains(gy.toString()) && without.contains(TransformerWinding.DELTA.toString()), without);
        assertFalse(without.contains("supplemental"), without);
    }
}
