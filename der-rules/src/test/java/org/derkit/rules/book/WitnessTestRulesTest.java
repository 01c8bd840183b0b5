package org.derkit.rules.book;

import static org.derkit.rules.book.SysFixtures.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.derkit.model.ActivePower;
import org.derkit.model.ApplicationId;
import org.derkit.model.NominalVoltage;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.application.LifecycleState;
import org.derkit.model.application.WitnessTest;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.SystemType;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.derkit.rules.RuleSet;
import org.derkit.rules.book.WitnessTestRules.PtoPath;
import org.derkit.rules.book.WitnessTestRules.PtoSchedule;
import org.junit.jupiter.api.Test;

class WitnessTestRulesTest {

    private static final RuleSet<ScreeningContext> RULES = WitnessTestRules.rules();
    private static final BusinessCalendar NERC = BusinessCalendar.nercSix();
    private static final long SEED = Long.getLong("QT_SEED", 20240415L);

    /** A 20 kW export, 40 kW nameplate BTM facility at 120/240 V: Level 1 (issue 3's worked example). */
    private static Facility.Builder level1(Facility.Builder f) {
        return f.siting(Siting.BEHIND_THE_METER).declaredNameplate(ActivePower.ofKilowatts(40))
                .exportCapacity(ActivePower.ofKilowatts(20)).pointOfInterconnectionVoltage(NominalVoltage.V120_240)
                .systemType(SystemType.RADIAL);
    }

    /** The same facility at 3 MW of nameplate: above every Level 1 limit. */
    private static Facility.Builder aboveLevel1(Facility.Builder f) {
        return level1(f).declaredNameplate(ActivePower.ofKilowatts(3000));
    }

    private static InterconnectionApplication app(UnaryOperator<Facility.Builder> f, LifecycleState state,
            UnaryOperator<WitnessTest.Builder> test) {
        return InterconnectionApplication.builder().id(ApplicationId.of("WT-1")).facility(f.apply(Facility.builder()).build())
                .state(state).witnessTest(test.apply(WitnessTest.builder()).build()).build();
    }

    private static final LocalDate MON_MAY_13 = LocalDate.of(2024, 5, 13);

    @Test
    void POL_42_level_1_due_day_skips_weekends_and_Memorial_Day() {
        assertEquals(LocalDate.of(2024, 6, 4), WitnessTestRules.level1WitnessTestDue(MON_MAY_13, NERC));
    }

    @Test
    void POL_42_level_1_test_on_the_14th_and_15th_business_day_passes_and_the_16th_fails() {
        Finding d14 = eval(RULES, "POL-42", app(WitnessTestRulesTest::level1, LifecycleState.WITNESS_TEST,
                t -> t.requestedOn(MON_MAY_13).performedOn(LocalDate.of(2024, 6, 3)).passed(true)));
        assertEquals(Outcome.PASS, d14.outcome());
        Finding d15 = eval(RULES, "POL-42", app(WitnessTestRulesTest::level1, LifecycleState.WITNESS_TEST,
                t -> t.requestedOn(MON_MAY_13).performedOn(LocalDate.of(2024, 6, 4)).passed(true)));
        assertEquals(Outcome.PASS, d15.outcome());
        assertEquals("Level 1 witness test on 2024-06-04, 15 business days after the request on 2024-05-13 <= 15 "
                + "business days, passed (7.1 Witness Test); business days on the NERC-six calendar (Ameren's own "
                + "holiday list is not public)", d15.explanation());
        Finding d16 = eval(RULES, "POL-42", app(WitnessTestRulesTest::level1, LifecycleState.WITNESS_TEST,
                t -> t.requestedOn(MON_MAY_13).performedOn(LocalDate.of(2024, 6, 5)).passed(true)));
        assertEquals(Outcome.FAIL, d16.outcome());
        assertEquals(Optional.of("2024-06-04"), d16.value());
    }

    @Test
    void POL_42_level_1_test_not_yet_performed_is_required_by_its_due_day() {
        Finding f = eval(RULES, "POL-42", app(WitnessTestRulesTest::level1, LifecycleState.CONSTRUCTION,
                t -> t.requestedOn(MON_MAY_13)));
        assertEquals(Outcome.REQUIRED, f.outcome());
        assertEquals(Optional.of("2024-06-04"), f.value());
        assertTrue(f.explanation().startsWith("Level 1 witness test due by 2024-06-04, 15 business days after the "
                + "request on 2024-05-13"), f::explanation);
    }

    @Test
    void POL_42_PTO_without_a_passed_witness_test_fails_at_any_level() {
        Finding f = eval(RULES, "POL-42", app(f0 -> f0.declaredNameplate(ActivePower.ofKilowatts(3000)),
                LifecycleState.PERMISSION_TO_OPERATE, t -> t.passed(false)));
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals(Outcome.REQUIRED, eval(RULES, "POL-42", app(f0 -> f0, LifecycleState.APPLICATION, t -> t)).outcome());
    }

