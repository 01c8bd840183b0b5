package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Percentage;
import org.derkit.model.Voltage;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.InterconnectionTransformer;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.InverterSettings;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.TransformerWinding;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.generator.BoundaryCase;
import org.derkit.rules.generator.Boundaries;
import org.junit.jupiter.api.Test;

/**
 * The boundary generator's cases (just below, at and just above each limit the rules expose as
 * data) agree with the single-limit sys rules.
 */
class SysBoundariesTest {

    private record Case(Rule<ScreeningContext> rule, Function<Object, InterconnectionApplication> subject,
            Outcome met, Outcome unmet) {
    }

    private static InterconnectionApplication inverterSettings(InverterSettings s) {
        Inverter i = Inverter.builder().manufacturer("Acme").model("PV").acRating(ActivePower.ofKilowatts(10))
                .settings(s).build();
        return SysFixtures.app(f -> f.addGeneratingUnits(GeneratingUnit.builder().energySource(EnergySource.SOLAR)
                .technology(UnitTechnology.INVERTER_BASED).nameplate(i.acRating()).inverter(i).build()));
    }

    private static final List<Case> CASES = List.of(
            new Case(SystemLimitRules.POL_14, v -> SysFixtures.withStudy(f -> f,
                    s -> s.maximumThermalLoading((Percentage) v)), Outcome.PASS, Outcome.FAIL),
            new Case(SystemLimitRules.POL_17, v -> SysFixtures.withStudy(f -> f.pointOfInterconnectionVoltage(
                    NominalVoltage.KV69).energySource(EnergySource.WIND), s -> s.frequentVoltageVariation((Percentage) v)),
                    Outcome.PASS, Outcome.FAIL),
            new Case(SystemLimitRules.POL_18, v -> SysFixtures.withStudy(f -> f.pointOfInterconnectionVoltage(
                    NominalVoltage.KV34_5), s -> s.infrequentVoltageVariation((Percentage) v)), Outcome.PASS, Outcome.FAIL),
            new Case(SystemLimitRules.POL_19, v -> SysFixtures.withStudy(f -> f.pointOfInterconnectionVoltage(
                    NominalVoltage.KV69), s -> s.shortCircuitRatio((BigDecimal) v)), Outcome.PASS, Outcome.REQUIRED),
            new Case(SystemLimitRules.POL_20, v -> SysFixtures.app(f -> f.phases(Phases.SINGLE)
                    .declaredApparentNameplate((ApparentPower) v)), Outcome.PASS, Outcome.FAIL),
            new Case(ScadaRules.POL_21, v -> SysFixtures.app(f -> f.siting(Siting.BEHIND_THE_METER)
                    .declaredNameplate((ActivePower) v)), Outcome.REQUIRED, Outcome.NOT_REQUIRED),
            new Case(ScadaRules.POL_22, v -> SysFixtures.app(f -> f.siting(Siting.BEHIND_THE_METER)
                    .exportCapacity((ActivePower) v)), Outcome.REVIEW, Outcome.NOT_REQUIRED),
            new Case(ScadaRules.POL_23, v -> SysFixtures.app(f -> f.pointOfInterconnectionVoltage(
                    NominalVoltage.delta((Voltage) v))), Outcome.REQUIRED, Outcome.NOT_REQUIRED),
            new Case(ConstructionRules.POL_29, v -> inverterSettings(InverterSettings.builder()
                    .openPhaseTripTime((Duration) v).build()), Outcome.PASS, Outcome.FAIL),
            new Case(ConstructionRules.POL_30, v -> inverterSettings(InverterSettings.builder()
                    .reconnectDelay((Duration) v).build()), Outcome.PASS, Outcome.FAIL),
            new Case(ConstructionRules.POL_36, v -> SysFixtures.app(f -> f.siting(Siting.REMOTELY_LOCATED)
                    .interconnectionTransformer(InterconnectionTransformer.builder().requiredGroundSource(true)
                            .coefficientOfGrounding((BigDecimal) v)
                            .utilitySideWinding(TransformerWinding.GROUNDED_WYE_WITH_NEUTRAL_IMPEDANCE)
                            .customerSideWinding(TransformerWinding.DELTA).threeLeggedCoreForm(false).build())),
                    Outcome.PASS, Outcome.FAIL));

    @Test
    void POL_14_to_POL_36_boundary_cases_from_the_rules_limits_agree_with_the_rules() {
        int checked = 0;
        for (Case c : CASES) {
            List<BoundaryCase<?>> cases = Boundaries.cases(c.rule());
            assertTrue(cases.size() >= 3, c.rule().id() + " exposes a limit with below, at and above");
            for (BoundaryCase<?> b : cases) {
                if (b.value() instanceof BigDecimal && ((BigDecimal) b.value()).signum() <= 0) {
                    continue; // a coefficient or ratio of zero is not a valid model value
                }
                Outcome o = c.rule().evaluate(ScreeningContext.of(c.subject().apply(b.value()))).outcome();
                assertEquals(b.satisfiesLimit() ? c.met() : c.unmet(), o, b.toString());
                checked++;
            }
        }
        assertTrue(checked >= 33, "checked " + checked);
    }
}
