package org.derkit.model.facility;

/** Transformer winding connections (POL-35, POL-36). */
public enum TransformerWinding {
    /** Delta. */
    DELTA,
    /** Grounded wye. */
    GROUNDED_WYE,
    /** Grounded wye with neutral impedance. */
    GROUNDED_WYE_WITH_NEUTRAL_IMPEDANCE,
    /** Ungrounded wye. */
    UNGROUNDED_WYE
}
