package org.derkit.model.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A framework-neutral, seeded source of test values: a list of edge cases that come first, then
 * random values drawn from a {@link SplittableRandom}. Any property-testing tool can drive it: a
 * plain loop over {@link #stream(long)}, a JUnit {@code @MethodSource}, or a QuickTheories
 * {@code Gen} that seeds a {@code SplittableRandom} from its own randomness source.
 *
 * <p>The same seed always yields the same sequence, so a failure reproduces.
 *
 * @param <T> the type of the values
 */
public interface Generator<T> {

    /**
     * {@return a random value}
     *
     * @param random the source of randomness; the same state yields the same value
     */
    T next(SplittableRandom random);

    /** {@return the edge cases, tried before random values (may be empty)} */
    List<T> edgeCases();

    /**
     * {@return the edge cases, then random values, all determined by {@code seed}}
     *
     * @param seed the seed of the random values; the same seed gives the same stream
     */
    default Stream<T> stream(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return Stream.concat(edgeCases().stream(), Stream.generate(() -> next(random)));
    }

    /**
     * {@return the first {@code count} values of {@link #stream(long)}}
     *
     * @param seed the seed of the random values
     * @param count how many values, not negative
     */
    default List<T> sample(long seed, int count) {
        return stream(seed).limit(count).toList();
    }

    /**
     * {@return this generator with each value transformed}
     *
     * @param <R> the type of the new values
     * @param mapper the transformation, applied to edge cases and random values alike
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        Generator<T> self = this;
        List<R> edges = new ArrayList<>();
        for (T edge : self.edgeCases()) {
            edges.add(mapper.apply(edge));
        }
        List<R> frozen = List.copyOf(edges);
        return new Generator<>() {
            @Override
            public R next(SplittableRandom random) {
                return mapper.apply(self.next(random));
            }

            @Override
            public List<R> edgeCases() {
                return frozen;
            }
        };
    }

    /**
     * {@return a generator of two independent parts combined: edge cases pair each edge of this generator
     * with the first edge (or a random value) of the other, and the other way round}
     *
     * @param <U> the type of the other generator's values
     * @param <R> the type of the combined values
     * @param other the generator of the second part
     * @param combiner combines one value of each part
     */
    default <U, R> Generator<R> zip(Generator<U> other, BiFunction<? super T, ? super U, ? extends R> combiner) {
        Generator<T> self = this;
        SplittableRandom edgeRandom = new SplittableRandom(0x5EED);
        List<R> edges = new ArrayList<>();
        U otherDefault = other.edgeCases().isEmpty() ? other.next(edgeRandom) : other.edgeCases().get(0);
        T selfDefault = self.edgeCases().isEmpty() ? self.next(edgeRandom) : self.edgeCases().get(0);
        for (T t : self.edgeCases()) {
            edges.add(combiner.apply(t, otherDefault));
        }
        for (U u : other.edgeCases()) {
            edges.add(combiner.apply(selfDefault, u));
        }
        List<R> frozen = List.copyOf(edges);
        return new Generator<>() {
            @Override
            public R next(SplittableRandom random) {
                return combiner.apply(self.next(random), other.next(random));
            }

            @Override
            public List<R> edgeCases() {
                return frozen;
            }
        };
    }

    /**
     * {@return this generator's edge cases with another random source}
     *
     * @param random the new source of random values
     */
    default Generator<T> andRandom(Function<SplittableRandom, T> random) {
        return of(edgeCases(), random);
    }

    /**
     * {@return a generator from its edge cases and a random source}
     *
     * @param <T> the type of the values
     * @param edgeCases the values tried first, in order (may be empty)
     * @param random draws one value from a random source
     */
    static <T> Generator<T> of(List<T> edgeCases, Function<SplittableRandom, T> random) {
        List<T> edges = List.copyOf(edgeCases);
        Objects.requireNonNull(random, "random");
        return new Generator<>() {
            @Override
            public T next(SplittableRandom r) {
                return random.apply(r);
            }

            @Override
            public List<T> edgeCases() {
                return edges;
            }
        };
    }

    /**
     * {@return one of the given values, each also an edge case}
     *
     * @param <T> the type of the values
     * @param values the values, at least one
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the values are only read into an immutable list
    static <T> Generator<T> oneOf(T... values) {
        List<T> all = List.of(values);
        return of(all, r -> all.get(r.nextInt(all.size())));
    }
}
