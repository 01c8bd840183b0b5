package org.derkit.rules;

import static org.derkit.model.DerQuantities.kilowatts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.derkit.model.Money;
import org.junit.jupiter.api.Test;

/** One test per kind of message, each comparing the whole text (STYLE C11). */
class MessagesTest {

    static final Rule<Toy> BTM_01 = Rule.id("BTM-01")
            .cites(Source.BTM_METERING_2024, "BTM Generation Interconnections")
            .quoting("200 kW or greater")
            .kind(Kind.RULE)
            .topic(Topic.BTM_METERING)
            .appliesTo(Toy.class)
            .when("siting is BTM", Toy::btm)
            .measure(Toy.NAMEPLATE)
            .atLeast(kilowatts(200))
            .requires("Ameren BTM production meter with SCADA")
            .note("POL 4.7.1 says larger than 200 kW AC, this 2024 document governs")
            .build();

    private static Rule<Toy> check(ConditionStepFn condition) {
        return condition.apply(Rule.id("TOY-20").cites(Source.SMART_INVERTER_2023, "4.1 Table 5")
                .kind(Kind.RULE).topic(Topic.SMART_INVERTER).appliesTo(Toy.class)).passes("setting").build();
    }

    interface ConditionStepFn {
        OutcomeStep<Toy> apply(WhenStep<Toy> step);
    }

    @Test
    void a_met_limit_renders_measured_value_limit_outcome_and_explanation() {
        assertEquals("BTM-01 (BTM Production Metering 2024, BTM Generation Interconnections)\n"
                + "quote: \"200 kW or greater\"\n"
                + "measured aggregate AC nameplate: 250 kW\n"
                + "limit: aggregate AC nameplate at least 200 kW (inclusive)\n"
                + "outcome: REQUIRED (Ameren BTM production meter with SCADA)\n"
                + "explanation: aggregate AC nameplate 250 kW >= 200 kW (BTM Generation Interconnections); "
                + "POL 4.7.1 says larger than 200 kW AC, this 2024 document governs",
                BTM_01.evaluate(Toy.btm(kilowatts(250))).render());
    }

    @Test
    void an_unmet_limit_shows_the_negated_operator() {
        assertEquals("aggregate AC nameplate 199.999 kW < 200 kW (BTM Generation Interconnections); "
                + "POL 4.7.1 says larger than 200 kW AC, this 2024 document governs",
                BTM_01.evaluate(Toy.btm(kilowatts(199.999))).explanation());
    }

    @Test
    void not_applicable_renders_without_measurements() {
        assertEquals("BTM-01 (BTM Production Metering 2024, BTM Generation Interconnections)\n"
                + "quote: \"200 kW or greater\"\n"
                + "limit: aggregate AC nameplate at least 200 kW (inclusive)\n"
                + "outcome: NOT_APPLICABLE\n"
                + "explanation: not applicable: applies only when siting is BTM (BTM Generation Interconnections)",
                BTM_01.evaluate(new Toy("rlg", false, kilowatts(250), null, null)).render());
    }

    @Test
    void insufficient_data_renders_the_unknown_input() {
        assertEquals("BTM-01 (BTM Production Metering 2024, BTM Generation Interconnections)\n"
                + "quote: \"200 kW or greater\"\n"
                + "measured aggregate AC nameplate: unknown\n"
                + "limit: aggregate AC nameplate at least 200 kW (inclusive)\n"
                + "outcome: INSUFFICIENT_DATA\n"
                + "explanation: unknown input: aggregate AC nameplate (BTM Generation Interconnections)",
                BTM_01.evaluate(Toy.btm(null)).render());
    }

    @Test
    void a_computation_renders_its_value() {
        Rule<Toy> rule = Rule.id("POL-07").cites(Source.INTERCONNECTION_POLICY_2023, "3.2 Table 1")
                .kind(Kind.COMPUTATION).topic(Topic.APPLICATION).appliesTo(Toy.class)
                .from(Toy.NAMEPLATE)
                .computes("application fee", p -> Money.ofDollars(600), ValueText::money)
                .build();
        assertEquals("POL-07 (DER Interconnection Policy 2023, 3.2 Table 1)\n"
                + "measured aggregate AC nameplate: 40 kW\n"
                + "value: 600.00\n"
                + "outcome: VALUE (application fee)\n"
                + "explanation: application fee $600.00 from aggregate AC nameplate 40 kW (3.2 Table 1)",
                rule.evaluate(Toy.btm(kilowatts(40))).render());
    }

    @Test
    void a_constant_computation_renders_its_value() {
        Rule<Toy> rule = Rule.id("BTM-03").cites(Source.BTM_METERING_2024, "BTM Generation Interconnections")
                .kind(Kind.COMPUTATION).topic(Topic.BTM_METERING).appliesTo(Toy.class)
                .computesConstant("three-phase self-contained limit", kilowatts(133), ValueText::quantity)
                .build();
        assertEquals("BTM-03 (BTM Production Metering 2024, BTM Generation Interconnections)\n"
                + "value: 133\n"
                + "outcome: VALUE (three-phase self-contained limit)\n"
                + "explanation: three-phase self-contained limit 133 kW (BTM Generation Interconnections)",
                rule.evaluate(Toy.btm(null)).render());
    }

