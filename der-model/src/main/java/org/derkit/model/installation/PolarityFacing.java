package org.derkit.model.installation;

/** Which way a CT's polarity mark faces as installed (BTM-08). */
public enum PolarityFacing {
    /** Toward the utility supply. */
    UTILITY,
    /** Toward the generation source. */
    GENERATION
}
