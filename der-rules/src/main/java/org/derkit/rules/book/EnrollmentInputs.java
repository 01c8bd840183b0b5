package org.derkit.rules.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingOption;
import org.derkit.model.retail.CpNodeDesignation;
import org.derkit.model.retail.Enrollment;
import org.derkit.model.retail.EnrollmentCycle;
import org.derkit.model.retail.Meter;
import org.derkit.model.retail.RetailAccount;
import org.derkit.model.retail.ServicePoint;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;

/**
 * The inputs the retail enrollment rules (RES-01 to RES-23) read from an {@link Enrollment} and
 * its {@link RetailAccount}, one constant per value, named as a supplier's staff say it.
 *
 * <p>Lead times are counted on {@link EnrollmentSettings#AMEREN}'s calendar: a DASR or an email
 * sent on day {@code s} for a start on day {@code t} is {@code n} business days ahead when
 * {@code n} business days lie in {@code [s, t)}, so "at least three business days prior" holds
 * exactly when {@code s} is on or before {@code calendar.plusBusinessDays(t, -3)}.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this class will cause a
 * {@link NullPointerException} to be thrown.
 */
public final class EnrollmentInputs {

    private EnrollmentInputs() {
    }

    /** Whole business days, shown as {@code 3 business days}. */
    public static final Dimension<Long> BUSINESS_DAYS = Dimension.of("business days", "business days", Long.class,
            BigDecimal::valueOf, BigDecimal::longValueExact, 0);

    /** Whole calendar days, shown as {@code 7 calendar days}. */
    public static final Dimension<Long> CALENDAR_DAYS = Dimension.of("calendar days", "calendar days", Long.class,
            BigDecimal::valueOf, BigDecimal::longValueExact, 0);

    /** A count, shown without a unit. */
    public static final Dimension<Long> COUNT = Dimension.COUNT;

    /** On-cycle or off-cycle. */
    public static final Input<Enrollment, EnrollmentCycle> CYCLE =
            Input.of("enrollment cycle", e -> Optional.of(e.cycle()));

    /** The billing option the supplier asks for. */
    public static final Input<Enrollment, BillingOption> REQUESTED_OPTION =
            Input.of("requested billing option", e -> Optional.of(e.requestedBillingOption()));

    /** The account's scheduled meter reading date (see {@link #scheduledReadDate(RetailAccount)}). */
    public static final Input<Enrollment, LocalDate> SCHEDULED_READ_DATE =
            Input.of("scheduled meter reading date", e -> scheduledReadDate(e.account()));

    /** The enrollment itself when its effective dates can be computed (RES-02). */
    public static final Input<Enrollment, Enrollment> EFFECTIVE_DATE_INPUTS = Input.of(
            "requested date (off-cycle) or scheduled meter reading date (on-cycle), and meter reading types",
            e -> RetailEnrollmentRules.canComputeEffectiveDates(e) ? Optional.of(e) : Optional.empty());

    /**
     * Whether the supplier serves only part of the account's load (RES-14); unknown when the
     * enrollment does not say.
     */
    public static final Input<Enrollment, Boolean> PARTIAL_LOAD =
            Input.of("partial load", Enrollment::partialLoad);

    /**
     * Whether the account replaces one finaled in bankruptcy (RES-13, RES-22); unknown when the
     * enrollment does not say.
     */
    public static final Input<Enrollment, Boolean> BANKRUPTCY_REPLACEMENT =
            Input.of("bankruptcy replacement", Enrollment::bankruptcyReplacement);

    /** Whether the account is on budget billing. */
    public static final Input<Enrollment, Boolean> BUDGET_BILLING =
            Input.of("budget billing", e -> Optional.of(e.account().budgetBilling()));

    /** Whether the account is in arrears or has an outstanding payment-agreement balance. */
    public static final Input<Enrollment, Boolean> IN_ARREARS =
            Input.of("arrears or payment-agreement balance", e -> Optional.of(e.account().inArrears()));

    /** Whether the account is on summary billing. */
    public static final Input<Enrollment, Boolean> SUMMARY_BILLING =
            Input.of("summary billing", e -> Optional.of(e.account().summaryBilling()));

