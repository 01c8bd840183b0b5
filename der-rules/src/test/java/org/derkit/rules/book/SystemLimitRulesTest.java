package org.derkit.rules.book;

import static org.derkit.rules.book.SysFixtures.eval;
import static org.derkit.rules.book.SysFixtures.pct;
import static org.derkit.rules.book.SysFixtures.withStudy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Voltage;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.application.StudyResults;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.model.facility.Phases;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.derkit.rules.RuleSet;
import org.junit.jupiter.api.Test;

class SystemLimitRulesTest {

    private static final RuleSet<ScreeningContext> RULES = SystemLimitRules.rules();
    private static final long SEED = Long.getLong("QT_SEED", 20240415L);

    private static Finding study(String id, UnaryOperator<StudyResults.Builder> s) {
        return eval(RULES, id, withStudy(f -> f, s));
    }

    private static Finding subTransmission(String id, UnaryOperator<StudyResults.Builder> s) {
        return eval(RULES, id, withStudy(f -> f.pointOfInterconnectionVoltage(NominalVoltage.KV69)
                .energySource(EnergySource.SOLAR), s));
    }

    @Test
    void the_set_holds_POL_14_to_POL_20_in_order() {
        assertEquals(List.of("POL-14", "POL-15", "POL-16", "POL-17", "POL-18", "POL-19", "POL-20"), RULES.ids());
        assertEquals("4.1 Thermal Loading", RULES.rules().get(0).citation().section());
        assertEquals("der-interconnection-policy-2023.txt", RULES.rules().get(0).citation().source().fileName());
    }

    @Test
    void POL_14_thermal_loading_below_at_and_above_90_percent() {
        assertEquals(Outcome.PASS, study("POL-14", s -> s.maximumThermalLoading(pct("89.99"))).outcome());
        Finding at = study("POL-14", s -> s.maximumThermalLoading(pct("90")));
        assertEquals(Outcome.PASS, at.outcome());
        assertEquals("maximum thermal loading 90% <= 90% (4.1 Thermal Loading)", at.explanation());
        Finding above = study("POL-14", s -> s.maximumThermalLoading(pct("90.01")));
        assertEquals(Outcome.FAIL, above.outcome());
        assertEquals("maximum thermal loading 90.01% > 90% (4.1 Thermal Loading)", above.explanation());
    }

    @Test
    void POL_14_unknown_loading_is_insufficient_data() {
        Finding f = eval(RULES, "POL-14", SysFixtures.app(b -> b));
        assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
        assertEquals("unknown input: maximum thermal loading (4.1 Thermal Loading)", f.explanation());
    }

    private static Finding delivery(boolean residential, String low, String high, Optional<String> nominal) {
        return eval(RULES, "POL-15", withStudy(f -> f.residential(residential), s -> {
            s.minimumDeliveryVoltage(Voltage.ofVolts(new BigDecimal(low)))
                    .maximumDeliveryVoltage(Voltage.ofVolts(new BigDecimal(high)));
            nominal.ifPresent(n -> s.nominalServiceVoltage(Voltage.ofVolts(new BigDecimal(n))));
            return s;
        }));
    }

    @Test
    void POL_15_residential_band_is_113_to_127_volts_inclusive() {
        assertEquals(Outcome.FAIL, delivery(true, "112.9", "120", Optional.empty()).outcome());
        assertEquals(Outcome.PASS, delivery(true, "113", "127", Optional.empty()).outcome());
        assertEquals(Outcome.PASS, delivery(true, "113.1", "126.9", Optional.empty()).outcome());
        Finding above = delivery(true, "115", "127.1", Optional.empty());
        assertEquals(Outcome.FAIL, above.outcome());
        assertEquals("delivery voltage with the DER lowest 115 V, highest 127.1 V against 113 V to 127 V "
                + "(residential, 120 V base) is not inside the band, bounds included (4.2 Steady State Voltage)",
                above.explanation());
    }

    @Test
    void POL_15_non_residential_band_is_nominal_plus_or_minus_10_percent() {
        assertEquals(Outcome.FAIL, delivery(false, "431.9", "480", Optional.of("480")).outcome());
        Finding at = delivery(false, "432", "528", Optional.of("480"));
        assertEquals(Outcome.PASS, at.outcome());
        assertEquals("delivery voltage with the DER lowest 432 V, highest 528 V against 432 V to 528 V "
                + "(non-residential, 480 V nominal +/- 10%) is inside the band, bounds included "
                + "(4.2 Steady State Voltage)", at.explanation());
        assertEquals(Outcome.FAIL, delivery(false, "470", "528.1", Optional.of("480")).outcome());
    }

