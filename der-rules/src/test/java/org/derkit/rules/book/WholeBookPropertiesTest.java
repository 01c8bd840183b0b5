package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.rules.CatalogueEntry;
import org.derkit.rules.Finding;
import org.derkit.rules.Findings;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.QtSupport;
import org.derkit.rules.RuleBook;
import org.derkit.rules.generator.Boundaries;
import org.derkit.rules.generator.BoundaryTable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Properties of the whole book over applications that concentrate on its limits
 * ({@link ApplicationGenerator} driven by the book's own boundary table).
 */
class WholeBookPropertiesTest {

    private static final RuleBook<Screening> BOOK = AmerenRuleBook.book();
    private static final BoundaryTable TABLE = Boundaries.table(BOOK.rules().rules());

    /** QuickTheories picks the seed of each subject's sampler, so a failure reproduces from "Seed was ...". */
    private static Gen<InterconnectionApplication> applications() {
        return in -> {
            long seed = in.next(Constraint.between(0, Long.MAX_VALUE));
            return ApplicationGenerator.applications().generate(TABLE.sampler(seed));
        };
    }

    @Test
    void evaluation_never_throws_is_deterministic_and_gives_one_finding_per_catalogue_id_in_order() {
        List<String> catalogueOrder = BOOK.catalogue().entries().stream().map(CatalogueEntry::id).toList();
        qt().withFixedSeed(QtSupport.SEED).withExamples(300).forAll(applications())
                .describedAs(a -> a.id() + " " + a.facility())
                .checkAssert(a -> {
                    Findings first = BOOK.evaluate(Screening.of(a));
                    Findings second = BOOK.evaluate(Screening.of(a));
                    List<String> ids = first.stream().map(Finding::id).toList();
                    assertEquals(catalogueOrder, ids);
                    assertEquals(first.stream().toList(), second.stream().toList());
                    for (Finding f : first.stream().toList()) {
                        assertTrue(!f.explanation().isBlank(), f.id());
                        if (f.kind() == Kind.ADVISORY) {
                            assertTrue(f.outcome() != Outcome.FAIL, f.id() + " advisory never fails");
                        }
                        if (f.outcome() == Outcome.VALUE) {
                            assertEquals(Kind.COMPUTATION, f.kind(), f.id());
                        }
                        if (f.outcome() == Outcome.INSUFFICIENT_DATA) {
                            assertTrue(!f.missingInputs().isEmpty(), f.id() + " names its missing input");
                        }
                    }
                });
    }

    @Test
    void generated_applications_reach_every_outcome_of_the_interconnection_rules() {
        Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
        SplittableRandom seeds = new SplittableRandom(QtSupport.SEED);
        for (int i = 0; i < 400; i++) {
            InterconnectionApplication a = ApplicationGenerator.applications().generate(TABLE.sampler(seeds.nextLong()));
            BOOK.evaluate(Screening.of(a)).stream().forEach(f -> seen.merge(f.outcome(), 1, Integer::sum));
        }
        for (Outcome o : List.of(Outcome.PASS, Outcome.FAIL, Outcome.REQUIRED, Outcome.NOT_REQUIRED, Outcome.VALUE,
                Outcome.REVIEW, Outcome.ADVISORY, Outcome.NOT_APPLICABLE, Outcome.INSUFFICIENT_DATA, Outcome.INFO)) {
            assertTrue(seen.getOrDefault(o, 0) > 0, o + " never reached: " + seen);
        }
    }
}
