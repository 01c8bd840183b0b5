package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import org.derkit.model.ApplicationId;

/**
 * One application in the interconnection queue (POL-13): its id, the circuit that will serve it,
 * when it was submitted, and whether its study has been decided (it proceeds or it is withdrawn).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param application the application's id
 * @param circuitId the serving circuit
 * @param submittedAt when the application was submitted
 * @param decided whether it has been determined if the application will proceed
 */
public record QueueEntry(ApplicationId application, String circuitId, Instant submittedAt, boolean decided) {

    /**
     * Checks that nothing is null and the circuit id is not blank.
     *
     * @param application the application's id
     * @param circuitId the serving circuit
     * @param submittedAt when the application was submitted
     * @param decided whether it has been determined if the application will proceed
     */
    public QueueEntry {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(circuitId, "circuitId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (circuitId.isBlank()) {
            throw new InvalidValueException("circuitId", "non-blank text", "'" + circuitId + "'");
        }
    }

    /**
     * An undecided entry.
     *
     * @param application the interconnection application, or the screening of it
     * @param circuitId the circuit
     * @param submittedAt when the complete application was received
     * @return an undecided entry
     */
    public static QueueEntry pending(ApplicationId application, String circuitId, Instant submittedAt) {
        return new QueueEntry(application, circuitId, submittedAt, false);
    }
}
