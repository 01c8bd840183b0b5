package org.derkit.model.retail;

/** How a retail customer is billed (RES-04 to RES-09, RES-19). */
public enum BillingOption {
    /** Dual billing: Ameren and the supplier each send a bill. */
    DUAL,
    /** Single Bill Option (SBO): the supplier sends one bill with Ameren's charges. */
    SINGLE_BILL_OPTION
}
