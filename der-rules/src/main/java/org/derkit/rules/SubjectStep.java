package org.derkit.rules;

/** DSL step: what the rule evaluates. */
public interface SubjectStep {

    /**
     * The subject type, such as {@code Facility.class}.
     *
     * @param <S> the type of subject the rules evaluate
     * @param subjectType the class of the subject, such as {@code Facility.class}
     * @return the subject type, such as {@code Facility.class}
     */
    <S> WhenStep<S> appliesTo(Class<S> subjectType);
}
