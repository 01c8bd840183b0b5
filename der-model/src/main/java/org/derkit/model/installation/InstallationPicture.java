package org.derkit.model.installation;

/**
 * The pictures uploaded in the Construction Complete phase (BTM-36), in the document's order.
 */
public enum InstallationPicture {
    /** Overall exterior view of the IT enclosure and BTM cabinet, at least 5 ft to each side and in front. */
    OVERALL_EXTERIOR_VIEW("overall exterior view of the IT enclosure and BTM cabinet"),
    /** Inside of the instrument-transformer enclosure after wiring. */
    IT_ENCLOSURE_INSIDE("inside of the IT enclosure after wiring"),
    /** Outside of the BTM cabinet with its mounting. */
    BTM_CABINET_OUTSIDE("outside of the BTM cabinet with mounting"),
    /** Inside of the BTM cabinet after wiring. */
    BTM_CABINET_INSIDE("inside of the BTM cabinet after wiring"),
    /** CT nameplates, primary and secondary wiring, polarity facing the utility. */
    CT_NAMEPLATES_AND_WIRING("CT nameplates, primary and secondary wiring, polarity facing the utility"),
    /** PT nameplates, primary and secondary wiring. */
    PT_NAMEPLATES_AND_WIRING("PT nameplates, primary and secondary wiring"),
    /** Inside and outside of any additional pre-approved cabinet (only when there is one). */
    ADDITIONAL_CABINET("inside and outside of the additional pre-approved cabinet");

    private final String description;

    InstallationPicture(String description) {
        this.description = description;
    }

    /** {@return what the picture shows, in the document's words} */
    public String description() {
        return description;
    }
}
