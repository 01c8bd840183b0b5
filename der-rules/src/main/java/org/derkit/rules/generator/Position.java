package org.derkit.rules.generator;

/** Where a boundary value lies relative to its limit. */
public enum Position {
    /** One step below the limit value. */
    BELOW,
    /** Exactly the limit value. */
    AT,
    /** One step above the limit value. */
    ABOVE
}