    @Test
    void POL_42_a_requested_test_with_unknown_level_is_required_with_the_level_1_due_day() {
        Finding f = eval(RULES, "POL-42", app(f0 -> f0, LifecycleState.WITNESS_TEST, t -> t.requestedOn(MON_MAY_13)));
        assertEquals(Outcome.REQUIRED, f.outcome());
        assertEquals(Optional.of("2024-06-04"), f.value());
        assertTrue(f.explanation().contains("due by 2024-06-04 if Level 1"), f::explanation);
    }

    @Test
    void POL_42_a_late_test_of_unknown_level_is_insufficient_data_and_a_timely_one_passes_at_any_level() {
        UnaryOperator<WitnessTest.Builder> late = t -> t.requestedOn(MON_MAY_13).performedOn(LocalDate.of(2024, 6, 5))
                .passed(true);
        Finding unknownLevel = eval(RULES, "POL-42", app(f0 -> f0, LifecycleState.WITNESS_TEST, late));
        assertEquals(Outcome.INSUFFICIENT_DATA, unknownLevel.outcome());
        assertEquals(List.of("application level"), unknownLevel.missingInputs());
        Finding level2 = eval(RULES, "POL-42", app(WitnessTestRulesTest::aboveLevel1,
                LifecycleState.WITNESS_TEST, late));
        assertEquals(Outcome.PASS, level2.outcome(), level2::explanation);
        Finding timely = eval(RULES, "POL-42", app(f0 -> f0, LifecycleState.WITNESS_TEST,
                t -> t.requestedOn(MON_MAY_13).performedOn(LocalDate.of(2024, 6, 4)).passed(true)));
        assertEquals(Outcome.PASS, timely.outcome(), timely::explanation);
    }

    @Test
    void POL_42_a_passed_test_whose_timing_is_unknown_passes_only_when_the_level_is_not_1() {
        Finding level1 = eval(RULES, "POL-42", app(WitnessTestRulesTest::level1, LifecycleState.WITNESS_TEST,
                t -> t.performedOn(LocalDate.of(2024, 6, 4)).passed(true)));
        assertEquals(Outcome.INSUFFICIENT_DATA, level1.outcome());
        assertEquals(List.of("witness test request day"), level1.missingInputs());
        Finding level2 = eval(RULES, "POL-42", app(WitnessTestRulesTest::aboveLevel1,
                LifecycleState.WITNESS_TEST, t -> t.passed(true)));
        assertEquals(Outcome.PASS, level2.outcome(), level2::explanation);
    }

    @Test
    void POL_42_PTO_with_an_unstated_test_or_result_is_required_not_failed() {
        Finding noResult = eval(RULES, "POL-42", app(f0 -> f0, LifecycleState.PERMISSION_TO_OPERATE,
                t -> t.requestedOn(MON_MAY_13).performedOn(LocalDate.of(2024, 5, 20))));
        assertEquals(Outcome.REQUIRED, noResult.outcome(), noResult::explanation);
        assertEquals(List.of("witness test result"), noResult.missingInputs());
        assertTrue(noResult.explanation().contains("PTO already granted"), noResult::explanation);
    }

    @Test
    void POL_43_passed_without_power_quality_meter_gives_permanent_PTO_two_business_days_later() {
        PtoSchedule s = WitnessTestRules.ptoSchedule(LocalDate.of(2024, 7, 3), true, false, NERC);
        assertEquals(PtoPath.CONDITIONAL_THEN_PERMANENT, s.path());
        assertEquals(Optional.of(LocalDate.of(2024, 7, 8)), s.permanentPtoTypicallyBy(), "July 4 is a holiday");
        assertEquals(LocalDate.of(2024, 7, 5), s.resultsBy());
        Finding f = eval(RULES, "POL-43", app(f0 -> f0, LifecycleState.WITNESS_TEST,
                t -> t.performedOn(LocalDate.of(2024, 7, 3)).passed(true).powerQualityMeter(false)));
        assertEquals(Outcome.VALUE, f.outcome());
        assertEquals(Optional.of("2024-07-08"), f.value());
        assertEquals("after the witness test: written conditional PTO at the test on 2024-07-03, permanent PTO typically "
                + "by 2024-07-08 (2 business days), results by 2024-07-05 (48 hours) from witness test day, result and "
                + "power quality meter 2024-07-03 passed without power quality meter (7.2 Permission to Operate); "
                + "business days on the NERC-six calendar (Ameren's own holiday list is not public)", f.explanation());
    }

    @Test
    void POL_43_failed_test_is_retested_within_30_business_days() {
        PtoSchedule s = WitnessTestRules.ptoSchedule(LocalDate.of(2024, 11, 1), false, false, NERC);
        assertEquals(PtoPath.RETEST, s.path());
        assertEquals(Optional.of(LocalDate.of(2024, 12, 16)), s.retestBy(), "Thanksgiving is skipped");
    }

