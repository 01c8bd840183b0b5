package org.derkit.model.application;

/** What a SMART inverter rebate is requested for (INV-01). */
public enum RebateType {
    /** The generating unit's inverter. */
    GENERATION,
    /** The energy storage system. */
    STORAGE,
    /** Both. */
    BOTH
}
