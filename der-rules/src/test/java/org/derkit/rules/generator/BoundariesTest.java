package org.derkit.rules.generator;

import static org.derkit.model.DerQuantities.kilowatts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.Money;
import org.derkit.model.PowerFactor;
import org.derkit.rules.Comparison;
import org.derkit.rules.Dimension;
import org.derkit.rules.Finding;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Limit;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

class BoundariesTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);

    /** A subject of two measured values, as a user's own domain type would be. */
    record Site(Optional<ActivePower> nameplate, Optional<BigDecimal> ratingFactor) {
    }

    static final Input<Site, ActivePower> NAMEPLATE =
            Input.of("aggregate AC nameplate", Dimension.ACTIVE_POWER, Site::nameplate);
    static final Input<Site, BigDecimal> RATING_FACTOR =
            Input.of("CT rating factor", Dimension.NUMBER, Site::ratingFactor);

    static final Rule<Site> METER = Rule.id("BTM-01").cites(Source.BTM_METERING_2024, "BTM Generation Interconnections")
            .kind(Kind.RULE).topic(Topic.BTM_METERING).appliesTo(Site.class)
            .measure(NAMEPLATE).atLeast(kilowatts(200)).requires("production meter").build();
    static final Rule<Site> RATING = Rule.id("BTM-15").cites(Source.BTM_METERING_2024, "Current Transformers")
            .kind(Kind.RULE).topic(Topic.INSTRUMENT_TRANSFORMERS).appliesTo(Site.class)
            .measure(RATING_FACTOR).atMost(new BigDecimal("2.0")).passes("CT rating factor").build();
    static final RuleSet<Site> RULES = RuleSet.of("site", METER, RATING);

    @Test
    void the_step_is_the_finer_of_the_limits_last_place_and_the_units_resolution() {
        assertEquals(new BigDecimal("0.001"), Boundaries.step(METER.limits().get(0)));
        assertEquals(new BigDecimal("0.1"), Boundaries.step(RATING.limits().get(0)));
        assertEquals(new BigDecimal("0.01"), Boundaries.step(new Limit<>("fee", Dimension.MONEY,
                Money.ofDollars(600), Comparison.AT_MOST)));
        assertEquals(BigDecimal.ONE, Boundaries.step(new Limit<>("phases", Dimension.COUNT, 3L, Comparison.AT_LEAST)));
    }

    @Test
    void BTM_01_cases_below_at_and_above_200_kW() {
        List<BoundaryCase<?>> cases = Boundaries.cases(METER);
        assertEquals(List.of("199.999 kW", "200 kW", "200.001 kW"),
                cases.stream().map(c -> c.value().toString()).toList());
        assertEquals(List.of(false, true, true), cases.stream().map(BoundaryCase::satisfiesLimit).toList());
        assertEquals("BTM-01 aggregate AC nameplate 199.999 kW (BELOW at least 200 kW (inclusive): not satisfied)",
                cases.get(0).toString());
    }

    @Test
    void BTM_15_rating_factor_2_0_passes_and_2_1_fails() {
        List<BoundaryCase<?>> cases = Boundaries.cases(RATING);
        assertEquals(List.of("1.9", "2.0", "2.1"), cases.stream().map(c -> c.value().toString()).toList());
        for (BoundaryCase<?> c : cases) {
            Site site = new Site(Optional.empty(), Optional.of((BigDecimal) c.value()));
            assertEquals(c.satisfiesLimit() ? Outcome.PASS : Outcome.FAIL, RATING.evaluate(site).outcome(), c.toString());
        }
    }

    @Test
    void values_the_type_refuses_are_left_out() {
        Limit<PowerFactor> unity = new Limit<>("power factor", Dimension.POWER_FACTOR, PowerFactor.UNITY,
                Comparison.AT_LEAST);
        assertEquals(List.of(Position.BELOW, Position.AT),
                Boundaries.cases("INV-05", unity).stream().map(BoundaryCase::position).toList());
    }

    @Test
    void the_sampler_is_reproducible_from_its_seed_and_prefers_the_limits() {
        BoundaryTable table = Boundaries.table(RULES.rules());
        SubjectGenerator<Site> sites = s -> new Site(
                Optional.of(s.next("aggregate AC nameplate", Dimension.ACTIVE_POWER, kilowatts(0), kilowatts(10_000))),
                s.nextOptional("CT rating factor", Dimension.NUMBER, BigDecimal.ZERO, BigDecimal.TEN, 0.1));
        List<Site> a = table.sampler(SEED).generate(sites, 400);
        assertEquals(a, table.sampler(SEED).generate(sites, 400));
        long nearLimit = a.stream().filter(s -> s.nameplate().orElseThrow().value()
                .subtract(BigDecimal.valueOf(200)).abs().compareTo(new BigDecimal("0.001")) <= 0).count();
        assertTrue(nearLimit > 100, "near 200 kW: " + nearLimit + " of 400");
    }

    /** How a user drives the boundary cases from QuickTheories. */
    @Test
    void quicktheories_every_boundary_case_evaluates_to_the_side_of_the_limit_it_lies_on() {
        List<BoundaryCase<?>> cases = Boundaries.cases(RULES.rules());
        Gen<BoundaryCase<?>> boundaryCases = in -> cases.get((int) in.next(Constraint.between(0, cases.size() - 1)));
        qt().withFixedSeed(SEED).forAll(boundaryCases)
                .describedAs(BoundaryCase::toString)
                .check(c -> {
                    Site site = c.input().equals(NAMEPLATE.name())
                            ? new Site(Optional.of((ActivePower) c.value()), Optional.empty())
                            : new Site(Optional.empty(), Optional.of((BigDecimal) c.value()));
                    Finding f = RULES.rule(c.ruleId()).orElseThrow().evaluate(site);
                    boolean met = f.outcome() == Outcome.REQUIRED || f.outcome() == Outcome.PASS;
                    return met == c.satisfiesLimit();
                });
    }

    /** How a user generates whole subjects concentrated on the limits from QuickTheories. */
    @Test
    void quicktheories_random_subjects_concentrating_on_limits_never_make_evaluation_throw() {
        BoundaryTable table = Boundaries.table(RULES.rules());
        SubjectGenerator<Site> generator = s -> new Site(
                s.nextOptional("aggregate AC nameplate", Dimension.ACTIVE_POWER, kilowatts(0), kilowatts(5_000), 0.1),
                s.nextOptional("CT rating factor", Dimension.NUMBER, new BigDecimal("0.5"), new BigDecimal("4.0"), 0.1));
        Gen<Site> sites = in -> generator.generate(table.sampler(() -> in.next(Constraint.none())));
        qt().withFixedSeed(SEED).forAll(sites)
                .describedAs(Site::toString)
                .check(site -> RULES.evaluate(site).size() == 2);
    }

    private static LimitSampler sampler(boolean heads, boolean high, double fraction) {
        return Boundaries.table(RULES.rules()).sampler(new FixedDraws(heads, high, fraction));
    }

    private static boolean same(BigDecimal expected, BigDecimal actual) {
        return Dimension.NUMBER.compare(expected, actual) == 0;
    }

    @Test
    void the_table_lists_its_inputs_in_rule_order_and_cannot_be_changed() {
        BoundaryTable table = Boundaries.table(RULES.rules());
        assertEquals(List.of("aggregate AC nameplate", "CT rating factor"), List.copyOf(table.inputs()));
        assertEquals(3, table.cases("CT rating factor").size());
        assertThrows(UnsupportedOperationException.class, () -> table.cases("CT rating factor").clear());
        assertEquals(List.of(), table.cases("no such input"));
        assertEquals("BoundaryTable (2 inputs)", table.toString());
    }

    @Test
    void heads_draws_a_boundary_value_of_the_input_and_tails_a_uniform_value_of_the_range() {
        ActivePower atLimit = sampler(true, false, 0.5).next("aggregate AC nameplate", Dimension.ACTIVE_POWER,
                kilowatts(0), kilowatts(10_000));
        assertEquals(0, Dimension.ACTIVE_POWER.compare(kilowatts(new BigDecimal("199.999")), atLimit),
                "the first of 199.999 / 200 / 200.001 kW: " + atLimit);
        ActivePower lowest = sampler(false, false, 0.5).next("aggregate AC nameplate", Dimension.ACTIVE_POWER,
                kilowatts(0), kilowatts(10_000));
        assertEquals(0, Dimension.ACTIVE_POWER.compare(kilowatts(0), lowest), lowest::toString);
        ActivePower highest = sampler(false, true, 0.5).next("aggregate AC nameplate", Dimension.ACTIVE_POWER,
                kilowatts(0), kilowatts(10_000));
        assertEquals(0, Dimension.ACTIVE_POWER.compare(kilowatts(10_000), highest), highest::toString);
        assertTrue(same(BigDecimal.TEN, sampler(true, true, 0.5).next("an input without limits", Dimension.NUMBER,
                BigDecimal.ONE, BigDecimal.TEN)), "no boundary value: uniform, here the top of the range");
    }

    @Test
    void boundary_values_at_either_end_of_the_range_are_inside_it() {
        // CT rating factor boundaries: 1.9, 2.0, 2.1
        BigDecimal first = sampler(true, false, 0.5).next("CT rating factor", Dimension.NUMBER, new BigDecimal("1.9"),
                BigDecimal.TEN);
        assertTrue(same(new BigDecimal("1.9"), first), "the lowest boundary value equals min: " + first);
        BigDecimal last = sampler(true, true, 0.5).next("CT rating factor", Dimension.NUMBER, BigDecimal.ZERO,
                new BigDecimal("2.1"));
        assertTrue(same(new BigDecimal("2.1"), last), "the highest boundary value equals max: " + last);
        BigDecimal only = sampler(true, true, 0.5).next("CT rating factor", Dimension.NUMBER, new BigDecimal("2.0"),
                new BigDecimal("2.0"));
        assertTrue(same(new BigDecimal("2.0"), only), "a range of one value: " + only);
        assertThrows(IllegalArgumentException.class, () -> sampler(true, true, 0.5).next("CT rating factor",
                Dimension.NUMBER, new BigDecimal("2.1"), new BigDecimal("2.0")));
    }

    @Test
    void an_unknown_share_of_0_never_and_of_1_always_leaves_the_value_unknown() {
        // the lowest and the highest double a generator can draw in [0, 1)
        assertTrue(sampler(true, false, 0.0).nextOptional("CT rating factor", Dimension.NUMBER, BigDecimal.ZERO,
                BigDecimal.TEN, 0.0).isPresent());
        assertFalse(sampler(true, false, Math.nextDown(1.0)).nextOptional("CT rating factor", Dimension.NUMBER,
                BigDecimal.ZERO, BigDecimal.TEN, 1.0).isPresent());
        assertThrows(IllegalArgumentException.class, () -> sampler(true, false, 0.5).nextOptional("CT rating factor",
                Dimension.NUMBER, BigDecimal.ZERO, BigDecimal.TEN, 1.01));
        assertThrows(IllegalArgumentException.class, () -> sampler(true, false, 0.5).nextOptional("CT rating factor",
                Dimension.NUMBER, BigDecimal.ZERO, BigDecimal.TEN, -0.01));
    }

    @Test
    void every_draw_comes_from_the_given_generator() {
        assertFalse(sampler(false, false, 0.5).nextBoolean());
        assertTrue(sampler(true, false, 0.5).nextBoolean());
        assertEquals("b", sampler(false, true, 0.5).oneOf(List.of("a", "b")));
        assertEquals(Position.BELOW, sampler(false, false, 0.5).oneOf(Position.class));
        assertEquals(3, sampler(true, false, 0.5).generate(s -> s.nextBoolean(), 3).size());
        assertEquals(List.of(), sampler(true, false, 0.5).generate(s -> s.nextBoolean(), 0));
    }
}
