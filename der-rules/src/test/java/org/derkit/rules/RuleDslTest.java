package org.derkit.rules;

import static org.derkit.model.DerQuantities.kilowatts;
import static org.derkit.rules.QtSupport.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.derkit.model.ActivePower;
import org.derkit.model.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class RuleDslTest {

    private static ActivePower kw(String v) {
        return ActivePower.ofKilowatts(new BigDecimal(v));
    }

    private static ConditionStep<Toy, ActivePower> nameplateRule() {
        return Rule.id("TOY-01").cites(Source.BTM_METERING_2024, "BTM Generation Interconnections")
                .kind(Kind.RULE).topic(Topic.BTM_METERING).appliesTo(Toy.class)
                .measure(Toy.NAMEPLATE);
    }

    @Nested
    class Comparisons {

        static Stream<Arguments> table() {
            return Stream.of(
                    Arguments.of(Comparison.AT_LEAST, "199.999", Outcome.NOT_REQUIRED),
                    Arguments.of(Comparison.AT_LEAST, "200", Outcome.REQUIRED),
                    Arguments.of(Comparison.AT_LEAST, "200.001", Outcome.REQUIRED),
                    Arguments.of(Comparison.AT_MOST, "199.999", Outcome.REQUIRED),
                    Arguments.of(Comparison.AT_MOST, "200.000", Outcome.REQUIRED),
                    Arguments.of(Comparison.AT_MOST, "200.001", Outcome.NOT_REQUIRED),
                    Arguments.of(Comparison.GREATER_THAN, "199.999", Outcome.NOT_REQUIRED),
                    Arguments.of(Comparison.GREATER_THAN, "200", Outcome.NOT_REQUIRED),
                    Arguments.of(Comparison.GREATER_THAN, "200.001", Outcome.REQUIRED),
                    Arguments.of(Comparison.LESS_THAN, "199.999", Outcome.REQUIRED),
                    Arguments.of(Comparison.LESS_THAN, "200", Outcome.NOT_REQUIRED),
                    Arguments.of(Comparison.LESS_THAN, "200.001", Outcome.NOT_REQUIRED));
        }

        @ParameterizedTest(name = "{0} 200 kW with {1} kW is {2}")
        @MethodSource("table")
        void each_comparison_below_at_and_above_its_limit(Comparison comparison, String value, Outcome expected) {
            ConditionStep<Toy, ActivePower> step = nameplateRule();
            ActivePower limit = kilowatts(200);
            OutcomeStep<Toy> met;
            switch (comparison) {
                case AT_LEAST:
                    met = step.atLeast(limit);
                    break;
                case AT_MOST:
                    met = step.atMost(limit);
                    break;
                case GREATER_THAN:
                    met = step.greaterThan(limit);
                    break;
                default:
                    met = step.lessThan(limit);
            }
            Rule<Toy> rule = met.requires("production meter").build();
            assertEquals(expected, rule.evaluate(Toy.btm(kw(value))).outcome());
            assertEquals(List.of(new Limit<>("aggregate AC nameplate", Dimension.ACTIVE_POWER, limit, comparison)),
                    rule.limits());
        }

        @Test
        void values_closer_than_a_double_can_tell_apart_are_compared_exactly() {
            Rule<Toy> rule = nameplateRule().greaterThan(kilowatts(200)).requires("meter").build();
            ActivePower tiny = kw("200.00000000000000000001");
            assertEquals(200.0, tiny.doubleValue());
            assertEquals(Outcome.REQUIRED, rule.evaluate(Toy.btm(tiny)).outcome());
            assertEquals(Outcome.NOT_REQUIRED, rule.evaluate(Toy.btm(kw("200.0000000"))).outcome());
        }

        static Stream<Arguments> between() {
            return Stream.of(
                    Arguments.of(Inclusivity.INCLUSIVE, Inclusivity.INCLUSIVE, "100", true),
                    Arguments.of(Inclusivity.INCLUSIVE, Inclusivity.INCLUSIVE, "200", true),
                    Arguments.of(Inclusivity.EXCLUSIVE, Inclusivity.INCLUSIVE, "100", false),
                    Arguments.of(Inclusivity.EXCLUSIVE, Inclusivity.INCLUSIVE, "100.001", true),
                    Arguments.of(Inclusivity.INCLUSIVE, Inclusivity.EXCLUSIVE, "200", false),
                    Arguments.of(Inclusivity.INCLUSIVE, Inclusivity.EXCLUSIVE, "199.999", true),
                    Arguments.of(Inclusivity.EXCLUSIVE, Inclusivity.EXCLUSIVE, "99.999", false),
                    Arguments.of(Inclusivity.EXCLUSIVE, Inclusivity.EXCLUSIVE, "200.001", false),
                    Arguments.of(Inclusivity.EXCLUSIVE, Inclusivity.EXCLUSIVE, "150", true));
        }

        @ParameterizedTest(name = "between 100 kW {0} and 200 kW {1} with {2} kW: {3}")
        @MethodSource("between")
        void between_states_each_bound_inclusivity(Inclusivity lower, Inclusivity upper, String value,
                boolean passes) {
            Rule<Toy> rule = nameplateRule().between(kilowatts(100), lower, kilowatts(200), upper)
                    .passes("nameplate in range").build();
            assertEquals(passes ? Outcome.PASS : Outcome.FAIL, rule.evaluate(Toy.btm(kw(value))).outcome());
            assertEquals(2, rule.limits().size());
            assertEquals(lower, rule.limits().get(0).inclusivity());
            assertEquals(upper, rule.limits().get(1).inclusivity());
        }

        @Test
        void between_refuses_a_lower_limit_above_the_upper() {
            assertThrows(IllegalArgumentException.class, () -> nameplateRule()
                    .between(kilowatts(300), Inclusivity.INCLUSIVE, kilowatts(200), Inclusivity.INCLUSIVE));
        }

        @Test
        void all_conditions_must_hold_for_the_rule_to_be_met() {
            Rule<Toy> rule = nameplateRule().atLeast(kilowatts(200))
                    .and("BTM siting", t -> Optional.of(t.btm())).is(true)
                    .requires("meter").build();
            assertEquals(Outcome.REQUIRED, rule.evaluate(Toy.btm(kilowatts(250))).outcome());
            assertEquals(Outcome.NOT_REQUIRED,
                    rule.evaluate(new Toy("rlg", false, kilowatts(250), null, null)).outcome());
            assertEquals(Outcome.NOT_REQUIRED, rule.evaluate(Toy.btm(kilowatts(150))).outcome());
        }

        @Test
        void the_dimension_comes_from_the_limit_when_the_input_declares_none() {
            Rule<Toy> rule = Rule.id("TOY-02").cites(Source.BTM_METERING_2024, "Current Transformers")
                    .kind(Kind.RULE).topic(Topic.INSTRUMENT_TRANSFORMERS).appliesTo(Toy.class)
                    .measure("fee", t -> Optional.ofNullable(t.fee()))
                    .atMost(Money.ofDollars(600)).passes("fee within cap").build();
            assertSame(Dimension.MONEY, rule.limits().get(0).dimension());
            assertEquals(Outcome.FAIL, rule.evaluate(new Toy("t", true, null, null,
                    Money.ofDollars(new BigDecimal("600.01")))).outcome());
        }

        @Test
        void a_limit_of_a_class_without_dimension_is_refused_when_the_rule_is_written() {
            ConditionStep<Toy, StringBuilder> step = Rule.id("TOY-03")
                    .cites(Source.BTM_METERING_2024, "Current Transformers").kind(Kind.RULE)
                    .topic(Topic.INSTRUMENT_TRANSFORMERS).appliesTo(Toy.class)
                    .measure("odd", t -> Optional.of(new StringBuilder()));
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> step.atLeast(new StringBuilder("x")));
            assertEquals("Invalid value for TOY-03: no built-in dimension for limit values of "
                    + "java.lang.StringBuilder on input 'odd'; declare one with measure(name, Dimension.of(...),"
                    + " extractor) (valid values a limit of a type with a built-in dimension (quantities, Money,"
                    + " numbers)): java.lang.StringBuilder", e.getMessage());
        }

        @Test
        void one_of_and_satisfies_need_no_quantity_limit() {
            Rule<Toy> rule = Rule.id("TOY-04").cites(Source.BTM_METERING_2024, "Current Transformers")
                    .kind(Kind.RULE).topic(Topic.INSTRUMENT_TRANSFORMERS).appliesTo(Toy.class)
                    .measure("name", t -> Optional.of(t.name())).isOneOf(Set.of("a", "b"))
                    .and(Toy.RATING_FACTOR).satisfies("a tenth", v -> v.scale() == 1)
                    .passes("named and tenths").build();
            assertEquals(Outcome.PASS, rule.evaluate(new Toy("a", true, null, new BigDecimal("2.0"), null)).outcome());
            assertEquals(Outcome.FAIL, rule.evaluate(new Toy("c", true, null, new BigDecimal("2.0"), null)).outcome());
            assertEquals(Outcome.FAIL, rule.evaluate(new Toy("a", true, null, new BigDecimal("2"), null)).outcome());
            assertEquals(List.of(), rule.limits());
        }
    }

    @Nested
    class NotApplicableAndInsufficientData {

        private final Rule<Toy> rule = Rule.id("TOY-01").cites(Source.BTM_METERING_2024, "BTM Generation Interconnections")
                .kind(Kind.RULE).topic(Topic.BTM_METERING).appliesTo(Toy.class)
                .when("siting is BTM", Toy::btm)
                .measure(Toy.NAMEPLATE).atLeast(kilowatts(200))
                .and(Toy.RATING_FACTOR).atMost(new BigDecimal("2.0"))
                .requires("production meter").build();

        @Test
        void a_subject_the_rule_does_not_apply_to_is_not_applicable() {
            Finding f = rule.evaluate(new Toy("rlg", false, null, null, null));
            assertEquals(Outcome.NOT_APPLICABLE, f.outcome());
            assertEquals("not applicable: applies only when siting is BTM (BTM Generation Interconnections)",
                    f.explanation());
        }

        @Test
        void an_unknown_input_gives_insufficient_data_naming_it() {
            Finding f = rule.evaluate(new Toy("t", true, kilowatts(250), null, null));
            assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
            assertEquals(List.of("CT rating factor"), f.missingInputs());
            assertEquals("unknown input: CT rating factor (BTM Generation Interconnections)", f.explanation());
        }

        @Test
        void every_unknown_input_is_named() {
            Finding f = rule.evaluate(new Toy("t", true, null, null, null));
            assertEquals(List.of("aggregate AC nameplate", "CT rating factor"), f.missingInputs());
            assertEquals("unknown inputs: aggregate AC nameplate, CT rating factor (BTM Generation Interconnections)",
                    f.explanation());
        }
    }

    @Nested
    class Lifting {

        record Site(Optional<Toy> toy) {
        }

        private final Rule<Toy> rule = nameplateRule().atLeast(kilowatts(200)).requires("meter").build();
        private final RuleSet<Site> lifted = RuleSet.of("toys", rule).liftTo(Site::toy, "toy facility");

        @Test
        void an_absent_part_makes_every_lifted_rule_not_applicable() {
            Findings f = lifted.evaluate(new Site(Optional.empty()));
            assertEquals(Outcome.NOT_APPLICABLE, f.get(0).outcome());
            assertEquals("not applicable: no toy facility (BTM Generation Interconnections)",
                    f.get(0).explanation());
        }

        @Test
        void a_present_part_gives_the_inner_rules_finding() {
            Toy toy = Toy.btm(kilowatts(250));
            assertEquals(rule.evaluate(toy), lifted.evaluate(new Site(Optional.of(toy))).get(0));
            assertEquals(rule.limits(), lifted.rules().get(0).limits());
            assertEquals("TOY-01", lifted.rules().get(0).id());
        }

        @Test
        void a_lifted_rule_evaluated_alone_agrees_with_its_set() {
            Site site = new Site(Optional.of(Toy.btm(kilowatts(150))));
            assertEquals(lifted.evaluate(site).get(0), lifted.rules().get(0).evaluate(site));
        }
    }

    @Nested
    class ComputationsAndStatements {

        @Test
        void a_computation_reports_its_value() {
            Rule<Toy> rule = Rule.id("TOY-05").cites(Source.INTERCONNECTION_POLICY_2023, "3.2 Table 1")
                    .kind(Kind.COMPUTATION).topic(Topic.APPLICATION).appliesTo(Toy.class)
                    .from(Toy.NAMEPLATE)
                    .computes("application fee", p -> p.isAtMost(kilowatts(25)) ? Money.ofDollars(50)
                            : Money.ofDollars(600), ValueText::money)
                    .build();
            Finding f = rule.evaluate(Toy.btm(kilowatts(40)));
            assertEquals(Outcome.VALUE, f.outcome());
            assertEquals(Optional.of("600.00"), f.value());
        }

        @Test
        void a_two_input_computation_reports_its_value() {
            Rule<Toy> rule = Rule.id("TOY-06").cites(Source.INTERCONNECTION_POLICY_2023, "3.2 Table 1")
                    .kind(Kind.COMPUTATION).topic(Topic.APPLICATION).appliesTo(Toy.class)
                    .from(Toy.NAMEPLATE).and(Toy.RATING_FACTOR)
                    .computes("scaled", (p, rf) -> p.multipliedBy(rf), ValueText::quantity)
                    .build();
            assertEquals(Optional.of("500.00"),
                    rule.evaluate(new Toy("t", true, kilowatts(250), new BigDecimal("2.00"), null)).value());
        }

        @Test
        void a_statement_is_an_info_finding() {
            Rule<Toy> rule = Rule.id("TOY-07").cites(Source.BTM_METERING_2024, "BTM Generation Interconnections")
                    .kind(Kind.INFORMATIONAL).topic(Topic.BTM_METERING).appliesTo(Toy.class)
                    .states("Production meter data is never used for billing.").build();
            Finding f = rule.evaluate(Toy.btm(null));
            assertEquals(Outcome.INFO, f.outcome());
            assertEquals("Production meter data is never used for billing (BTM Generation Interconnections)",
                    f.explanation());
        }

        @Test
        void a_computation_must_report_a_value_and_only_a_computation_may() {
            assertThrows(IllegalStateException.class, () -> Rule.id("TOY-08")
                    .cites(Source.BTM_METERING_2024, "x").kind(Kind.COMPUTATION).topic(Topic.COSTS)
                    .appliesTo(Toy.class).states("no value").build());
            assertThrows(IllegalStateException.class, () -> Rule.id("TOY-08")
                    .cites(Source.BTM_METERING_2024, "x").kind(Kind.RULE).topic(Topic.COSTS)
                    .appliesTo(Toy.class).computesConstant("limit", kilowatts(133), ValueText::quantity).build());
        }

        @Test
        void an_advisory_rule_is_declared_with_advisory_not_with_kind() {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Rule.id("TOY-09")
                    .cites(Source.BTM_METERING_2024, "x").kind(Kind.ADVISORY));
            assertTrue(e.getMessage().contains("TOY-09 kind") && e.getMessage().contains("advisory()"), e::getMessage);
        }

        @Test
        void an_advisory_rule_reports_pass_advisory_or_insufficient_data_and_keeps_its_kind() {
            Rule<Toy> small = Rule.id("TOY-09").cites(Source.BTM_METERING_2024, "x").advisory()
                    .topic(Topic.INSTALLATION).appliesTo(Toy.class)
                    .when("is BTM", Toy::btm)
                    .measure(Toy.NAMEPLATE).atMost(kilowatts(10))
                    .and(Toy.RATING_FACTOR).atMost(new BigDecimal("2.0"))
                    .advises("10 kW or less preferred")
                    .build();
            assertEquals(Kind.ADVISORY, small.kind());
            BigDecimal rf2 = new BigDecimal("2.0");
            assertEquals(Outcome.PASS, small.evaluate(new Toy("toy", true, kilowatts(10), rf2, null)).outcome());
            assertEquals(Outcome.ADVISORY, small.evaluate(new Toy("toy", true, kilowatts(10), new BigDecimal("2.1"), null))
                    .outcome());
            assertEquals(Outcome.ADVISORY, small.evaluate(Toy.btm(kilowatts(11))).outcome(), "a known miss is not hidden");
            assertEquals(Outcome.INSUFFICIENT_DATA, small.evaluate(Toy.btm(kilowatts(10))).outcome());
            assertEquals(Outcome.NOT_APPLICABLE, small.evaluate(new Toy("toy", false, kilowatts(11), rf2, null)).outcome());
        }

        /**
         * The advisory grammar, walked from {@code advisory()} through the steps its methods return
         * up to {@link BuildStep}: no step takes an outcome or a decision, and only
         * {@code advises} reaches the last step, so no advisory rule can name FAIL.
         */
        /** The step a method returns, its type variable (LimitStep's next step) resolved on {@code step}. */
        private static Class<?> returnedStep(Class<?> step, java.lang.reflect.Method m) {
            if (!(m.getGenericReturnType() instanceof java.lang.reflect.TypeVariable<?> variable)) {
                return m.getReturnType();
            }
            int index = List.of(m.getDeclaringClass().getTypeParameters()).indexOf(variable);
            for (java.lang.reflect.Type parent : step.getGenericInterfaces()) {
                if (parent instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == m.getDeclaringClass()) {
                    java.lang.reflect.Type argument = p.getActualTypeArguments()[index];
                    return (Class<?>) (argument instanceof java.lang.reflect.ParameterizedType a ? a.getRawType() : argument);
                }
            }
            throw new AssertionError(step + " does not bind " + variable + " of " + m);
        }

        @Test
        void the_advisory_steps_name_no_outcome_and_end_only_in_advises() {
            Set<Class<?>> seen = new HashSet<>();
            Deque<Class<?>> steps = new ArrayDeque<>(List.of(AdvisoryTopicStep.class));
            Set<String> toBuild = new TreeSet<>();
            while (!steps.isEmpty()) {
                Class<?> step = steps.pop();
                if (!seen.add(step)) {
                    continue;
                }
                for (java.lang.reflect.Method m : step.getMethods()) {
                    for (java.lang.reflect.Type p : m.getGenericParameterTypes()) {
                        assertFalse(p.getTypeName().contains("Outcome") || p.getTypeName().contains("Decision"),
                                step.getSimpleName() + "." + m.getName() + " takes " + p);
                    }
                    Class<?> next = returnedStep(step, m);
                    if (next == BuildStep.class) {
                        toBuild.add(step.getSimpleName() + "." + m.getName());
                    } else {
                        assertTrue(next.getSimpleName().startsWith("Advisory"),
                                step.getSimpleName() + "." + m.getName() + " leaves the advisory grammar for " + next);
                        steps.push(next);
                    }
                }
            }
            assertEquals(Set.of("AdvisoryOutcomeStep.advises"), toBuild);
            assertEquals(Set.of(AdvisoryTopicStep.class, AdvisorySubjectStep.class, AdvisoryWhenStep.class,
                    AdvisoryConditionStep.class, AdvisoryOutcomeStep.class), seen);
        }

        @Test
        void ids_must_look_like_catalogue_ids() {
            assertThrows(IllegalArgumentException.class, () -> Rule.id("btm 1"));
        }
    }

    @Nested
    class Bugs {

        @Test
        void an_exception_inside_an_extractor_propagates_with_the_rule_id() {
            Rule<Toy> rule = Rule.id("TOY-10").cites(Source.BTM_METERING_2024, "x").kind(Kind.RULE)
                    .topic(Topic.BTM_METERING).appliesTo(Toy.class)
                    .measure("broken", t -> Optional.of(t.name().charAt(99))).is('x').passes("x").build();
            RuleEvaluationException e = assertThrows(RuleEvaluationException.class, () -> rule.evaluate(Toy.btm(null)));
            assertEquals("TOY-10", e.ruleId());
            assertTrue(e.getMessage().startsWith("TOY-10: input 'broken' threw java.lang.StringIndexOutOfBounds"),
                    e.getMessage());
            assertTrue(e.getCause() instanceof StringIndexOutOfBoundsException);
        }

        @Test
        void an_extractor_returning_null_is_a_bug_named_with_the_rule() {
            Rule<Toy> rule = Rule.id("TOY-11").cites(Source.BTM_METERING_2024, "x").kind(Kind.RULE)
                    .topic(Topic.BTM_METERING).appliesTo(Toy.class)
                    .measure("nothing", Dimension.ACTIVE_POWER, t -> null).atLeast(kilowatts(1)).passes("x").build();
            RuleEvaluationException e = assertThrows(RuleEvaluationException.class, () -> rule.evaluate(Toy.btm(null)));
            assertEquals("TOY-11: input 'nothing' returned null instead of an Optional", e.getMessage());
        }
    }

    @Nested
    class Properties {

        private final RuleSet<Toy> rules = RuleSet.of("toys",
                nameplateRule().atLeast(kilowatts(200)).requires("meter").build(),
                Rule.id("TOY-12").cites(Source.BTM_METERING_2024, "Current Transformers").kind(Kind.RULE)
                        .topic(Topic.INSTRUMENT_TRANSFORMERS).appliesTo(Toy.class).when("siting is BTM", Toy::btm)
                        .measure(Toy.RATING_FACTOR).atMost(new BigDecimal("2.0")).passes("rating factor").build(),
                Rule.id("TOY-13").cites(Source.INTERCONNECTION_POLICY_2023, "3.2 Table 1").kind(Kind.COMPUTATION)
                        .topic(Topic.APPLICATION).appliesTo(Toy.class).from(Toy.NAMEPLATE)
                        .computes("doubled", p -> p.multipliedBy(2), ValueText::quantity).build());

        private Gen<Toy> toys() {
            Gen<ActivePower> nameplate = longs().between(0, 400_000).map(v -> ActivePower.ofKilowatts(BigDecimal.valueOf(v, 3)));
            Gen<BigDecimal> rf = integers().between(0, 40).map(v -> BigDecimal.valueOf(v, 1));
            return booleans().all().zip(nameplate, rf, booleans().all(),
                    (btm, p, r, known) -> new Toy("t", btm, known ? p : null, known ? r : null, null));
        }

        @Test
        void evaluation_is_deterministic_and_total() {
            qt().withFixedSeed(SEED).forAll(toys())
                    .describedAs(Toy::toString)
                    .check(t -> {
                        Findings a = rules.evaluate(t);
                        Findings b = rules.evaluate(t);
                        return a.equals(b) && a.size() == 3 && a.stream().allMatch(f -> !f.explanation().isEmpty());
                    });
        }
    }
}
