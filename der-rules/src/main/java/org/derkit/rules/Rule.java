package org.derkit.rules;

import java.util.List;

/**
 * One requirement of the catalogue, executable: evaluating it on a subject gives one
 * {@link Finding}. A rule is written as one sentence of the staged DSL that starts here:
 *
 * <pre>{@code
 * Rule<Facility> btm01 = Rule.id("BTM-01")
 *         .cites(Source.BTM_METERING_2024, "BTM Generation Interconnections")
 *         .quoting("200 kW or greater")
 *         .kind(Kind.RULE)
 *         .topic(Topic.BTM_METERING)
 *         .appliesTo(Facility.class)
 *         .when(FacilityInputs.SITING, "is BTM", siting -> siting == Siting.BEHIND_THE_METER)
 *         .measure(AGGREGATE_NAMEPLATE)
 *         .atLeast(kilowatts(200))
 *         .requires("Ameren BTM production meter with SCADA")
 *         .build();
 * }</pre>
 *
 * <p>Evaluation is pure and deterministic and returns a finding for every subject:
 * {@link Outcome#NOT_APPLICABLE} when an applicability condition does not hold,
 * {@link Outcome#INSUFFICIENT_DATA} naming each unknown input, otherwise the rule's outcome. An
 * exception thrown inside an extractor, predicate or computation is a bug of the rule and
 * propagates as a {@link RuleEvaluationException} naming the rule.
 *
 * <p>Rules expose their traceability ({@link #id()}, {@link #citation()}) and their
 * {@link #limits()} as data, for reports and for the boundary generator.
 *
 * <p>Implementation Requirements: implementations are immutable and thread-safe; this module
 * provides them (through {@link #id(String)} and {@link RuleSet#liftTo}); do not implement this
 * interface yourself.
 *
 * @param <S> the type of subject the rule evaluates
 */
public interface Rule<S> {

    /**
     * Starts a rule with its catalogue id, such as {@code BTM-01} or {@code P466-02}.
     *
     * @param id the catalogue id, such as {@code BTM-01}
     * @return the next step of the rule
     * @throws IllegalArgumentException if the id is not letters and digits, a hyphen and 2-3 digits
     */
    static CitesStep id(String id) {
        return RuleBuilder.start(id);
    }

    /** {@return the catalogue id, such as {@code BTM-01}} */
    String id();

    /** {@return the document, section and (optionally) quoted clause} */
    Citation citation();

    /** {@return the catalogue kind} */
    Kind kind();

    /** {@return the topic} */
    Topic topic();

    /** {@return the names of the inputs the rule measures, in order} */
    List<String> inputs();

    /** {@return the limits of the rule with their inputs, units and inclusivity, in order} */
    List<Limit<?>> limits();

    /**
     * Evaluates the rule.
     *
     * @param subject the subject, not null
     * @return the finding, never null
     * @throws RuleEvaluationException if the rule's own code fails (a bug in the rule)
     */
    Finding evaluate(S subject);
}
