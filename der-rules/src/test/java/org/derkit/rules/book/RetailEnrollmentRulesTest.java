package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.derkit.model.AccountNumber;
import org.derkit.model.DunsNumber;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingOption;
import org.derkit.model.retail.Commodity;
import org.derkit.model.retail.CpNodeDesignation;
import org.derkit.model.retail.Enrollment;
import org.derkit.model.retail.EnrollmentCycle;
import org.derkit.model.retail.Meter;
import org.derkit.model.retail.MeterReadingType;
import org.derkit.model.retail.RetailAccount;
import org.derkit.model.retail.RetailSupplier;
import org.derkit.model.retail.ServicePoint;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.junit.jupiter.api.Test;

class RetailEnrollmentRulesTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);
    private static final BusinessCalendar AMEREN = BusinessCalendar.amerenEnrollment();
    private static final ServicePointId MAIN = ServicePointId.of("90000001");
    private static final ServicePointId LIGHTS = ServicePointId.of("90000002");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static ServicePoint main(MeterReadingType type, String read) {
        return ServicePoint.builder().id(MAIN)
                .addMeters(Meter.builder().number(MeterNumber.of("7000001")).readingType(type).build())
                .scheduledReadDate(d(read)).build();
    }

    private static ServicePoint lights(String read) {
        return ServicePoint.builder().id(LIGHTS).lighting(true)
                .addMeters(Meter.builder().number(MeterNumber.UNMETERED).build())
                .scheduledReadDate(d(read)).build();
    }

    private static RetailAccount account() {
        return RetailAccount.builder().number(AccountNumber.of("1234567890"))
                .addServicePoints(main(MeterReadingType.INTERVAL, "2026-01-07"), lights("2026-01-05")).build();
    }

    private static Enrollment enrollment(RetailAccount account, EnrollmentCycle cycle, BillingOption option) {
        return Enrollment.builder().account(account).cycle(cycle).requestedBillingOption(option).build();
    }

    private static Enrollment sbo(RetailAccount account) {
        return enrollment(account, EnrollmentCycle.ON_CYCLE, BillingOption.SINGLE_BILL_OPTION);
    }

    private static Finding eval(org.derkit.rules.Rule<Enrollment> rule, Enrollment e) {
        return rule.evaluate(e);
    }

    // ------------------------------------------------------------------------------ RES-01

    @Test
    void RES_01_window_around_a_wednesday_is_monday_to_thursday() {
        BillingWindow w = RetailEnrollmentRules.billingWindow(d("2026-01-07"));
        assertEquals(List.of(d("2026-01-05"), d("2026-01-06"), d("2026-01-07"), d("2026-01-08")), w.businessDays());
        assertEquals("2026-01-05..2026-01-08", w.valueText());
    }

    @Test
    void RES_01_window_around_a_monday_reaches_back_over_the_weekend() {
        assertEquals(List.of(d("2025-03-06"), d("2025-03-07"), d("2025-03-10"), d("2025-03-11")),
                RetailEnrollmentRules.billingWindow(d("2025-03-10")).businessDays());
    }

    @Test
    void RES_01_window_after_thanksgiving_skips_the_holiday() {
        assertEquals(List.of(d("2025-11-25"), d("2025-11-26"), d("2025-11-28"), d("2025-12-01")),
                RetailEnrollmentRules.billingWindow(d("2025-11-28")).businessDays());
    }

    @Test
    void RES_01_window_around_mlk_day_differs_between_presets() {
        assertEquals(List.of(d("2026-01-15"), d("2026-01-16"), d("2026-01-20"), d("2026-01-21")),
                RetailEnrollmentRules.billingWindow(d("2026-01-20"), AMEREN).businessDays());
        assertEquals(List.of(d("2026-01-16"), d("2026-01-19"), d("2026-01-20"), d("2026-01-21")),
                RetailEnrollmentRules.billingWindow(d("2026-01-20"), BusinessCalendar.nercSix()).businessDays());
    }

    @Test
    void RES_01_window_around_a_saturday_reading_has_two_business_days_either_side() {
        BillingWindow w = RetailEnrollmentRules.billingWindow(d("2025-03-08"));
        assertEquals(List.of(d("2025-03-06"), d("2025-03-07"), d("2025-03-10"), d("2025-03-11")), w.businessDays());
        assertTrue(w.contains(d("2025-03-08")), "a non-business day inside the window");
    }

    @Test
    void RES_01_finding_reports_the_window_as_value() {
        Finding f = eval(RetailEnrollmentRules.RES_01, sbo(account()));
        assertEquals(Outcome.VALUE, f.outcome());
        assertEquals(Optional.of("2026-01-05..2026-01-08"), f.value());
        assertTrue(f.explanation().startsWith("billing window 2026-01-05..2026-01-08"), f.explanation());
        assertTrue(f.explanation().contains("(FAQ 1)"), f.explanation());
    }

    @Test
    void RES_01_unknown_scheduled_reading_date_is_insufficient_data() {
        RetailAccount noDates = RetailAccount.builder().addServicePoints(ServicePoint.builder().id(MAIN).build()).build();
        Finding f = eval(RetailEnrollmentRules.RES_01, sbo(noDates));
        assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
        assertEquals(List.of("scheduled meter reading date"), f.missingInputs());
    }

    @Test
    void RES_01_window_always_has_four_business_days_with_two_before_and_one_after() {
        qt().withFixedSeed(SEED).forAll(integers().between(0, 36_600).map(i -> d("2000-01-01").plusDays(i)))
                .describedAs(day -> day + " " + day.getDayOfWeek())
                .checkAssert(read -> {
                    BillingWindow w = RetailEnrollmentRules.billingWindow(read);
                    assertEquals(4, w.businessDays().size());
                    w.businessDays().forEach(day -> assertTrue(AMEREN.isBusinessDay(day), day + " is a business day"));
                    assertEquals(3, AMEREN.businessDaysBetween(w.first(), w.last()));
                    assertTrue(w.contains(read));
                    if (AMEREN.isBusinessDay(read)) {
                        assertEquals(read, w.businessDays().get(2));
                        assertEquals(2, AMEREN.businessDaysBetween(w.first(), read));
                        assertEquals(1, AMEREN.businessDaysBetween(read, w.last()));
                    }
                });
    }

    // ------------------------------------------------------------------------------ RES-02

    @Test
    void RES_02_off_cycle_takes_effect_at_235959_chicago_of_the_requested_date() {
        Enrollment e = enrollment(account(), EnrollmentCycle.OFF_CYCLE, BillingOption.DUAL)
                .withRequestedDate(d("2026-01-05"));
        List<EnrollmentEffectiveDate> dates = RetailEnrollmentRules.effectiveDates(e, EnrollmentSettings.AMEREN);
        assertEquals(2, dates.size());
        assertEquals(ZonedDateTime.parse("2026-01-05T23:59:59-06:00[America/Chicago]"), dates.get(0).exact().get());
        assertFalse(dates.get(0).prorated(), "interval meter: no proration");
        Finding f = eval(RetailEnrollmentRules.RES_02, e);
        assertEquals(Optional.of("90000001=2026-01-05T23:59:59-06:00;90000002=2026-01-05T23:59:59-06:00"), f.value());
    }

    @Test
    void RES_02_off_cycle_scalar_in_summer_is_prorated_and_in_daylight_time() {
        RetailAccount a = RetailAccount.builder().addServicePoints(main(MeterReadingType.SCALAR, "2025-07-20")).build();
        Enrollment e = enrollment(a, EnrollmentCycle.OFF_CYCLE, BillingOption.DUAL).withRequestedDate(d("2025-07-15"));
        EnrollmentEffectiveDate only = RetailEnrollmentRules.effectiveDates(e, EnrollmentSettings.AMEREN).get(0);
        assertEquals("2025-07-15T23:59:59-05:00", only.valueText());
        assertTrue(only.prorated());
        assertEquals(EnrollmentEffectiveDate.Basis.END_OF_REQUESTED_DAY, only.basis());
    }

    @Test
    void RES_02_on_cycle_scalar_interval_and_unmetered_take_effect_within_the_window() {
        RetailAccount a = RetailAccount.builder().addServicePoints(main(MeterReadingType.SCALAR, "2026-01-07"),
                lights("2026-01-05")).build();
        List<EnrollmentEffectiveDate> dates = RetailEnrollmentRules.effectiveDates(sbo(a), EnrollmentSettings.AMEREN);
        assertEquals(EnrollmentEffectiveDate.Basis.METER_READ, dates.get(0).basis());
        assertEquals(EnrollmentEffectiveDate.Basis.ACCOUNT_BILLS, dates.get(1).basis());
        assertEquals("2026-01-05..2026-01-08", dates.get(0).valueText());
        assertEquals(EnrollmentEffectiveDate.Basis.DATA_COLLECTED,
                RetailEnrollmentRules.effectiveDates(sbo(account()), EnrollmentSettings.AMEREN).get(0).basis());
    }

    @Test
    void RES_02_off_cycle_without_requested_date_is_insufficient_data_and_refused_by_the_function() {
        Enrollment e = enrollment(account(), EnrollmentCycle.OFF_CYCLE, BillingOption.DUAL);
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RetailEnrollmentRules.RES_02, e).outcome());
        assertThrows(IllegalArgumentException.class,
                () -> RetailEnrollmentRules.effectiveDates(e, EnrollmentSettings.AMEREN));
    }

    // ------------------------------------------------------------------------------ RES-03

    @Test
    void RES_03_on_cycle_placeholder_is_the_scheduled_reading_date_and_867_start_may_vary_in_window() {
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_03, sbo(account())).outcome());
        assertTrue(RetailEnrollmentRules.actualStartWithinWindow(d("2026-01-07"), d("2026-01-05"), AMEREN));
        assertTrue(RetailEnrollmentRules.actualStartWithinWindow(d("2026-01-07"), d("2026-01-08"), AMEREN));
        assertFalse(RetailEnrollmentRules.actualStartWithinWindow(d("2026-01-07"), d("2026-01-02"), AMEREN));
        assertFalse(RetailEnrollmentRules.actualStartWithinWindow(d("2026-01-07"), d("2026-01-09"), AMEREN));
    }

    @Test
    void RES_03_does_not_apply_off_cycle_and_reviews_a_weekend_schedule() {
        assertEquals(Outcome.NOT_APPLICABLE, eval(RetailEnrollmentRules.RES_03,
                enrollment(account(), EnrollmentCycle.OFF_CYCLE, BillingOption.DUAL)).outcome());
        RetailAccount a = RetailAccount.builder().addServicePoints(main(MeterReadingType.SCALAR, "2026-01-10")).build();
        assertEquals(Outcome.REVIEW, eval(RetailEnrollmentRules.RES_03, sbo(a)).outcome());
    }

    // ------------------------------------------------------------------------------ RES-04..09

    @Test
    void RES_04_budget_billing_defaults_sbo_to_dual_with_ref_blt_dual() {
        Enrollment e = sbo(account().withBudgetBilling(true));
        SboDecision s = RetailEnrollmentRules.sboDecision(e, EnrollmentSettings.AMEREN);
        assertEquals(BillingOption.DUAL, s.firstPeriod());
        assertEquals(BillingOption.DUAL, s.afterFirstPeriod());
        assertEquals("DUAL", s.refBlt());
        assertTrue(s.staysOnBudgetBilling());
        assertTrue(s.defaultedToDual());
        assertEquals(Outcome.REQUIRED, eval(RetailEnrollmentRules.RES_04, e).outcome());
        assertEquals(Outcome.NOT_REQUIRED, eval(RetailEnrollmentRules.RES_04, sbo(account())).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RetailEnrollmentRules.RES_04,
                enrollment(account(), EnrollmentCycle.ON_CYCLE, BillingOption.DUAL)).outcome());
    }

    @Test
    void RES_04_the_dual_billing_code_is_a_setting() {
        EnrollmentSettings other = new EnrollmentSettings(AMEREN, "DUL", "LDC");
        assertEquals("DUL", RetailEnrollmentRules.sboDecision(
                sbo(account().withBudgetBilling(true)), other).refBlt());
        assertThrows(IllegalArgumentException.class, () -> new EnrollmentSettings(AMEREN, "DU*AL", "LDC"));
    }

    @Test
    void RES_05_budget_balance_is_never_in_an_810() {
        Enrollment e = sbo(account().withBudgetBilling(true));
        assertFalse(RetailEnrollmentRules.sboDecision(e, EnrollmentSettings.AMEREN).budgetBalanceInEdi810());
        Finding f = eval(RetailEnrollmentRules.RES_05, e);
        assertEquals(Outcome.REQUIRED, f.outcome());
        assertTrue(f.meaning().contains("never in an EDI 810"), f.meaning());
    }

    @Test
    void RES_06_arrears_default_sbo_to_dual() {
        Enrollment e = sbo(account().withInArrears(true));
        SboDecision s = RetailEnrollmentRules.sboDecision(e, EnrollmentSettings.AMEREN);
        assertEquals(BillingOption.DUAL, s.afterFirstPeriod());
        assertFalse(s.staysOnBudgetBilling());
        assertEquals(List.of("arrears (RES-06)"), s.reasons());
        assertEquals(Outcome.REQUIRED, eval(RetailEnrollmentRules.RES_06, e).outcome());
        assertEquals(Outcome.NOT_REQUIRED, eval(RetailEnrollmentRules.RES_06, sbo(account())).outcome());
    }

    @Test
    void RES_07_summary_billing_is_removed_and_the_account_placed_on_sbo() {
        Enrollment e = sbo(account().withSummaryBilling(true));
        SboDecision s = RetailEnrollmentRules.sboDecision(e, EnrollmentSettings.AMEREN);
        assertTrue(s.removedFromSummaryBilling());
        assertEquals(BillingOption.SINGLE_BILL_OPTION, s.firstPeriod());
        assertEquals("LDC", s.refBlt());
        assertEquals(Outcome.REQUIRED, eval(RetailEnrollmentRules.RES_07, e).outcome());
        Enrollment budgetToo = sbo(account().withSummaryBilling(true).withBudgetBilling(true));
        assertEquals(Outcome.NOT_APPLICABLE, eval(RetailEnrollmentRules.RES_07, budgetToo).outcome());
        assertFalse(RetailEnrollmentRules.sboDecision(budgetToo, EnrollmentSettings.AMEREN).removedFromSummaryBilling());
    }

    @Test
    void RES_08_gas_service_point_is_split_and_direct_pay_moves_with_it() {
        ServicePoint gas = ServicePoint.builder().id(ServicePointId.of("80000001")).commodity(Commodity.GAS).build();
        Enrollment e = sbo(account().withServicePoints(
                main(MeterReadingType.INTERVAL, "2026-01-07"), gas).withDirectPay(true));
        SboDecision s = RetailEnrollmentRules.sboDecision(e, EnrollmentSettings.AMEREN);
        assertEquals(List.of(ServicePointId.of("80000001")), s.gasServicePointsSplit());
        assertTrue(s.directPayMovesToGasAccount());
        Finding f = eval(RetailEnrollmentRules.RES_08, e);
        assertEquals(Outcome.REQUIRED, f.outcome());
        assertEquals("gas service points 1 >= 1 (FAQ 8)", f.explanation());
        assertEquals(Outcome.NOT_REQUIRED, eval(RetailEnrollmentRules.RES_08, sbo(account())).outcome());
        assertFalse(RetailEnrollmentRules.sboDecision(sbo(account()), EnrollmentSettings.AMEREN)
                .directPayMovesToGasAccount());
    }

    @Test
    void RES_08_the_split_names_direct_pay_only_when_it_moves_to_the_gas_account() {
        ServicePoint gas = ServicePoint.builder().id(ServicePointId.of("80000001")).commodity(Commodity.GAS).build();
        RetailAccount both = account().withServicePoints(main(MeterReadingType.INTERVAL, "2026-01-07"), gas);
        assertEquals(List.of("gas service points split to a new account with Direct Pay (RES-08)"),
                RetailEnrollmentRules.sboDecision(sbo(both.withDirectPay(true)), EnrollmentSettings.AMEREN).reasons());
        SboDecision without = RetailEnrollmentRules.sboDecision(sbo(both.withDirectPay(false)), EnrollmentSettings.AMEREN);
        assertEquals(List.of("gas service points split to a new account (RES-08)"), without.reasons());
        assertFalse(without.directPayMovesToGasAccount());
    }

    @Test
    void RES_02_a_real_meter_of_unknown_reading_type_leaves_the_effective_dates_uncomputable() {
        ServicePoint unknownType = ServicePoint.builder().id(MAIN)
                .addMeters(Meter.builder().number(MeterNumber.of("7000009")).build())
                .scheduledReadDate(d("2026-01-07")).build();
        RetailAccount unknown = account().withServicePoints(unknownType, lights("2026-01-05"));
        assertTrue(RetailEnrollmentRules.canComputeEffectiveDates(sbo(account())));
        assertFalse(RetailEnrollmentRules.canComputeEffectiveDates(sbo(unknown)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RetailEnrollmentRules.readingType(unknownType));
        assertTrue(e.getMessage().contains("7000009"), e.getMessage());
        assertEquals(Optional.empty(), RetailEnrollmentRules.readingType(lights("2026-01-05")), "unmetered load");
    }

    @Test
    void RES_09_off_cycle_sbo_is_dual_for_the_first_period_then_sbo() {
        Enrollment e = enrollment(account(), EnrollmentCycle.OFF_CYCLE, BillingOption.SINGLE_BILL_OPTION)
                .withRequestedDate(d("2026-01-15"));
        SboDecision s = RetailEnrollmentRules.sboDecision(e, EnrollmentSettings.AMEREN);
        assertEquals(BillingOption.DUAL, s.firstPeriod());
        assertEquals(BillingOption.SINGLE_BILL_OPTION, s.afterFirstPeriod());
        assertEquals("DUAL", s.refBlt());
        assertTrue(s.placedOnSbo());
        assertEquals("SBO requested: DUAL first period, SBO afterwards, REF*BLT*DUAL (off-cycle (RES-09))", s.toString());
        assertEquals(Outcome.REQUIRED, eval(RetailEnrollmentRules.RES_09, e).outcome());
        assertEquals(Outcome.NOT_REQUIRED, eval(RetailEnrollmentRules.RES_09, sbo(account())).outcome());
    }

    @Test
    void RES_04_to_09_dual_requested_changes_nothing() {
        SboDecision s = RetailEnrollmentRules.sboDecision(enrollment(account()
                .withSummaryBilling(true), EnrollmentCycle.OFF_CYCLE, BillingOption.DUAL), EnrollmentSettings.AMEREN);
        assertEquals(BillingOption.DUAL, s.firstPeriod());
        assertFalse(s.removedFromSummaryBilling());
        assertFalse(s.placedOnSbo());
    }

    // ------------------------------------------------------------------------------ RES-10..16

    @Test
    void RES_10_all_electric_service_points_including_lighting_switch() {
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_10, sbo(account())).outcome());
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_10, sbo(account()).withServicePoints(MAIN, LIGHTS))
                .outcome());
        Finding f = eval(RetailEnrollmentRules.RES_10, sbo(account()).withServicePoints(MAIN));
        assertEquals(Outcome.REVIEW, f.outcome());
        assertTrue(f.explanation().startsWith("electric service points not named on the DASR 1 "), f.explanation());
    }

    @Test
    void RES_11_unmetered_account_uses_eight_nines() {
        RetailAccount lightingOnly = RetailAccount.builder().addServicePoints(lights("2026-01-05")).build();
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_11, sbo(lightingOnly)
                .withMeterNumbers(MeterNumber.UNMETERED)).outcome());
        assertEquals(Outcome.FAIL, eval(RetailEnrollmentRules.RES_11, sbo(lightingOnly)
                .withMeterNumbers(MeterNumber.of("7000001"))).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RetailEnrollmentRules.RES_11, sbo(lightingOnly)).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RetailEnrollmentRules.RES_11, sbo(account())).outcome());
    }

    private static Enrollment newAccountWithoutNumber(String start, String emailed) {
        RetailAccount a = RetailAccount.builder().addServicePoints(main(MeterReadingType.INTERVAL, start))
                .startDate(d(start)).build();
        return sbo(a).withIntentEmailedOn(d(emailed));
    }

    @Test
    void RES_12_intent_email_three_business_days_ahead_passes_two_fails() {
        // start Monday 2026-01-12: 3 business days before is Wednesday 2026-01-07
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_12, newAccountWithoutNumber("2026-01-12", "2026-01-06")).outcome());
        Finding at = eval(RetailEnrollmentRules.RES_12, newAccountWithoutNumber("2026-01-12", "2026-01-07"));
        assertEquals(Outcome.PASS, at.outcome());
        assertTrue(at.explanation().startsWith("intent email lead time before the account start date 3 business days "
                + ">= 3 business days (FAQ 12)"), at.explanation());
        assertEquals(Outcome.FAIL, eval(RetailEnrollmentRules.RES_12, newAccountWithoutNumber("2026-01-12", "2026-01-08")).outcome());
        assertEquals(d("2026-01-07"), RetailEnrollmentRules.latestSendDate(d("2026-01-12"), 3, AMEREN));
    }

    @Test
    void RES_12_no_lead_time_sends_on_the_due_date_and_a_negative_one_is_refused() {
        assertEquals(d("2026-01-12"), RetailEnrollmentRules.latestSendDate(d("2026-01-12"), 0, AMEREN), "a Monday");
        assertThrows(IllegalArgumentException.class, () -> RetailEnrollmentRules.latestSendDate(d("2026-01-12"), -1, AMEREN));
    }

    @Test
    void RES_12_mlk_day_does_not_count_as_a_business_day() {
        // start Wednesday 2026-01-21; Monday 01-19 is MLK Day: 01-20, 01-16, 01-15
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_12, newAccountWithoutNumber("2026-01-21", "2026-01-15")).outcome());
        assertEquals(Outcome.FAIL, eval(RetailEnrollmentRules.RES_12, newAccountWithoutNumber("2026-01-21", "2026-01-16")).outcome());
    }

    @Test
    void RES_12_not_applicable_with_a_number_and_insufficient_without_email_date() {
        assertEquals(Outcome.NOT_APPLICABLE, eval(RetailEnrollmentRules.RES_12, sbo(account())).outcome());
        RetailAccount a = RetailAccount.builder().addServicePoints(main(MeterReadingType.INTERVAL, "2026-01-12"))
                .startDate(d("2026-01-12")).build();
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RetailEnrollmentRules.RES_12, sbo(a)).outcome());
    }

    private static Enrollment newAccountWithUnsetMeter(String start, String submitted, MeterNumber named) {
        RetailAccount a = RetailAccount.builder().number(AccountNumber.of("1234567891"))
                .addServicePoints(ServicePoint.builder().id(MAIN).scheduledReadDate(d(start)).build())
                .startDate(d(start)).build();
        return sbo(a).withSubmittedOn(d(submitted)).withMeterNumbers(named).withBankruptcyReplacement(false);
    }

    @Test
    void RES_13_dasr_three_business_days_ahead_with_eight_nines() {
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_13,
                newAccountWithUnsetMeter("2026-01-12", "2026-01-06", MeterNumber.UNMETERED)).outcome());
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_13,
                newAccountWithUnsetMeter("2026-01-12", "2026-01-07", MeterNumber.UNMETERED)).outcome());
        assertEquals(Outcome.FAIL, eval(RetailEnrollmentRules.RES_13,
                newAccountWithUnsetMeter("2026-01-12", "2026-01-08", MeterNumber.UNMETERED)).outcome());
        assertEquals(Outcome.FAIL, eval(RetailEnrollmentRules.RES_13,
                newAccountWithUnsetMeter("2026-01-12", "2026-01-06", MeterNumber.of("7000001"))).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RetailEnrollmentRules.RES_13, sbo(account())).outcome());
        Enrollment late = newAccountWithUnsetMeter("2026-01-12", "2026-01-08", MeterNumber.UNMETERED);
        assertEquals(Outcome.NOT_APPLICABLE, eval(RetailEnrollmentRules.RES_13, late.withBankruptcyReplacement(true))
                .outcome(), "RES-22 governs a bankruptcy replacement");
        Finding unknown = eval(RetailEnrollmentRules.RES_13, late.withBankruptcyReplacement(Optional.empty()));
        assertEquals(Outcome.INSUFFICIENT_DATA, unknown.outcome(), "a late DASR fails only if RES-13 applies");
        assertTrue(unknown.missingInputs().contains("bankruptcy replacement"), unknown.missingInputs().toString());
    }

    @Test
    void RES_14_partial_load_needs_notice_before_the_dasr() {
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_14, sbo(account()).withPartialLoad(true)
                .withRepresentativeNotified(true)).outcome());
        assertEquals(Outcome.FAIL, eval(RetailEnrollmentRules.RES_14, sbo(account()).withPartialLoad(true)
                .withRepresentativeNotified(false)).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RetailEnrollmentRules.RES_14, sbo(account()).withPartialLoad(true))
                .outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RetailEnrollmentRules.RES_14, sbo(account()).withPartialLoad(false))
                .outcome());
        Finding unknown = eval(RetailEnrollmentRules.RES_14, sbo(account()).withRepresentativeNotified(false));
        assertEquals(Outcome.INSUFFICIENT_DATA, unknown.outcome(), "partial load unknown: the missing notice may matter");
        assertEquals(List.of("partial load"), unknown.missingInputs());
    }

    @Test
    void RES_15_and_RES_19_state_their_text() {
        Finding f15 = eval(RetailEnrollmentRules.RES_15, sbo(account()));
        assertEquals(Outcome.INFO, f15.outcome());
        assertTrue(f15.explanation().endsWith("usually on different rates (FAQ 15)"), f15.explanation());
        Finding f19 = eval(RetailEnrollmentRules.RES_19, sbo(account()));
        assertEquals(Outcome.INFO, f19.outcome());
        assertTrue(f19.explanation().contains("not accept them by EDI"), f19.explanation());
    }

    @Test
    void RES_16_lighting_on_the_first_window_day_and_main_later_pass() {
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_16, sbo(account())).outcome());
        RetailAccount outside = RetailAccount.builder().addServicePoints(main(MeterReadingType.INTERVAL, "2026-01-07"),
                lights("2026-01-02")).build();
        assertEquals(Outcome.REVIEW, eval(RetailEnrollmentRules.RES_16, sbo(outside)).outcome());
        RetailAccount single = RetailAccount.builder().addServicePoints(main(MeterReadingType.INTERVAL, "2026-01-07"))
                .build();
        assertEquals(Outcome.NOT_APPLICABLE, eval(RetailEnrollmentRules.RES_16, sbo(single)).outcome());
    }

    // ------------------------------------------------------------------------------ RES-22, 23

    private static Enrollment bankruptcy(String submitted, EnrollmentCycle cycle, Boolean notified) {
        RetailAccount a = RetailAccount.builder().number(AccountNumber.of("1234567892"))
                .addServicePoints(main(MeterReadingType.INTERVAL, "2026-02-10")).startDate(d("2026-01-12")).build();
        Enrollment e = enrollment(a, cycle, BillingOption.DUAL).withBankruptcyReplacement(true)
                .withSubmittedOn(d(submitted)).withFirstBillingDate(d("2026-02-10"));
        return notified == null ? e : e.withRepresentativeNotified(notified);
    }

    @Test
    void RES_22_seven_calendar_days_before_first_billing_passes_six_fails() {
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_22, bankruptcy("2026-02-02", EnrollmentCycle.ON_CYCLE, true)).outcome());
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_22, bankruptcy("2026-02-03", EnrollmentCycle.ON_CYCLE, true)).outcome());
        assertEquals(Outcome.FAIL, eval(RetailEnrollmentRules.RES_22, bankruptcy("2026-02-04", EnrollmentCycle.ON_CYCLE, true)).outcome());
        assertEquals(Outcome.FAIL, eval(RetailEnrollmentRules.RES_22, bankruptcy("2026-02-02", EnrollmentCycle.OFF_CYCLE, true)).outcome());
        assertEquals(Outcome.FAIL, eval(RetailEnrollmentRules.RES_22, bankruptcy("2026-02-02", EnrollmentCycle.ON_CYCLE, false)).outcome());
        Finding unknown = eval(RetailEnrollmentRules.RES_22, bankruptcy("2026-02-02", EnrollmentCycle.ON_CYCLE, null));
        assertEquals(Outcome.INSUFFICIENT_DATA, unknown.outcome());
        assertEquals(List.of("notice to the Ameren representative"), unknown.missingInputs());
        assertEquals(Optional.of(d("2026-01-12")), RetailEnrollmentRules.repairedEffectiveDate(
                bankruptcy("2026-02-02", EnrollmentCycle.ON_CYCLE, true).account()));
        assertEquals(Outcome.NOT_APPLICABLE, eval(RetailEnrollmentRules.RES_22,
                sbo(account()).withBankruptcyReplacement(false)).outcome());
        Finding open = eval(RetailEnrollmentRules.RES_22, bankruptcy("2026-02-04", EnrollmentCycle.ON_CYCLE, true)
                .withBankruptcyReplacement(Optional.empty()));
        assertEquals(Outcome.INSUFFICIENT_DATA, open.outcome(), "a late DASR may be a replacement's violation");
        assertEquals(List.of("bankruptcy replacement"), open.missingInputs());
    }

    private static Enrollment withCpNodes(CpNodeDesignation... designations) {
        RetailSupplier s = RetailSupplier.builder().duns(DunsNumber.of("123456789")).addCpNodeDesignations(designations)
                .build();
        return sbo(account()).withSupplier(s);
    }

    @Test
    void RES_23_one_default_cpnode_per_ameren_company() {
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_23, withCpNodes()).outcome());
        assertEquals(Outcome.PASS, eval(RetailEnrollmentRules.RES_23, withCpNodes(
                new CpNodeDesignation("AmerenCIPS", "AMIL.CIPS"), new CpNodeDesignation("AmerenIP", "AMIL.IP"))).outcome());
        Finding two = eval(RetailEnrollmentRules.RES_23, withCpNodes(
                new CpNodeDesignation("AmerenCIPS", "AMIL.CIPS"), new CpNodeDesignation("AmerenCIPS", "AMIL.CIPS2")));
        assertEquals(Outcome.FAIL, two.outcome());
        assertEquals("default CPNodes for one Ameren company 2 > 1 (FAQ 25)", two.explanation());
        assertEquals(Outcome.INSUFFICIENT_DATA, eval(RetailEnrollmentRules.RES_23, sbo(account())).outcome());
    }

    @Test
    void RES_rules_are_in_catalogue_order_with_their_citations() {
        List<String> ids = RetailEnrollmentRules.rules().ids();
        assertEquals(List.of("RES-01", "RES-02", "RES-03", "RES-04", "RES-05", "RES-06", "RES-07", "RES-08", "RES-09",
                "RES-10", "RES-11", "RES-12", "RES-13", "RES-14", "RES-15", "RES-16", "RES-19", "RES-22", "RES-23"), ids);
        assertEquals("FAQ 16-17", RetailEnrollmentRules.RES_16.citation().section());
        assertEquals("res-faq.txt", RetailEnrollmentRules.RES_16.citation().source().fileName());
    }

    @Test
    void RES_whole_set_evaluates_a_screening_of_an_enrollment() {
        var findings = AmerenRuleBook.book().evaluate(Screening.of(sbo(account())));
        assertEquals(Outcome.VALUE, findings.byId("RES-01").orElseThrow().outcome());
        assertEquals(Outcome.INFO, findings.byId("RES-25").orElseThrow().outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, findings.byId("RES-24").orElseThrow().outcome());
    }

    // ------------------------------------------------------------------------------ EnrollmentInputs

    @Test
    void RES_16_the_scheduled_read_date_of_a_lighting_only_account_is_its_lighting_date() {
        RetailAccount lightingOnly = RetailAccount.builder().addServicePoints(lights("2026-01-05")).build();
        assertEquals(Optional.of(d("2026-01-05")), EnrollmentInputs.scheduledReadDate(lightingOnly));
        assertEquals(Optional.of(d("2026-01-07")), EnrollmentInputs.scheduledReadDate(account()),
                "the non-lighting service point decides when there is one");
        assertEquals(Optional.empty(), EnrollmentInputs.scheduledReadDate(RetailAccount.builder()
                .addServicePoints(ServicePoint.builder().id(MAIN).build()).build()));
    }

    @Test
    void RES_13_a_meter_is_unset_when_a_non_lighting_service_point_has_no_real_meter() {
        assertFalse(EnrollmentInputs.hasUnsetMeter(account()), "the main meter is set; lighting is unmetered anyway");
        RetailAccount unset = RetailAccount.builder().addServicePoints(ServicePoint.builder().id(MAIN)
                .addMeters(Meter.builder().number(MeterNumber.UNMETERED).build()).build(), lights("2026-01-05")).build();
        assertTrue(EnrollmentInputs.hasUnsetMeter(unset));
        assertTrue(EnrollmentInputs.hasUnsetMeter(RetailAccount.builder()
                .addServicePoints(ServicePoint.builder().id(MAIN).build()).build()), "no meter at all");
    }

    @Test
    void RES_13_meter_numbering_says_whether_a_meter_is_not_set() {
        EnrollmentInputs.MeterNumbering notSet = new EnrollmentInputs.MeterNumbering(List.of(MeterNumber.UNMETERED), true);
        assertEquals("[99999999] (a meter is not set)", notSet.toString());
        assertTrue(notSet.placeholderGivenWhereNeeded());
        EnrollmentInputs.MeterNumbering set = new EnrollmentInputs.MeterNumbering(List.of(MeterNumber.of("7000001")),
                false);
        assertTrue(set.toString().startsWith("[7000001]") && !set.toString().contains("not set"), set::toString);
        assertFalse(new EnrollmentInputs.MeterNumbering(List.of(MeterNumber.of("7000001")), true)
                .placeholderGivenWhereNeeded());
    }

    @Test
    void RES_16_read_dates_list_each_service_point_then_the_window() {
        BillingWindow w = RetailEnrollmentRules.billingWindow(d("2026-01-07"));
        java.util.Map<ServicePointId, LocalDate> dates = new java.util.LinkedHashMap<>();
        dates.put(MAIN, d("2026-01-07"));
        dates.put(LIGHTS, d("2026-01-05"));
        EnrollmentInputs.ServicePointReadDates r = new EnrollmentInputs.ServicePointReadDates(w, dates);
        assertEquals("90000001 2026-01-07, 90000002 2026-01-05 in window 2026-01-05..2026-01-08", r.toString());
        assertTrue(r.allInWindow());
    }
}
