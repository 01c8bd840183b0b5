package org.derkit.rules.book;

import static org.derkit.rules.book.SysFixtures.app;
import static org.derkit.rules.book.SysFixtures.eval;
import static org.derkit.rules.book.SysFixtures.withCircuit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.derkit.model.ActivePower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Voltage;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Siting;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.derkit.rules.RuleSet;
import org.junit.jupiter.api.Test;

class ScadaRulesTest {

    private static final RuleSet<ScreeningContext> RULES = ScadaRules.rules();
    private static final long SEED = Long.getLong("QT_SEED", 20240415L);

    private static Finding btm(String id, String kw, boolean export) {
        ActivePower p = ActivePower.ofKilowatts(new BigDecimal(kw));
        return eval(RULES, id, app(f -> export ? f.siting(Siting.BEHIND_THE_METER).exportCapacity(p)
                : f.siting(Siting.BEHIND_THE_METER).declaredNameplate(p)));
    }

    @Test
    void the_set_holds_POL_21_to_POL_24_in_order() {
        assertEquals(List.of("POL-21", "POL-22", "POL-23", "POL-24"), RULES.ids());
    }

    @Test
    void POL_21_meter_not_required_just_below_200_kW() {
        assertEquals(Outcome.NOT_REQUIRED, btm("POL-21", "199.999", false).outcome());
    }

    @Test
    void POL_21_meter_required_at_exactly_200_kW_because_BTM_01_governs() {
        Finding f = btm("POL-21", "200", false);
        assertEquals(Outcome.REQUIRED, f.outcome());
        assertEquals("aggregate AC nameplate 200 kW >= 200 kW (4.7.1 SCADA); 4.7.1 says larger than 200 kW AC, "
                + "but BTM-01 (BTM Production Metering 2024, the newer document) governs: 200 kW or greater, "
                + "so exactly 200 kW requires the meter", f.explanation());
    }

    @Test
    void POL_21_meter_required_just_above_200_kW_and_not_for_RLG() {
        assertEquals(Outcome.REQUIRED, btm("POL-21", "200.001", false).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RULES, "POL-21", app(f -> f.siting(Siting.REMOTELY_LOCATED)
                .declaredNameplate(ActivePower.ofKilowatts(500)))).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RULES, "POL-21", app(f -> f)).outcome());
    }

    @Test
    void POL_22_recloser_review_from_1_MW_export_inclusive() {
        assertEquals(Outcome.NOT_REQUIRED, btm("POL-22", "999.999", true).outcome());
        Finding at = btm("POL-22", "1000", true);
        assertEquals(Outcome.REVIEW, at.outcome());
        assertEquals("export capacity 1000 kW >= 1000 kW (4.7.2 SCADA); export capacity includes generation "
                + "and energy storage", at.explanation());
        assertEquals(Outcome.REVIEW, btm("POL-22", "1000.001", true).outcome());
    }

    private static Finding poi(String volts) {
        return eval(RULES, "POL-23", app(f -> f.pointOfInterconnectionVoltage(
                NominalVoltage.delta(Voltage.ofVolts(new BigDecimal(volts))))));
    }

    @Test
    void POL_23_recloser_at_distribution_voltage_of_4_kV_or_greater() {
        assertEquals(Outcome.NOT_REQUIRED, poi("3999.9").outcome());
        assertEquals(Outcome.REQUIRED, poi("4000").outcome());
        assertEquals(Outcome.REQUIRED, poi("4000.1").outcome());
        Finding service = eval(RULES, "POL-23", app(f -> f.pointOfInterconnectionVoltage(NominalVoltage.Y277_480)));
        assertEquals("POI line-to-line voltage 480 V < 4000 V (4.7.3 SCADA)", service.explanation());
        assertEquals(Outcome.REQUIRED, eval(RULES, "POL-23", app(f -> f.pointOfInterconnectionVoltage(
                NominalVoltage.Y7200_12470))).outcome());
    }

    @Test
    void POL_24_package_for_every_regulator_seeing_reverse_flow() {
        assertEquals(Outcome.NOT_REQUIRED, eval(RULES, "POL-24", withCircuit(f -> f,
                c -> c.regulatorsSeeingReverseFlow(0))).outcome());
        Finding one = eval(RULES, "POL-24", withCircuit(f -> f, c -> c.regulatorsSeeingReverseFlow(1)));
        assertEquals(Outcome.REQUIRED, one.outcome());
        assertEquals("regulators seeing reverse flow 1 > 0 (4.7.4 SCADA)", one.explanation());
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RULES, "POL-24", app(f -> f)).outcome());
    }

    @Test
    void POL_21_a_larger_BTM_nameplate_never_drops_the_meter_requirement() {
        qt().withFixedSeed(SEED)
                .forAll(integers().between(1, 1_000_000), integers().between(0, 1_000_000))
                .checkAssert((w, extra) -> {
                    Outcome small = btm("POL-21", BigDecimal.valueOf(w, 3).toPlainString(), false).outcome();
                    Outcome large = btm("POL-21", BigDecimal.valueOf((long) w + extra, 3).toPlainString(), false).outcome();
                    if (small == Outcome.REQUIRED) {
                        assertEquals(Outcome.REQUIRED, large);
                    }
                    assertEquals(w >= 200_000 ? Outcome.REQUIRED : Outcome.NOT_REQUIRED, small);
                });
    }
}
