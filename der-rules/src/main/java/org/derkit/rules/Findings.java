package org.derkit.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every finding of one evaluation, in the order of the rule set (catalogue order for a
 * {@link RuleBook}), with look-ups by id, outcome and topic.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Findings implements Iterable<Finding> {

    private final Finding[] findings;
    private final List<Finding> list;
    private volatile Map<String, Finding> byId;

    Findings(Finding[] findings) {
        this.findings = findings;
        this.list = Arrays.asList(findings);
    }

    /** {@return all findings in order (unmodifiable)} */
    public List<Finding> list() {
        return java.util.Collections.unmodifiableList(list);
    }

    /** {@return the number of findings} */
    public int size() {
        return findings.length;
    }

    /**
     * The finding at a position.
     *
     * @param index the position, from 0
     * @return the finding at a position
     */
    public Finding get(int index) {
        return findings[index];
    }

    /**
     * The finding of a rule, if the rule was evaluated.
     *
     * @param id the catalogue id, such as {@code BTM-01}
     * @return the finding of a rule, if the rule was evaluated
     */
    public Optional<Finding> byId(String id) {
        Objects.requireNonNull(id, "id");
        Map<String, Finding> map = byId;
        if (map == null) {
            map = new HashMap<>();
            for (Finding f : findings) {
                map.put(f.id(), f);
            }
            byId = map;
        }
        return Optional.ofNullable(map.get(id));
    }

    /**
     * The findings with an outcome, in order.
     *
     * @param outcome the outcome
     * @return the findings with an outcome, in order
     */
    public List<Finding> byOutcome(Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.outcome() == outcome) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The findings of a topic, in order.
     *
     * @param topic the topic
     * @return the findings of a topic, in order
     */
    public List<Finding> byTopic(Topic topic) {
        Objects.requireNonNull(topic, "topic");
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.topic() == topic) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** {@return how many findings have each outcome (outcomes in enum order, zero counts left out)} */
    public Map<Outcome, Integer> countByOutcome() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Finding f : findings) {
            counts.merge(f.outcome(), 1, Integer::sum);
        }
        return java.util.Collections.unmodifiableMap(counts);
    }

    /** {@return the findings as a stream, in order} */
    public Stream<Finding> stream() {
        return list.stream();
    }

    @Override
    public Iterator<Finding> iterator() {
        return list().iterator();
    }

    /** {@return each finding's multi-line rendering, separated by blank lines} */
    public String render() {
        return list.stream().map(Finding::render).collect(Collectors.joining("\n\n"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Findings && Arrays.equals(findings, ((Findings) other).findings);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(findings);
    }

    /** Such as {@code Findings[130: PASS=12, REQUIRED=3, ...]}. */
    @Override
    public String toString() {
        return "Findings[" + findings.length + ": " + countByOutcome().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")) + "]";
    }
}
