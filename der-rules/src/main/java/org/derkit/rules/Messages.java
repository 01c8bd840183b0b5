package org.derkit.rules;

import java.util.List;

/**
 * Every text of der-rules is built here, so that the wording is consistent and each kind of
 * message is pinned by one test that compares the whole text.
 */
final class Messages {

    private Messages() {
    }

    // ---------------------------------------------------------------------------------- phrases

    /** {@code aggregate AC nameplate 250 kW >= 200 kW}. */
    static String comparison(String input, String valueText, String operator, String limitText) {
        return input + " " + valueText + " " + operator + " " + limitText;
    }

    /** {@code voltage 1.1 pu outside [0.917 pu, 1.05 pu]}. */
    static String between(String input, String valueText, boolean met, boolean lowerInclusive, String lower,
            String upper, boolean upperInclusive) {
        return input + " " + valueText + (met ? " within " : " outside ") + (lowerInclusive ? "[" : "(")
                + lower + ", " + upper + (upperInclusive ? "]" : ")");
    }

    /** {@code UL 1741 SB certified is true} or {@code ... is false, not true}. */
    static String equality(String input, String valueText, String expected, boolean met) {
        return met ? input + " is " + valueText : input + " is " + valueText + ", not " + expected;
    }

    /** {@code system RADIAL is one of [RADIAL, NETWORKED]}. */
    static String membership(String input, String valueText, String allowed, boolean met) {
        return input + " " + valueText + (met ? " is one of " : " is not one of ") + allowed;
    }

    /** {@code CT ratio 600:5 is a standard ratio} or {@code ... is not a standard ratio}. */
    static String predicate(String input, String valueText, String description, boolean met) {
        return input + " " + valueText + (met ? " is " : " is not ") + description;
    }

    /** {@code at least 200 kW (inclusive)}. */
    public static String limit(Limit<?> limit) {
        return limit.comparison().words() + " " + formatLimitValue(limit) + " (" + limit.inclusivity() + ")";
    }

    @SuppressWarnings("unchecked")
    private static <V> String formatLimitValue(Limit<V> limit) {
        return limit.dimension().format(limit.value());
    }

    /** {@code aggregate AC nameplate: 250 kW}. */
    public static String measurement(String input, String text) {
        return input + ": " + text;
    }

    // ------------------------------------------------------------------------------ explanations

    private static String closing(Citation citation, List<String> notes) {
        StringBuilder s = new StringBuilder(" (").append(citation.section()).append(')');
        for (String note : notes) {
            s.append("; ").append(note);
        }
        return s.toString();
    }

    /** The phrases of a check joined by "and", then the section and the notes. */
    static String check(List<String> phrases, Citation citation, List<String> notes) {
        return String.join(" and ", phrases) + closing(citation, notes);
    }

    /**
     * {@code required: delta winding on the Ameren side and 59N protection; unknown inputs: 59N
     * protection (5.6 Sub-transmission Transformers)}: a requirement that applies, with the inputs
     * that would show compliance unknown; known phrases, if any, come after the requirement.
     */
    static String requiredWhileUnknown(String what, List<String> phrases, List<String> missing, Citation citation,
            List<String> notes) {
        return "required: " + what + (phrases.isEmpty() ? "" : " (" + String.join(" and ", phrases) + ")")
                + (missing.size() == 1 ? "; unknown input: " : "; unknown inputs: ") + String.join(", ", missing)
                + closing(citation, notes);
    }

    /** {@code application level LEVEL_1 from export capacity 20 kW, aggregate AC nameplate 40 kW (3.2 Table 1)}. */
    static String computation(String what, String result, List<String> inputs, Citation citation,
            List<String> notes) {
        return what + " " + result + (inputs.isEmpty() ? "" : " from " + String.join(", ", inputs))
                + closing(citation, notes);
    }

    /** {@code export capacity 20 kW}: an input value inside a computation's explanation. */
    static String computationInput(String input, String valueText) {
        return input + " " + valueText;
    }

    /** The statement (without a final period) and the section. */
    static String statement(String statement, Citation citation, List<String> notes) {
        String s = statement.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s + closing(citation, notes);
    }

    /** {@code not applicable: applies only when siting is BTM (BTM Generation Interconnections)}. */
    static String notApplicable(String description, Citation citation) {
        return "not applicable: applies only when " + description + closing(citation, List.of());
    }

    /** {@code not applicable: no interconnection application (3.2 Table 1)}. */
    static String notApplicableWithout(String partName, Citation citation) {
        return "not applicable: no " + partName + closing(citation, List.of());
    }

    /** {@code unknown input: aggregate AC nameplate (BTM Generation Interconnections)}. */
    static String insufficientData(List<String> missing, Citation citation) {
        return (missing.size() == 1 ? "unknown input: " : "unknown inputs: ") + String.join(", ", missing)
                + closing(citation, List.of());
    }

    // --------------------------------------------------------------------------------- rendering

    /**
     * The multi-line rendering of a finding (STYLE C11):
     * <pre>
     * BTM-01 (BTM Production Metering 2024, BTM Generation Interconnections)
     * quote: "200 kW or greater"
     * measured aggregate AC nameplate: 250 kW
     * limit: aggregate AC nameplate at least 200 kW (inclusive)
     * outcome: REQUIRED (Ameren BTM production meter with SCADA)
     * explanation: aggregate AC nameplate 250 kW &gt;= 200 kW (BTM Generation Interconnections)
     * </pre>
     * Lines that have nothing to say are left out; unknown inputs show as {@code measured X: unknown}.
     */
    public static String render(Finding finding) {
        StringBuilder s = new StringBuilder();
        s.append(finding.id()).append(" (").append(finding.citation()).append(')');
        finding.citation().clause().ifPresent(c -> s.append("\nquote: \"").append(c).append('"'));
        for (Measurement m : finding.measurements()) {
            s.append("\nmeasured ").append(m);
        }
        for (String missing : finding.missingInputs()) {
            s.append("\nmeasured ").append(measurement(missing, "unknown"));
        }
        for (Limit<?> limit : finding.limits()) {
            s.append("\nlimit: ").append(limit);
        }
        finding.value().ifPresent(v -> s.append("\nvalue: ").append(v));
        s.append("\noutcome: ").append(finding.outcome());
        if (!finding.meaning().isEmpty()) {
            s.append(" (").append(finding.meaning()).append(')');
        }
        s.append("\nexplanation: ").append(finding.explanation());
        return s.toString();
    }
}
