package org.derkit.model.installation;

/** How the BTM metering cabinet is mounted (BTM-26). */
public enum MountingType {
    /** On a sturdy exterior wall. */
    EXTERIOR_WALL,
    /** On an H-frame of posts set in concrete (ASM Figure 700-11). */
    H_FRAME,
    /** Anything else. */
    OTHER
}
