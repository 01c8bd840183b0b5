package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.derkit.rules.Catalogue;
import org.derkit.rules.CatalogueEntry;
import org.derkit.rules.CatalogueMismatchException;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleBook;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue is the single source of each rule's header (issue 11, item 6): for every one of
 * the 129 ids the book's rule cites the catalogue's document and section and has its kind, and a
 * book whose header differs is refused when it is built.
 */
class CatalogueHeaderTest {

    static Stream<CatalogueEntry> entries() {
        return Catalogue.bundled().entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void every_catalogue_id_has_a_rule_with_the_catalogue_header(CatalogueEntry entry) {
        Rule<Screening> rule = AmerenRuleBook.book().rules().rule(entry.id()).orElseThrow();
        assertEquals(List.of(), Catalogue.bundled().headerDifferences(rule));
        assertEquals(entry.source(), rule.citation().source());
        assertEquals(entry.section(), rule.citation().section());
        assertEquals(entry.kind(), rule.kind());
    }

    @Test
    void the_book_covers_all_129_ids() {
        assertEquals(129, entries().count());
        assertEquals(Catalogue.bundled().ids(), AmerenRuleBook.book().rules().ids());
    }

    @Test
    void a_book_whose_rule_cites_another_section_or_kind_is_refused() {
        Rule<String> wrongSection = Rule.id("RES-15").cites(Source.RES_FAQ, "FAQ 16").kind(Kind.INFORMATIONAL)
                .topic(Topic.RETAIL_ENROLLMENT_BILLING).appliesTo(String.class).states("a service point").build();
        Rule<String> wrongKind = Rule.id("RES-19").cites(Source.RES_FAQ, "FAQ 20").kind(Kind.INFORMATIONAL)
                .topic(Topic.RETAIL_ENROLLMENT_BILLING).appliesTo(String.class).states("by email").build();
        RuleBook.Builder<String> builder = RuleBook.<String>builder("test")
                .add(RuleSet.of("retail", wrongSection, wrongKind));
        CatalogueMismatchException e = assertThrows(CatalogueMismatchException.class, builder::build);
        assertEquals(List.of("RES-15 section 'FAQ 16', catalogue 'FAQ 15'",
                "RES-19 kind informational, catalogue process"), e.differences());
        Rule<String> right = Rule.id("RES-15").cites(Source.RES_FAQ, "FAQ 15").kind(Kind.INFORMATIONAL)
                .topic(Topic.RETAIL_ENROLLMENT_BILLING).appliesTo(String.class).states("a service point").build();
        assertEquals(Outcome.INFO, RuleBook.<String>builder("test").add(RuleSet.of("retail", right)).build()
                .evaluate("x").byId("RES-15").orElseThrow().outcome());
    }
}
