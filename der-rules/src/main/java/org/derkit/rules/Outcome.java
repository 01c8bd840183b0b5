package org.derkit.rules;

/**
 * What a finding says about its requirement; the names are the {@code outcome} column of
 * {@code derkit screen} (cli.md).
 */
public enum Outcome {
    /** A compliance check is met. */
    PASS,
    /** A compliance check is not met. */
    FAIL,
    /** The applicant or Ameren must provide or install something. */
    REQUIRED,
    /** The thing a rule is about need not be provided or installed. */
    NOT_REQUIRED,
    /** A computation's result; the finding's {@link Finding#value()} carries it. */
    VALUE,
    /** Needs engineering or case-by-case review. */
    REVIEW,
    /** Recommended, not required; an advisory rule reports this instead of {@link #FAIL}. */
    ADVISORY,
    /** The rule does not apply to the subject. */
    NOT_APPLICABLE,
    /** An input the rule needs is unknown; the explanation names it. */
    INSUFFICIENT_DATA,
    /** A process or informational item: the finding carries the statement. */
    INFO
}
