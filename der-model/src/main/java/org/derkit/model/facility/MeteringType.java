package org.derkit.model.facility;

/** How the revenue metering of the service is built (BTM-03). */
public enum MeteringType {
    /** The meter carries the full load current (three-phase limit about 133 kW, BTM-03). */
    SELF_CONTAINED,
    /** The meter is fed by current (and potential) transformers. */
    INSTRUMENT_RATED
}
