package org.derkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The immutable rule that {@link RuleBuilder} builds. Evaluation works on arrays and raw values
 * and allocates only the measured-values array and the finding; constant findings (not
 * applicable, statements) are made once.
 *
 * @param <S> the subject type
 */
final class RuleDefinition<S> implements Rule<S>, Explainer {

    enum Body { CHECK, COMPUTE, CONSTANT, DECIDE }

    private final String id;
    private final Citation citation;
    private final Kind kind;
    private final Topic topic;
    private final String[] whenDescriptions;
    private final Predicate<Object>[] whens;
    private final String[] inputNames;
    private final Dimension<Object>[] dimensions;
    private final Function<Object, Optional<?>>[] extractors;
    private final Condition[] conditions;
    private final int[] whenInputs;
    private final Predicate<Object>[] whenInputTests;
    private final int[] computeInputs;
    private final Body body;
    private final Outcome metOutcome;
    private final String metMeaning;
    private final Outcome otherwiseOutcome;
    private final String otherwiseMeaning;
    private final Outcome unknownOutcome;
    private final String what;
    private final Function<Object[], Object> computation;
    private final Function<Object, String> valueText;
    private final Object constantResult;
    private final String statement;
    private final List<String> notes;
    private final List<String> inputList;
    private final List<Limit<?>> limits;
    private final Finding[] notApplicable;
    private final Finding constant;

    RuleDefinition(RuleBuilder<S> b) {
        this.id = b.id;
        this.citation = b.citation();
        this.kind = b.kind;
        this.topic = b.topic;
        List<String> descriptions = new ArrayList<>(b.whenDescriptions);
        descriptions.addAll(b.inputWhenDescriptions);
        this.whenDescriptions = descriptions.toArray(new String[0]);
        this.whenInputs = b.whenInputs.stream().mapToInt(Integer::intValue).toArray();
        this.whenInputTests = b.whenInputTests.toArray(RuleBuilder.newPredicates(0));
        this.computeInputs = b.computeInputs.stream().mapToInt(Integer::intValue).toArray();
        this.whens = b.whens.toArray(RuleBuilder.newPredicates(0));
        this.inputNames = b.inputNames.toArray(new String[0]);
        this.dimensions = b.dimensions.toArray(RuleBuilder.newDimensions(0));
        this.extractors = b.extractors.toArray(RuleBuilder.newExtractors(0));
        this.conditions = b.conditions.toArray(new Condition[0]);
        this.body = b.body;
        this.metOutcome = b.metOutcome;
        this.metMeaning = b.metMeaning;
        this.otherwiseOutcome = b.otherwiseOutcome;
        this.otherwiseMeaning = b.otherwiseMeaning;
        this.unknownOutcome = b.unknownOutcome;
        this.what = b.what;
        this.computation = b.computation;
        this.valueText = b.valueText;
        this.constantResult = b.constantResult;
        this.statement = b.statement;
        this.notes = List.copyOf(b.notes);
        this.inputList = List.of(inputNames);
        List<Limit<?>> l = new ArrayList<>();
        for (Condition c : conditions) {
            l.addAll(c.limits());
        }
        l.addAll(b.declaredLimits);
        this.limits = List.copyOf(l);
        this.notApplicable = new Finding[whenDescriptions.length];
        for (int i = 0; i < notApplicable.length; i++) {
            notApplicable[i] = new Finding(this, Outcome.NOT_APPLICABLE, null, null, null, i);
        }
        if (body == Body.CONSTANT) {
            String value = valueText == null ? null : text(constantResult);
            this.constant = new Finding(this, metOutcome, value, null, constantResult, 0);
        } else {
            this.constant = null;
        }
    }

