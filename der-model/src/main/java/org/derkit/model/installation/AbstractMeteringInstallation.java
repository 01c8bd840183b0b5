package org.derkit.model.installation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.derkit.model.Length;
import org.derkit.model.NominalVoltage;
import org.derkit.model.TransformerRatio;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The BTM production metering installation as built or proposed: the service it meters, the
 * instrument-transformer sets, the Ameren cabinet's location, mounting, spacing and working space,
 * conduit, secondary wiring, grounding, labels, nearby gas risers and the pictures uploaded at
 * Construction Complete (BTM-06 to BTM-37).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractMeteringInstallation {

    /** {@return nominal voltage of the metered service (BTM-13 PT ratio)} */
    public abstract Optional<NominalVoltage> serviceVoltage();

    /** {@return how the metered service is wired (BTM-12)} */
    public abstract Optional<ServiceConfiguration> serviceConfiguration();

    /** {@return the sets of CTs and PTs, one per location (BTM-19: one set when possible)} */
    public abstract List<InstrumentTransformerSet> transformerSets();

    /** {@return whether a PT control relay is installed in a customer-owned enclosure (BTM-19)} */
    public abstract Optional<Boolean> ptControlRelay();

    /** {@return CTs and PTs shared with a customer production meter (BTM-20)} */
    public abstract Optional<SharedMetering> sharedMetering();

    /** {@return whether the BTM metering enclosure is outdoors (BTM-25)} */
    public abstract Optional<Boolean> enclosureOutdoor();

    /** {@return whether its location is accessible (BTM-25)} */
    public abstract Optional<Boolean> enclosureAccessible();

    /** {@return whether Ameren approved its location (BTM-25)} */
    public abstract Optional<Boolean> locationApproved();

    /** {@return how the cabinet is mounted (BTM-26, BTM-30)} */
    public abstract Optional<Mounting> mounting();

    /** {@return the conduit between the enclosures (BTM-27)} */
    public abstract Optional<Conduit> conduit();

    /** {@return spacing between the enclosures (BTM-28)} */
    public abstract Optional<Length> enclosureSpacing();

    /** {@return width of the widest enclosure (BTM-29 working-space width)} */
    public abstract Optional<Length> enclosureWidth();

    /** {@return clear working space (BTM-29)} */
    public abstract Optional<WorkingSpace> workingSpace();

    /** {@return secondary wiring from the instrument transformers to the terminal strip (BTM-31)} */
    public abstract Optional<Wiring> secondaryWiring();

    /** {@return whether the CT secondary returns are joined into one common return (BTM-32)} */
    public abstract Optional<Boolean> commonCtReturn();

    /** {@return a natural-gas riser near the metering (BTM-33)} */
    public abstract Optional<GasRiser> gasRiser();

    /** {@return equipment grounding conductor routed with the secondaries (BTM-34)} */
    public abstract Optional<Wiring> equipmentGroundingConductor();

    /** {@return whether the grounding conductor is landed on the equipment ground bar (BTM-34)} */
    public abstract Optional<Boolean> groundingConductorOnGroundBar();

    /** {@return the neutral of a grounded-wye service (BTM-24)} */
    public abstract Optional<Neutral> neutral();

    /** {@return whether the customer conductors are labelled with phase and transformer type (BTM-35)} */
    public abstract Optional<Boolean> conductorsLabelled();

    /** {@return whether an additional pre-approved cabinet is installed (BTM-36)} */
    public abstract Optional<Boolean> additionalCabinet();

    /** {@return the pictures uploaded at Construction Complete (BTM-36)} */
    public abstract Set<InstallationPicture> pictures();

    /** {@return all current transformers of all sets} */
    public List<CurrentTransformer> currentTransformers() {
        return transformerSets().stream().flatMap(s -> s.currentTransformers().stream()).toList();
    }

    /** {@return all potential transformers of all sets} */
    public List<PotentialTransformer> potentialTransformers() {
        return transformerSets().stream().flatMap(s -> s.potentialTransformers().stream()).toList();
    }

    /**
     * {@return the meter multiplier of the first set: CT ratio times PT ratio (600:5 and 288:120 give 288),
     * or the CT ratio alone when there is no PT; empty without a CT}
     */
    public Optional<java.math.BigDecimal> multiplier() {
        Optional<CurrentTransformer> ct = currentTransformers().stream().findFirst();
        if (ct.isEmpty()) {
            return Optional.empty();
        }
        TransformerRatio ratio = ct.get().ratio();
        Optional<PotentialTransformer> pt = potentialTransformers().stream().findFirst();
        if (pt.isPresent()) {
            ratio = ratio.times(pt.get().ratio());
        }
        return Optional.of(ratio.value());
    }

    /**
     * Refuses a zero or negative {@code enclosureWidth}; a negative {@code enclosureSpacing}. The
     * builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.nonNegative("enclosureSpacing", enclosureSpacing());
        Checks.positive("enclosureWidth", enclosureWidth());
    }
}
