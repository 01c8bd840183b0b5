package org.derkit.rules;

/** DSL step: the topic of the rule. */
public interface TopicStep {

    /**
     * The topic (one rule set per topic).
     *
     * @param topic the topic
     * @return the topic (one rule set per topic)
     */
    SubjectStep topic(Topic topic);
}