    @Test
    void a_statement_renders_as_info() {
        Rule<Toy> rule = Rule.id("BTM-04").cites(Source.BTM_METERING_2024, "BTM Generation Interconnections")
                .kind(Kind.INFORMATIONAL).topic(Topic.BTM_METERING).appliesTo(Toy.class)
                .states("Production meter data is for SCADA operations and load planning only.")
                .build();
        assertEquals("BTM-04 (BTM Production Metering 2024, BTM Generation Interconnections)\n"
                + "outcome: INFO\n"
                + "explanation: Production meter data is for SCADA operations and load planning only "
                + "(BTM Generation Interconnections)",
                rule.evaluate(Toy.btm(null)).render());
    }

    @Test
    void a_reported_outcome_renders_its_meaning() {
        Rule<Toy> rule = Rule.id("BTM-06").cites(Source.BTM_METERING_2024, "Customer Responsibilities")
                .kind(Kind.RULE).topic(Topic.BTM_METERING).appliesTo(Toy.class)
                .reports(Outcome.REQUIRED, "customer-provided meter socket")
                .build();
        assertEquals("BTM-06 (BTM Production Metering 2024, Customer Responsibilities)\n"
                + "outcome: REQUIRED (customer-provided meter socket)\n"
                + "explanation: customer-provided meter socket (Customer Responsibilities)",
                rule.evaluate(Toy.btm(null)).render());
    }

    @Test
    void a_lifted_rule_without_its_part_says_what_is_missing() {
        record Site(Optional<Toy> toy) {
        }
        RuleSet<Site> lifted = RuleSet.of("btm", BTM_01).liftTo(Site::toy, "facility");
        assertEquals("BTM-01 (BTM Production Metering 2024, BTM Generation Interconnections)\n"
                + "quote: \"200 kW or greater\"\n"
                + "limit: aggregate AC nameplate at least 200 kW (inclusive)\n"
                + "outcome: NOT_APPLICABLE\n"
                + "explanation: not applicable: no facility (BTM Generation Interconnections)",
                lifted.evaluate(new Site(Optional.empty())).get(0).render());
    }

    @Test
    void between_shows_the_interval_with_its_brackets() {
        Rule<Toy> rule = check(s -> s.measure("voltage", Dimension.PER_UNIT, t -> Optional.ofNullable(t.ratingFactor()))
                .between(new BigDecimal("0.917"), Inclusivity.INCLUSIVE, new BigDecimal("1.05"), Inclusivity.EXCLUSIVE));
        assertEquals("voltage 1.05 pu outside [0.917 pu, 1.05 pu) (4.1 Table 5)",
                rule.evaluate(new Toy("t", true, null, new BigDecimal("1.05"), null)).explanation());
        assertEquals("voltage 1.000 pu within [0.917 pu, 1.05 pu) (4.1 Table 5)",
                rule.evaluate(new Toy("t", true, null, new BigDecimal("1.000"), null)).explanation());
    }

    @Test
    void equality_says_what_was_expected() {
        Rule<Toy> rule = check(s -> s.measure("BTM siting", t -> Optional.of(t.btm())).is(true));
        assertEquals("BTM siting is false, not true (4.1 Table 5)",
                rule.evaluate(new Toy("t", false, null, null, null)).explanation());
        assertEquals("BTM siting is true (4.1 Table 5)", rule.evaluate(Toy.btm(null)).explanation());
    }

    @Test
    void membership_lists_the_allowed_values() {
        Rule<Toy> rule = check(s -> s.measure("name", t -> Optional.of(t.name())).isOneOf(Set.of("a")));
        assertEquals("name toy is not one of [a] (4.1 Table 5)", rule.evaluate(Toy.btm(null)).explanation());
    }

    @Test
    void a_predicate_reads_as_is_or_is_not() {
        Rule<Toy> rule = check(s -> s.measure(Toy.RATING_FACTOR).satisfies("a whole number",
                v -> v.stripTrailingZeros().scale() <= 0));
        assertEquals("CT rating factor 2.5 is not a whole number (4.1 Table 5)",
                rule.evaluate(new Toy("t", true, null, new BigDecimal("2.5"), null)).explanation());
    }

    @Test
    void several_conditions_are_joined_with_and() {
        Rule<Toy> rule = check(s -> s.measure(Toy.NAMEPLATE).atMost(kilowatts(100))
                .and(Toy.RATING_FACTOR).lessThan(new BigDecimal("2.0")));
        assertEquals("aggregate AC nameplate 100 kW <= 100 kW and CT rating factor 2.0 >= 2.0 (4.1 Table 5)",
                rule.evaluate(new Toy("t", true, kilowatts(100), new BigDecimal("2.0"), null)).explanation());
    }

    @Test
    void a_limit_describes_itself_with_unit_and_inclusivity() {
        assertEquals("aggregate AC nameplate greater than 200 kW (exclusive)",
                new Limit<>("aggregate AC nameplate", Dimension.ACTIVE_POWER, kilowatts(200),
                        Comparison.GREATER_THAN).toString());
        assertEquals("fee at most $1,600.00 (inclusive)",
                new Limit<>("fee", Dimension.MONEY, Money.ofDollars(1600), Comparison.AT_MOST).toString());
    }
}
