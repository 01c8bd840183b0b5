package org.derkit.rules.book;

import static org.derkit.rules.book.ApplicationFixtures.app;
import static org.derkit.rules.book.ApplicationFixtures.btm;
import static org.derkit.rules.book.ApplicationFixtures.kw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.derkit.model.ApparentPower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Percentage;
import org.derkit.model.application.CircuitData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.SystemType;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.junit.jupiter.api.Test;

class Part466ScreensTest {

    private static Finding evaluate(String id, InterconnectionApplication application) {
        return Part466Screens.rules().rule(id).orElseThrow().evaluate(ScreeningContext.of(application));
    }

    private static ApparentPower kva(String v) {
        return ApparentPower.ofKilovoltAmperes(new BigDecimal(v));
    }

    @Test
    void the_set_has_P466_01_to_P466_08() {
        assertEquals(List.of("P466-01", "P466-02", "P466-03", "P466-04", "P466-05", "P466-06", "P466-07", "P466-08"),
                Part466Screens.rules().ids());
        assertEquals("466.80(c)(2) (secondary)", Part466Screens.rules().rule("P466-08").orElseThrow().citation()
                .section());
    }

    @Test
    void P466_01_a_capacity_increase_is_evaluated_on_the_new_total() {
        Facility f = btm("30", "20").existingNameplate(kw("30")).build();
        Finding finding = evaluate("P466-01", app(f));
        assertEquals("60", finding.value().orElseThrow());
        assertEquals(kw("60"), Part466Screens.totalNameplate(f).orElseThrow());
        assertEquals(ApplicationLevel.LEVEL_2, ApplicationRules.level(f).orElseThrow().level());
        assertEquals(Outcome.INSUFFICIENT_DATA, evaluate("P466-01", app(Facility.builder().build())).outcome());
    }

    private static Finding radial(String proposedKw) {
        return evaluate("P466-02", app(btm(proposedKw, "20").build(), CircuitData.builder()
                .maximumLoad(kw("1000")).existingDer(kw("100")).build()));
    }

    @Test
    void P466_02_radial_circuit_at_exactly_15_percent_passes() {
        Finding f = radial("50");
        assertEquals(Outcome.PASS, f.outcome());
        assertTrue(f.explanation().startsWith("circuit DER share of maximum load 15% <= 15%"), f.explanation());
        assertEquals(Outcome.PASS, radial("49.999").outcome());
    }

    @Test
    void P466_02_radial_circuit_a_watt_above_15_percent_fails() {
        assertEquals(Outcome.FAIL, radial("50.001").outcome());
    }

    @Test
    void P466_02_networked_is_not_applicable_and_unknown_load_is_insufficient() {
        Facility networked = btm("50", "20").systemType(SystemType.NETWORKED).build();
        assertEquals(Outcome.NOT_APPLICABLE, evaluate("P466-02", app(networked, CircuitData.builder()
                .maximumLoad(kw("1000")).existingDer(kw("100")).build())).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, evaluate("P466-02", app(btm("50", "20").build())).outcome());
    }

    @Test
    void P466_02_share_is_rounded_up_so_the_limit_compares_exactly() {
        assertEquals(Percentage.ofPercent(new BigDecimal("33.3334")),
                Part466Screens.shareOf(BigDecimal.ONE, BigDecimal.valueOf(3)).orElseThrow());
        assertTrue(Part466Screens.shareOf(BigDecimal.ONE, BigDecimal.ZERO).isEmpty());
    }

    private static Finding spot(String nameplateKw, String exportKw, String aggregateKva, String loadKw) {
        return evaluate("P466-03", app(btm(nameplateKw, exportKw).build(), CircuitData.builder().spotNetwork(true)
                .spotNetworkAggregateDer(kva(aggregateKva)).spotNetworkMaximumLoad(kw(loadKw)).build()));
    }

    @Test
    void P466_03_level_1_spot_network_lesser_of_5_percent_and_50_kVA() {
        assertEquals(Outcome.PASS, spot("40", "20", "50", "1000").outcome());
        assertEquals(Outcome.FAIL, spot("40", "20", "50.001", "1000").outcome());
        Finding capped = spot("40", "20", "50.001", "5000");
        assertEquals(Outcome.FAIL, capped.outcome());
        assertTrue(capped.explanation().contains("is not within the Level 1 cap of 50 kVA"), capped.explanation());
    }

    @Test
    void P466_03_level_2_spot_network_5_percent_only() {
        assertEquals(Outcome.PASS, spot("100", "100", "100", "2000").outcome());
        assertEquals(Outcome.FAIL, spot("100", "100", "100.001", "2000").outcome());
        Finding unknown = evaluate("P466-03", app(btm("40", "20").build()));
        assertEquals(Outcome.INSUFFICIENT_DATA, unknown.outcome(), "whether the POI is on a spot network is unknown");
        assertEquals("POI on a spot network", unknown.missingInputs().get(0));
    }

    private static Finding shared(String aggregateKva) {
        return evaluate("P466-04", app(btm("10", "10").build(), CircuitData.builder().sharedSinglePhaseSecondary(true)
                .sharedSecondaryAggregateDer(kva(aggregateKva)).build()));
    }

