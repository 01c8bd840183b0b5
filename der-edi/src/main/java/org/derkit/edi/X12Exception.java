package org.derkit.edi;

import java.util.Objects;

/**
 * Thrown by a strict reader at the first problem in its input. The message ends with the
 * {@link Location}, and the problem itself is available as {@link #problem()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class X12Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient X12Problem problem;

    /**
     * Creates the exception for one problem.
     *
     * @param problem the problem, not null
     */
    public X12Exception(X12Problem problem) {
        super(Objects.requireNonNull(problem, "problem").message());
        this.problem = problem;
    }

    /** {@return the problem that stopped the reader} */
    public X12Problem problem() {
        return problem;
    }

    /** {@return shortcut for {@code problem().code()}} */
    public X12ErrorCode code() {
        return problem.code();
    }

    /** {@return shortcut for {@code problem().location()}} */
    public Location location() {
        return problem.location();
    }
}
