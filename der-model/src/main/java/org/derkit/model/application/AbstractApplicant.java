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
public abstract class AbstractApplicant {

    /** The applicant's name. */
    public abstract Optional<String> name();

    /** Whether the applicant is already the Ameren customer at the site. */
    public abstract Optional<Boolean> isCustomer();

    /** The customer's account number. */
    public abstract Optional<AccountNumber> accountNumber();

    /** The proof of legal site control submitted, if any. */
    public abstract Optional<SiteControlEvidence> siteControlEvidence();

    @Value.Check
    protected void check() {
        Checks.text("name", name());
    }
}
