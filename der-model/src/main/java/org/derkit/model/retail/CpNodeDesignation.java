package org.derkit.model.retail;

import org.derkit.model.internal.Checks;

/**
 * A supplier's designation of a default MISO CPNode for one Ameren company (RES-23).
 *
 * @param amerenCompany the Ameren company (legacy CIPS, CILCO or IP zone, for example)
 * @param cpNode the CPNode name
 */
public record CpNodeDesignation(String amerenCompany, String cpNode) {

    /**
     * Checks both names are present.
     *
     * @param amerenCompany the Ameren company, not blank
     * @param cpNode the CPNode name, not blank
     * @throws org.derkit.model.InvalidValueException if either is blank
     */
    public CpNodeDesignation {
        Checks.text("amerenCompany", amerenCompany);
        Checks.text("cpNode", cpNode);
    }
}
