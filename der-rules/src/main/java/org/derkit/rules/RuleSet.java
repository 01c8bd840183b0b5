package org.derkit.rules;

import org.derkit.model.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An ordered, named collection of rules on one subject type, evaluated together into
 * {@link Findings} (one finding per rule, in this set's order). The book has one set per topic
 * and per document; {@link #concat} combines sets and {@link #liftTo} puts a set on a part of a
 * larger subject.
 *
 * <p>Lifting evaluates the part function once per subject for the whole lifted set; when the
 * part is absent every rule of the set reports {@link Outcome#NOT_APPLICABLE}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param <S> the subject type
 */
public final class RuleSet<S> {

    private final String name;
    private final List<Segment<S>> segments;
    private final List<Rule<S>> registered;
    private final int[] outIndex;
    private final List<Rule<S>> rules;
    private final List<String> ids;

    private RuleSet(String name, List<Segment<S>> segments, List<Rule<S>> registered, int[] outIndex) {
        this.name = name;
        this.segments = List.copyOf(segments);
        this.registered = List.copyOf(registered);
        this.outIndex = outIndex;
        @SuppressWarnings("unchecked")
        Rule<S>[] ordered = (Rule<S>[]) new Rule<?>[registered.size()];
        for (int i = 0; i < ordered.length; i++) {
            ordered[outIndex[i]] = registered.get(i);
        }
        this.rules = List.of(ordered);
        List<String> list = new ArrayList<>(ordered.length);
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (Rule<S> r : ordered) {
            list.add(r.id());
            if (!seen.add(r.id())) {
                twice.add(r.id());
            }
        }
        if (!twice.isEmpty()) {
            throw new InvalidValueException("rule set '" + name + "'", "rules with distinct ids", "" + twice + " appear more than once");
        }
        this.ids = List.copyOf(list);
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /**
     * A set of rules in the given order.
     *
     * @param <S> the type of subject the rules evaluate
     * @param name the name shown in findings and messages
     * @param rules the rules
     * @return a set of rules in the given order
     * @throws IllegalArgumentException if two rules have the same id
     */
    public static <S> RuleSet<S> of(String name, List<? extends Rule<S>> rules) {
        Objects.requireNonNull(name, "name");
        List<Rule<S>> copy = List.copyOf(rules);
        return new RuleSet<>(name, copy.isEmpty() ? List.of() : List.of(new Plain<>(copy)), copy,
                identity(copy.size()));
    }

    /**
     * A set of rules in the given order.
     *
     * @param <S> the type of subject the rules evaluate
     * @param name the name shown in findings and messages
     * @param rules the rules
     * @return a set of rules in the given order
     * @throws IllegalArgumentException if two rules have the same id
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the rules are only read, never stored as the array
    public static <S> RuleSet<S> of(String name, Rule<S>... rules) {
        return of(name, Arrays.asList(rules));
    }

    /**
     * The rules of several sets, each set's rules in its order, the sets in the given order.
     *
     * @param <S> the type of subject the rules evaluate
     * @param name the name shown in findings and messages
     * @param sets the rule sets
     * @return the rules of several sets, each set's rules in its order, the sets in the given order
     * @throws IllegalArgumentException if two rules have the same id
     */
    public static <S> RuleSet<S> concat(String name, List<RuleSet<S>> sets) {
        Objects.requireNonNull(name, "name");
        List<Segment<S>> segments = new ArrayList<>();
        List<Rule<S>> registered = new ArrayList<>();
        int total = 0;
        for (RuleSet<S> set : sets) {
            total += set.size();
        }
        int[] out = new int[total];
        int offset = 0;
        for (RuleSet<S> set : sets) {
            segments.addAll(set.segments);
            registered.addAll(set.registered);
            for (int i = 0; i < set.size(); i++) {
                out[offset + i] = offset + set.outIndex[i];
            }
            offset += set.size();
        }
        return new RuleSet<>(name, segments, registered, out);
    }

    /** {@return the name, such as {@code BTM metering} or {@code der-interconnection-policy-2023.txt}} */
    public String name() {
        return name;
    }

    /** {@return the rules in order} */
    public List<Rule<S>> rules() {
        return rules;
    }

    /** {@return the ids in order} */
    public List<String> ids() {
        return ids;
    }

    /** {@return the number of rules} */
    public int size() {
        return rules.size();
    }

    /**
     * The rule with an id, if it is in this set.
     *
     * @param id the catalogue id, such as {@code BTM-01}
     * @return the rule with an id, if it is in this set
     */
    public Optional<Rule<S>> rule(String id) {
        int i = ids.indexOf(Objects.requireNonNull(id, "id"));
        return i < 0 ? Optional.empty() : Optional.of(rules.get(i));
    }

    /** {@return every limit of every rule, in rule order} */
    public List<Limit<?>> limits() {
        List<Limit<?>> all = new ArrayList<>();
        for (Rule<S> r : rules) {
            all.addAll(r.limits());
        }
        return List.copyOf(all);
    }

    /**
     * Evaluates every rule: one finding per rule, in this set's order. Pure and deterministic.
     *
     * @param subject the subject evaluated
     * @return the findings
     * @throws RuleEvaluationException if a rule's own code fails (a bug in that rule)
     */
    public Findings evaluate(S subject) {
        Objects.requireNonNull(subject, "subject");
        Finding[] out = new Finding[rules.size()];
        evaluateInto(subject, out, outIndex, 0);
        return new Findings(out);
    }

    private void evaluateInto(S subject, Finding[] out, int[] positions, int base) {
        int offset = base;
        for (Segment<S> segment : segments) {
            segment.evaluateInto(subject, out, positions, offset);
            offset += segment.size();
        }
    }

    /**
     * This set on a larger subject: {@code part} finds the part this set evaluates (absent: every
     * rule reports NOT_APPLICABLE, {@code not applicable: no <partName>}).
     *
     * @param part pure function from the larger subject to the part
     * @param partName the part in words, such as {@code interconnection application}
     * @param <P> the larger subject type
     * @return this set on a larger subject: {@code part} finds the part this set evaluates (absent: every rule
     *         reports NOT_APPLICABLE, {@code not applicable: no <partName>})
     */
    public <P> RuleSet<P> liftTo(Function<? super P, Optional<S>> part, String partName) {
        return liftTo(part, p -> List.of(), partName);
    }

    /**
     * This set on a larger subject whose inputs decide whether the set applies: {@code part} finds
     * the part (absent: NOT_APPLICABLE, the set is known not to apply), and {@code undecided}
     * names the unknown inputs of the larger subject that leave it open. While it is open, a
     * judgement of a rule of the set (PASS, FAIL, REQUIRED, NOT_REQUIRED, REVIEW, ADVISORY) is
     * reported as {@link Outcome#INSUFFICIENT_DATA} naming those inputs, since a violation of a
     * requirement that may not apply is not known to be one.
     *
     * @param part pure function from the larger subject to the part
     * @param undecided pure function naming the unknown inputs that leave the set's applicability
     *        open (empty when it is decided)
     * @param partName the part in words, such as {@code BTM production metering installation}
     * @param <P> the larger subject type
     * @return the lifted set
     */
    public <P> RuleSet<P> liftTo(Function<? super P, Optional<S>> part, Function<? super P, List<String>> undecided,
            String partName) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(undecided, "undecided");
        Objects.requireNonNull(partName, "partName");
        List<Rule<P>> views = new ArrayList<>(registered.size());
        for (Rule<S> r : registered) {
            views.add(new LiftedRule<>(r, part, undecided, partName));
        }
        Lifted<P, S> segment = new Lifted<>(part, partName, this, views);
        return new RuleSet<>(name, List.of(segment), views, outIndex.clone());
    }

    /**
     * The rules that satisfy {@code keep}, in this set's order, as a set named {@code name}.
     *
     * @param name the name shown in findings and messages
     * @param keep which rules to keep
     * @return the rules that satisfy {@code keep}, in this set's order, as a set named {@code name}
     */
    public RuleSet<S> filter(String name, Predicate<? super Rule<S>> keep) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keep, "keep");
        boolean[] kept = new boolean[registered.size()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = keep.test(registered.get(i));
        }
        return keepRegistered(name, kept);
    }

    /**
     * The rules of one document, in this set's order.
     *
     * @param source the source document
     * @return the rules of one document, in this set's order
     */
    public RuleSet<S> bySource(Source source) {
        Objects.requireNonNull(source, "source");
        return filter(source.fileName(), r -> r.citation().source() == source);
    }

    /**
     * The rules of one topic, in this set's order.
     *
     * @param topic the topic
     * @return the rules of one topic, in this set's order
     */
    public RuleSet<S> byTopic(Topic topic) {
        Objects.requireNonNull(topic, "topic");
        return filter(topic.name(), r -> r.topic() == topic);
    }

    /**
     * The same rules in another order (findings follow it); ties keep this set's order.
     *
     * @param order the new order
     * @return the same rules in another order (findings follow it); ties keep this set's order
     */
    public RuleSet<S> sorted(Comparator<? super Rule<S>> order) {
        Objects.requireNonNull(order, "order");
        Integer[] byOutput = new Integer[registered.size()];
        for (int i = 0; i < byOutput.length; i++) {
            byOutput[outIndex[i]] = i;
        }
        Arrays.sort(byOutput, (a, b) -> order.compare(registered.get(a), registered.get(b)));
        int[] out = new int[byOutput.length];
        for (int pos = 0; pos < byOutput.length; pos++) {
            out[byOutput[pos]] = pos;
        }
        return new RuleSet<>(name, segments, registered, out);
    }

    private RuleSet<S> keepRegistered(String newName, boolean[] kept) {
        List<Segment<S>> newSegments = new ArrayList<>();
        List<Rule<S>> newRegistered = new ArrayList<>();
        List<Integer> oldPositions = new ArrayList<>();
        int offset = 0;
        for (Segment<S> segment : segments) {
            boolean[] sub = Arrays.copyOfRange(kept, offset, offset + segment.size());
            Segment<S> s = segment.keep(sub);
            if (s != null) {
                newSegments.add(s);
            }
            for (int i = 0; i < sub.length; i++) {
                if (sub[i]) {
                    newRegistered.add(registered.get(offset + i));
                    oldPositions.add(outIndex[offset + i]);
                }
            }
            offset += segment.size();
        }
        Integer[] order = new Integer[oldPositions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(oldPositions::get));
        int[] out = new int[order.length];
        for (int pos = 0; pos < order.length; pos++) {
            out[order[pos]] = pos;
        }
        return new RuleSet<>(newName, newSegments, newRegistered, out);
    }

    /** Such as {@code RuleSet BTM metering (37 rules)}. */
    @Override
    public String toString() {
        return "RuleSet " + name + " (" + size() + " rules)";
    }

    // ------------------------------------------------------------------------------- segments

    /** A contiguous run of registered rules evaluated the same way. */
    private interface Segment<S> {
        int size();

        void evaluateInto(S subject, Finding[] out, int[] positions, int base);

        /** The sub-segment of the kept rules, or null if none is kept. */
        Segment<S> keep(boolean[] kept);
    }

    /** Rules on the subject itself. */
    private static final class Plain<S> implements Segment<S> {
        private final Rule<S>[] rules;

        @SuppressWarnings("unchecked")
        Plain(List<Rule<S>> rules) {
            this.rules = rules.toArray((Rule<S>[]) new Rule<?>[0]);
        }

        @Override
        public int size() {
            return rules.length;
        }

        @Override
        public void evaluateInto(S subject, Finding[] out, int[] positions, int base) {
            for (int i = 0; i < rules.length; i++) {
                out[positions[base + i]] = rules[i].evaluate(subject);
            }
        }

        @Override
        public Segment<S> keep(boolean[] kept) {
            List<Rule<S>> list = new ArrayList<>();
            for (int i = 0; i < rules.length; i++) {
                if (kept[i]) {
                    list.add(rules[i]);
                }
            }
            return list.isEmpty() ? null : new Plain<>(list);
        }
    }

    /** A set on a part of the subject; the part is found once per evaluation. */
    @SuppressWarnings("unchecked")
    private static final class Lifted<P, T> implements Segment<P> {
        private final Function<? super P, Optional<T>> part;
        private final String partName;
        private final RuleSet<T> inner;
        private final List<Rule<P>> views;
        private final Finding[] notApplicable;

        Lifted(Function<? super P, Optional<T>> part, String partName, RuleSet<T> inner, List<Rule<P>> views) {
            this.part = part;
            this.partName = partName;
            this.inner = inner;
            this.views = views;
            this.notApplicable = new Finding[views.size()];
            for (int i = 0; i < notApplicable.length; i++) {
                notApplicable[i] = ((LiftedRule<?, ?>) views.get(i)).notApplicable();
            }
        }

        @Override
        public int size() {
            return views.size();
        }

        @Override
        public void evaluateInto(P subject, Finding[] out, int[] positions, int base) {
            if (views.isEmpty()) {
                return;
            }
            Optional<T> t = LiftedRule.part(part, subject, partName, views.get(0).id() + " (and the rules "
                    + "lifted with it)");
            if (t.isPresent()) {
                inner.evaluateInto(t.get(), out, positions, base);
                LiftedRule<P, T> first = (LiftedRule<P, T>) views.get(0);
                List<String> undecided = first.undecided(subject);
                if (!undecided.isEmpty()) {
                    for (int i = 0; i < views.size(); i++) {
                        int at = positions[base + i];
                        out[at] = ((LiftedRule<P, T>) views.get(i)).undecided(out[at], undecided);
                    }
                }
            } else {
                for (int i = 0; i < notApplicable.length; i++) {
                    out[positions[base + i]] = notApplicable[i];
                }
            }
        }

        @Override
        public Segment<P> keep(boolean[] kept) {
            List<Rule<P>> newViews = new ArrayList<>();
            for (int i = 0; i < kept.length; i++) {
                if (kept[i]) {
                    newViews.add(views.get(i));
                }
            }
            if (newViews.isEmpty()) {
                return null;
            }
            return new Lifted<>(part, partName, inner.keepRegistered(inner.name, kept), newViews);
        }
    }
}
