package org.derkit.rules.generator;

/**
 * A domain generator that builds a random subject from a {@link LimitSampler}, asking it for each
 * input by the name the rules use, so that the subjects concentrate on the rules' limits. The
 * model's generators implement it for facilities, applications and enrollments.
 *
 * @param <S> the subject type
 */
@FunctionalInterface
public interface SubjectGenerator<S> {

    /**
     * A subject; must use only {@code sampler} for randomness, so that a seed reproduces it.
     *
     * @param sampler the source of values; the only source of randomness, so a seed reproduces the subject
     * @return a subject; must use only {@code sampler} for randomness, so that a seed reproduces it
     */
    S generate(LimitSampler sampler);
}