    /** The number of gas service points on the account. */
    public static final Input<Enrollment, Long> GAS_SERVICE_POINTS = Input.of("gas service points", COUNT,
            e -> Optional.of((long) e.account().gasServicePoints().size()));

    /**
     * The number of the account's electric service points the DASR does not name (an empty list
     * on the enrollment names the whole account).
     */
    public static final Input<Enrollment, Long> ELECTRIC_SERVICE_POINTS_NOT_NAMED = Input.of(
            "electric service points not named on the DASR", COUNT,
            e -> Optional.of((long) notNamed(e).size()));

    /** The meter numbers on the DASR; unknown when it names none. */
    public static final Input<Enrollment, List<MeterNumber>> METER_NUMBERS = Input.of("DASR meter numbers",
            e -> e.meterNumbers().isEmpty() ? Optional.empty() : Optional.of(e.meterNumbers()));

    /** The DASR meter numbers together with whether a meter of the account is not set yet (RES-13). */
    public static final Input<Enrollment, MeterNumbering> METER_NUMBERING = Input.of("DASR meter numbers",
            e -> e.meterNumbers().isEmpty() ? Optional.empty()
                    : Optional.of(new MeterNumbering(e.meterNumbers(), hasUnsetMeter(e.account()))));

    /** Business days between the intent email and the new account's start date (RES-12). */
    public static final Input<Enrollment, Long> INTENT_EMAIL_LEAD = Input.of(
            "intent email lead time before the account start date", BUSINESS_DAYS,
            e -> lead(e.intentEmailedOn(), e.account().startDate()));

    /** Business days between the DASR and the new account's start date (RES-13). */
    public static final Input<Enrollment, Long> DASR_LEAD = Input.of(
            "DASR lead time before the account start date", BUSINESS_DAYS,
            e -> lead(e.submittedOn(), e.account().startDate()));

    /** Calendar days between the DASR and the new account's first billing (RES-22). */
    public static final Input<Enrollment, Long> DASR_LEAD_BEFORE_FIRST_BILLING = Input.of(
            "DASR lead time before the first billing", CALENDAR_DAYS,
            e -> e.submittedOn().isPresent() && e.firstBillingDate().isPresent()
                    ? Optional.of(ChronoUnit.DAYS.between(e.submittedOn().get(), e.firstBillingDate().get()))
                    : Optional.empty());

    /** Whether the Ameren representative was notified (RES-14, RES-22). */
    public static final Input<Enrollment, Boolean> REPRESENTATIVE_NOTIFIED =
            Input.of("notice to the Ameren representative", Enrollment::representativeNotified);

    /** The scheduled reading dates of the electric service points and the account's window (RES-16). */
    public static final Input<Enrollment, ServicePointReadDates> SERVICE_POINT_READ_DATES = Input.of(
            "service point scheduled reading dates", EnrollmentInputs::readDates);

    /** The largest number of default CPNodes the supplier designates for one Ameren company (RES-23). */
    public static final Input<Enrollment, Long> DEFAULT_CPNODES_PER_COMPANY = Input.of(
            "default CPNodes for one Ameren company", COUNT,
            e -> e.supplier().map(s -> maxPerCompany(s.cpNodeDesignations())));

    /**
     * The account's scheduled meter reading date: the earliest scheduled date of its non-lighting
     * electric service points, or of its lighting ones when it has no other.
     *
     * @param account the account
     * @return the date, or empty when no electric service point has one
     */
    public static Optional<LocalDate> scheduledReadDate(RetailAccount account) {
        Optional<LocalDate> main = account.electricServicePoints().stream().filter(sp -> !sp.lighting())
                .map(ServicePoint::scheduledReadDate).flatMap(Optional::stream).min(LocalDate::compareTo);
        if (main.isPresent()) {
            return main;
        }
        return account.electricServicePoints().stream().map(ServicePoint::scheduledReadDate)
                .flatMap(Optional::stream).min(LocalDate::compareTo);
    }

    /**
     * Business days ahead: the business days in {@code [sent, due)} on the Ameren enrollment
     * calendar, negative when sent after {@code due}.
     *
     * @param sent the day a DASR or email is sent
     * @param due the day it must precede
     * @return the lead time in business days
     */
    public static long leadBusinessDays(LocalDate sent, LocalDate due) {
        return -EnrollmentSettings.AMEREN.calendar().businessDaysBetween(due, sent);
    }