    private String text(Object result) {
        try {
            return valueText.apply(result);
        } catch (RuntimeException e) {
            throw new RuleEvaluationException(id, "value text of '" + what + "'", e);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Citation citation() {
        return citation;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public Topic topic() {
        return topic;
    }

    @Override
    public List<String> inputs() {
        return inputList;
    }

    @Override
    public List<Limit<?>> limits() {
        return limits;
    }

    @Override
    public Rule<?> rule() {
        return this;
    }

    @Override
    public Finding evaluate(S subject) {
        if (subject == null) {
            throw new NullPointerException("subject");
        }
        for (int i = 0; i < whens.length; i++) {
            boolean applies;
            try {
                applies = whens[i].test(subject);
            } catch (RuntimeException e) {
                throw new RuleEvaluationException(id, "applicability '" + whenDescriptions[i] + "'", e);
            }
            if (!applies) {
                return notApplicable[i];
            }
        }
        if (body == Body.CONSTANT && extractors.length == 0) {
            return constant;
        }
        Object[] values = new Object[extractors.length];
        boolean missing = false;
        for (int i = 0; i < extractors.length; i++) {
            Optional<?> o;
            try {
                o = extractors[i].apply(subject);
            } catch (RuntimeException e) {
                throw new RuleEvaluationException(id, "input '" + inputNames[i] + "'", e);
            }
            if (o == null) {
                throw new RuleEvaluationException(id, "input '" + inputNames[i]
                        + "' returned null instead of an Optional", null);
            }
            if (o.isPresent()) {
                values[i] = o.get();
            } else {
                missing = true;
            }
        }
        boolean applicabilityUnknown = false;
        for (int w = 0; w < whenInputs.length; w++) {
            Object v = values[whenInputs[w]];
            if (v == null) {
                applicabilityUnknown = true;
                continue;
            }
            boolean applies;
            try {
                applies = whenInputTests[w].test(v);
            } catch (RuntimeException e) {
                throw new RuleEvaluationException(id, "applicability '" + whenDescriptions[whens.length + w] + "'", e);
            }
            if (!applies) {
                return notApplicable[whens.length + w];
            }
        }
        if (body == Body.CHECK) {
            return check(values, applicabilityUnknown);
        }
        if (missing) {
            return new Finding(this, Outcome.INSUFFICIENT_DATA, null, values, null, 0);
        }
        if (body == Body.CONSTANT) {
            return constant;
        }
        if (body == Body.DECIDE) {
            return decide(values);
        }
        Object result;
        try {
            result = computation.apply(values);
        } catch (RuntimeException e) {
            throw new RuleEvaluationException(id, "computation of '" + what + "'", e);
        }
        if (result == null) {
            throw new RuleEvaluationException(id, "computation of '" + what + "' returned null", null);
        }
        return new Finding(this, Outcome.VALUE, text(result), values, result, 0);
    }

    private Finding decide(Object[] values) {
        Object result;
        try {
            result = computation.apply(values);
        } catch (RuntimeException e) {
            throw new RuleEvaluationException(id, "decision of '" + what + "'", e);
        }
        if (!(result instanceof Decision)) {
            throw new RuleEvaluationException(id, "decision of '" + what + "' returned "
                    + (result == null ? "null" : result.getClass().getName()) + " instead of a Decision", null);
        }
        Decision d = (Decision) result;
        if (kind == Kind.COMPUTATION && d.value().isEmpty() && !d.isInsufficient()) {
            throw new RuleEvaluationException(id, "decision of '" + what + "' carries no value, but a COMPUTATION"
                    + " reports the value it computed", null);
        }
        return new Finding(this, d.outcome(), d.value().orElse(null), values, d, 0);
    }

    /**
     * Kleene conjunction of the conditions: one known condition that does not hold decides the
     * "otherwise" outcome whatever the unknown inputs are; the "met" outcome needs every condition
     * known and holding; otherwise the outcome for unknown compliance (INSUFFICIENT_DATA, or
     * REQUIRED for a rule that says what must be provided). An unknown applicability input
     * decides nothing: the finding is INSUFFICIENT_DATA.
     */
    private Finding check(Object[] values, boolean applicabilityUnknown) {
        boolean unknown = false;
        boolean violated = false;
        for (Condition c : conditions) {
            Object v = values[c.input()];
            if (v == null) {
                unknown = true;
            } else if (!holds(c, v)) {
                violated = true;
            }
        }
        Outcome outcome;
        if (applicabilityUnknown) {
            outcome = Outcome.INSUFFICIENT_DATA;
        } else if (violated) {
            outcome = otherwiseOutcome;
        } else if (unknown) {
            outcome = unknownOutcome;
        } else {
            outcome = metOutcome;
        }
        return new Finding(this, outcome, null, values, null, 0);
    }

    private boolean holds(Condition c, Object value) {
        try {
            return c.test(value);
        } catch (RuntimeException e) {
            throw new RuleEvaluationException(id, "condition on input '" + inputNames[c.input()] + "'", e);
        }
    }

    // ------------------------------------------------------------------------------ explanations

    String format(int input, Object value) {
        Dimension<Object> d = dimensions[input];
        return d == null ? String.valueOf(value) : d.format(value);
    }

    @Override
    public List<Measurement> measurements(Finding finding, Object[] measured) {
        List<Measurement> list = new ArrayList<>(measured.length);
        for (int i = 0; i < measured.length; i++) {
            if (measured[i] != null) {
                list.add(new Measurement(inputNames[i], measured[i], format(i, measured[i])));
            }
        }
        return List.copyOf(list);
    }

    @Override
    public List<String> missingInputs(Finding finding, Object[] measured) {
        if (finding.result() instanceof Decision d) {
            return d.missingInputs();
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < measured.length; i++) {
            if (measured[i] == null) {
                list.add(inputNames[i]);
            }
        }
        return List.copyOf(list);
    }

    @Override
    public String meaning(Finding finding) {
        Outcome o = finding.outcome();
        switch (body) {
            case CHECK:
                if (o == metOutcome || o == unknownOutcome && o != Outcome.INSUFFICIENT_DATA) {
                    return metMeaning;
                }
                return o == otherwiseOutcome ? otherwiseMeaning : "";
            case COMPUTE:
                return o == Outcome.VALUE ? what : "";
            case DECIDE:
                return finding.result() instanceof Decision ? what : "";
            default:
                return o == metOutcome && what != null ? what : "";
        }
    }

    @Override
    public String explanation(Finding finding, Object[] measured, Object result, int detail) {
        Outcome o = finding.outcome();
        if (o == Outcome.NOT_APPLICABLE) {
            return Messages.notApplicable(whenDescriptions[detail], citation);
        }
        if (o == Outcome.INSUFFICIENT_DATA) {
            return Messages.insufficientData(missingInputs(finding, measured), citation);
        }
        switch (body) {
            case CHECK: {
                List<String> phrases = new ArrayList<>(conditions.length);
                for (Condition c : conditions) {
                    int i = c.input();
                    if (measured[i] != null) {
                        phrases.add(c.phrase(inputNames[i], format(i, measured[i]), measured[i],
                                c.test(measured[i])));
                    }
                }
                if (o != metOutcome && o != otherwiseOutcome) {
                    return Messages.requiredWhileUnknown(metMeaning, phrases, missingInputs(finding, measured),
                            citation, notes);
                }
                return Messages.check(phrases, citation, notes);
            }
            case DECIDE:
                return Messages.check(List.of(((Decision) result).phrase()), citation, notes);
            case COMPUTE: {
                List<String> inputs = new ArrayList<>(computeInputs.length);
                for (int i : computeInputs) {
                    inputs.add(Messages.computationInput(inputNames[i], format(i, measured[i])));
                }
                return Messages.computation(what, String.valueOf(result), inputs, citation, notes);
            }
            default:
                if (valueText != null) {
                    return Messages.computation(what, String.valueOf(result), List.of(), citation, notes);
                }
                return Messages.statement(statement, citation, notes);
        }
    }

    @Override
    public String toString() {
        return "Rule " + id + " (" + citation + ")";
    }
}
