package org.derkit.metering;

/**
 * The delivery voltage level a distribution loss factor is chosen by (RES-24, RES FAQ 26).
 */
public enum DeliveryVoltage {
    /** Secondary delivery voltage. */
    SECONDARY,
    /** Primary delivery voltage. */
    PRIMARY,
    /** High delivery voltage. */
    HIGH_VOLTAGE
}
