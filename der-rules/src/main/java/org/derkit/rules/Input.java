package org.derkit.rules;

import org.derkit.model.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A named, typed value that rules read from a subject: the name shows in findings (and
 * {@link Outcome#INSUFFICIENT_DATA} names it when the extractor returns empty), the dimension says
 * how to compare and show it.
 *
 * <p>Input names are also the key by which the boundary generator finds every limit on the same
 * value across a rule book: give the same value the same name in every rule (keep inputs in
 * constants).
 *
 * <p>The extractor must be pure and must not throw; an exception from it is a bug and propagates
 * as a {@link RuleEvaluationException} naming the rule and the input.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the extractor is.
 *
 * @param <S> the subject type
 * @param <V> the value type
 */
public final class Input<S, V> {

    private final String name;
    private final Dimension<V> dimension;
    private final Function<? super S, Optional<V>> extractor;

    private Input(String name, Dimension<V> dimension, Function<? super S, Optional<V>> extractor) {
        this.name = name;
        this.dimension = dimension;
        this.extractor = extractor;
    }

    /**
     * An ordered input with its dimension, such as
     * {@code Input.of("aggregate AC nameplate", Dimension.ACTIVE_POWER, Facility::nameplateAc)}.
     *
     * @param <S> the type of subject the rules evaluate
     * @param <V> the type of the value
     * @param name the name shown in findings and messages
     * @param dimension the dimension: how values are compared and shown, with their unit
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return an ordered input with its dimension, such as {@code Input.of("aggregate AC nameplate",
     *         Dimension.ACTIVE_POWER, Facility::nameplateAc)}
     */
    public static <S, V> Input<S, V> of(String name, Dimension<V> dimension,
            Function<? super S, Optional<V>> extractor) {
        return new Input<>(checkName(name), Objects.requireNonNull(dimension, "dimension"),
                Objects.requireNonNull(extractor, "extractor"));
    }

    /**
     * An input whose dimension is not declared: it is taken from the class of the first limit
     * compared with it, or the value is shown with {@code toString()} (flags, enums).
     *
     * @param <S> the type of subject the rules evaluate
     * @param <V> the type of the value
     * @param name the name shown in findings and messages
     * @param extractor the pure function that reads the value from the subject; empty means unknown
     * @return an input whose dimension is not declared: it is taken from the class of the first limit compared with
     *         it, or the value is shown with {@code toString()} (flags, enums)
     */
    public static <S, V> Input<S, V> of(String name, Function<? super S, Optional<V>> extractor) {
        return new Input<>(checkName(name), null, Objects.requireNonNull(extractor, "extractor"));
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidValueException("input name", "non-blank text", "'" + name + "'");
        }
        return name;
    }

    /** {@return the name shown in findings, such as {@code aggregate AC nameplate}} */
    public String name() {
        return name;
    }

    /** {@return the dimension, if declared} */
    public Optional<Dimension<V>> dimension() {
        return Optional.ofNullable(dimension);
    }

    /** {@return the function that reads the value; empty means unknown} */
    public Function<? super S, Optional<V>> extractor() {
        return extractor;
    }

    /**
     * A copy of this input with the dimension set. This instance is unaffected.
     *
     * @param newDimension the dimension
     * @return a copy of this input with the dimension set
     */
    public Input<S, V> withDimension(Dimension<V> newDimension) {
        return new Input<>(name, Objects.requireNonNull(newDimension, "dimension"), extractor);
    }

    /** The name. */
    @Override
    public String toString() {
        return dimension == null ? name : name + " (" + dimension + ")";
    }
}
