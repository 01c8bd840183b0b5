package org.derkit.model.installation;

/** Materials of H-frame posts and cross members (BTM-26). */
public enum FrameMaterial {
    /** Galvanized rigid metal conduit (RMC) steel. */
    GALVANIZED_RMC_STEEL,
    /** P1100T unistrut channel. */
    P1100T_UNISTRUT,
    /** Wood (not permitted). */
    WOOD,
    /** Anything else. */
    OTHER
}
