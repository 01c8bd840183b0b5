package org.derkit.model.installation;

/** How the metered service is wired (BTM-12). */
public enum ServiceConfiguration {
    /** Three-phase four-wire wye. */
    FOUR_WIRE_WYE,
    /** Three-phase three-wire delta (case-by-case review). */
    THREE_WIRE_DELTA,
    /** Single-phase three-wire. */
    SINGLE_PHASE_THREE_WIRE,
    /** DC metered (not permitted). */
    DC,
    /** Any other, non-industry-standard configuration (not permitted). */
    NON_STANDARD
}
