package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.derkit.rules.CatalogueComparison;
import org.derkit.rules.Finding;
import org.derkit.rules.Findings;
import org.derkit.rules.Outcome;
import org.junit.jupiter.api.Test;

class AmerenRuleBookTest {

    /**
     * Every registered id is in the catalogue and registered once,
     * and assert that no catalogue id is missing (issue 3: the book and the catalogue list
     * the same ids).
     */
    @Test
    void the_book_registers_only_catalogue_ids_and_each_once() {
        CatalogueComparison comparison = AmerenRuleBook.builder().compareWithCatalogue();
        assertEquals(List.of(), comparison.unknown(), "ids not in catalog.csv");
        assertEquals(List.of(), comparison.duplicated(), "ids registered more than once");
        assertEquals(List.of(), comparison.missing(), "catalogue ids without a rule");
        assertEquals(AmerenRuleBook.book().rules().size() + comparison.missing().size(),
                AmerenRuleBook.book().catalogue().entries().size());
    }

    @Test
    void the_bundled_catalogue_is_a_copy_of_the_shared_one() {
        assertEquals(129, AmerenRuleBook.book().catalogue().entries().size());
    }

    @Test
    void a_screening_without_an_application_makes_the_application_rules_not_applicable() {
        Findings f = AmerenRuleBook.book().evaluate(new Screening(Optional.empty(), Optional.empty(), Optional.empty()));
        assertTrue(f.stream().allMatch(x -> x.outcome() == Outcome.NOT_APPLICABLE));
        assertEquals(AmerenRuleBook.book().rules().size(), f.size());
    }

    @Test
    void RES_20_meter_data_screened_through_the_whole_book_reports_the_fall_back_day() {
        Findings f = AmerenRuleBook.book().evaluate(
                Screening.of(MeterData.NONE.withIntervalDay(java.time.LocalDate.parse("2025-11-02"))));
        assertEquals(Outcome.VALUE, f.stream().filter(x -> x.id().equals("RES-20")).findFirst().orElseThrow().outcome());
        assertEquals(Outcome.NOT_APPLICABLE,
                f.stream().filter(x -> x.id().equals("BTM-01")).findFirst().orElseThrow().outcome());
    }

    @Test
    void rules_that_decide_through_tables_still_expose_their_figures_as_limits() {
        var book = AmerenRuleBook.book();
        List<String> btm31 = book.rules().rule("BTM-31").orElseThrow().limits().stream().map(Object::toString).toList();
        assertEquals(List.of("#12 AWG Cu secondary run at most 55 ft (inclusive)",
                "#10 AWG Cu secondary run at most 90 ft (inclusive)"), btm31);
        List<String> pol06 = book.rules().rule("POL-06").orElseThrow().limits().stream().map(Object::toString).toList();
        assertTrue(pol06.contains("export capacity (Level 1) at most 25 kW (inclusive)"), pol06.toString());
        assertTrue(pol06.contains("rating (Level 3, radial) less than 10000 kVA (exclusive)"), pol06.toString());
        var cases = org.derkit.rules.generator.Boundaries.cases(book.rules().rule("POL-42").orElseThrow());
        assertEquals(List.of(14L, 15L, 16L), cases.stream().map(c -> c.value()).toList());
    }

    @Test
    void one_screening_context_serves_every_application_rule_of_an_evaluation() {
        java.util.concurrent.atomic.AtomicInteger contexts = new java.util.concurrent.atomic.AtomicInteger();
        org.derkit.rules.RuleSet<Screening> lifted = org.derkit.rules.RuleSet.concat("application",
                AmerenRuleBook.applicationRuleSets()).liftTo(s -> {
                    contexts.incrementAndGet();
                    return s.application().map(ScreeningContext::of);
                }, "interconnection application");
        var a = ApplicationGenerator.applications().generate(
                org.derkit.rules.generator.Boundaries.table(AmerenRuleBook.book().rules().rules()).sampler(7));
        Findings byOne = lifted.evaluate(Screening.of(a));
        assertEquals(1, contexts.get(), "the shared facts are worked out once per screening");
        Findings book = AmerenRuleBook.book().evaluate(Screening.of(a));
        for (Finding f : byOne) {
            assertEquals(f.outcome(), book.byId(f.id()).orElseThrow().outcome(), f.id());
        }
        ScreeningContext context = ScreeningContext.of(a);
        assertEquals(Part466Screens.totalNameplate(a.facility()), context.totalNameplate());
        assertEquals(LevelInputs.from(a.facility()), context.levelInputs());
        assertEquals(ApplicationRules.level(a.facility()).map(LevelDecision::level), context.level());
    }
}
