package org.derkit.rules.document;

import java.util.List;
import java.util.stream.Collectors;
import org.derkit.model.InvalidValueException;

/**
 * Thrown when a JSON application or enrollment document is refused: it lists every problem of
 * the document at once, each with its JSON path and reason, so that the sender can mend them all
 * in one round.
 *
 * <p>The message reads {@code Invalid value for <document> (valid values documents as the schema
 * <schema> describes): } followed by the problems, one per line as {@code path: reason}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class JsonDocumentException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /** The problems; not serialized (the message keeps them as text), as in der-metering's UsageReadException. */
    private final transient List<JsonProblem> problems;

    /**
     * Creates the exception for a refused document.
     *
     * @param document what was read, such as {@code application document} or
     *                 {@code application document at line 3}
     * @param schema   the schema's name, as published in the jar
     * @param problems every problem found, at least one
     * @throws InvalidValueException if {@code problems} is empty
     */
    public JsonDocumentException(String document, String schema, List<JsonProblem> problems) {
        super(document, "documents as the schema " + schema + " describes", lines(problems));
        if (problems.isEmpty()) {
            throw new InvalidValueException("problems of a refused " + document, "at least one problem", "none");
        }
        this.problems = List.copyOf(problems);
    }

    private static String lines(List<JsonProblem> problems) {
        return problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }

    /**
     * Every problem of the document, in document order.
     *
     * @return the problems, never empty
     */
    public List<JsonProblem> problems() {
        return problems;
    }
}
