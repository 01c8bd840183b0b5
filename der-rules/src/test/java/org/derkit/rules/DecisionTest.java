package org.derkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.junit.jupiter.api.Test;

/** Rules whose outcome a typed function decides (PASS / FAIL / REVIEW and unknown parts). */
class DecisionTest {

    /** A three-way decision on the rating factor: at most 2.0 passes, up to 3 needs review, above fails. */
    static Decision ratingFactor(BigDecimal rf) {
        if (rf.compareTo(BigDecimal.valueOf(2)) <= 0) {
            return Decision.of(Outcome.PASS, "CT rating factor " + rf + " <= 2.0");
        }
        if (rf.compareTo(BigDecimal.valueOf(3)) <= 0) {
            return Decision.of(Outcome.REVIEW, "CT rating factor " + rf + " > 2.0 and <= 3.0", "review");
        }
        return Decision.of(Outcome.FAIL, "CT rating factor " + rf + " > 3.0");
    }

    private final Rule<Toy> rule = Rule.id("TOY-09").cites(Source.BTM_METERING_2024, "Current Transformers")
            .kind(Kind.RULE).topic(Topic.INSTRUMENT_TRANSFORMERS).appliesTo(Toy.class)
            .from(Toy.RATING_FACTOR).decides("CT rating factor", DecisionTest::ratingFactor)
            .build();

    private static Toy rf(String value) {
        return new Toy("toy", true, null, value == null ? null : new BigDecimal(value), null);
    }

    @Test
    void the_function_decides_each_of_three_outcomes() {
        assertEquals(Outcome.PASS, rule.evaluate(rf("2.0")).outcome());
        Finding review = rule.evaluate(rf("2.5"));
        assertEquals(Outcome.REVIEW, review.outcome());
        assertEquals(Optional.of("review"), review.value());
        assertEquals("CT rating factor 2.5 > 2.0 and <= 3.0 (Current Transformers)", review.explanation());
        assertEquals(Outcome.FAIL, rule.evaluate(rf("3.1")).outcome());
    }

    @Test
    void an_unknown_input_is_insufficient_before_the_function_runs() {
        Finding f = rule.evaluate(rf(null));
        assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
        assertEquals(List.of("CT rating factor"), f.missingInputs());
    }

    @Test
    void a_decision_can_name_unknown_parts_of_a_composite_input() {
        Rule<Toy> composite = Rule.id("TOY-10").cites(Source.BTM_METERING_2024, "Current Transformers")
                .kind(Kind.RULE).topic(Topic.INSTRUMENT_TRANSFORMERS).appliesTo(Toy.class)
                .from("site", t -> Optional.of(t))
                .decides("site data", t -> t.nameplate() == null ? Decision.insufficient("aggregate AC nameplate")
                        : Decision.of(Outcome.PASS, "nameplate " + t.nameplate() + " known"))
                .build();
        Finding f = composite.evaluate(rf(null));
        assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
        assertEquals(List.of("aggregate AC nameplate"), f.missingInputs());
        assertEquals(Outcome.PASS, composite.evaluate(Toy.btm(ActivePower.ofKilowatts(5))).outcome());
    }

    @Test
    void a_computation_decides_only_with_its_value_and_engine_outcomes_are_refused() {
        Rule<Toy> withoutValue = Rule.id("TOY-12")
                .cites(Source.BTM_METERING_2024, "Current Transformers").kind(Kind.COMPUTATION)
                .topic(Topic.INSTRUMENT_TRANSFORMERS).appliesTo(Toy.class)
                .from(Toy.RATING_FACTOR).decides("x", DecisionTest::ratingFactor).build();
        RuleEvaluationException e = assertThrows(RuleEvaluationException.class, () -> withoutValue.evaluate(rf("1")));
        assertTrue(e.getMessage().contains("TOY-12"), e.getMessage());
        Rule<Toy> withValue = Rule.id("TOY-13")
                .cites(Source.BTM_METERING_2024, "Current Transformers").kind(Kind.COMPUTATION)
                .topic(Topic.INSTRUMENT_TRANSFORMERS).appliesTo(Toy.class)
                .from(Toy.RATING_FACTOR).decides("x", v -> Decision.of(Outcome.FAIL, "rating factor " + v, "2.0"))
                .build();
        assertEquals("2.0", withValue.evaluate(rf("9")).value().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> Decision.of(Outcome.VALUE, "x"));
        assertThrows(IllegalArgumentException.class, () -> Decision.of(Outcome.NOT_APPLICABLE, "x"));
    }
}
