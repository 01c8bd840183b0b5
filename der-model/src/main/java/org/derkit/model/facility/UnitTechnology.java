package org.derkit.model.facility;

/** How a generating unit connects to the grid. */
public enum UnitTechnology {
    /** Through an inverter (PV, batteries, most wind). */
    INVERTER_BASED,
    /** A synchronous machine. */
    SYNCHRONOUS,
    /** An induction (asynchronous) machine. */
    INDUCTION
}
