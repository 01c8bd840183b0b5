package org.derkit.rules;

/**
 * DSL step of an advisory rule: its topic. From {@link KindStep#advisory()} on, the grammar offers
 * no outcome but {@link Outcome#PASS} and {@link Outcome#ADVISORY}, so an advisory rule that could
 * report {@link Outcome#FAIL} does not compile.
 */
public interface AdvisoryTopicStep {

    /**
     * The topic (one rule set per topic).
     *
     * @param topic the topic
     * @return the subject step of the advisory rule
     */
    AdvisorySubjectStep topic(Topic topic);
}
