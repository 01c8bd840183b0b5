package org.derkit.model.retail;

/** The commodity a service point delivers (RES-08). */
public enum Commodity {
    /** Electricity. */
    ELECTRIC,
    /** Natural gas. */
    GAS
}
