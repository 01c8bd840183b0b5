package org.derkit.rules;

import java.util.List;

/**
 * What a finding asks of the rule that produced it, on demand: findings keep only the raw
 * measured values so that evaluation does not build strings.
 */
interface Explainer {

    /** The rule that produced the finding. */
    Rule<?> rule();

    /** The measured values that were present, with their units. */
    List<Measurement> measurements(Finding finding, Object[] measured);

    /** The names of the inputs that were unknown. */
    List<String> missingInputs(Finding finding, Object[] measured);

    /** What the finding's outcome means for this rule, or an empty string. */
    String meaning(Finding finding);

    /** The one-sentence explanation. */
    String explanation(Finding finding, Object[] measured, Object result, int detail);
}
