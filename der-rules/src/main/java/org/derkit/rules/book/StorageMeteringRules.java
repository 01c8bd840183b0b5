package org.derkit.rules.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.derkit.model.facility.Coupling;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.rules.Decision;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * Energy storage metering, DER Interconnection Policy 2023, 6.11.5 (POL-41): renewable generation
 * combined with storage may need separate storage metering when the storage is AC coupled, or DC
 * coupled through a bi-directional inverter. Topic {@link Topic#STORAGE}.
 */
public final class StorageMeteringRules {

    // -------------------------------------------------------------------------------------- inputs

    /** The storage systems of the facility. */
    public static final Input<ScreeningContext, List<EnergyStorage>> STORAGE = Input.of(
            "energy storage", a -> java.util.Optional.of(a.facility().storage()));
    /** Whether the facility is renewably fuelled. */
    public static final Input<ScreeningContext, Boolean> RENEWABLE = Input.of(
            "renewable", a -> a.facility().isRenewable());
    /** Whether the storage has its own meter, with false for not stated. */
    public static final Input<ScreeningContext, Boolean> SEPARATE_STORAGE_METERING = Input.of(
            "separate storage metering", a -> java.util.Optional.of(a.facility().separateStorageMetering().orElse(false)));

    /** Whether there is generation besides the storage (declared or described by units). */
    public static final Input<ScreeningContext, Boolean> GENERATION = Input.of(
            "generation nameplate", a -> a.facility().hasGeneration());

    // --------------------------------------------------------------------------------------- rules

    /** POL-41. */
    public static final Rule<ScreeningContext> POL_41 = Rule.id("POL-41")
            .cites(Source.INTERCONNECTION_POLICY_2023, "6.11.5 ESS Metering")
            .quoting("separate metering may be required for the energy storage in cases where it is either AC coupled "
                    + "with the generation, or DC coupled with the generation using a bi-directional inverter")
            .kind(Kind.RULE)
            .topic(Topic.STORAGE)
            .appliesTo(ScreeningContext.class)
            .when("the facility has energy storage", a -> a.facility().hasStorage())
            .when(GENERATION, "is above 0 kW (generation combined with storage)", g -> g)
            .when(RENEWABLE, "is true", r -> r)
            .from(STORAGE).and(SEPARATE_STORAGE_METERING)
            .decides("separate storage metering", (s, m) -> separateMetering(s, java.util.Optional.of(m)))
            .build();

    /** {@return POL-41} */
    public static RuleSet<ScreeningContext> rules() {
        return RuleSet.of("storage metering", POL_41);
    }

    private StorageMeteringRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * The POL-41 decision for the storage of a renewable facility: {@link Outcome#REVIEW} (separate
     * storage metering may be required) when a storage system is AC coupled or DC coupled through a
     * bi-directional inverter, {@link Outcome#PASS} when such storage already has its own meter,
     * {@link Outcome#NOT_REQUIRED} when every system is DC coupled without a bi-directional
     * inverter; insufficient when an unknown coupling or inverter could change that.
     *
     * @param storage the storage systems, at least one
     * @param separateMetering whether the storage already has its own meter (empty: not stated)
     * @return the decision
     */
    public static Decision separateMetering(List<EnergyStorage> storage, java.util.Optional<Boolean> separateMetering) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(separateMetering, "separateMetering");
        List<String> triggers = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> clear = new ArrayList<>();
        for (int i = 0; i < storage.size(); i++) {
            EnergyStorage s = storage.get(i);
            String name = "storage " + (i + 1) + " (" + s.acRating() + ")";
            if (s.coupling().isEmpty()) {
                missing.add("coupling of " + name);
            } else if (s.coupling().get() == Coupling.AC) {
                triggers.add(name + " AC coupled");
            } else if (s.bidirectionalInverter().isEmpty()) {
                missing.add("bi-directional inverter of " + name);
            } else if (s.bidirectionalInverter().get()) {
                triggers.add(name + " DC coupled through a bi-directional inverter");
            } else {
                clear.add(name + " DC coupled without a bi-directional inverter");
            }
        }
        if (triggers.isEmpty() && !missing.isEmpty()) {
            return Decision.insufficient(missing.toArray(new String[0]));
        }
        if (triggers.isEmpty()) {
            return Decision.of(Outcome.NOT_REQUIRED, () -> String.join(", ", clear) + ": no separate storage metering");
        }
        if (separateMetering.orElse(false)) {
            return Decision.of(Outcome.PASS, () -> String.join(", ", triggers) + ", with separate storage metering");
        }
        return Decision.of(Outcome.REVIEW, () -> String.join(", ", triggers) + ": separate storage metering may be required");
    }
}
