package org.derkit.model.installation;

/** Conductor material. */
public enum Conductor {
    /** Copper. */
    COPPER,
    /** Aluminum. */
    ALUMINUM
}
