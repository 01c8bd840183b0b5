package org.derkit.model.retail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.derkit.model.AccountNumber;
import org.immutables.value.Value;

/**
 * An Ameren Illinois customer account as a retail electric supplier sees it: its service points
 * and the billing conditions that decide a Single Bill Option request (RES-04 to RES-13).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractRetailAccount {

    /** {@return the account number; empty for a new account that has none yet (RES-12)} */
    public abstract Optional<AccountNumber> number();

    /** {@return the service points, electric and gas} */
    public abstract List<ServicePoint> servicePoints();

    /** {@return whether the account is on budget billing (RES-04)} */
    @Value.Default
    public boolean budgetBilling() {
        return false;
    }

    /**
     * {@return whether the account is in arrears or has an outstanding payment-agreement balance (RES-06)}
     */
    @Value.Default
    public boolean inArrears() {
        return false;
    }

    /** {@return whether the account is on summary billing (RES-07)} */
    @Value.Default
    public boolean summaryBilling() {
        return false;
    }

    /** {@return whether the account pays by Direct Pay (RES-08)} */
    @Value.Default
    public boolean directPay() {
        return false;
    }

    /** {@return the date the account opens (new accounts, RES-12, RES-13, RES-22)} */
    public abstract Optional<LocalDate> startDate();

    /** {@return the electric service points} */
    public List<ServicePoint> electricServicePoints() {
        return servicePoints().stream().filter(s -> s.commodity() == Commodity.ELECTRIC).toList();
    }

    /** {@return the gas service points} */
    public List<ServicePoint> gasServicePoints() {
        return servicePoints().stream().filter(s -> s.commodity() == Commodity.GAS).toList();
    }
}
