package org.derkit.model.installation;

/** Construction of a current transformer (BTM-18). */
public enum CurrentTransformerType {
    /** Bar type. */
    BAR,
    /** Window (donut) type. */
    WINDOW,
    /** Flexible rope (Rogowski) type. */
    ROPE,
    /** Wound primary. */
    WOUND
}
