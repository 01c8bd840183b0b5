package org.derkit.model;

/**
 * The class of a nominal line-to-line voltage, as the DER Interconnection Policy defines it
 * (POL-01, section 1 Definitions).
 */
public enum VoltageClass {
    /** Service voltage: at or below 1000 V. */
    SERVICE,
    /** Between 1000 V and 4 kV: neither service nor distribution as the policy defines them. */
    UNCLASSIFIED_MEDIUM,
    /** Distribution system: nominal line-to-line 4 kV to 15 kV. */
    DISTRIBUTION,
    /** Between 15 kV and 69 kV but neither 34.5 nor 69 kV: not classified by the policy. */
    UNCLASSIFIED_HIGH,
    /** Sub-transmission: 34.5 kV or 69 kV. */
    SUB_TRANSMISSION,
    /** Above 69 kV: transmission, outside the policy's scope. */
    TRANSMISSION
}
