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

    /** Nominal voltage of the metered service (BTM-13 PT ratio). */
    public abstract Optional<NominalVoltage> serviceVoltage();

    /** How the metered service is wired (BTM-12). */
    public abstract Optional<ServiceConfiguration> serviceConfiguration();

    /** The sets of CTs and PTs, one per location (BTM-19: one set when possible). */
    public abstract List<InstrumentTransformerSet> transformerSets();

    /** Whether a PT control relay is installed in a customer-owned enclosure (BTM-19). */
    public abstract Optional<Boolean> ptControlRelay();

    /** CTs and PTs shared with a customer production meter (BTM-20). */
    public abstract Optional<SharedMetering> sharedMetering();

    /** Whether the BTM metering enclosure is outdoors (BTM-25). */
    public abstract Optional<Boolean> enclosureOutdoor();

    /** Whether its location is accessible (BTM-25). */
    public abstract Optional<Boolean> enclosureAccessible();

    /** Whether Ameren approved its location (BTM-25). */
    public abstract Optional<Boolean> locationApproved();

    /** How the cabinet is mounted (BTM-26, BTM-30). */
    public abstract Optional<Mounting> mounting();

    /** The conduit between the enclosures (BTM-27). */
    public abstract Optional<Conduit> conduit();

    /** Spacing between the enclosures (BTM-28). */
    public abstract Optional<Length> enclosureSpacing();

    /** Width of the widest enclosure (BTM-29 working-space width). */
    public abstract Optional<Length> enclosureWidth();

    /** Clear working space (BTM-29). */
    public abstract Optional<WorkingSpace> workingSpace();

    /** Secondary wiring from the instrument transformers to the terminal strip (BTM-31). */
    public abstract Optional<Wiring> secondaryWiring();

    /** Whether the CT secondary returns are joined into one common return (BTM-32). */
    public abstract Optional<Boolean> commonCtReturn();

    /** A natural-gas riser near the metering (BTM-33). */
    public abstract Optional<GasRiser> gasRiser();

    /** Equipment grounding conductor routed with the secondaries (BTM-34). */
    public abstract Optional<Wiring> equipmentGroundingConductor();

    /** Whether the grounding conductor is landed on the equipment ground bar (BTM-34). */
    public abstract Optional<Boolean> groundingConductorOnGroundBar();

    /** The neutral of a grounded-wye service (BTM-24). */
    public abstract Optional<Neutral> neutral();

    /** Whether the customer conductors are labelled with phase and transformer type (BTM-35). */
    public abstract Optional<Boolean> conductorsLabelled();

    /** Whether an additional pre-approved cabinet is installed (BTM-36). */
    public abstract Optional<Boolean> additionalCabinet();

    /** The pictures uploaded at Construction Complete (BTM-36). */
    public abstract Set<InstallationPicture> pictures();

    /** All current transformers of all sets. */
    public List<CurrentTransformer> currentTransformers() {
        return transformerSets().stream().flatMap(s -> s.currentTransformers().stream()).toList();
    }

    /** All potential transformers of all sets. */
    public List<PotentialTransformer> potentialTransformers() {
        return transformerSets().stream().flatMap(s -> s.potentialTransformers().stream()).toList();
    }

    /**
     * The meter multiplier of the first set: CT ratio times PT ratio (600:5 and 288:120 give 288),
     * or the CT ratio alone when there is no PT; empty without a CT.
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

    @Value.Check
    protected void check() {
        Checks.nonNegative("enclosureSpacing", enclosureSpacing());
        Checks.positive("enclosureWidth", enclosureWidth());
    }
}
