package org.derkit.model.retail;

/** When an enrollment takes effect (RES-01, RES-02, RES-09). */
public enum EnrollmentCycle {
    /** On the account's scheduled meter reading, within the billing window. */
    ON_CYCLE,
    /** On a requested date between readings. */
    OFF_CYCLE
}
