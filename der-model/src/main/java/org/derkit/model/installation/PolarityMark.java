package org.derkit.model.installation;

/** How a CT's polarity is marked (BTM-08). */
public enum PolarityMark {
    /** A dot on the primary side. */
    DOT,
    /** The H1 terminal marking. */
    H1,
    /** An arrow in the direction of current. */
    ARROW
}