    @Test
    void POL_15_non_residential_without_nominal_voltage_is_insufficient_data() {
        assertEquals(Outcome.INSUFFICIENT_DATA, delivery(false, "470", "490", Optional.empty()).outcome());
    }

    @Test
    void POL_16_rapid_voltage_change_is_below_3_and_2_percent_exclusive() {
        assertEquals(Outcome.PASS, study("POL-16", s -> s.tripVoltageChange(pct("2.99"))
                .regulatorVoltageChange(pct("1.99"))).outcome());
        Finding at3 = study("POL-16", s -> s.tripVoltageChange(pct("3")).regulatorVoltageChange(pct("1")));
        assertEquals(Outcome.FAIL, at3.outcome());
        assertEquals("voltage change on DER trip 3% >= 3% and voltage change at regulation device 1% < 2% "
                + "(4.3 Rapid Voltage Change)", at3.explanation());
        assertEquals(Outcome.FAIL, study("POL-16", s -> s.tripVoltageChange(pct("1"))
                .regulatorVoltageChange(pct("2"))).outcome());
        assertEquals(Outcome.FAIL, study("POL-16", s -> s.tripVoltageChange(pct("3.01"))
                .regulatorVoltageChange(pct("2.01"))).outcome());
    }

    @Test
    void POL_17_frequent_variation_at_most_1_5_percent_on_sub_transmission() {
        assertEquals(Outcome.PASS, subTransmission("POL-17", s -> s.frequentVoltageVariation(pct("1.49"))).outcome());
        assertEquals(Outcome.PASS, subTransmission("POL-17", s -> s.frequentVoltageVariation(pct("1.5"))).outcome());
        assertEquals(Outcome.FAIL, subTransmission("POL-17", s -> s.frequentVoltageVariation(pct("1.51"))).outcome());
    }

    private static Facility units(EnergySource... sources) {
        Facility.Builder f = Facility.builder();
        for (EnergySource s : sources) {
            f.addGeneratingUnits(GeneratingUnit.builder().energySource(s).technology(UnitTechnology.INVERTER_BASED)
                    .nameplate(ActivePower.ofKilowatts(100)).build());
        }
        return f.build();
    }

    @Test
    void POL_17_without_a_stated_source_the_units_decide_whether_the_DER_is_solar_or_wind() {
        assertEquals(Optional.of(true), SystemLimitRules.solarOrWind(units(EnergySource.WIND)));
        assertEquals(Optional.of(true), SystemLimitRules.solarOrWind(units(EnergySource.NATURAL_GAS, EnergySource.SOLAR)));
        assertEquals(Optional.of(false), SystemLimitRules.solarOrWind(units(EnergySource.NATURAL_GAS, EnergySource.DIESEL)));
        assertEquals(Optional.empty(), SystemLimitRules.solarOrWind(units()), "no source and no units: unknown");
        assertEquals(Optional.of(false), SystemLimitRules.solarOrWind(units(EnergySource.SOLAR).withEnergySource(
                Optional.of(EnergySource.BIOGAS))), "the stated source decides");
        Finding wind = eval(RULES, "POL-17", withStudy(f -> f.pointOfInterconnectionVoltage(NominalVoltage.KV69)
                .addAllGeneratingUnits(units(EnergySource.WIND).generatingUnits()), s -> s.frequentVoltageVariation(pct("1.51"))));
        assertEquals(Outcome.FAIL, wind.outcome());
        Finding gas = eval(RULES, "POL-17", withStudy(f -> f.pointOfInterconnectionVoltage(NominalVoltage.KV69)
                .addAllGeneratingUnits(units(EnergySource.NATURAL_GAS).generatingUnits()), s -> s.frequentVoltageVariation(pct("1.51"))));
        assertEquals(Outcome.NOT_APPLICABLE, gas.outcome());
    }

