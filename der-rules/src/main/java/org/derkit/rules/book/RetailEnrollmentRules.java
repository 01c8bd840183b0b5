package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import static org.derkit.rules.book.EnrollmentInputs.BUDGET_BILLING;
import static org.derkit.rules.book.EnrollmentInputs.CYCLE;
import static org.derkit.rules.book.EnrollmentInputs.REQUESTED_OPTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.derkit.model.MeterNumber;
import org.derkit.model.retail.BillingOption;
import org.derkit.model.retail.Enrollment;
import org.derkit.model.retail.EnrollmentCycle;
import org.derkit.model.retail.Meter;
import org.derkit.model.retail.MeterReadingType;
import org.derkit.model.retail.RetailAccount;
import org.derkit.model.retail.ServicePoint;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * Retail supplier enrollment and billing options (res-faq.txt, FAQ 1-17, 20, 23, 25): the billing
 * window, enrollment effective dates, what Ameren does with a Single Billing Option (SBO)
 * request, unmetered and new accounts, and bankruptcy. Topic {@link Topic#RETAIL_ENROLLMENT_BILLING};
 * subject {@link Enrollment} (with its account).
 *
 * <p>Computations are public typed functions ({@link #billingWindow}, {@link #effectiveDates},
 * {@link #sboDecision}, {@link #latestSendDate}); the rules report them. Every date count uses
 * {@link EnrollmentSettings#AMEREN} (business days: the NERC six plus Ameren's enrollment
 * exclusions, regulations.md section 3, secondary figures kept as data); the typed functions take
 * other settings.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this class will cause a
 * {@link NullPointerException} to be thrown.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class RetailEnrollmentRules {

    private static final String CALENDAR_NOTE = "business days exclude weekends, the NERC six holidays and "
            + "Ameren's enrollment exclusions (MLK Day, Presidents' Day, Juneteenth), a secondary list kept as data "
            + "(regulations.md section 3)";

    private static final String DUAL = "REF*BLT*" + EnrollmentSettings.AMEREN.dualBillingCode();

    // --------------------------------------------------------------------------------------- rules

    /** RES-01: the billing window, four business days around the scheduled meter reading date. */
    public static final Rule<Enrollment> RES_01 = Rule.id("RES-01")
            .cites(Source.RES_FAQ, "FAQ 1")
            .quoting("a four business day period of time that extends from two business days prior to an account's "
                    + "scheduled meter reading date to one business day after")
            .kind(Kind.COMPUTATION)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .from(EnrollmentInputs.SCHEDULED_READ_DATE)
            .computes("billing window", RetailEnrollmentRules::billingWindow, BillingWindow::valueText)
            .note(CALENDAR_NOTE)
            .build();

    /** RES-02: the effective date per service point. */
    public static final Rule<Enrollment> RES_02 = Rule.id("RES-02")
            .cites(Source.RES_FAQ, "FAQ 2")
            .quoting("enrollments are effectuated at the service point level")
            .kind(Kind.COMPUTATION)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .from(EnrollmentInputs.EFFECTIVE_DATE_INPUTS)
            .computes("enrollment effective date", e -> effectiveDates(e, EnrollmentSettings.AMEREN),
                    list -> list.stream().map(d -> d.servicePoint() + "=" + d.valueText())
                            .collect(Collectors.joining(";")))
            .note("off-cycle moments are 23:59:59 America/Chicago of the requested date")
            .build();

    /** RES-03: the 814 response's placeholder date is the scheduled meter reading date. */
    public static final Rule<Enrollment> RES_03 = Rule.id("RES-03")
            .cites(Source.RES_FAQ, "FAQ 3")
            .quoting("the scheduled meter reading date is returned as a placeholder for the enrollment effective date")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when(CYCLE, "is ON_CYCLE", c -> c == EnrollmentCycle.ON_CYCLE)
            .measure(EnrollmentInputs.SCHEDULED_READ_DATE)
            .satisfies("a business day", d -> EnrollmentSettings.AMEREN.calendar().isBusinessDay(d))
            .then(Outcome.PASS, "the 814 response's effective date is the scheduled meter reading date, a placeholder; "
                    + "the 867 start may be up to 2 business days before it or 1 after it")
            .otherwise(Outcome.REVIEW, "the scheduled meter reading date is not a business day, so the placeholder "
                    + "date cannot itself start the enrollment")
            .build();

    /** RES-04: SBO on budget billing defaults to dual billing. */
    public static final Rule<Enrollment> RES_04 = Rule.id("RES-04")
            .cites(Source.RES_FAQ, "FAQ 4")
            .quoting("the account is defaulted to the dual billing option and it remains on budget billing")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when(REQUESTED_OPTION, "is SINGLE_BILL_OPTION", RetailEnrollmentRules::isSbo)
            .measure(BUDGET_BILLING)
            .is(true)
            .then(Outcome.REQUIRED, "dual billing (814 response " + DUAL + "); the account stays on budget billing")
            .otherwise(Outcome.NOT_REQUIRED, "dual billing because of budget billing")
            .build();

    /** RES-05: a budget balance due is billed by Ameren, never in an 810. */
    public static final Rule<Enrollment> RES_05 = Rule.id("RES-05")
            .cites(Source.RES_FAQ, "FAQ 5")
            .quoting("the budget balance due will be billed by Ameren directly to the customer and will not be "
                    + "communicated to the RES in an EDI 810 transaction")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when(REQUESTED_OPTION, "is SINGLE_BILL_OPTION", RetailEnrollmentRules::isSbo)
            .measure(BUDGET_BILLING)
            .is(true)
            .then(Outcome.REQUIRED, "Ameren bills the budget balance due directly to the customer when the account "
                    + "leaves budget billing for SBO; it is never in an EDI 810")
            .otherwise(Outcome.NOT_REQUIRED, "no budget balance due from budget billing")
            .build();

    /** RES-06: SBO in arrears defaults to dual billing. */
    public static final Rule<Enrollment> RES_06 = Rule.id("RES-06")
            .cites(Source.RES_FAQ, "FAQ 6")
            .quoting("Ameren does not allow an account that is in arrears to be enrolled to SBO")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when(REQUESTED_OPTION, "is SINGLE_BILL_OPTION", RetailEnrollmentRules::isSbo)
            .measure(EnrollmentInputs.IN_ARREARS)
            .is(true)
            .then(Outcome.REQUIRED, "dual billing (814 response " + DUAL + ") until the account is current")
            .otherwise(Outcome.NOT_REQUIRED, "dual billing because of arrears")
            .build();

    /** RES-07: SBO removes the account from summary billing. */
    public static final Rule<Enrollment> RES_07 = Rule.id("RES-07")
            .cites(Source.RES_FAQ, "FAQ 7")
            .quoting("the account is removed from summary billing and placed on SBO")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when(REQUESTED_OPTION, "is SINGLE_BILL_OPTION", RetailEnrollmentRules::isSbo)
            .andWhen("SBO is not defaulted to dual billing by budget billing or arrears",
                    RetailEnrollmentRules::sboNotDefaulted)
            .measure(EnrollmentInputs.SUMMARY_BILLING)
            .is(true)
            .then(Outcome.REQUIRED, "removal from summary billing; the account is placed on SBO")
            .otherwise(Outcome.NOT_REQUIRED, "removal from summary billing")
            .build();

    /** RES-08: SBO splits gas service points onto a new account; Direct Pay moves with them. */
    public static final Rule<Enrollment> RES_08 = Rule.id("RES-08")
            .cites(Source.RES_FAQ, "FAQ 8")
            .quoting("Ameren will split the gas service point off of the account and assign a new account number to it")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when(REQUESTED_OPTION, "is SINGLE_BILL_OPTION", RetailEnrollmentRules::isSbo)
            .andWhen("SBO is not defaulted to dual billing by budget billing or arrears",
                    RetailEnrollmentRules::sboNotDefaulted)
            .measure(EnrollmentInputs.GAS_SERVICE_POINTS)
            .atLeast(1L)
            .then(Outcome.REQUIRED, "split of the gas service points onto a new account number; the electric ones "
                    + "stay and Direct Pay, if any, moves to the new gas account")
            .otherwise(Outcome.NOT_REQUIRED, "split of gas service points")
            .build();

    /** RES-09: off-cycle SBO is dual for the first billing period. */
    public static final Rule<Enrollment> RES_09 = Rule.id("RES-09")
            .cites(Source.RES_FAQ, "FAQ 9")
            .quoting("defaulted to the dual billing option for the first billing period that includes the enrollment "
                    + "effective date")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when(REQUESTED_OPTION, "is SINGLE_BILL_OPTION", RetailEnrollmentRules::isSbo)
            .andWhen("SBO is not defaulted to dual billing by budget billing or arrears",
                    RetailEnrollmentRules::sboNotDefaulted)
            .measure(CYCLE)
            .is(EnrollmentCycle.OFF_CYCLE)
            .then(Outcome.REQUIRED, "dual billing (" + DUAL + ") for the first billing period that includes the "
                    + "effective date, SBO afterwards")
            .otherwise(Outcome.NOT_REQUIRED, "dual billing for the first period")
            .build();

    /** RES-10: all electric service points switch, lighting included. */
    public static final Rule<Enrollment> RES_10 = Rule.id("RES-10")
            .cites(Source.RES_FAQ, "FAQ 10")
            .quoting("An enrollment DASR will switch all electric service points on an account - including any "
                    + "lighting service points")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .measure(EnrollmentInputs.ELECTRIC_SERVICE_POINTS_NOT_NAMED)
            .atMost(0L)
            .then(Outcome.PASS, "the enrollment switches all electric service points, lighting included")
            .otherwise(Outcome.REVIEW, "Ameren switches every electric service point of the account, lighting "
                    + "included, including those the DASR does not name")
            .build();

    /** RES-11: an unmetered account is enrolled with meter number 99999999. */
    public static final Rule<Enrollment> RES_11 = Rule.id("RES-11")
            .cites(Source.RES_FAQ, "FAQ 11")
            .quoting("A RES should submit eight nines (i.e. 99999999) for the meter number")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when("the account is unmetered (lighting only)", e -> !e.account().electricServicePoints().isEmpty()
                    && e.account().electricServicePoints().stream().allMatch(ServicePoint::isUnmetered))
            .measure(EnrollmentInputs.METER_NUMBERS)
            .satisfies("99999999 only", list -> list.stream().allMatch(MeterNumber::isUnmetered))
            .passes("meter number 99999999 on the DASR")
            .build();

    /** RES-12: intent email at least three business days before a new account without a number starts. */
    public static final Rule<Enrollment> RES_12 = Rule.id("RES-12")
            .cites(Source.RES_FAQ, "FAQ 12")
            .quoting("This communication must happen at least three business days prior to the start date of the "
                    + "new account")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when("the new account has no account number yet", e -> e.account().number().isEmpty())
            .measure(EnrollmentInputs.INTENT_EMAIL_LEAD)
            .atLeast(3L)
            .passes("intent emailed to the Ameren representative at least 3 business days before the account start "
                    + "date; once the number exists, an on-cycle DASR, whose effective date Ameren repairs back to "
                    + "the start date")
            .note(CALENDAR_NOTE)
            .build();

    /** RES-13: new account with a number: DASR 3 business days ahead, 99999999 for a meter not set. */
    public static final Rule<Enrollment> RES_13 = Rule.id("RES-13")
            .cites(Source.RES_FAQ, "FAQ 13")
            .quoting("the enrollment DASR for a brand new account must be received by Ameren at least three business "
                    + "days prior to the start date of the new account")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when("a new account (start date known) with an account number",
                    e -> e.account().number().isPresent() && e.account().startDate().isPresent())
            .when(EnrollmentInputs.BANKRUPTCY_REPLACEMENT, "is false (RES-22 covers replacements)", b -> !b)
            .measure(EnrollmentInputs.DASR_LEAD)
            .atLeast(3L)
            .and(EnrollmentInputs.METER_NUMBERING)
            .satisfies("99999999 where a meter is not set", EnrollmentInputs.MeterNumbering::placeholderGivenWhereNeeded)
            .passes("DASR received at least 3 business days before the account start date, with meter number "
                    + "99999999 for a meter not yet set")
            .note(CALENDAR_NOTE)
            .build();

    /** RES-14: serving part of the load needs notice to the representative before the DASR. */
    public static final Rule<Enrollment> RES_14 = Rule.id("RES-14")
            .cites(Source.RES_FAQ, "FAQ 14")
            .quoting("should notify their Ameren business representative prior to submitting the enrollment DASR")
            .kind(Kind.PROCESS)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when(EnrollmentInputs.PARTIAL_LOAD, "is true (the supplier serves only part of the account's load)",
                    b -> b)
            .measure(EnrollmentInputs.REPRESENTATIVE_NOTIFIED)
            .is(true)
            .passes("notice to the Ameren representative before the DASR, so billing can be prepared")
            .build();

    /** RES-15: what a service point is. */
    public static final Rule<Enrollment> RES_15 = Rule.id("RES-15")
            .cites(Source.RES_FAQ, "FAQ 15")
            .kind(Kind.INFORMATIONAL)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .states("A service point is metered or unmetered load on one Ameren rate, with zero or more meters; an "
                    + "account may have several electric service points, usually on different rates")
            .build();

    /** RES-16: service points bill independently, within the account's billing window. */
    public static final Rule<Enrollment> RES_16 = Rule.id("RES-16")
            .cites(Source.RES_FAQ, "FAQ 16-17")
            .quoting("the service points that make up the account may have slightly different billing periods since "
                    + "service points are independent of each other")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when("the account has more than one electric service point",
                    e -> e.account().electricServicePoints().size() > 1)
            .measure(EnrollmentInputs.SERVICE_POINT_READ_DATES)
            .satisfies("within the account's billing window", EnrollmentInputs.ServicePointReadDates::allInWindow)
            .then(Outcome.PASS, "service points bill independently inside the window (lighting typically on its "
                    + "first day), so periods and enrollment dates may differ; the 810 and the 867s come together")
            .otherwise(Outcome.REVIEW, "a service point is scheduled outside the account's billing window")
            .note(CALENDAR_NOTE)
            .build();

    /** RES-19: billing option changes go by email. */
    public static final Rule<Enrollment> RES_19 = Rule.id("RES-19")
            .cites(Source.RES_FAQ, "FAQ 20")
            .kind(Kind.PROCESS)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .states("Billing option changes (dual to SBO or SBO to dual) are requested by email to the Ameren "
                    + "business contact; Ameren does not accept them by EDI")
            .build();

    /** RES-22: bankruptcy replacement accounts. */
    public static final Rule<Enrollment> RES_22 = Rule.id("RES-22")
            .cites(Source.RES_FAQ, "FAQ 23")
            .quoting("at least seven calendar days prior to the first billing of each new account")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .when(EnrollmentInputs.BANKRUPTCY_REPLACEMENT, "is true (the account replaces one finaled in bankruptcy)",
                    b -> b)
            .measure(EnrollmentInputs.DASR_LEAD_BEFORE_FIRST_BILLING)
            .atLeast(7L)
            .and(CYCLE)
            .is(EnrollmentCycle.ON_CYCLE)
            .and(EnrollmentInputs.REPRESENTATIVE_NOTIFIED)
            .is(true)
            .passes("on-cycle DASR at least 7 calendar days before the new account's first billing and an email to "
                    + "the representative asking for seamless service; Ameren backdates the enrollment to the "
                    + "account open date")
            .build();

    /** RES-23: one default CPNode per Ameren company. */
    public static final Rule<Enrollment> RES_23 = Rule.id("RES-23")
            .cites(Source.RES_FAQ, "FAQ 25")
            .quoting("Only one default CPNode may be assigned per Ameren company")
            .kind(Kind.RULE)
            .topic(Topic.RETAIL_ENROLLMENT_BILLING)
            .appliesTo(Enrollment.class)
            .measure(EnrollmentInputs.DEFAULT_CPNODES_PER_COMPANY)
            .atMost(1L)
            .passes("at most one default CPNode per Ameren company")
            .build();

    /**
     * The rules of this topic, in catalogue order.
     *
     * @return the rule set, never null
     */
    public static RuleSet<Enrollment> rules() {
        return RuleSet.of("Retail enrollment and billing", RES_01, RES_02, RES_03, RES_04, RES_05, RES_06, RES_07,
                RES_08, RES_09, RES_10, RES_11, RES_12, RES_13, RES_14, RES_15, RES_16, RES_19, RES_22, RES_23);
    }

    private RetailEnrollmentRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * RES-01: the billing window around a scheduled meter reading date on a calendar.
     *
     * @param scheduledReadDate the account's scheduled meter reading date
     * @param calendar the business-day calendar
     * @return the four business days, never null
     */
    public static BillingWindow billingWindow(LocalDate scheduledReadDate, BusinessCalendar calendar) {
        return BillingWindow.around(scheduledReadDate, calendar);
    }

    /**
     * RES-01: the billing window on {@link EnrollmentSettings#AMEREN}'s calendar.
     *
     * @param scheduledReadDate the account's scheduled meter reading date
     * @return the four business days, never null
     */
    public static BillingWindow billingWindow(LocalDate scheduledReadDate) {
        return billingWindow(scheduledReadDate, EnrollmentSettings.AMEREN.calendar());
    }

    /**
     * The reading type of a service point's load: scalar if any real meter is scalar, interval if
     * all are interval, empty for unmetered load.
     *
     * @param servicePoint the service point
     * @return the reading type, or empty for unmetered load
     * @throws IllegalArgumentException if a real meter's reading type is unknown
     */
    public static Optional<MeterReadingType> readingType(ServicePoint servicePoint) {
        MeterReadingType type = null;
        for (Meter m : servicePoint.meters()) {
            if (m.isUnmetered()) {
                continue;
            }
            MeterReadingType t = m.readingType().orElseThrow(() -> new InvalidValueException("readingType of meter " + m.number() + " at service point " + servicePoint.id(), "SCALAR, INTERVAL", "unknown"));
            type = (type == MeterReadingType.SCALAR || t == MeterReadingType.SCALAR) ? MeterReadingType.SCALAR : t;
        }
        return Optional.ofNullable(type);
    }

    /**
     * Whether {@link #effectiveDates(Enrollment, EnrollmentSettings)} has what it needs: an
     * electric service point, the requested date (off-cycle) or the scheduled meter reading date
     * (on-cycle), and the reading type of every real meter.
     *
     * @param enrollment the enrollment
     * @return true when the effective dates can be computed
     */
    public static boolean canComputeEffectiveDates(Enrollment enrollment) {
        RetailAccount account = enrollment.account();
        if (account.electricServicePoints().isEmpty()) {
            return false;
        }
        boolean date = enrollment.cycle() == EnrollmentCycle.OFF_CYCLE ? enrollment.requestedDate().isPresent()
                : EnrollmentInputs.scheduledReadDate(account).isPresent();
        return date && account.electricServicePoints().stream().flatMap(sp -> sp.meters().stream())
                .allMatch(m -> m.isUnmetered() || m.readingType().isPresent());
    }

    /**
     * RES-02: the effective date of the enrollment at each electric service point of the account
     * (RES-10: all of them, lighting included).
     *
     * @param enrollment the enrollment
     * @param settings the calendar of the billing window
     * @return one effective date per electric service point, in the account's order
     * @throws IllegalArgumentException naming what is missing when
     *         {@link #canComputeEffectiveDates(Enrollment)} is false
     */
    public static List<EnrollmentEffectiveDate> effectiveDates(Enrollment enrollment, EnrollmentSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (!canComputeEffectiveDates(enrollment)) {
            throw new InvalidValueException("enrollment", "an account with electric service points, the requested date off-cycle or a scheduled meter reading date on-cycle, and every meter's reading type", enrollment.cycle() + " enrollment of account " + enrollment.account().number().map(Object::toString).orElse("(no number)"));
        }
        List<EnrollmentEffectiveDate> out = new ArrayList<>();
        BillingWindow window = enrollment.cycle() == EnrollmentCycle.ON_CYCLE
                ? billingWindow(EnrollmentInputs.scheduledReadDate(enrollment.account()).orElseThrow(),
                        settings.calendar())
                : null;
        for (ServicePoint sp : enrollment.account().electricServicePoints()) {
            Optional<MeterReadingType> type = readingType(sp);
            if (window == null) {
                LocalDate requested = enrollment.requestedDate().orElseThrow();
                out.add(new EnrollmentEffectiveDate(sp.id(), EnrollmentCycle.OFF_CYCLE,
                        EnrollmentEffectiveDate.Basis.END_OF_REQUESTED_DAY, requested, requested,
                        Optional.of(EnrollmentEffectiveDate.endOfDay(requested)),
                        type.orElse(null) == MeterReadingType.SCALAR));
            } else {
                EnrollmentEffectiveDate.Basis basis = type.isEmpty() ? EnrollmentEffectiveDate.Basis.ACCOUNT_BILLS
                        : type.get() == MeterReadingType.SCALAR ? EnrollmentEffectiveDate.Basis.METER_READ
                        : EnrollmentEffectiveDate.Basis.DATA_COLLECTED;
                out.add(new EnrollmentEffectiveDate(sp.id(), EnrollmentCycle.ON_CYCLE, basis, window.first(),
                        window.last(), Optional.empty(), false));
            }
        }
        return List.copyOf(out);
    }

    /**
     * RES-03: whether an 867's actual start date is consistent with an on-cycle enrollment whose
     * 814 response returned {@code scheduledReadDate} as the placeholder effective date: inside
     * the billing window (2 business days before to 1 after).
     *
     * @param scheduledReadDate the placeholder date of the 814 response
     * @param actualStart the start date in the first 867
     * @param calendar the business-day calendar
     * @return true when the actual start lies in the window
     */
    public static boolean actualStartWithinWindow(LocalDate scheduledReadDate, LocalDate actualStart,
            BusinessCalendar calendar) {
        return billingWindow(scheduledReadDate, calendar).contains(actualStart);
    }

    /**
     * RES-04 to RES-09: what Ameren does with the requested billing option.
     *
     * @param enrollment the enrollment
     * @param settings the 814 REF*BLT codes
     * @return the typed decision, never null
     */
    public static SboDecision sboDecision(Enrollment enrollment, EnrollmentSettings settings) {
        Objects.requireNonNull(settings, "settings");
        RetailAccount account = enrollment.account();
        BillingOption requested = enrollment.requestedBillingOption();
        if (requested == BillingOption.DUAL) {
            return new SboDecision(requested, BillingOption.DUAL, BillingOption.DUAL, settings.dualBillingCode(),
                    account.budgetBilling(), false, List.of(), false, List.of("dual billing requested"));
        }
        List<String> reasons = new ArrayList<>();
        if (account.budgetBilling()) {
            reasons.add("budget billing (RES-04)");
        }
        if (account.inArrears()) {
            reasons.add("arrears (RES-06)");
        }
        if (!reasons.isEmpty()) {
            return new SboDecision(requested, BillingOption.DUAL, BillingOption.DUAL, settings.dualBillingCode(),
                    account.budgetBilling(), false, List.of(), false, reasons);
        }
        boolean summary = account.summaryBilling();
        if (summary) {
            reasons.add("summary billing removed (RES-07)");
        }
        List<org.derkit.model.ServicePointId> gas = account.gasServicePoints().stream().map(ServicePoint::id)
                .collect(Collectors.toList());
        boolean directPayMoves = !gas.isEmpty() && account.directPay();
        if (!gas.isEmpty()) {
            reasons.add("gas service points split to a new account" + (directPayMoves ? " with Direct Pay" : "")
                    + " (RES-08)");
        }
        if (enrollment.cycle() == EnrollmentCycle.OFF_CYCLE) {
            reasons.add("off-cycle (RES-09)");
            return new SboDecision(requested, BillingOption.DUAL, BillingOption.SINGLE_BILL_OPTION,
                    settings.dualBillingCode(), false, summary, gas, directPayMoves, reasons);
        }
        return new SboDecision(requested, BillingOption.SINGLE_BILL_OPTION, BillingOption.SINGLE_BILL_OPTION,
                settings.singleBillingCode(), false, summary, gas, directPayMoves, reasons);
    }

    /**
     * RES-12, RES-13: the last day on which something sent {@code businessDays} business days
     * before {@code due} may be sent ({@code calendar.plusBusinessDays(due, -businessDays)}).
     *
     * @param due the start date of the new account
     * @param businessDays the lead time in business days, at least 0
     * @param calendar the business-day calendar
     * @return the latest send date, never null
     * @throws IllegalArgumentException if {@code businessDays} is negative
     */
    public static LocalDate latestSendDate(LocalDate due, int businessDays, BusinessCalendar calendar) {
        if (businessDays < 0) {
            throw new InvalidValueException("businessDays", ">= 0", businessDays);
        }
        return calendar.plusBusinessDays(due, -businessDays);
    }

    /**
     * RES-12, RES-22: the effective date Ameren repairs or backdates an enrollment of a new account
     * to: its start (open) date.
     *
     * @param account the new account
     * @return the start date, or empty when unknown
     */
    public static Optional<LocalDate> repairedEffectiveDate(RetailAccount account) {
        return account.startDate();
    }

    // ------------------------------------------------------------------------------------- helpers

    private static boolean isSbo(BillingOption option) {
        return option == BillingOption.SINGLE_BILL_OPTION;
    }

    private static boolean sboNotDefaulted(Enrollment e) {
        return !e.account().budgetBilling() && !e.account().inArrears();
    }
}
