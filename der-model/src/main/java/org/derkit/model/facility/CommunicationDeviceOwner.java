package org.derkit.model.facility;

/** Who owns the communication device Ameren uses to reach the inverters (INV-06). */
public enum CommunicationDeviceOwner {
    /** Ameren owns it. */
    COMPANY,
    /** A secure third-party device approved by Ameren. */
    APPROVED_THIRD_PARTY,
    /** A third-party device not approved by Ameren. */
    UNAPPROVED_THIRD_PARTY
}
