package org.derkit.rules.document;

import java.util.Objects;

/**
 * One problem of a refused JSON document: where (the line of a JSON Lines file, if any, and a
 * JSON path such as {@code $.facility.generatingUnits[1].inverter.ratedApparentPower}) and why
 * ({@code kVA expected, got kW}).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param line   the 1-based line of a JSON Lines file that holds the document, 0 for a single
 *               document
 * @param path   the JSON path of the offending member, {@code $} for the whole document
 * @param reason what is wrong, in one phrase that names what was expected and what was found
 */
public record JsonProblem(long line, String path, String reason) {

    /**
     * Checks the parts.
     *
     * @param line   the 1-based line of a JSON Lines file, 0 for a single document
     * @param path   the JSON path of the offending member
     * @param reason what is wrong
     * @throws NullPointerException if {@code path} or {@code reason} is null
     * @throws org.derkit.model.InvalidValueException if {@code line} is negative
     */
    public JsonProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new org.derkit.model.InvalidValueException("line", "0 (a single document) or a line number from 1",
                    line);
        }
    }

    /**
     * A problem of a single document (line 0).
     *
     * @param path   the JSON path of the offending member
     * @param reason what is wrong
     */
    public JsonProblem(String path, String reason) {
        this(0, path, reason);
    }

    /**
     * The problem as one line: {@code path: reason}, preceded by {@code line N: } in a JSON Lines
     * file.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + path + ": " + reason;
    }
}
