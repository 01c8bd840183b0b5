package org.derkit.model.facility;

import java.math.BigDecimal;
import java.util.Optional;
import org.derkit.model.ApparentPower;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The customer's interconnection transformer (POL-35, POL-36, POL-37, RES-24 delivery voltage).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractInterconnectionTransformer {

    /** Nameplate (kVA). */
    public abstract Optional<ApparentPower> nameplate();

    /** Winding on the Ameren (high) side. */
    public abstract Optional<TransformerWinding> utilitySideWinding();

    /** Winding on the customer (low) side. */
    public abstract Optional<TransformerWinding> customerSideWinding();

    /** Whether a supplemental grounding transformer is installed. */
    public abstract Optional<Boolean> supplementalGroundingTransformer();

    /** Whether 59N (neutral overvoltage) protection is installed (POL-35). */
    public abstract Optional<Boolean> neutralOvervoltageProtection59N();

    /** Whether Ameren requires it to be a ground source (POL-36). */
    public abstract Optional<Boolean> requiredGroundSource();

    /** Coefficient of grounding (POL-36: at most 0.8). */
    public abstract Optional<BigDecimal> coefficientOfGrounding();

    /** Whether it is a three-phase three-legged core-form unit (POL-36: should not be used). */
    public abstract Optional<Boolean> threeLeggedCoreForm();

    /** Whether it prevents the DER from detecting loss of phase (POL-37). */
    public abstract Optional<Boolean> preventsLossOfPhaseDetection();

    @Value.Check
    protected void check() {
        Checks.positive("nameplate", nameplate());
        coefficientOfGrounding().ifPresent(c -> Checks.positive("coefficientOfGrounding", c));
    }
}
