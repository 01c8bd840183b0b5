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

    /** {@return nameplate (kVA)} */
    public abstract Optional<ApparentPower> nameplate();

    /** {@return winding on the Ameren (high) side} */
    public abstract Optional<TransformerWinding> utilitySideWinding();

    /** {@return winding on the customer (low) side} */
    public abstract Optional<TransformerWinding> customerSideWinding();

    /** {@return whether a supplemental grounding transformer is installed} */
    public abstract Optional<Boolean> supplementalGroundingTransformer();

    /** {@return whether 59N (neutral overvoltage) protection is installed (POL-35)} */
    public abstract Optional<Boolean> neutralOvervoltageProtection59N();

    /** {@return whether Ameren requires it to be a ground source (POL-36)} */
    public abstract Optional<Boolean> requiredGroundSource();

    /** {@return coefficient of grounding (POL-36: at most 0.8)} */
    public abstract Optional<BigDecimal> coefficientOfGrounding();

    /** {@return whether it is a three-phase three-legged core-form unit (POL-36: should not be used)} */
    public abstract Optional<Boolean> threeLeggedCoreForm();

    /** {@return whether it prevents the DER from detecting loss of phase (POL-37)} */
    public abstract Optional<Boolean> preventsLossOfPhaseDetection();

    /**
     * Refuses a zero or negative {@code nameplate} or {@code coefficientOfGrounding}. The builder
     * calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.positive("nameplate", nameplate());
        coefficientOfGrounding().ifPresent(c -> Checks.positive("coefficientOfGrounding", c));
    }
}
