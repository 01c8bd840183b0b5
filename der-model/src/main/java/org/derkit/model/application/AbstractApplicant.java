package org.derkit.model.application;

import java.util.Optional;
import org.derkit.model.AccountNumber;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * Who applies: name, whether already the Ameren customer at the site, and the site-control proof
 * when not (POL-09).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractApplicant {

    /** {@return the applicant's name} */
    public abstract Optional<String> name();

    /** {@return whether the applicant is already the Ameren customer at the site (POL-09)} */
    public abstract Optional<Boolean> existingCustomer();

    /** {@return the customer's account number} */
    public abstract Optional<AccountNumber> accountNumber();

    /** {@return the kind of proof of legal site control submitted, if known} */
    public abstract Optional<SiteControlEvidence> siteControlEvidence();

    /** {@return whether proof of legal site control was submitted, when its kind is not recorded} */
    public abstract Optional<Boolean> siteControlProof();

    /**
     * {@return whether proof of site control is on file (POL-09): true when its kind is recorded, otherwise
     * {@link #siteControlProof()}, or empty when unknown}
     */
    public Optional<Boolean> hasSiteControlProof() {
        return siteControlEvidence().isPresent() ? Optional.of(true) : siteControlProof();
    }

    /**
     * Refuses a blank {@code name}. The builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.text("name", name());
    }
}