    @Test
    void POL_43_power_quality_meter_means_engineering_review_and_unknown_inputs_are_insufficient() {
        PtoSchedule s = WitnessTestRules.ptoSchedule(LocalDate.of(2024, 3, 1), true, true, NERC);
        assertEquals(PtoPath.ENGINEERING_REVIEW, s.path());
        assertEquals(LocalDate.of(2024, 3, 3), s.nextDeadline());
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RULES, "POL-43", app(f0 -> f0, LifecycleState.WITNESS_TEST,
                t -> t.performedOn(LocalDate.of(2024, 3, 1)).passed(true))).outcome());
    }

    @Test
    void POL_43_deadlines_fall_on_business_days_and_never_before_the_test() {
        qt().withFixedSeed(SEED)
                .forAll(integers().between(0, 3650))
                .describedAs(d -> "test on " + LocalDate.of(2020, 1, 1).plusDays(d))
                .checkAssert(d -> {
                    LocalDate day = LocalDate.of(2020, 1, 1).plusDays(d);
                    LocalDate pto = WitnessTestRules.ptoSchedule(day, true, false, NERC).nextDeadline();
                    LocalDate retest = WitnessTestRules.ptoSchedule(day, false, false, NERC).nextDeadline();
                    assertTrue(NERC.isBusinessDay(pto) && NERC.isBusinessDay(retest));
                    assertEquals(2, NERC.businessDaysBetween(day, pto));
                    assertEquals(30, NERC.businessDaysBetween(day, retest));
                    assertTrue(ChronoUnit.DAYS.between(day, retest) >= 40, "30 business days are six working weeks");
                });
    }

    @Test
    void POL_42_a_failed_test_before_PTO_is_explained_with_its_dates_and_result() {
        Finding f = eval(RULES, "POL-42", app(WitnessTestRulesTest::level1, LifecycleState.PERMISSION_TO_OPERATE,
                t -> t.requestedOn(MON_MAY_13).performedOn(LocalDate.of(2024, 5, 20)).passed(false)));
        assertEquals(Outcome.FAIL, f.outcome());
        assertTrue(f.explanation().contains("requested 2024-05-13"), f::explanation);
        assertTrue(f.explanation().contains("performed 2024-05-20"), f::explanation);
        assertTrue(f.explanation().contains("passed false"), f::explanation);
    }

    @Test
    void POL_42_a_passed_test_of_a_level_above_1_is_explained_with_its_day_when_known() {
        Finding dayKnown = eval(RULES, "POL-42", app(WitnessTestRulesTest::aboveLevel1, LifecycleState.WITNESS_TEST,
                t -> t.performedOn(LocalDate.of(2024, 6, 4)).passed(true)));
        assertEquals(Outcome.PASS, dayKnown.outcome());
        assertTrue(dayKnown.explanation().contains("passed on 2024-06-04"), dayKnown::explanation);
        assertTrue(dayKnown.explanation().contains("not Level 1"), dayKnown::explanation);
    }

    @Test
    void POL_42_a_test_not_passed_is_told_apart_from_one_whose_result_is_not_stated() {
        Finding notPassed = eval(RULES, "POL-42", app(WitnessTestRulesTest::aboveLevel1, LifecycleState.WITNESS_TEST,
                t -> t.passed(false)));
        assertEquals(Outcome.REQUIRED, notPassed.outcome());
        assertTrue(notPassed.explanation().contains("not passed yet"), notPassed::explanation);
        Finding unstated = eval(RULES, "POL-42", app(WitnessTestRulesTest::aboveLevel1, LifecycleState.WITNESS_TEST,
                t -> t.performedOn(LocalDate.of(2024, 6, 4))));
        assertEquals(Outcome.REQUIRED, unstated.outcome());
        assertTrue(unstated.explanation().contains("result not stated"), unstated::explanation);
        assertEquals(List.of("witness test result"), unstated.missingInputs());
    }

    @Test
    void POL_43_the_retest_and_engineering_review_schedules_state_their_deadlines() {
        PtoSchedule retest = WitnessTestRules.ptoSchedule(LocalDate.of(2024, 11, 1), false, false, NERC);
        assertTrue(retest.toString().contains("retest by 2024-12-16"), retest::toString);
        assertTrue(retest.toString().contains("30 business days"), retest::toString);
        assertTrue(retest.toString().contains("extendable by mutual agreement"), retest::toString);
        PtoSchedule review = WitnessTestRules.ptoSchedule(LocalDate.of(2024, 3, 1), true, true, NERC);
        assertTrue(review.toString().contains("engineering review"), review::toString);
        assertTrue(review.toString().contains("results by 2024-03-03 (48 hours)"), review::toString);
    }
}
