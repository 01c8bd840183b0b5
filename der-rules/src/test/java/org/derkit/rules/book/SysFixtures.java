package org.derkit.rules.book;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.derkit.model.ApplicationId;
import org.derkit.model.Percentage;
import org.derkit.model.application.CircuitData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.application.StudyResults;
import org.derkit.model.facility.Facility;
import org.derkit.rules.Finding;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;

/** Small builders of interconnection applications for the tests of the sys topics. */
final class SysFixtures {

    private SysFixtures() {
    }

    static Percentage pct(String p) {
        return Percentage.ofPercent(new BigDecimal(p));
    }

    static InterconnectionApplication app(UnaryOperator<Facility.Builder> facility) {
        return InterconnectionApplication.builder().id(ApplicationId.of("SYS-1"))
                .facility(facility.apply(Facility.builder()).build()).build();
    }

    static InterconnectionApplication withStudy(UnaryOperator<Facility.Builder> facility,
            UnaryOperator<StudyResults.Builder> study) {
        return InterconnectionApplication.builder().id(ApplicationId.of("SYS-1"))
                .facility(facility.apply(Facility.builder()).build())
                .study(study.apply(StudyResults.builder()).build()).build();
    }

    static InterconnectionApplication withCircuit(UnaryOperator<Facility.Builder> facility,
            UnaryOperator<CircuitData.Builder> circuit) {
        return InterconnectionApplication.builder().id(ApplicationId.of("SYS-1"))
                .facility(facility.apply(Facility.builder()).build())
                .circuit(circuit.apply(CircuitData.builder()).build()).build();
    }

    static Rule<ScreeningContext> rule(RuleSet<ScreeningContext> set, String id) {
        return set.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    static Finding eval(RuleSet<ScreeningContext> set, String id, InterconnectionApplication a) {
        return rule(set, id).evaluate(ScreeningContext.of(a));
    }
}
