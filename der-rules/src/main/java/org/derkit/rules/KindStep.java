package org.derkit.rules;

/** DSL step: the catalogue kind of the rule. */
public interface KindStep {

    /**
     * The catalogue kind of a rule, computation, process step or reference. A
     * {@link Kind#COMPUTATION} reports a {@link Outcome#VALUE}; {@code build()} checks it.
     * An advisory rule is declared with {@link #advisory()} instead.
     *
     * @param kind the catalogue kind, any but {@link Kind#ADVISORY}
     * @return the topic step
     * @throws org.derkit.model.InvalidValueException for {@link Kind#ADVISORY}, whose grammar
     *         starts at {@link #advisory()}
     */
    TopicStep kind(Kind kind);

    /**
     * The catalogue kind {@link Kind#ADVISORY}: a recommendation. The steps that follow offer no
     * outcome but {@link Outcome#PASS} and {@link Outcome#ADVISORY}, so that an advisory rule that
     * could report {@link Outcome#FAIL} does not compile.
     *
     * @return the topic step of the advisory rule
     */
    AdvisoryTopicStep advisory();
}
