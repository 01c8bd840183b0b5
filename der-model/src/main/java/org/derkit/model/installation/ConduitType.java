package org.derkit.model.installation;

/** Kinds of conduit between the instrument-transformer enclosure and the BTM cabinet (BTM-27). */
public enum ConduitType {
    /** Rigid conduit. */
    RIGID,
    /** Flexible conduit. */
    FLEXIBLE
}
