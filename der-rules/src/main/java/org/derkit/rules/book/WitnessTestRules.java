package org.derkit.rules.book;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.application.LifecycleState;
import org.derkit.model.application.WitnessTest;
import org.derkit.rules.Comparison;
import org.derkit.rules.Decision;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * Testing and commissioning, DER Interconnection Policy 2023, section 7 (POL-42, POL-43): every
 * interconnection is witness tested before permission to operate (PTO), a Level 1 witness test
 * within 15 business days of the request, and the PTO, results and retest deadlines after the
 * test. Topic {@link Topic#WITNESS_TEST_PTO}.
 *
 * <p>Business days are counted on a {@link BusinessCalendar}; the rules use
 * {@link BusinessCalendar#nercSix()} (Ameren's own holiday list is not public in a readable form),
 * and the typed functions take any calendar. "Within 48 hours" of a test known only by its date
 * is taken as two calendar days after that date.
 */
public final class WitnessTestRules {

    /** POL-42: Level 1 witness tests are completed within 15 business days, inclusive. */
    public static final int LEVEL_1_WITNESS_TEST_BUSINESS_DAYS = 15;
    /** POL-43: permanent PTO typically within two business days of the test. */
    public static final int PERMANENT_PTO_BUSINESS_DAYS = 2;
    /** POL-43: results within 48 hours of the test, as calendar days of a dated test. */
    public static final int RESULTS_CALENDAR_DAYS = 2;
    /** POL-43: a failed test is retested within 30 business days (extendable by mutual agreement). */
    public static final int RETEST_BUSINESS_DAYS = 30;

    /** The calendar the rules count business days on. */
    public static final BusinessCalendar CALENDAR = BusinessCalendar.nercSix();

    // -------------------------------------------------------------------------------------- inputs

    /** POL-42: level, state and witness test. */
    public static final Input<ScreeningContext, WitnessTestStatus> WITNESS_TEST_STATUS = Input.of(
            "witness test status", WitnessTestRules::status);

    /** POL-43: the day, result and power quality meter of a performed witness test. */
    public static final Input<ScreeningContext, PerformedTest> PERFORMED_TEST = Input.of(
            "witness test day, result and power quality meter", WitnessTestRules::performed);

    // --------------------------------------------------------------------------------------- rules

    /** POL-42. */
    public static final Rule<ScreeningContext> POL_42 = Rule.id("POL-42")
            .cites(Source.INTERCONNECTION_POLICY_2023, "7.1 Witness Test")
            .quoting("Level 1 witness tests are completed within 15 business days")
            .kind(Kind.RULE)
            .topic(Topic.WITNESS_TEST_PTO)
            .appliesTo(ScreeningContext.class)
            .from(WITNESS_TEST_STATUS)
            .decides("witness test before PTO", s -> witnessTest(s, CALENDAR))
            .note("business days on the NERC-six calendar (Ameren's own holiday list is not public)")
            .limit("Level 1 witness test after the request", EnrollmentInputs.BUSINESS_DAYS, Comparison.AT_MOST,
                    15L)
            .build();

    /** POL-43. */
    public static final Rule<ScreeningContext> POL_43 = Rule.id("POL-43")
            .cites(Source.INTERCONNECTION_POLICY_2023, "7.2 Permission to Operate")
            .quoting("An official and permanent PTO will be issued by Ameren Illinois' DER Application Team, typically "
                    + "within two business days of the witness test")
            .kind(Kind.COMPUTATION)
            .topic(Topic.WITNESS_TEST_PTO)
            .appliesTo(ScreeningContext.class)
            .from(PERFORMED_TEST)
            .computes("after the witness test:", t -> ptoSchedule(t.testedOn(), t.passed(), t.powerQualityMeter(), CALENDAR),
                    s -> s.nextDeadline().toString())
            .note("business days on the NERC-six calendar (Ameren's own holiday list is not public)")
            .limit("permanent PTO after a passed witness test", EnrollmentInputs.BUSINESS_DAYS, Comparison.AT_MOST,
                    2L)
            .limit("retest after a failed witness test", EnrollmentInputs.BUSINESS_DAYS, Comparison.AT_MOST, 30L)
            .build();

    /** {@return POL-42 and POL-43} */
    public static RuleSet<ScreeningContext> rules() {
        return RuleSet.of("witness test and PTO", POL_42, POL_43);
    }

    private WitnessTestRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * What POL-42 looks at: the application's level (empty if unknown), its lifecycle state and its
     * witness test.
     *
     * @param level1 whether the application is Level 1, empty if its level is unknown
     * @param state the lifecycle state
     * @param test the witness test, if any
     */
    public record WitnessTestStatus(Optional<Boolean> level1, LifecycleState state, Optional<WitnessTest> test) {
        /**
         * Checks nothing is null.
         *
         * @param level1 whether the application is Level 1, empty if its level is unknown
         * @param state the lifecycle state
         * @param test the witness test, if any
         */
        public WitnessTestStatus {
            Objects.requireNonNull(level1, "level1");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(test, "test");
        }

        @Override
        public String toString() {
            return "state " + state + ", Level 1 " + level1.map(String::valueOf).orElse("unknown") + ", witness test "
                    + test.map(t -> "requested " + t.requestedOn().map(LocalDate::toString).orElse("?") + ", performed "
                            + t.performedOn().map(LocalDate::toString).orElse("?") + ", passed "
                            + t.passed().map(String::valueOf).orElse("?")).orElse("none");
        }
    }

    /**
     * The day by which a Level 1 witness test is due: 15 business days after the request.
     *
     * @param requestedOn the day the witness test was requested (construction complete)
     * @param calendar the business-day calendar
     * @return the due day
     */
    public static LocalDate level1WitnessTestDue(LocalDate requestedOn, BusinessCalendar calendar) {
        return calendar.plusBusinessDays(Objects.requireNonNull(requestedOn, "requestedOn"),
                LEVEL_1_WITNESS_TEST_BUSINESS_DAYS);
    }

    /**
     * The POL-42 decision, in three-valued logic: FAIL when PTO follows a failed witness test or a
     * Level 1 test came more than 15 business days after the request; PASS when the test passed
     * and, for Level 1, came in time; REQUIRED (a passed witness test before PTO, with the Level 1
     * due day where it is known) when the test has not passed or its result is not stated;
     * INSUFFICIENT_DATA when a passed test's timing or the level that decides whether timing
     * matters is unknown. An unknown never hides a late Level 1 test and never invents one.
     *
     * @param status the application's level, state and witness test
     * @param calendar the business-day calendar
     * @return the decision
     */
    public static Decision witnessTest(WitnessTestStatus status, BusinessCalendar calendar) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(calendar, "calendar");
        Optional<WitnessTest> test = status.test();
        Optional<Boolean> passed = test.flatMap(WitnessTest::passed);
        boolean operating = status.state() == LifecycleState.PERMISSION_TO_OPERATE;
        if (operating && passed.equals(Optional.of(Boolean.FALSE))) {
            return Decision.of(Outcome.FAIL, () -> "permission to operate after a failed witness test (" + status + ")");
        }
        Optional<LocalDate> requested = test.flatMap(WitnessTest::requestedOn);
        Optional<LocalDate> performed = test.flatMap(WitnessTest::performedOn);
        Optional<Boolean> level1 = status.level1();
        if (requested.isPresent() && performed.isPresent()) {
            LocalDate due = level1WitnessTestDue(requested.get(), calendar);
            long days = calendar.businessDaysBetween(requested.get(), performed.get());
            String timing = "witness test on " + performed.get() + ", " + days + " business days after the request on "
                    + requested.get();
            if (days > LEVEL_1_WITNESS_TEST_BUSINESS_DAYS) {
                if (level1.isEmpty()) {
                    return Decision.insufficient("application level");
                }
                if (level1.get()) {
                    return Decision.of(Outcome.FAIL, "Level 1 " + timing + " > " + LEVEL_1_WITNESS_TEST_BUSINESS_DAYS
                            + " business days", due.toString());
                }
            }
            // in time for Level 1, or not Level 1: the result decides
            if (passed.orElse(false)) {
                String when = days > LEVEL_1_WITNESS_TEST_BUSINESS_DAYS ? " (not Level 1)"
                        : " <= " + LEVEL_1_WITNESS_TEST_BUSINESS_DAYS + " business days";
                return Decision.of(Outcome.PASS, (level1.orElse(false) ? "Level 1 " : "") + timing + when + ", passed",
                        due.toString());
            }
        } else if (passed.orElse(false)) {
            if (level1.equals(Optional.of(Boolean.FALSE))) {
                return Decision.of(Outcome.PASS, () -> "witness test passed on "
                        + performed.map(LocalDate::toString).orElse("an unstated day") + " before PTO (not Level 1)");
            }
            List<String> unknown = new ArrayList<>();
            if (level1.isEmpty()) {
                unknown.add("application level");
            }
            if (requested.isEmpty()) {
                unknown.add("witness test request day");
            }
            if (performed.isEmpty()) {
                unknown.add("witness test day");
            }
            return Decision.insufficient(unknown.toArray(String[]::new));
        }
        String missing = test.isEmpty() ? "witness test" : passed.isEmpty() ? "witness test result" : "";
        String state = test.map(t -> passed.isEmpty() ? "result not stated" : "not passed yet").orElse("not stated");
        if (requested.isPresent() && performed.isEmpty() && !level1.equals(Optional.of(Boolean.FALSE))) {
            LocalDate due = level1WitnessTestDue(requested.get(), calendar);
            String after = LEVEL_1_WITNESS_TEST_BUSINESS_DAYS + " business days after the request on " + requested.get();
            return Decision.of(Outcome.REQUIRED, level1.isPresent() ? "Level 1 witness test due by " + due + ", " + after
                    : "a passed witness test before PTO, due by " + due + " if Level 1 (" + after
                            + "; the application level is unknown)", due.toString());
        }
        String what = "a passed witness test before PTO, Level 1 included (" + state
                + (operating ? "; PTO already granted" : "") + ")";
        return missing.isEmpty() ? Decision.of(Outcome.REQUIRED, what) : Decision.required(what, List.of(missing));
    }

    /** The path after a witness test (7.2). */
    public enum PtoPath {
        /** Passed, no power quality meter: written conditional PTO, permanent PTO typically in 2 business days. */
        CONDITIONAL_THEN_PERMANENT,
        /** Passed with a power quality meter: engineering review of the data before a full PTO. */
        ENGINEERING_REVIEW,
        /** Failed: another witness test within 30 business days. */
        RETEST
    }

    /**
     * The deadlines after a witness test (POL-43).
     *
     * @param path what happens next
     * @param testedOn the day of the witness test
     * @param resultsBy the day by which the customer has the results (48 hours)
     * @param permanentPtoTypicallyBy for {@link PtoPath#CONDITIONAL_THEN_PERMANENT}, 2 business days after the test
     * @param retestBy for {@link PtoPath#RETEST}, 30 business days after the test
     */
    public record PtoSchedule(PtoPath path, LocalDate testedOn, LocalDate resultsBy,
            Optional<LocalDate> permanentPtoTypicallyBy, Optional<LocalDate> retestBy) {
        /**
         * Checks nothing is null.
         *
         * @param path what happens next
         * @param testedOn the day of the witness test
         * @param resultsBy the day by which the customer has the results (48 hours)
         * @param permanentPtoTypicallyBy for {@link PtoPath#CONDITIONAL_THEN_PERMANENT}, 2 business days after the
         *         test
         * @param retestBy for {@link PtoPath#RETEST}, 30 business days after the test
         */
        public PtoSchedule {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(testedOn, "testedOn");
            Objects.requireNonNull(resultsBy, "resultsBy");
            Objects.requireNonNull(permanentPtoTypicallyBy, "permanentPtoTypicallyBy");
            Objects.requireNonNull(retestBy, "retestBy");
        }

        /** {@return the next deadline: the permanent PTO, the retest, or (engineering review) the results} */
        public LocalDate nextDeadline() {
            return permanentPtoTypicallyBy.or(() -> retestBy).orElse(resultsBy);
        }

        @Override
        public String toString() {
            switch (path) {
                case CONDITIONAL_THEN_PERMANENT:
                    return "written conditional PTO at the test on " + testedOn + ", permanent PTO typically by "
                            + permanentPtoTypicallyBy.orElseThrow() + " (2 business days), results by " + resultsBy
                            + " (48 hours)";
                case ENGINEERING_REVIEW:
                    return "engineering review of the power quality data before a full PTO (conditional PTO at Ameren's "
                            + "discretion, otherwise the disconnect switch stays locked open), results by " + resultsBy
                            + " (48 hours) of the test on " + testedOn;
                default:
                    return "retest by " + retestBy.orElseThrow() + " (30 business days after the failed test on " + testedOn
                            + ", extendable by mutual agreement if no other queued DER is affected), results by "
                            + resultsBy + " (48 hours)";
            }
        }
    }

    /**
     * The deadlines after a witness test (POL-43).
     *
     * @param testedOn the day of the test
     * @param passed whether it passed
     * @param powerQualityMeter whether a power quality meter was used (matters only for a passed test)
     * @param calendar the business-day calendar
     * @return the schedule
     */
    public static PtoSchedule ptoSchedule(LocalDate testedOn, boolean passed, boolean powerQualityMeter,
            BusinessCalendar calendar) {
        Objects.requireNonNull(testedOn, "testedOn");
        Objects.requireNonNull(calendar, "calendar");
        LocalDate results = testedOn.plusDays(RESULTS_CALENDAR_DAYS);
        if (!passed) {
            return new PtoSchedule(PtoPath.RETEST, testedOn, results, Optional.empty(),
                    Optional.of(calendar.plusBusinessDays(testedOn, RETEST_BUSINESS_DAYS)));
        }
        if (powerQualityMeter) {
            return new PtoSchedule(PtoPath.ENGINEERING_REVIEW, testedOn, results, Optional.empty(), Optional.empty());
        }
        return new PtoSchedule(PtoPath.CONDITIONAL_THEN_PERMANENT, testedOn, results,
                Optional.of(calendar.plusBusinessDays(testedOn, PERMANENT_PTO_BUSINESS_DAYS)), Optional.empty());
    }

    /**
     * The facts of a performed test that POL-43 needs: day, result and (if passed) the power quality meter.
     *
     * @param testedOn the day of the witness test
     * @param passed whether the witness test passed
     * @param powerQualityMeter whether a power quality meter was installed for the test
     */
    public record PerformedTest(LocalDate testedOn, boolean passed, boolean powerQualityMeter) {
        /**
         * Checks nothing is null.
         *
         * @param testedOn the day of the witness test
         * @param passed whether the witness test passed
         * @param powerQualityMeter whether a power quality meter was installed for the test
         */
        public PerformedTest {
            Objects.requireNonNull(testedOn, "testedOn");
        }

        @Override
        public String toString() {
            return testedOn + (passed ? " passed" : " failed") + (passed ? (powerQualityMeter ? " with" : " without")
                    + " power quality meter" : "");
        }
    }

    // ------------------------------------------------------------------------------------- helpers

    private static Optional<PerformedTest> performed(ScreeningContext a) {
        Optional<WitnessTest> t = a.witnessTest();
        if (t.isEmpty() || t.get().performedOn().isEmpty() || t.get().passed().isEmpty()) {
            return Optional.empty();
        }
        boolean passed = t.get().passed().get();
        if (passed && t.get().powerQualityMeter().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PerformedTest(t.get().performedOn().get(), passed, t.get().powerQualityMeter().orElse(false)));
    }

    /** The status, with whether the application is Level 1 (the screening works its level out once). */
    private static Optional<WitnessTestStatus> status(ScreeningContext a) {
        Optional<WitnessTest> test = a.witnessTest();
        Optional<Boolean> level1 = a.level().map(level -> level == ApplicationLevel.LEVEL_1);
        return Optional.of(new WitnessTestStatus(level1, a.application().state(), test));
    }
}
