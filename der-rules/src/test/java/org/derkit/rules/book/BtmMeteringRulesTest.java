package org.derkit.rules.book;

import static org.derkit.model.DerQuantities.kilowatts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.derkit.model.ActivePower;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.Siting;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.derkit.rules.generator.BoundaryCase;
import org.derkit.rules.generator.Boundaries;
import org.junit.jupiter.api.Test;

class BtmMeteringRulesTest {

    private static Facility btm(String kilowatts) {
        return Facility.builder().siting(Siting.BEHIND_THE_METER)
                .declaredNameplate(ActivePower.ofKilowatts(new BigDecimal(kilowatts))).build();
    }

    @Test
    void BTM_01_meter_not_required_just_below_200_kW() {
        assertEquals(Outcome.NOT_REQUIRED, BtmMeteringRules.BTM_01.evaluate(btm("199.999")).outcome());
    }

    @Test
    void BTM_01_meter_required_at_exactly_200_kW_and_the_conflict_with_POL_21_is_reported() {
        Finding f = BtmMeteringRules.BTM_01.evaluate(btm("200"));
        assertEquals(Outcome.REQUIRED, f.outcome());
        assertEquals("aggregate AC nameplate 200 kW >= 200 kW (BTM Generation Interconnections); POL 4.7.1 (2023) "
                + "says larger than 200 kW AC: this 2024 document governs, so exactly 200 kW requires the meter",
                f.explanation());
    }

    @Test
    void BTM_01_meter_required_just_above_200_kW() {
        assertEquals(Outcome.REQUIRED, BtmMeteringRules.BTM_01.evaluate(btm("200.001")).outcome());
    }

    @Test
    void BTM_01_boundary_cases_agree_with_the_rule() {
        for (BoundaryCase<?> c : Boundaries.cases(BtmMeteringRules.BTM_01)) {
            Facility f = Facility.builder().siting(Siting.BEHIND_THE_METER)
                    .declaredNameplate((ActivePower) c.value()).build();
            assertEquals(c.satisfiesLimit() ? Outcome.REQUIRED : Outcome.NOT_REQUIRED,
                    BtmMeteringRules.BTM_01.evaluate(f).outcome(), c.toString());
        }
    }

    @Test
    void BTM_01_not_applicable_to_remotely_located_generation() {
        Finding f = BtmMeteringRules.BTM_01.evaluate(Facility.builder().siting(Siting.REMOTELY_LOCATED)
                .declaredNameplate(kilowatts(3000)).build());
        assertEquals(Outcome.NOT_APPLICABLE, f.outcome());
        assertEquals("not applicable: applies only when siting is BTM (BTM Generation Interconnections)",
                f.explanation());
    }

    @Test
    void BTM_01_unknown_siting_and_nameplate_are_named() {
        Finding f = BtmMeteringRules.BTM_01.evaluate(Facility.builder().build());
        assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
        assertEquals(List.of("siting", "aggregate AC nameplate"), f.missingInputs());
    }

    @Test
    void BTM_01_remotely_located_with_unknown_nameplate_is_not_applicable() {
        assertEquals(Outcome.NOT_APPLICABLE, BtmMeteringRules.BTM_01.evaluate(
                Facility.builder().siting(Siting.REMOTELY_LOCATED).build()).outcome());
    }
}
