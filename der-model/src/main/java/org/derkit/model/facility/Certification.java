package org.derkit.model.facility;

/** The standards an inverter is certified to (INV-04, POL-28). */
public enum Certification {
    /** IEEE 1547-2003. */
    IEEE_1547_2003("IEEE 1547-2003"),
    /** IEEE 1547a-2014 amendment. */
    IEEE_1547A("IEEE 1547a"),
    /** IEEE 1547-2018 (Category B normal, Category III abnormal performance, INV-04). */
    IEEE_1547_2018("IEEE 1547-2018"),
    /** UL 1741 (base). */
    UL_1741("UL 1741"),
    /** UL 1741 Supplement A (grid support). */
    UL_1741_SA("UL 1741 SA"),
    /** UL 1741 Supplement B (IEEE 1547-2018 test procedures). */
    UL_1741_SB("UL 1741 SB"),
    /** California Rule 21 Phase 1 functions (INV-16). */
    RULE_21_PHASE_1("California Rule 21 Phase 1");

    private final String title;

    Certification(String title) {
        this.title = title;
    }

    /** {@return the standard's name as the documents write it} */
    public String title() {
        return title;
    }
}
