package org.derkit.rules;

import static org.derkit.model.DerQuantities.kilowatts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    record Site(Optional<Toy> toy) {
    }

    /** A toy rule with the catalogue's header of its id (a book refuses any other header). */
    private static Rule<Toy> rule(String id, Source source, Topic topic) {
        String section = Catalogue.bundled().entry(id).map(CatalogueEntry::section).orElse("section");
        return Rule.id(id).cites(source, section).kind(Kind.RULE).topic(topic).appliesTo(Toy.class)
                .measure(Toy.NAMEPLATE).atLeast(kilowatts(200)).requires("meter").build();
    }

    private static final Rule<Toy> POL_21 = rule("POL-21", Source.INTERCONNECTION_POLICY_2023, Topic.SCADA);
    private static final Rule<Toy> BTM_02 = rule("BTM-02", Source.BTM_METERING_2024, Topic.BTM_METERING);
    private static final Rule<Toy> INV_03 = rule("INV-03", Source.SMART_INVERTER_2023, Topic.SMART_INVERTER);

    @Test
    void the_book_evaluates_in_catalogue_order_whatever_the_registration_order() {
        RuleBook<Site> book = RuleBook.<Site>builder("toy book")
                .add(RuleSet.of("scada", POL_21).liftTo(Site::toy, "toy"))
                .add(RuleSet.of("inverters and metering", INV_03, BTM_02).liftTo(Site::toy, "toy"))
                .add(RuleSet.of("metering", MessagesTest.BTM_01).liftTo(Site::toy, "toy"))
                .build();
        assertEquals(List.of("BTM-01", "BTM-02", "POL-21", "INV-03"), book.rules().ids());
        Findings f = book.evaluate(new Site(Optional.of(Toy.btm(kilowatts(250)))));
        assertEquals(List.of("BTM-01", "BTM-02", "POL-21", "INV-03"), f.stream().map(Finding::id).toList());
        assertEquals(4, f.byOutcome(Outcome.REQUIRED).size());
        assertEquals(List.of("POL-21"), book.bySource(Source.INTERCONNECTION_POLICY_2023).ids());
        assertEquals(List.of("BTM-01", "BTM-02"), book.byTopic(Topic.BTM_METERING).ids());
        assertEquals(List.of("BTM-01", "BTM-02"), f.byTopic(Topic.BTM_METERING).stream().map(Finding::id).toList());
        assertEquals("POL-21", f.byId("POL-21").orElseThrow().id());
        assertEquals(125, book.comparison().missing().size());
    }

    @Test
    void filtered_lifted_sets_still_find_the_part_and_keep_order() {
        RuleSet<Site> all = RuleSet.of("all", BTM_02, POL_21, INV_03).liftTo(Site::toy, "toy");
        RuleSet<Site> some = all.filter("some", r -> !r.id().equals("POL-21"));
        assertEquals(List.of("BTM-02", "INV-03"), some.ids());
        Findings f = some.evaluate(new Site(Optional.of(Toy.btm(kilowatts(150)))));
        assertEquals(List.of(Outcome.NOT_REQUIRED, Outcome.NOT_REQUIRED), f.stream().map(Finding::outcome).toList());
        assertEquals(List.of(Outcome.NOT_APPLICABLE, Outcome.NOT_APPLICABLE),
                some.evaluate(new Site(Optional.empty())).stream().map(Finding::outcome).toList());
    }

    @Test
    void a_sorted_set_evaluates_in_its_new_order() {
        RuleSet<Toy> set = RuleSet.of("x", POL_21, BTM_02).sorted((a, b) -> a.id().compareTo(b.id()));
        assertEquals(List.of("BTM-02", "POL-21"), set.evaluate(Toy.btm(kilowatts(1))).stream().map(Finding::id).toList());
    }

    @Test
    void an_id_registered_twice_or_unknown_to_the_catalogue_is_refused() {
        Rule<Toy> unknown = rule("XYZ-01", Source.RES_FAQ, Topic.RETAIL_ENROLLMENT_BILLING);
        RuleBook.Builder<Toy> builder = RuleBook.<Toy>builder("bad")
                .add(RuleSet.of("a", BTM_02, unknown)).add(RuleSet.of("b", BTM_02));
        assertEquals(List.of("BTM-02", "XYZ-01", "BTM-02"), builder.registeredIds());
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
        assertEquals("rule book 'bad' does not match the catalogue: ids not in the catalogue [XYZ-01], "
                + "ids registered more than once [BTM-02]", e.getMessage());
    }

    @Test
    void a_rule_set_refuses_two_rules_with_one_id() {
        assertThrows(IllegalArgumentException.class, () -> RuleSet.of("x", BTM_02, BTM_02));
    }

    @Test
    void findings_count_by_outcome() {
        Findings f = RuleSet.of("x", BTM_02, POL_21).evaluate(new Toy("t", true, null, BigDecimal.ONE, null));
        assertEquals(java.util.Map.of(Outcome.INSUFFICIENT_DATA, 2), f.countByOutcome());
    }
}
