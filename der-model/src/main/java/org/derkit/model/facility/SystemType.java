package org.derkit.model.facility;

/** The kind of Ameren distribution system at the point of interconnection (POL-06). */
public enum SystemType {
    /** A radial distribution circuit, fed from one direction. */
    RADIAL,
    /** A networked system (secondary grid or spot network). */
    NETWORKED
}