    private static Optional<Long> lead(Optional<LocalDate> sent, Optional<LocalDate> due) {
        if (sent.isEmpty() || due.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(leadBusinessDays(sent.get(), due.get()));
    }

    static List<ServicePointId> notNamed(Enrollment e) {
        List<ServicePointId> missing = new ArrayList<>();
        if (e.servicePoints().isEmpty()) {
            return missing;
        }
        for (ServicePoint sp : e.account().electricServicePoints()) {
            if (!e.servicePoints().contains(sp.id())) {
                missing.add(sp.id());
            }
        }
        return missing;
    }

    /** Whether a non-lighting electric service point has no real meter yet. */
    static boolean hasUnsetMeter(RetailAccount account) {
        for (ServicePoint sp : account.electricServicePoints()) {
            if (!sp.lighting() && sp.meters().stream().allMatch(Meter::isUnmetered)) {
                return true;
            }
        }
        return false;
    }

    private static long maxPerCompany(List<CpNodeDesignation> designations) {
        Map<String, Long> counts = designations.stream()
                .collect(Collectors.groupingBy(d -> d.amerenCompany().strip().toUpperCase(java.util.Locale.ROOT),
                        Collectors.counting()));
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0L);
    }

    private static Optional<ServicePointReadDates> readDates(Enrollment e) {
        Optional<LocalDate> scheduled = scheduledReadDate(e.account());
        if (scheduled.isEmpty()) {
            return Optional.empty();
        }
        Map<ServicePointId, LocalDate> dates = new LinkedHashMap<>();
        for (ServicePoint sp : e.account().electricServicePoints()) {
            if (sp.scheduledReadDate().isEmpty()) {
                return Optional.empty();
            }
            dates.put(sp.id(), sp.scheduledReadDate().get());
        }
        return Optional.of(new ServicePointReadDates(
                BillingWindow.around(scheduled.get(), EnrollmentSettings.AMEREN.calendar()), dates));
    }

    /**
     * The meter numbers of a DASR and whether a meter of the account is not set yet.
     *
     * @param named the meter numbers on the DASR
     * @param meterNotSet whether a non-lighting electric service point has no meter yet
     */
    public record MeterNumbering(List<MeterNumber> named, boolean meterNotSet) {
        /**
         * Copies the list.
         *
         * @param named the meter numbers on the DASR
         * @param meterNotSet whether a non-lighting electric service point has no meter yet
         */
        public MeterNumbering {
            named = List.copyOf(named);
        }

        /**
         * Whether 99999999 stands on the DASR when a meter is not set.
         *
         * @return true when no meter is missing or 99999999 is named
         */
        public boolean placeholderGivenWhereNeeded() {
            return !meterNotSet || named.contains(MeterNumber.UNMETERED);
        }

        /** Such as {@code [99999999] (a meter is not set)}. */
        @Override
        public String toString() {
            return named + (meterNotSet ? " (a meter is not set)" : " (every meter is set)");
        }
    }

    /**
     * The scheduled reading date of each electric service point, with the account's billing window.
     *
     * @param window the account's billing window
     * @param dates the scheduled reading date per service point
     */
    public record ServicePointReadDates(BillingWindow window, Map<ServicePointId, LocalDate> dates) {
        /**
         * Copies the map, keeping its order.
         *
         * @param window the account's billing window
         * @param dates the scheduled reading date per service point
         */
        public ServicePointReadDates {
            Objects.requireNonNull(window, "window");
            dates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dates));
        }

        /**
         * Whether every service point reads inside the window.
         *
         * @return true when all dates are in the window
         */
        public boolean allInWindow() {
            return dates.values().stream().allMatch(window::contains);
        }

        /** Such as {@code 90000001 2026-01-07, 90000002 2026-01-05 in window 2026-01-05..2026-01-08}. */
        @Override
        public String toString() {
            return dates.entrySet().stream().map(en -> en.getKey() + " " + en.getValue())
                    .collect(Collectors.joining(", ")) + " in window " + window.valueText();
        }
    }
}
