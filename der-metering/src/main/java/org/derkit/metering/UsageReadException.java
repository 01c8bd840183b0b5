package org.derkit.metering;

import org.derkit.model.InvalidValueException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when an 867 input cannot be turned into usage: it carries every {@link UsageProblem} found
 * (at least one), each with its location. The message is the source, then up to ten problems
 * separated by {@code ; }, on one line.
 *
 * <p>Unchecked, so that it can leave a {@link java.util.stream.Stream} or a callback of
 * {@link UsageReader}; nothing of the failing transaction set was delivered.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class UsageReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The input as given (a file name). */
    private final String source;
    private final transient List<UsageProblem> problems;

    /**
     * Creates the exception.
     *
     * @param source the input as given, such as a file name, not null
     * @param problems at least one problem, not null
     * @param cause the reader's or the reconstruction's exception, or null
     * @throws InvalidValueException if there is no problem
     */
    public UsageReadException(String source, List<UsageProblem> problems, Throwable cause) {
        super(render(source, problems), cause);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static String render(String source, List<UsageProblem> problems) {
        Objects.requireNonNull(source, "source");
        if (problems.isEmpty()) {
            throw new InvalidValueException("problems of a UsageReadException for " + source, "at least one problem", "none");
        }
        StringBuilder s = new StringBuilder(source).append(": ");
        int shown = Math.min(problems.size(), 10);
        for (int i = 0; i < shown; i++) {
            s.append(i == 0 ? "" : "; ").append(problems.get(i).message());
        }
        if (problems.size() > shown) {
            s.append("; and ").append(problems.size() - shown).append(" more");
        }
        return s.toString();
    }

    /**
     * The input as given.
     *
     * @return the source, such as a file name
     */
    public String source() {
        return source;
    }

    /**
     * Every problem found, in input order.
     *
     * @return at least one problem
     */
    public List<UsageProblem> problems() {
        return problems;
    }
}
