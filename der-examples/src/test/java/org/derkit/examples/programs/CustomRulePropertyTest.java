package org.derkit.examples.programs;

import static org.derkit.model.DerQuantities.kilowatts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;
import org.derkit.rules.generator.BoundaryCase;
import org.derkit.rules.generator.BoundaryTable;
import org.derkit.rules.generator.Boundaries;
import org.derkit.rules.generator.SubjectGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** The README's "property-test your own rules" section, compiled and run. */
class CustomRulePropertyTest {

    record Site(Optional<ActivePower> export) {
    }

    static final Rule<Site> EXPORT_LIMIT = Rule.id("MY-01").cites(Source.BTM_METERING_2024, "my utility's export limit")
            .kind(Kind.RULE).topic(Topic.SYSTEM_LIMITS).appliesTo(Site.class)
            .measure(Input.of("export capacity", Dimension.ACTIVE_POWER, Site::export)).atMost(kilowatts(25))
            .passes("export within 25 kW").build();

    static final long SEED = Long.getLong("QT_SEED", 20240415L);

    @Test
    void MY_01_boundary_cases_lie_on_the_side_of_the_limit_they_claim() {
        List<BoundaryCase<?>> cases = Boundaries.cases(EXPORT_LIMIT);
        assertEquals(List.of("24.999 kW", "25 kW", "25.001 kW"), cases.stream().map(c -> c.value().toString()).toList());
        Gen<BoundaryCase<?>> boundary = in -> cases.get((int) in.next(Constraint.between(0, cases.size() - 1)));
        qt().withFixedSeed(SEED).forAll(boundary)
                .describedAs(BoundaryCase::toString)
                .check(c -> (EXPORT_LIMIT.evaluate(new Site(Optional.of((ActivePower) c.value()))).outcome()
                        == Outcome.PASS) == c.satisfiesLimit());
    }

    @Test
    void MY_01_passes_exactly_when_export_is_at_most_25_kW_for_sites_near_the_limit() {
        BoundaryTable table = Boundaries.table(List.of(EXPORT_LIMIT));
        SubjectGenerator<Site> generator = s -> new Site(
                s.nextOptional("export capacity", Dimension.ACTIVE_POWER, kilowatts(0), kilowatts(100), 0.05));
        Gen<Site> sites = in -> generator.generate(table.sampler(() -> in.next(Constraint.none())));
        qt().withFixedSeed(SEED).forAll(sites)
                .describedAs(Site::toString)
                .check(site -> {
                    Outcome o = EXPORT_LIMIT.evaluate(site).outcome();
                    return site.export().map(e -> (o == Outcome.PASS) == e.isAtMost(kilowatts(25)))
                            .orElse(o == Outcome.INSUFFICIENT_DATA);
                });
    }
}
