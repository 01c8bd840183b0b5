package org.derkit.rules.generator;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.derkit.rules.Dimension;

/**
 * Draws input values for one generated subject: half of the time a boundary value of a limit on
 * that input (below, at or above it), otherwise a uniform value of the range at the dimension's
 * resolution. All randomness comes from the given {@link RandomGenerator}, so a seed (or a test
 * framework's randomness source) reproduces the subject.
 *
 * <p>Implementation Requirements: not thread-safe (it advances its random generator); make one
 * per subject or per thread.
 */
public final class LimitSampler {

    private final BoundaryTable table;
    private final RandomGenerator random;

    LimitSampler(BoundaryTable table, RandomGenerator random) {
        this.table = table;
        this.random = random;
    }

    /** {@return the underlying random generator, for the parts of a subject no rule limits} */
    public RandomGenerator random() {
        return random;
    }

    /**
     * A value of an input within {@code [min, max]}: with probability one half a boundary value of a
     * limit on that input (of the same dimension and within the range), otherwise uniform at the
     * dimension's resolution.
     *
     * @param <V> the type of the value
     * @param input the input, named as findings name it
     * @param dimension the dimension: how values are compared and shown, with their unit
     * @param min the lower end of the range
     * @param max the upper end of the range, if any
     * @return a value of an input within {@code [min, max]}: with probability one half a boundary value of a limit on
     *         that input (of the same dimension and within the range), otherwise uniform at the dimension's resolution
     * @throws IllegalArgumentException if min is above max
     */
    public <V> V next(String input, Dimension<V> dimension, V min, V max) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (dimension.compare(min, max) > 0) {
            throw new InvalidValueException("range of " + input, "min <= max", "" + dimension.format(min) + ".." + dimension.format(max));
        }
        if (random.nextBoolean()) {
            List<V> near = new ArrayList<>();
            for (BoundaryCase<?> c : table.cases(input)) {
                if (c.limit().dimension() == dimension) {
                    V v = dimension.type().cast(c.value());
                    if (dimension.compare(v, min) >= 0 && dimension.compare(v, max) <= 0) {
                        near.add(v);
                    }
                }
            }
            if (!near.isEmpty()) {
                return near.get(random.nextInt(near.size()));
            }
        }
        return uniform(dimension, min, max);
    }

    /**
     * Like {@link #next} but empty with probability {@code unknownShare}, to exercise
     * INSUFFICIENT_DATA.
     *
     * @param <V> the type of the value
     * @param input the input, named as findings name it
     * @param dimension the dimension: how values are compared and shown, with their unit
     * @param min the lower end of the range
     * @param max the upper end of the range, if any
     * @param unknownShare the probability of an unknown (empty) value, from 0 to 1
     * @return the v, or empty
     */
    public <V> Optional<V> nextOptional(String input, Dimension<V> dimension, V min, V max, double unknownShare) {
        if (!(unknownShare >= 0 && unknownShare <= 1)) {
            throw new InvalidValueException("unknownShare", "0 to 1", unknownShare);
        }
        V value = next(input, dimension, min, max);
        return random.nextDouble() < unknownShare ? Optional.empty() : Optional.of(value);
    }

    private <V> V uniform(Dimension<V> dimension, V min, V max) {
        BigDecimal lo = dimension.toExact(min);
        BigDecimal hi = dimension.toExact(max);
        int scale = Math.max(dimension.resolutionScale(), Math.max(lo.scale(), hi.scale()));
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal steps = hi.subtract(lo).divide(step, 0, RoundingMode.FLOOR);
        long n = steps.min(BigDecimal.valueOf(Long.MAX_VALUE - 1)).longValue();
        long k = n == 0 ? 0 : random.nextLong(n + 1);
        return dimension.fromExact(lo.add(step.multiply(BigDecimal.valueOf(k))));
    }

    /** {@return true or false with equal probability} */
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    /**
     * One of the values, uniformly.
     *
     * @param <E> the type of the elements
     * @param values the values
     * @return one of the values, uniformly
     */
    public <E> E oneOf(List<E> values) {
        if (values.isEmpty()) {
            throw new InvalidValueException("values", "a non-empty list", "[]");
        }
        return values.get(random.nextInt(values.size()));
    }

    /**
     * One constant of an enum, uniformly.
     *
     * @param <E> the type of the elements
     * @param type the type
     * @return one constant of an enum, uniformly
     */
    public <E extends Enum<E>> E oneOf(Class<E> type) {
        return oneOf(List.of(type.getEnumConstants()));
    }

    /**
     * {@code count} subjects from a generator, drawn in sequence from this sampler.
     *
     * @param <S> the type of subject the rules evaluate
     * @param generator the generator
     * @param count how many values to draw
     * @return {@code count} subjects from a generator, drawn in sequence from this sampler
     */
    public <S> List<S> generate(SubjectGenerator<S> generator, int count) {
        Objects.requireNonNull(generator, "generator");
        List<S> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(generator.generate(this));
        }
        return List.copyOf(out);
    }
}
