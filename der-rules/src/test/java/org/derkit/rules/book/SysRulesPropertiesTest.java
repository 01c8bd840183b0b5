package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.rules.Finding;
import org.derkit.rules.Findings;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** Properties of issue 3 for POL-14..39 and POL-41..43 on generated applications. */
class SysRulesPropertiesTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);

    private static final RuleSet<ScreeningContext> SYS = RuleSet.concat("sys", List.of(
            SystemLimitRules.rules(), ScadaRules.rules(), TransferTripRules.rules(), ConstructionRules.rules(),
            StorageMeteringRules.rules(), WitnessTestRules.rules()));

    @Test
    void the_sys_rules_cover_exactly_their_29_catalogue_ids() {
        assertEquals(29, SYS.size());
        for (int n = 14; n <= 43; n++) {
            if (n != 40) {
                assertEquals(1, SYS.ids().stream().filter(("POL-" + n)::equals).count(), "POL-" + n);
            }
        }
    }

    @Test
    void POL_14_to_POL_43_evaluation_is_deterministic_and_never_throws_for_generated_applications() {
        qt().withFixedSeed(SEED)
                .forAll(SysGenerators.applications())
                .describedAs(a -> a.id() + " " + a.facility())
                .checkAssert(a -> {
                    Findings first = SYS.evaluate(ScreeningContext.of(a));
                    Findings again = SYS.evaluate(ScreeningContext.of(a));
                    assertEquals(first.stream().toList(), again.stream().toList());
                    for (Finding f : first.stream().toList()) {
                        assertFalse(f.explanation().isBlank(), f.id());
                        if (f.kind() == Kind.ADVISORY) {
                            assertFalse(f.outcome() == Outcome.FAIL, f.id());
                        }
                        if (f.kind() == Kind.COMPUTATION) {
                            assertFalse(f.outcome() == Outcome.PASS || f.outcome() == Outcome.FAIL, f.id());
                        }
                    }
                });
    }
}
