package org.derkit.metering;

import org.derkit.model.InvalidValueException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when meter data cannot be turned into a trustworthy series: it carries every
 * {@link MeteringProblem} found, each with its location. The message lists up to ten of them, one
 * per line.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class MeteringException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<MeteringProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems at least one problem, not null
     * @throws InvalidValueException if the list is empty
     */
    public MeteringException(List<MeteringProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    private static String render(List<MeteringProblem> problems) {
        if (problems.isEmpty()) {
            throw new InvalidValueException("problems of a MeteringException", "at least one problem", "none");
        }
        String head = problems.size() == 1 ? "1 problem in meter data:" : problems.size() + " problems in meter data:";
        String body = problems.stream().limit(10).map(p -> "  " + p).collect(Collectors.joining("\n"));
        return head + "\n" + body + (problems.size() > 10 ? "\n  ... " + (problems.size() - 10) + " more" : "");
    }

    /** {@return every problem found, in the order found} */
    public List<MeteringProblem> problems() {
        return problems;
    }
}