    @Test
    void POL_17_does_not_apply_at_distribution_voltage_or_to_gas_generation() {
        Finding distribution = eval(RULES, "POL-17", withStudy(
                f -> f.pointOfInterconnectionVoltage(NominalVoltage.Y7200_12470),
                s -> s.frequentVoltageVariation(pct("5"))));
        assertEquals(Outcome.NOT_APPLICABLE, distribution.outcome());
        assertEquals("not applicable: applies only when POI voltage is 34.5 or 69 kV (sub-transmission) "
                + "(4.4.1 Frequent Voltage Variation)", distribution.explanation());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RULES, "POL-17", withStudy(
                f -> f.pointOfInterconnectionVoltage(NominalVoltage.KV34_5).energySource(EnergySource.NATURAL_GAS),
                s -> s.frequentVoltageVariation(pct("5")))).outcome());
    }

    @Test
    void POL_18_infrequent_variation_at_most_10_percent() {
        assertEquals(Outcome.PASS, subTransmission("POL-18", s -> s.infrequentVoltageVariation(pct("9.99"))).outcome());
        assertEquals(Outcome.PASS, subTransmission("POL-18", s -> s.infrequentVoltageVariation(pct("10"))).outcome());
        assertEquals(Outcome.FAIL, subTransmission("POL-18", s -> s.infrequentVoltageVariation(pct("10.01"))).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, subTransmission("POL-18", s -> s).outcome());
        assertEquals("unknown input: POI voltage (4.4.2 Infrequent Voltage Variation)",
                study("POL-18", s -> s.infrequentVoltageVariation(pct("1"))).explanation());
    }

    @Test
    void POL_19_short_circuit_ratio_must_be_greater_than_3() {
        assertEquals(Outcome.REQUIRED, subTransmission("POL-19", s -> s.shortCircuitRatio(new BigDecimal("2.99"))).outcome());
        Finding at = subTransmission("POL-19", s -> s.shortCircuitRatio(new BigDecimal("3")));
        assertEquals(Outcome.REQUIRED, at.outcome());
        assertEquals("manufacturer proof of operation at the lowest SCR and proof of stability under all system "
                + "conditions, before the study continues", at.meaning());
        assertEquals("short-circuit ratio 3 <= 3 (4.5 Stability Analysis); with other electrically close "
                + "inverter-based resources an EMT analysis is also required (see SystemLimitRules.stabilitySubmissions)",
                at.explanation());
        assertEquals(Outcome.PASS, subTransmission("POL-19", s -> s.shortCircuitRatio(new BigDecimal("3.01"))).outcome());
    }

    @Test
    void POL_19_submissions_add_an_EMT_analysis_when_other_inverter_resources_are_close() {
        assertEquals(Set.of(), SystemLimitRules.stabilitySubmissions(new BigDecimal("3.01"), Optional.of(true)));
        assertEquals(Set.of(SystemLimitRules.StabilitySubmission.MANUFACTURER_PROOF_AT_LOWEST_SCR,
                SystemLimitRules.StabilitySubmission.STABILITY_PROOF),
                SystemLimitRules.stabilitySubmissions(BigDecimal.valueOf(3), Optional.empty()));
        assertEquals(3, SystemLimitRules.stabilitySubmissions(BigDecimal.valueOf(2), Optional.of(true)).size());
    }

    private static Finding singlePhase(String kva) {
        return eval(RULES, "POL-20", SysFixtures.app(f -> f.phases(Phases.SINGLE)
                .declaredApparentNameplate(ApparentPower.ofKilovoltAmperes(new BigDecimal(kva)))));
    }

    @Test
    void POL_20_single_phase_limited_to_100_kVA_inclusive() {
        assertEquals(Outcome.PASS, singlePhase("99.999").outcome());
        assertEquals(Outcome.PASS, singlePhase("100").outcome());
        Finding above = singlePhase("100.001");
        assertEquals(Outcome.FAIL, above.outcome());
        assertEquals("aggregate AC nameplate (kVA) 100.001 kVA > 100 kVA (4.6 Single-Phase Limits); behind a "
                + "three-phase meter, balanced three-phase generators are advised whenever possible; further limits "
                + "may apply by service voltage (Part 466.90(a)(4), 466.100(a)(8))", above.explanation());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RULES, "POL-20", SysFixtures.app(f -> f.phases(Phases.THREE)
                .declaredApparentNameplate(ApparentPower.ofKilovoltAmperes(500)))).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RULES, "POL-20", SysFixtures.app(f -> f.phases(Phases.SINGLE)))
                .outcome());
        assertEquals("unknown inputs: phases, aggregate AC nameplate (kVA) (4.6 Single-Phase Limits)",
                eval(RULES, "POL-20", SysFixtures.app(f -> f)).explanation());
    }

    @Test
    void POL_20_single_phase_passes_exactly_up_to_100_kVA() {
        qt().withFixedSeed(SEED)
                .forAll(integers().between(1, 200_000))
                .describedAs(va -> va + " VA single-phase")
                .checkAssert(va -> assertEquals(va <= 100_000 ? Outcome.PASS : Outcome.FAIL,
                        singlePhase(BigDecimal.valueOf(va, 3).toPlainString()).outcome()));
    }

    @Test
    void POL_14_to_POL_20_evaluate_every_generated_application_without_throwing() {
        qt().withFixedSeed(SEED)
                .forAll(SysGenerators.applications())
                .checkAssert(a -> assertEquals(7, RULES.evaluate(ScreeningContext.of(a)).stream().map(Finding::explanation).count()));
    }

    @SuppressWarnings("unused")
    private static Facility none() {
        return Facility.builder().build();
    }
}
