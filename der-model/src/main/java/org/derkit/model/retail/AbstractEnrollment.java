package org.derkit.model.retail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.internal.DerStagedStyle;
import org.immutables.value.Value;

/**
 * A supplier's enrollment request (DASR) for an account: cycle, requested billing option and
 * dates, the service points and meter numbers it names, and the notices around it (RES-01 to
 * RES-14, RES-22).
 *
 * <p>Built with a staged builder: account, cycle and requested billing option first.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@DerStagedStyle
abstract class AbstractEnrollment {

    /** {@return the account enrolled} */
    public abstract RetailAccount account();

    /** {@return on-cycle or off-cycle} */
    public abstract EnrollmentCycle cycle();

    /** {@return the billing option the supplier asks for} */
    public abstract BillingOption requestedBillingOption();

    /** {@return the supplier} */
    public abstract Optional<RetailSupplier> supplier();

    /** {@return the requested effective date (off-cycle)} */
    public abstract Optional<LocalDate> requestedDate();

    /** {@return the date the DASR is sent} */
    public abstract Optional<LocalDate> submittedOn();

    /** {@return the service points named (RES-10: all electric ones of the account)} */
    public abstract List<ServicePointId> servicePoints();

    /** {@return the meter numbers named (99999999 for unmetered or unset, RES-11, RES-13)} */
    public abstract List<MeterNumber> meterNumbers();

    /** {@return whether the supplier serves only part of the account's load (RES-14)} */
    public abstract Optional<Boolean> partialLoad();

    /** {@return whether the Ameren representative was notified (RES-14, RES-22)} */
    public abstract Optional<Boolean> representativeNotified();

    /** {@return when the supplier emailed its intent for an account without a number yet (RES-12)} */
    public abstract Optional<LocalDate> intentEmailedOn();

    /** {@return whether the account's previous account was finaled in bankruptcy (RES-22)} */
    public abstract Optional<Boolean> bankruptcyReplacement();

    /** {@return the new account's first billing date (RES-22)} */
    public abstract Optional<LocalDate> firstBillingDate();
}
