package org.derkit.rules.book;

import java.util.List;
import java.util.Objects;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingOption;

/**
 * What Ameren does with an enrollment's billing option (RES-04 to RES-09, RES FAQ 4-9): the
 * option of the first billing period and of later ones, the 814 response's REF*BLT value, and the
 * account changes that come with the Single Billing Option (SBO).
 *
 * <p>Semantics, in order of precedence:
 * <ol>
 * <li>Dual billing requested: dual, nothing else changes.</li>
 * <li>SBO requested for an account on budget billing (RES-04) or in arrears (RES-06): dual billing
 * ({@code REF*BLT} = the dual code), for the first period and afterwards; the account stays on
 * budget billing; no SBO-related change is made (a RES asks for the switch later, by email,
 * RES-19).</li>
 * <li>Otherwise SBO: the account leaves summary billing (RES-07); gas service points move to a new
 * account and Direct Pay moves with them (RES-08); an off-cycle enrollment is dual for the first
 * billing period that includes the effective date and SBO afterwards (RES-09), and the 814
 * carries the dual code.</li>
 * </ol>
 * FAQ 7 and 8 describe SBO enrollments without saying what happens when budget billing or arrears
 * also default the account to dual billing; this class applies the summary-billing removal and the
 * gas split only when the account does go to SBO (documented interpretation). A budget balance due
 * at removal from budget billing is never sent in an EDI 810 (RES-05): {@link #budgetBalanceInEdi810()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param requested the option the supplier asked for
 * @param firstPeriod the option of the first billing period
 * @param afterFirstPeriod the option of the billing periods after the first
 * @param refBlt the 814 response's REF*BLT value (billing type)
 * @param staysOnBudgetBilling whether the account stays on budget billing
 * @param removedFromSummaryBilling whether the account leaves summary billing
 * @param gasServicePointsSplit the gas service points that move to a new account number
 * @param directPayMovesToGasAccount whether Direct Pay moves to the new gas account
 * @param reasons the FAQ reasons that decided, in words, such as {@code budget billing (RES-04)}
 */
public record SboDecision(BillingOption requested, BillingOption firstPeriod, BillingOption afterFirstPeriod,
        String refBlt, boolean staysOnBudgetBilling, boolean removedFromSummaryBilling,
        List<ServicePointId> gasServicePointsSplit, boolean directPayMovesToGasAccount, List<String> reasons) {

    /**
     * Checks that nothing is null and copies the lists.
     *
     * @param requested the option the supplier asked for
     * @param firstPeriod the option of the first billing period
     * @param afterFirstPeriod the option of the billing periods after the first
     * @param refBlt the 814 response's REF*BLT value (billing type)
     * @param staysOnBudgetBilling whether the account stays on budget billing
     * @param removedFromSummaryBilling whether the account leaves summary billing
     * @param gasServicePointsSplit the gas service points that move to a new account number
     * @param directPayMovesToGasAccount whether Direct Pay moves to the new gas account
     * @param reasons the FAQ reasons that decided, in words, such as {@code budget billing (RES-04)}
     */
    public SboDecision {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(firstPeriod, "firstPeriod");
        Objects.requireNonNull(afterFirstPeriod, "afterFirstPeriod");
        Objects.requireNonNull(refBlt, "refBlt");
        gasServicePointsSplit = List.copyOf(gasServicePointsSplit);
        reasons = List.copyOf(reasons);
    }

    /**
     * Whether the account defaults to dual billing although SBO was asked for (for some period).
     *
     * @return true when defaulted to dual
     */
    public boolean defaultedToDual() {
        return requested == BillingOption.SINGLE_BILL_OPTION && firstPeriod == BillingOption.DUAL;
    }

    /**
     * Whether the account goes to SBO at some point.
     *
     * @return true when SBO is placed (from the first period or after it)
     */
    public boolean placedOnSbo() {
        return afterFirstPeriod == BillingOption.SINGLE_BILL_OPTION;
    }

    /**
     * Whether a budget balance due at removal from budget billing travels in an EDI 810: never
     * (RES-05); Ameren bills it to the customer directly.
     *
     * @return false
     */
    public boolean budgetBalanceInEdi810() {
        return false;
    }

    /** Such as {@code SBO requested: DUAL first period, SBO afterwards, REF*BLT*DUAL (off-cycle (RES-09))}. */
    @Override
    public String toString() {
        return label(requested) + " requested: " + label(firstPeriod) + " first period, " + label(afterFirstPeriod)
                + " afterwards, REF*BLT*" + refBlt + (reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")");
    }

    static String label(BillingOption option) {
        return option == BillingOption.DUAL ? "DUAL" : "SBO";
    }
}