    @Test
    void P466_04_shared_secondary_20_kVA_passes_20_001_fails() {
        assertEquals(Outcome.PASS, shared("19.999").outcome());
        assertEquals(Outcome.PASS, shared("20").outcome());
        assertEquals(Outcome.FAIL, shared("20.001").outcome());
    }

    private static Finding centerTap(String imbalanceKva) {
        return evaluate("P466-05", app(btm("10", "10").pointOfInterconnectionVoltage(NominalVoltage.V120_240).build(),
                CircuitData.builder().centerTapConnection(true).centerTapImbalance(kva(imbalanceKva))
                        .serviceTransformerNameplate(kva("50")).build()));
    }

    @Test
    void P466_05_center_tap_imbalance_20_percent_of_transformer_passes_above_fails() {
        assertEquals(Outcome.PASS, centerTap("9.999").outcome());
        assertEquals(Outcome.PASS, centerTap("10").outcome());
        assertEquals(Outcome.FAIL, centerTap("10.001").outcome());
    }

    @Test
    void P466_06_level_1_without_utility_construction_passes() {
        assertEquals(Outcome.PASS, evaluate("P466-06", app(btm("40", "20").build(), CircuitData.builder()
                .utilityConstructionRequired(false).build())).outcome());
        assertEquals(Outcome.FAIL, evaluate("P466-06", app(btm("40", "20").build(), CircuitData.builder()
                .utilityConstructionRequired(true).build())).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, evaluate("P466-06", app(btm("400", "400").build(), CircuitData
                .builder().utilityConstructionRequired(true).build())).outcome());
    }

    private static Finding fault(String percent) {
        return evaluate("P466-07", app(btm("400", "400").build(), CircuitData.builder()
                .faultCurrentContribution(Percentage.ofPercent(new BigDecimal(percent))).build()));
    }

    @Test
    void P466_07_fault_current_10_percent_passes_10_01_fails() {
        assertEquals(Outcome.PASS, fault("9.99").outcome());
        assertEquals(Outcome.PASS, fault("10").outcome());
        assertEquals(Outcome.FAIL, fault("10.01").outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, evaluate("P466-07", app(btm("400", "400").build())).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, evaluate("P466-07", app(btm("40", "20").build())).outcome());
    }

    @Test
    void P466_08_exporting_radial_facility_under_10_MVA_fails_and_reports_the_difference() {
        Finding f = evaluate("P466-08", app(btm("6000", "6000").build()));
        assertEquals(Outcome.FAIL, f.outcome());
        assertTrue(f.explanation().contains("Level 3 by the policy's summary"), f.explanation());
        assertEquals(Outcome.FAIL, evaluate("P466-08", app(btm("6000", "0.001").build())).outcome());
    }

    @Test
    void P466_08_non_exporting_level_3_passes_and_level_1_is_not_applicable() {
        assertEquals(Outcome.PASS, evaluate("P466-08", app(btm("6000", "0").build())).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, evaluate("P466-08", app(btm("40", "20").build())).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, evaluate("P466-08", app(btm("10000", "0").build())).outcome());
    }

    @Test
    void P466_08_candidacy_is_unknown_while_the_level_is_and_the_size_fits_a_level_3_branch() {
        // 6 MW is above every Level 2 limit (5 MW at most) and under 10 MVA, so with the export
        // unknown the level is undecided and Level 3's radial branch is still open
        Facility radial = Facility.builder().siting(org.derkit.model.facility.Siting.BEHIND_THE_METER)
                .declaredNameplate(kw("6000")).pointOfInterconnectionVoltage(NominalVoltage.Y7200_12470)
                .systemType(SystemType.RADIAL).build();
        ScreeningContext open = ScreeningContext.of(app(radial));
        assertEquals(java.util.Optional.empty(), open.level());
        assertEquals(java.util.Optional.empty(), Part466Screens.isLevel3Candidate(open));
        assertEquals(Outcome.INSUFFICIENT_DATA, evaluate("P466-08", app(radial)).outcome());
    }

    @Test
    void P466_08_a_size_that_fits_no_level_3_branch_is_not_a_candidate_even_while_the_level_is_undecided() {
        // 4 MW may be Level 2 (POI voltage unknown), but neither 50 kW or less (networked branch) nor
        // under 10 MVA (radial branch): Level 3 is out of question
        Facility large = Facility.builder().siting(org.derkit.model.facility.Siting.BEHIND_THE_METER)
                .declaredNameplate(kw("4000")).declaredApparentNameplate(kva("12000")).build();
        ScreeningContext undecided = ScreeningContext.of(app(large));
        assertEquals(java.util.Optional.empty(), undecided.level());
        assertEquals(java.util.Optional.of(false), Part466Screens.isLevel3Candidate(undecided));
        assertEquals(Outcome.NOT_APPLICABLE, evaluate("P466-08", app(large)).outcome());
    }

    @Test
    void P466_03_the_spot_network_aggregate_reads_as_its_kVA_at_the_level() {
        assertEquals("40 kVA at LEVEL_1", new Part466Screens.SpotNetworkAggregate(
                ApplicationLevel.LEVEL_1, kva("40")).toString());
    }
}
