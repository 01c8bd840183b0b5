package org.derkit.rules.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The boundary values of a set of rules, grouped by input name (the same input in different rules
 * shares its boundaries). Make one per rule book and a {@link LimitSampler} per generated subject.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class BoundaryTable {

    private final Map<String, List<BoundaryCase<?>>> byInput;

    BoundaryTable(List<BoundaryCase<?>> cases) {
        Map<String, List<BoundaryCase<?>>> map = new LinkedHashMap<>();
        for (BoundaryCase<?> c : cases) {
            map.computeIfAbsent(c.input(), k -> new ArrayList<>()).add(c);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.byInput = java.util.Collections.unmodifiableMap(map);
    }

    /** {@return the inputs that have limits, in rule order} */
    public Set<String> inputs() {
        return byInput.keySet();
    }

    /**
     * The boundary cases of one input (empty if it has no limit).
     *
     * @param input the input, named as findings name it
     * @return the boundary cases of one input (empty if it has no limit)
     */
    public List<BoundaryCase<?>> cases(String input) {
        return byInput.getOrDefault(Objects.requireNonNull(input, "input"), List.of());
    }

    /**
     * A sampler drawing from any random generator (such as a test framework's randomness).
     *
     * @param random the source of randomness
     * @return a sampler drawing from any random generator (such as a test framework's randomness)
     */
    public LimitSampler sampler(RandomGenerator random) {
        return new LimitSampler(this, Objects.requireNonNull(random, "random"));
    }

    /**
     * A sampler with a fixed seed: the same seed gives the same sequence of values.
     *
     * @param seed the seed that makes the sampler's values reproducible
     * @return a sampler with a fixed seed: the same seed gives the same sequence of values
     */
    public LimitSampler sampler(long seed) {
        return new LimitSampler(this, new SplittableRandom(seed));
    }

    /** Such as {@code BoundaryTable (12 inputs)}. */
    @Override
    public String toString() {
        return "BoundaryTable (" + byInput.size() + " inputs)";
    }
}
