package org.derkit.model.retail;

/** How a meter is read (RES-02). */
public enum MeterReadingType {
    /** Scalar: register reads at the meter reading. */
    SCALAR,
    /** Interval: hourly (or 15-minute) data collected. */
    INTERVAL
}
