package org.derkit.rules;

/**
 * A bug inside a rule: an input extractor, applicability predicate or computation threw, or an
 * extractor returned {@code null} instead of an {@code Optional}. Evaluation itself never throws
 * for a valid subject; this exception names the rule and the step so the bug can be found.
 */
public final class RuleEvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The catalogue id of the rule whose code failed. */
    private final String ruleId;

    /**
     * Creates the exception.
     *
     * @param ruleId the catalogue id of the rule
     * @param where the step that failed, such as {@code input 'aggregate AC nameplate'}
     * @param cause what was thrown, or null
     */
    public RuleEvaluationException(String ruleId, String where, Throwable cause) {
        super(ruleId + ": " + where + (cause == null ? "" : " threw " + cause), cause);
        this.ruleId = ruleId;
    }

    /** {@return the catalogue id of the rule that failed} */
    public String ruleId() {
        return ruleId;
    }
}
