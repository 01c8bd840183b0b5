package org.derkit.rules.book;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.application.Applicant;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.application.CircuitData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.application.RebateApplication;
import org.derkit.model.application.StudyResults;
import org.derkit.model.application.WitnessTest;
import org.derkit.model.facility.Facility;
import org.derkit.model.installation.MeteringInstallation;

/**
 * One screening of an interconnection application: the application, and the facts that many
 * rules of the book derive from it, worked out once when the screening starts instead of once per
 * rule. The application rules of the book evaluate this object; {@link AmerenRuleBook} makes one
 * per evaluation of a {@link Screening}, and it is dropped when the evaluation ends.
 *
 * <p>The shared facts are the aggregate AC nameplate at the POI in kW and kVA (P466-01 and policy
 * 3.4: generation plus storage inverters, plus what is already interconnected for a capacity
 * increase), the {@link LevelInputs} of the application level (POL-06), and the level itself, under
 * Part 466's reading of Level 3 and under the policy's Table 1 as written.
 *
 * <p>Implementation Requirements: immutable and thread-safe; every fact is computed in
 * {@link #of(InterconnectionApplication)}, so a context can be shared between threads.
 */
public final class ScreeningContext {

    private final InterconnectionApplication application;
    private final Optional<ActivePower> totalNameplate;
    private final Optional<ApparentPower> totalApparentNameplate;
    private final Optional<LevelInputs> levelInputs;
    private final Optional<ApplicationLevel> level;
    private final Optional<ApplicationLevel> levelAsTable1Reads;

    private ScreeningContext(InterconnectionApplication application) {
        this.application = application;
        Facility facility = application.facility();
        this.totalNameplate = Part466Screens.totalNameplate(facility);
        this.totalApparentNameplate = Part466Screens.totalApparentNameplate(facility);
        this.levelInputs = totalNameplate.map(total -> new LevelInputs(total, totalApparentNameplate,
                facility.exportCapacity(), facility.pointOfInterconnectionVoltage().map(v -> v.lineToLine()),
                facility.systemType()));
        this.level = levelInputs.flatMap(in -> ApplicationLevels.levelOf(in, Level2Table.ILLINOIS,
                ApplicationLevels.Level3Reading.PART_466));
        this.levelAsTable1Reads = levelInputs.flatMap(in -> ApplicationLevels.levelOf(in, Level2Table.ILLINOIS,
                ApplicationLevels.Level3Reading.SEED_SUMMARY));
    }

    /**
     * Starts the screening of an application, working out the shared facts.
     *
     * @param application the application, not null
     * @return the context of this screening
     */
    public static ScreeningContext of(InterconnectionApplication application) {
        return new ScreeningContext(Objects.requireNonNull(application, "application"));
    }

    /**
     * The application screened.
     *
     * @return the application
     */
    public InterconnectionApplication application() {
        return application;
    }

    /**
     * The facility of the application.
     *
     * @return the facility
     */
    public Facility facility() {
        return application.facility();
    }

    /**
     * The applicant, if described.
     *
     * @return the applicant, or empty
     */
    public Optional<Applicant> applicant() {
        return application.applicant();
    }

    /**
     * The BTM production metering installation, if described.
     *
     * @return the installation, or empty
     */
    public Optional<MeteringInstallation> meteringInstallation() {
        return application.meteringInstallation();
    }

    /**
     * The circuit data of the Part 466 screens, if given.
     *
     * @return the circuit data, or empty
     */
    public Optional<CircuitData> circuit() {
        return application.circuit();
    }

    /**
     * The study results (thermal loading, voltage, flicker, short-circuit ratio), if given.
     *
     * @return the study results, or empty
     */
    public Optional<StudyResults> study() {
        return application.study();
    }

    /**
     * The date of interconnection, if known.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> interconnectionDate() {
        return application.interconnectionDate();
    }

    /**
     * The witness test, if requested or performed.
     *
     * @return the witness test, or empty
     */
    public Optional<WitnessTest> witnessTest() {
        return application.witnessTest();
    }

    /**
     * The SMART inverter or ESS rebate application, if any.
     *
     * @return the rebate application, or empty
     */
    public Optional<RebateApplication> rebate() {
        return application.rebate();
    }

    /**
     * Whether a document is attached to the application.
     *
     * @param document the document
     * @return true if attached
     */
    public boolean has(ApplicationDocument document) {
        return application.has(document);
    }

    /**
     * The aggregate AC nameplate every size rule uses ({@link Part466Screens#totalNameplate}),
     * computed once for this screening.
     *
     * @return the nameplate in kW, or empty when unknown
     */
    public Optional<ActivePower> totalNameplate() {
        return totalNameplate;
    }

    /**
     * The aggregate nameplate in kVA on the same basis ({@link Part466Screens#totalApparentNameplate}),
     * computed once for this screening.
     *
     * @return the nameplate in kVA, or empty when unknown
     */
    public Optional<ApparentPower> totalApparentNameplate() {
        return totalApparentNameplate;
    }

    /**
     * What decides the application level (POL-06), computed once for this screening.
     *
     * @return the level inputs, or empty when the aggregate nameplate is unknown
     */
    public Optional<LevelInputs> levelInputs() {
        return levelInputs;
    }

    /**
     * The application level with the Illinois Level 2 table and Part 466's reading of Level 3
     * (non-exporting on both branches), computed once for this screening.
     *
     * @return the level, or empty when an unknown input decides it
     */
    public Optional<ApplicationLevel> level() {
        return level;
    }

    /**
     * The application level as the policy's Table 1 reads Level 3 (non-export on the networked
     * branch only), for the rules that must consider both readings (P466-08).
     *
     * @return the level, or empty when an unknown input decides it
     */
    public Optional<ApplicationLevel> levelAsTable1Reads() {
        return levelAsTable1Reads;
    }

    /** Such as {@code screening of application A-1}. */
    @Override
    public String toString() {
        return "screening of application " + application.id();
    }
}
