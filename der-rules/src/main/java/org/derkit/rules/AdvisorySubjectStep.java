package org.derkit.rules;

/** DSL step of an advisory rule: what it evaluates. */
public interface AdvisorySubjectStep {

    /**
     * The subject type, such as {@code MeteringInstallation.class}.
     *
     * @param <S> the type of subject the rule evaluates
     * @param subjectType the class of the subject
     * @return the applicability step of the advisory rule
     */
    <S> AdvisoryWhenStep<S> appliesTo(Class<S> subjectType);
}
