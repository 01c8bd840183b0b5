package org.derkit.rules;

import org.derkit.model.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The mutable draft behind the DSL steps. One builder per rule; users never see it (they see the
 * step interfaces) and never keep it. {@link #build()} copies it into an immutable
 * {@link RuleDefinition}.
 *
 * @param <S> the subject type
 */
final class RuleBuilder<S> implements CitesStep, QuoteStep, SubjectStep, WhenStep<S>, BuildStep<S> {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]{2,3}");

    final String id;
    private Source source;
    private String section;
    private String clause;
    Kind kind;
    Topic topic;
    final List<String> whenDescriptions = new ArrayList<>();
    final List<Predicate<Object>> whens = new ArrayList<>();
    final List<String> inputNames = new ArrayList<>();
    final List<Dimension<Object>> dimensions = new ArrayList<>();
    final List<Function<Object, Optional<?>>> extractors = new ArrayList<>();
    final List<Condition> conditions = new ArrayList<>();
    final List<Integer> whenInputs = new ArrayList<>();
    final List<Predicate<Object>> whenInputTests = new ArrayList<>();
    final List<Integer> computeInputs = new ArrayList<>();
    RuleDefinition.Body body;
    Outcome metOutcome;
    String metMeaning;
    Outcome otherwiseOutcome;
    String otherwiseMeaning;
    Outcome unknownOutcome = Outcome.INSUFFICIENT_DATA;
    String what;
    Function<Object[], Object> computation;
    Function<Object, String> valueText;
    Object constantResult;
    String statement;
    final List<String> notes = new ArrayList<>();
    final List<Limit<?>> declaredLimits = new ArrayList<>();

    private RuleBuilder(String id) {
        this.id = id;
    }

    /** Starts a rule; see {@link Rule#id(String)}. */
    public static CitesStep start(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException("rule id", "such as BTM-01 or P466-02: letters and digits, a hyphen, 2-3 digits", "'" + id + "'");
        }
        return new RuleBuilder<>(id);
    }

    Citation citation() {
        return new Citation(source, section, Optional.ofNullable(clause));
    }

    @SuppressWarnings("unchecked")
    static Predicate<Object>[] newPredicates(int n) {
        return (Predicate<Object>[]) new Predicate<?>[n];
    }

    @SuppressWarnings("unchecked")
    static Dimension<Object>[] newDimensions(int n) {
        return (Dimension<Object>[]) new Dimension<?>[n];
    }

    @SuppressWarnings("unchecked")
    static Function<Object, Optional<?>>[] newExtractors(int n) {
        return (Function<Object, Optional<?>>[]) new Function<?, ?>[n];
    }

    private static String text(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new InvalidValueException(field, "non-blank text", "'" + value + "'");
        }
        return value;
    }

    // ----------------------------------------------------------------------- citation .. subject

    @Override
    public QuoteStep cites(Source newSource, String newSection) {
        this.source = Objects.requireNonNull(newSource, "source");
        this.section = text(newSection, "section");
        return this;
    }

    @Override
    public KindStep quoting(String newClause) {
        this.clause = text(newClause, "clause");
        return this;
    }

    @Override
    public TopicStep kind(Kind newKind) {
        Objects.requireNonNull(newKind, "kind");
        if (newKind == Kind.ADVISORY) {
            throw new InvalidValueException(id + " kind", "rule, computation, process or informational; an advisory "
                    + "rule starts with advisory(), whose steps cannot report FAIL", newKind);
        }
        this.kind = newKind;
        return newTopic -> {
            this.topic = Objects.requireNonNull(newTopic, "topic");
            return this;
        };
    }

    @Override
    public AdvisoryTopicStep advisory() {
        this.kind = Kind.ADVISORY;
        return new AdvisoryDraft<>(this);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> WhenStep<T> appliesTo(Class<T> subjectType) {
        Objects.requireNonNull(subjectType, "subjectType");
        return (WhenStep<T>) this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public WhenStep<S> when(String description, Predicate<? super S> applies) {
        whenDescriptions.add(text(description, "description"));
        whens.add((Predicate<Object>) Objects.requireNonNull(applies, "applies"));
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> WhenStep<S> when(Input<? super S, V> input, String description, Predicate<? super V> applies) {
        Objects.requireNonNull(input, "input");
        String phrase = input.name() + " " + text(description, "description");
        whenInputTests.add((Predicate<Object>) Objects.requireNonNull(applies, "applies"));
        whenInputs.add(addInput(input));
        inputWhenDescriptions.add(phrase);
        return this;
    }

    final List<String> inputWhenDescriptions = new ArrayList<>();

    // ------------------------------------------------------------------------------------ inputs

    @SuppressWarnings("unchecked")
    int addInput(String name, Dimension<?> dimension, Function<?, ? extends Optional<?>> extractor) {
        inputNames.add(text(name, "input name"));
        dimensions.add((Dimension<Object>) dimension);
        extractors.add((Function<Object, Optional<?>>) Objects.requireNonNull(extractor, "extractor"));
        return inputNames.size() - 1;
    }

    int addInput(Input<?, ?> input) {
        Objects.requireNonNull(input, "input");
        return addInput(input.name(), input.dimension().orElse(null), input.extractor());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> ConditionStep<S, V> measure(Input<? super S, V> input) {
        startCheck();
        return (ConditionStep<S, V>) new CheckBuilder(addInput(input));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> ConditionStep<S, V> measure(String name, Function<? super S, Optional<V>> extractor) {
        startCheck();
        return (ConditionStep<S, V>) new CheckBuilder(addInput(name, null, extractor));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> ConditionStep<S, V> measure(String name, Dimension<V> dimension,
            Function<? super S, Optional<V>> extractor) {
        startCheck();
        return (ConditionStep<S, V>) new CheckBuilder(addInput(name, Objects.requireNonNull(dimension,
                "dimension"), extractor));
    }

    private void startCheck() {
        body = RuleDefinition.Body.CHECK;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> ComputeStep<S, A> from(Input<? super S, A> input) {
        computeInputs.add(addInput(input));
        return (ComputeStep<S, A>) new ComputeBuilder();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> ComputeStep<S, A> from(String name, Function<? super S, Optional<A>> extractor) {
        computeInputs.add(addInput(name, null, extractor));
        return (ComputeStep<S, A>) new ComputeBuilder();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> BuildStep<S> computesConstant(String newWhat, R result, Function<? super R, String> text) {
        body = RuleDefinition.Body.CONSTANT;
        what = text(newWhat, "what");
        constantResult = Objects.requireNonNull(result, "result");
        valueText = (Function<Object, String>) Objects.requireNonNull(text, "valueText");
        metOutcome = Outcome.VALUE;
        return this;
    }

    @Override
    public BuildStep<S> states(String newStatement) {
        body = RuleDefinition.Body.CONSTANT;
        statement = text(newStatement, "statement");
        metOutcome = Outcome.INFO;
        return this;
    }

    @Override
    public BuildStep<S> reports(Outcome outcome, String meaning) {
        body = RuleDefinition.Body.CONSTANT;
        metOutcome = checkDecision(outcome);
        what = text(meaning, "meaning");
        statement = meaning;
        return this;
    }

    private static Outcome checkDecision(Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.VALUE || outcome == Outcome.NOT_APPLICABLE
                || outcome == Outcome.INSUFFICIENT_DATA) {
            throw new InvalidValueException("outcome", "PASS, FAIL, REQUIRED, NOT_REQUIRED, REVIEW, ADVISORY, INFO; the engine reports VALUE, NOT_APPLICABLE and INSUFFICIENT_DATA itself", outcome);
        }
        return outcome;
    }

    // ------------------------------------------------------------------------------------- build

    @Override
    public BuildStep<S> note(String note) {
        notes.add(text(note, "note"));
        return this;
    }

    @Override
    public <V> BuildStep<S> limit(String input, Dimension<V> dimension, Comparison comparison, V value) {
        declaredLimits.add(new Limit<>(text(input, "input"), dimension, value, comparison));
        return this;
    }

    @Override
    public Rule<S> build() {
        boolean value = metOutcome == Outcome.VALUE;
        if (body == RuleDefinition.Body.DECIDE) {
            return new RuleDefinition<>(this); // a computation's decision carries its value (checked when decided)
        }
        if (kind == Kind.COMPUTATION && !value) {
            throw new IllegalStateException(id + ": a computation must report a VALUE (use from(..).computes(..)"
                    + " or computesConstant(..)), not " + metOutcome);
        }
        if (kind != Kind.COMPUTATION && value) {
            throw new IllegalStateException(id + ": only a COMPUTATION reports a VALUE; this rule is " + kind);
        }
        return new RuleDefinition<>(this);
    }

    // ----------------------------------------------------------------------------------- checks

    /** The condition and outcome steps of a check; writes into the enclosing draft. */
    private final class CheckBuilder implements ConditionStep<S, Object>, OutcomeStep<S>, OtherwiseStep<S> {

        private final int input;

        CheckBuilder(int input) {
            this.input = input;
        }

        private Dimension<Object> dimensionFor(Object limitValue) {
            Dimension<Object> d = dimensions.get(input);
            if (d == null) {
                @SuppressWarnings("unchecked")
                Class<Object> type = (Class<Object>) limitValue.getClass();
                d = Dimension.forClass(type).orElseThrow(() -> new InvalidValueException(id + ": no built-in "
                        + "dimension for limit values of " + type.getName() + " on input '" + inputNames.get(input)
                        + "'; declare one with measure(name, Dimension.of(...), extractor)",
                        "a limit of a type with a built-in dimension (quantities, Money, numbers)", type.getName()));
                dimensions.set(input, d);
            }
            return d;
        }

        private Limit<Object> limit(Object value, Comparison comparison) {
            Objects.requireNonNull(value, "limit");
            return new Limit<>(inputNames.get(input), dimensionFor(value), value, comparison);
        }

        private OutcomeStep<S> compare(Object value, Comparison comparison) {
            conditions.add(new Condition.Compare(input, limit(value, comparison)));
            return this;
        }

        @Override
        public OutcomeStep<S> atLeast(Object limit) {
            return compare(limit, Comparison.AT_LEAST);
        }

        @Override
        public OutcomeStep<S> atMost(Object limit) {
            return compare(limit, Comparison.AT_MOST);
        }

        @Override
        public OutcomeStep<S> greaterThan(Object limit) {
            return compare(limit, Comparison.GREATER_THAN);
        }

        @Override
        public OutcomeStep<S> lessThan(Object limit) {
            return compare(limit, Comparison.LESS_THAN);
        }

        @Override
        public OutcomeStep<S> between(Object lower, Inclusivity lowerBound, Object upper, Inclusivity upperBound) {
            Objects.requireNonNull(lowerBound, "lowerBound");
            Objects.requireNonNull(upperBound, "upperBound");
            Limit<Object> lo = limit(lower, lowerBound == Inclusivity.INCLUSIVE ? Comparison.AT_LEAST
                    : Comparison.GREATER_THAN);
            Limit<Object> hi = limit(upper, upperBound == Inclusivity.INCLUSIVE ? Comparison.AT_MOST
                    : Comparison.LESS_THAN);
            if (lo.dimension().compare(lower, upper) > 0) {
                throw new InvalidValueException(id + " lower limit", "at most the upper limit " + hi.dimension().format(upper),
                        lo.dimension().format(lower));
            }
            conditions.add(new Condition.Between(input, lo, hi));
            return this;
        }

        @Override
        public OutcomeStep<S> is(Object expected) {
            conditions.add(new Condition.Equals(input, Objects.requireNonNull(expected, "expected")));
            return this;
        }

        @Override
        public OutcomeStep<S> isOneOf(Set<?> allowed) {
            Objects.requireNonNull(allowed, "allowed");
            if (allowed.isEmpty()) {
                throw new InvalidValueException(id + " isOneOf allowed values", "at least one value", "none");
            }
            Set<Object> copy = new LinkedHashSet<>(allowed);
            String text = copy.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
            conditions.add(new Condition.OneOf(input, Set.copyOf(copy), text));
            return this;
        }

        @Override
        public OutcomeStep<S> satisfies(String description, Predicate<? super Object> test) {
            conditions.add(new Condition.Satisfies(input, text(description, "description"),
                    Objects.requireNonNull(test, "test")));
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> ConditionStep<S, V> and(Input<? super S, V> next) {
            return (ConditionStep<S, V>) new CheckBuilder(addInput(next));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> ConditionStep<S, V> and(String name, Function<? super S, Optional<V>> extractor) {
            return (ConditionStep<S, V>) new CheckBuilder(addInput(name, null, extractor));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> ConditionStep<S, V> and(String name, Dimension<V> dimension,
                Function<? super S, Optional<V>> extractor) {
            return (ConditionStep<S, V>) new CheckBuilder(addInput(name, Objects.requireNonNull(dimension,
                    "dimension"), extractor));
        }

        @Override
        public OtherwiseStep<S> then(Outcome whenMet, String meaning) {
            metOutcome = checkDecision(whenMet);
            metMeaning = text(meaning, "meaning");
            return this;
        }

        @Override
        public BuildStep<S> mustProvide(String what) {
            then(Outcome.PASS, what).otherwise(Outcome.FAIL, what);
            unknownOutcome = Outcome.REQUIRED;
            return RuleBuilder.this;
        }

        @Override
        public BuildStep<S> otherwise(Outcome outcome, String meaning) {
            otherwiseOutcome = checkDecision(outcome);
            otherwiseMeaning = text(meaning, "meaning");
            return RuleBuilder.this;
        }
    }

    // ------------------------------------------------------------------------------ computations

    /** The steps of a computation; writes into the enclosing draft. */
    private final class ComputeBuilder implements ComputeStep<S, Object>, Compute2Step<S, Object, Object> {

        @Override
        @SuppressWarnings("unchecked")
        public <B> Compute2Step<S, Object, B> and(Input<? super S, B> input) {
            computeInputs.add(addInput(input));
            return (Compute2Step<S, Object, B>) (Compute2Step<S, Object, ?>) this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <B> Compute2Step<S, Object, B> and(String name, Function<? super S, Optional<B>> extractor) {
            computeInputs.add(addInput(name, null, extractor));
            return (Compute2Step<S, Object, B>) (Compute2Step<S, Object, ?>) this;
        }

        @SuppressWarnings("unchecked")
        private <R> BuildStep<S> finish(String newWhat, Function<Object[], Object> function,
                Function<? super R, String> text) {
            body = RuleDefinition.Body.COMPUTE;
            what = text(newWhat, "what");
            computation = function;
            valueText = (Function<Object, String>) Objects.requireNonNull(text, "valueText");
            metOutcome = Outcome.VALUE;
            return RuleBuilder.this;
        }

        private BuildStep<S> decide(String newWhat, Function<Object[], Object> function) {
            body = RuleDefinition.Body.DECIDE;
            what = text(newWhat, "what");
            computation = function;
            metOutcome = null;
            return RuleBuilder.this;
        }

        @Override
        public BuildStep<S> decides(String newWhat, Function<? super Object, Decision> function) {
            Objects.requireNonNull(function, "function");
            int a = computeInputs.get(0);
            return decide(newWhat, values -> function.apply(values[a]));
        }

        @Override
        public BuildStep<S> decides(String newWhat, BiFunction<? super Object, ? super Object, Decision> function) {
            Objects.requireNonNull(function, "function");
            int a = computeInputs.get(0);
            int b = computeInputs.get(1);
            return decide(newWhat, values -> function.apply(values[a], values[b]));
        }

        @Override
        public <R> BuildStep<S> computes(String newWhat, Function<? super Object, ? extends R> function,
                Function<? super R, String> text) {
            Objects.requireNonNull(function, "function");
            int a = computeInputs.get(0);
            return finish(newWhat, values -> function.apply(values[a]), text);
        }

        @Override
        public <R> BuildStep<S> computes(String newWhat,
                BiFunction<? super Object, ? super Object, ? extends R> function, Function<? super R, String> text) {
            Objects.requireNonNull(function, "function");
            int a = computeInputs.get(0);
            int b = computeInputs.get(1);
            return finish(newWhat, values -> function.apply(values[a], values[b]), text);
        }
    }
}
