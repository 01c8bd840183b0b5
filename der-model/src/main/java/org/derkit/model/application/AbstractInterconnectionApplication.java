package org.derkit.model.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.derkit.model.ApplicationId;
import org.derkit.model.facility.Facility;
import org.derkit.model.installation.MeteringInstallation;
import org.immutables.value.Value;

/**
 * An interconnection request as Ameren screens it: the applicant, the facility, the production
 * metering installation, what Ameren knows of the serving circuit and the study results, the
 * documents attached, the lifecycle state, the witness test and an optional SMART inverter rebate
 * application. This is the subject the rule book evaluates.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractInterconnectionApplication {

    /** {@return the application's identifier} */
    public abstract ApplicationId id();

    /** {@return who applies} */
    public abstract Optional<Applicant> applicant();

    /** {@return the facility (every attribute of which may be unknown)} */
    @Value.Default
    public Facility facility() {
        return Facility.builder().build();
    }

    /** {@return the BTM production metering installation} */
    public abstract Optional<MeteringInstallation> meteringInstallation();

    /** {@return what Ameren knows of the serving circuit} */
    public abstract Optional<CircuitData> circuit();

    /** {@return the interconnection study's results} */
    public abstract Optional<StudyResults> study();

    /** {@return the documents attached} */
    public abstract Set<ApplicationDocument> documents();

    /**
     * {@return where the application is in its lifecycle; {@link LifecycleState#APPLICATION} unless stated}
     */
    @Value.Default
    public LifecycleState state() {
        return LifecycleState.APPLICATION;
    }

    /** {@return when the complete application was submitted (queue order, POL-13)} */
    public abstract Optional<Instant> submittedAt();

    /** {@return the date of the interconnection (INV-05 cutoff)} */
    public abstract Optional<LocalDate> interconnectionDate();

    /** {@return the witness test} */
    public abstract Optional<WitnessTest> witnessTest();

    /** {@return a SMART inverter rebate application filed with it} */
    public abstract Optional<RebateApplication> rebate();

    /**
     * {@return whether a document is attached}
     *
     * @param document the kind of document, such as the one-line diagram
     */
    public boolean has(ApplicationDocument document) {
        return documents().contains(document);
    }
}
