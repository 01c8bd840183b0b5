package org.derkit.model.facility;

/** Kinds of fault-isolating device at the generation connection (POL-33). */
public enum FaultIsolatingDeviceType {
    /** Electronically controlled recloser. */
    ELECTRONIC_RECLOSER,
    /** Circuit breaker with relaying. */
    BREAKER,
    /** Fuse. */
    FUSE,
    /** Any other device. */
    OTHER;

    /** {@return whether this is an electronically controlled recloser or a breaker} */
    public boolean isRecloserOrBreaker() {
        return this == ELECTRONIC_RECLOSER || this == BREAKER;
    }
}
