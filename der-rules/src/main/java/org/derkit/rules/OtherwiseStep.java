package org.derkit.rules;

/**
 * DSL step: the outcome when a condition does not hold.
 *
 * @param <S> the subject type
 */
public interface OtherwiseStep<S> {

    /**
     * The outcome when some condition does not hold, and what it means.
     *
     * @param outcome the outcome
     * @param meaning what the outcome means, in words
     * @return the outcome when some condition does not hold, and what it means
     */
    BuildStep<S> otherwise(Outcome outcome, String meaning);
}
