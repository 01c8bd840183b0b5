package org.derkit.rules.book;

import static org.derkit.rules.book.SysFixtures.eval;
import static org.derkit.rules.book.SysFixtures.withCircuit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.application.CircuitData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Phases;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.derkit.rules.RuleSet;
import org.derkit.rules.book.TransferTripRules.DttCondition;
import org.derkit.rules.book.TransferTripRules.DttScreen;
import org.junit.jupiter.api.Test;

class TransferTripRulesTest {

    private static final RuleSet<ScreeningContext> RULES = TransferTripRules.rules();

    private static CircuitData.Builder quiet(CircuitData.Builder c) {
        return c.reverseFlowToTransmission(false).mixedGenerationIslandPossible(false)
                .lineAggregateGeneration(ActivePower.ofKilowatts(600)).lineMinimumLoad(ActivePower.ofKilowatts(900));
    }

    private static Finding pol25(String kva, UnaryOperator<CircuitData.Builder> circuit) {
        return eval(RULES, "POL-25", withCircuit(f -> f.pointOfInterconnectionVoltage(NominalVoltage.KV69)
                .declaredApparentNameplate(ApparentPower.ofKilovoltAmperes(new BigDecimal(kva))),
                c -> circuit.apply(quiet(c))));
    }

    @Test
    void POL_25_no_condition_means_DTT_not_required() {
        Finding f = pol25("5000", c -> c);
        assertEquals(Outcome.NOT_REQUIRED, f.outcome());
        assertEquals("DTT: no condition holds (reverse flow onto transmission no, mixed-generation island no, line "
                + "generation 600 kW <= 2/3 of minimum load 900 kW, capacity 5000 kVA <= 10000 kVA) "
                + "(4.8.1 Direct Transfer Trip)", f.explanation());
    }

    @Test
    void POL_25_capacity_at_10_MVA_does_not_trigger_and_just_above_does() {
        assertEquals(Outcome.NOT_REQUIRED, pol25("9999.999", c -> c).outcome());
        assertEquals(Outcome.NOT_REQUIRED, pol25("10000", c -> c).outcome());
        Finding above = pol25("10000.001", c -> c);
        assertEquals(Outcome.REVIEW, above.outcome());
        assertTrue(above.explanation().startsWith("DTT may be required: facility capacity above 10 MVA ("),
                above::explanation);
    }

    @Test
    void POL_25_line_generation_at_two_thirds_of_minimum_load_does_not_trigger_and_above_does() {
        assertEquals(Outcome.NOT_REQUIRED, pol25("100", c -> c.lineAggregateGeneration(ActivePower.ofKilowatts(
                new BigDecimal("599.999")))).outcome());
        assertEquals(Outcome.NOT_REQUIRED, pol25("100", c -> c).outcome());
        assertEquals(Outcome.REVIEW, pol25("100", c -> c.lineAggregateGeneration(ActivePower.ofKilowatts(
                new BigDecimal("600.001")))).outcome());
    }

    @Test
    void POL_25_names_every_condition_that_triggered() {
        Finding f = pol25("12000", c -> c.reverseFlowToTransmission(true).mixedGenerationIslandPossible(true));
        assertEquals(Outcome.REVIEW, f.outcome());
        assertEquals("DTT may be required: reverse power flow onto the transmission system and possible "
                + "unintentional island of mixed generation and facility capacity above 10 MVA (reverse flow onto "
                + "transmission yes, mixed-generation island yes, line generation 600 kW <= 2/3 of minimum load "
                + "900 kW, capacity 12000 kVA > 10000 kVA); fiber optic cabling is the typical communications path "
                + "(4.8.1 Direct Transfer Trip)", f.explanation());
    }

    @Test
    void POL_25_a_triggered_condition_decides_even_when_other_inputs_are_unknown() {
        Finding f = eval(RULES, "POL-25", withCircuit(f0 -> f0.pointOfInterconnectionVoltage(NominalVoltage.KV34_5),
                c -> c.reverseFlowToTransmission(true)));
        assertEquals(Outcome.REVIEW, f.outcome());
        Finding unknown = eval(RULES, "POL-25", withCircuit(f0 -> f0.pointOfInterconnectionVoltage(NominalVoltage.KV34_5),
                c -> c.reverseFlowToTransmission(false)));
        assertEquals(Outcome.INSUFFICIENT_DATA, unknown.outcome());
        assertEquals(List.of("mixed-generation island", "line aggregate generation", "line minimum load",
                "aggregate AC nameplate (kVA)"), unknown.missingInputs());
    }

    @Test
    void POL_25_does_not_apply_at_distribution_voltage() {
        assertEquals(Outcome.NOT_APPLICABLE, eval(RULES, "POL-25", withCircuit(
                f -> f.pointOfInterconnectionVoltage(NominalVoltage.Y7200_12470), c -> c.reverseFlowToTransmission(true)))
                .outcome());
    }

    @Test
    void POL_25_screen_uses_the_kW_nameplate_when_kVA_is_unknown_and_above_10_MVA() {
        DttScreen s = TransferTripRules.screen(Optional.of(false), Optional.of(false), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(ActivePower.ofKilowatts(10_001)));
        assertEquals(EnumSet.of(DttCondition.CAPACITY_ABOVE_10_MVA), s.triggered());
        assertTrue(s.isDecided());
        DttScreen undecided = TransferTripRules.screen(Optional.of(false), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(ActivePower.ofKilowatts(10_000)));
        assertFalse(undecided.isDecided());
        assertEquals(List.of("mixed-generation island", "line aggregate generation", "line minimum load",
                "aggregate AC nameplate (kVA)"), undecided.unknown());
    }

    private static Finding pol26(NominalVoltage poi, Phases phases, Boolean reverse) {
        return eval(RULES, "POL-26", withCircuit(f -> f.pointOfInterconnectionVoltage(poi).phases(phases),
                c -> reverse == null ? c : c.reverseFlowAtSubstation(reverse)));
    }

    @Test
    void POL_26_DTT_required_for_reverse_flow_at_the_substation_on_three_phase_primary() {
        Finding f = pol26(NominalVoltage.Y7200_12470, Phases.THREE, true);
        assertEquals(Outcome.REQUIRED, f.outcome());
        assertEquals("reverse flow at substation device is true (4.8.2 Direct Transfer Trip)", f.explanation());
        assertEquals(Outcome.NOT_REQUIRED, pol26(NominalVoltage.Y7200_12470, Phases.THREE, false).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, pol26(NominalVoltage.Y7200_12470, Phases.THREE, null).outcome());
    }

    @Test
    void POL_26_applies_up_to_15_kV_inclusive_and_not_above_nor_at_service_voltage_nor_single_phase() {
        assertEquals(Outcome.REQUIRED, pol26(NominalVoltage.delta(org.derkit.model.Voltage.ofVolts(15_000)),
                Phases.THREE, true).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, pol26(NominalVoltage.delta(org.derkit.model.Voltage.ofVolts(15_001)),
                Phases.THREE, true).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, pol26(NominalVoltage.Y277_480, Phases.THREE, true).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, pol26(NominalVoltage.Y7200_12470, Phases.SINGLE, true).outcome());
    }
}
