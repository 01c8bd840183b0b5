package org.derkit.model.application;

/** Proof of legal site control for an applicant who is not the Ameren customer (POL-09). */
public enum SiteControlEvidence {
    /** Name on a property tax bill. */
    PROPERTY_TAX_BILL,
    /** Deed. */
    DEED,
    /** Lease agreement. */
    LEASE_AGREEMENT,
    /** Option agreement. */
    OPTION_AGREEMENT,
    /** Another legally binding contract. */
    OTHER_BINDING_CONTRACT,
    /** Signed letter from the owner. */
    OWNER_LETTER
}
