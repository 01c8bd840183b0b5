package org.derkit.rules;

/** DSL step: what the rule evaluates. */
public interface SubjectStep {

    /** The subject type, such as {@code Facility.class}. */
    <S> WhenStep<S> appliesTo(Class<S> subjectType);
}
