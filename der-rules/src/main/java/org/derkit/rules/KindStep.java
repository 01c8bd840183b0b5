package org.derkit.rules;

/** DSL step: the catalogue kind of the rule. */
public interface KindStep {

    /**
     * The catalogue kind. An {@link Kind#ADVISORY} rule can never report {@link Outcome#FAIL}; a
     * {@link Kind#COMPUTATION} reports a {@link Outcome#VALUE}; {@code build()} checks both.
     *
     * @param kind the catalogue kind
     * @return the catalogue kind
     */
    TopicStep kind(Kind kind);
}
