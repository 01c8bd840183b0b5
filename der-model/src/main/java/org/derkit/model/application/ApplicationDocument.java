package org.derkit.model.application;

/** Documents attached to an interconnection or rebate application. */
public enum ApplicationDocument {
    /** Site plan (POL-08, Level 2 and above). */
    SITE_PLAN,
    /** One-line electrical diagram (POL-08, Level 2 and above). */
    ONE_LINE_DIAGRAM,
    /** Equipment list and specifications (POL-08). */
    EQUIPMENT_SPECIFICATIONS,
    /** ESS Supplemental Form (POL-11). */
    ESS_SUPPLEMENTAL_FORM,
    /** CT and PT specifications submitted for review before ordering (BTM-07). */
    CT_PT_SPECIFICATIONS,
    /** CT and PT test results (BTM-07, if available). */
    CT_PT_TEST_RESULTS,
    /** Inverter specification sheet for the installed firmware (INV-01). */
    INVERTER_SPEC_SHEET,
    /** Picture of the Illinois volt-var set points on the inverter display (INV-01). */
    VOLT_VAR_SETPOINT_PICTURE,
    /** IRS form W-9 (INV-01, non-residential owner or customer). */
    W9,
    /** As-built single-line diagram with AC and DC kW (INV-01). */
    AS_BUILT_SINGLE_LINE,
    /** Manufacturer's proof of operation at the lowest short-circuit ratio (POL-19). */
    LOW_SCR_OPERATION_PROOF,
    /** Proof of stability under all conditions (POL-19). */
    STABILITY_PROOF,
    /** Electromagnetic-transient (EMT) analysis (POL-19). */
    EMT_ANALYSIS
}
