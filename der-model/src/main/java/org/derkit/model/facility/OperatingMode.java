package org.derkit.model.facility;

/** Inverter operating modes and functions (INV-03, INV-08 Table 3, INV-16). */
public enum OperatingMode {
    /** Anti-islanding protection. */
    ANTI_ISLANDING,
    /** Volt/var (dynamic reactive power). */
    VOLT_VAR,
    /** Ramp-rate controls. */
    RAMP_RATES,
    /** Voltage ride-through. */
    VOLTAGE_RIDE_THROUGH,
    /** Frequency ride-through. */
    FREQUENCY_RIDE_THROUGH,
    /** Adjustable constant power factor. */
    CONSTANT_POWER_FACTOR,
    /** Volt/watt. */
    VOLT_WATT,
    /** Constant reactive power. */
    CONSTANT_REACTIVE_POWER,
    /** Frequency/watt. */
    FREQUENCY_WATT,
    /** Soft-start reconnection. */
    SOFT_START_RECONNECT
}
