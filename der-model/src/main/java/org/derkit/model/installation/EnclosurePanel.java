package org.derkit.model.installation;

/** The faces of an enclosure a conduit may enter or leave through (BTM-27). */
public enum EnclosurePanel {
    /** A side panel. */
    SIDE,
    /** The bottom panel. */
    BOTTOM,
    /** The top panel. */
    TOP,
    /** The back panel. */
    BACK,
    /** A door. */
    DOOR
}
