package org.derkit.model.application;

import java.util.Optional;
import java.util.OptionalInt;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.Percentage;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * What Ameren knows of the circuit serving the point of interconnection, for the Part 466
 * screens, SCADA and transfer-trip rules (P466-02 to P466-07, POL-24 to POL-26).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractCircuitData {

    /** The serving circuit's identifier (queue order, POL-13). */
    public abstract Optional<String> circuitId();

    /** Maximum load normally supplied by the circuit (P466-02). */
    public abstract Optional<ActivePower> maximumLoad();

    /** DER already on the circuit, excluding this application (P466-02). */
    public abstract Optional<ActivePower> existingDer();

    /** Whether the POI is on a spot network (P466-03). */
    public abstract Optional<Boolean> spotNetwork();

    /** Maximum load of the spot network (P466-03). */
    public abstract Optional<ActivePower> spotNetworkMaximumLoad();

    /** Aggregate DER on the load side of the network protectors, including this one (P466-03). */
    public abstract Optional<ApparentPower> spotNetworkAggregateDer();

    /** Whether the DER is on a single-phase shared secondary (P466-04). */
    public abstract Optional<Boolean> sharedSinglePhaseSecondary();

    /** Aggregate DER on that shared secondary, including this one (P466-04). */
    public abstract Optional<ApparentPower> sharedSecondaryAggregateDer();

    /** Whether single-phase DER connects on the center tap of a 240 V service (P466-05). */
    public abstract Optional<Boolean> centerTapConnection();

    /** Imbalance between the two sides of the 240 V service the DER causes (P466-05). */
    public abstract Optional<ApparentPower> centerTapImbalance();

    /** Nameplate of the service transformer (P466-05). */
    public abstract Optional<ApparentPower> serviceTransformerNameplate();

    /** Share of the circuit's maximum fault current from this DER and other generation (P466-07). */
    public abstract Optional<Percentage> faultCurrentContribution();

    /** Whether the utility must construct facilities to interconnect (P466-06). */
    public abstract Optional<Boolean> utilityConstructionRequired();

    /** Whether the DER can reverse power flow at the substation protective device (POL-26). */
    public abstract Optional<Boolean> reverseFlowAtSubstation();

    /** Whether the generation can reverse power flow onto the transmission system (POL-25). */
    public abstract Optional<Boolean> reverseFlowToTransmission();

    /** Whether an island of mixed synchronous, asynchronous or inverter generation could form (POL-25). */
    public abstract Optional<Boolean> mixedGenerationIslandPossible();

    /** Aggregate generation on the line, including this one (POL-25). */
    public abstract Optional<ActivePower> lineAggregateGeneration();

    /** Minimum loading of the line (POL-25: DTT when generation exceeds two thirds of it). */
    public abstract Optional<ActivePower> lineMinimumLoad();

    /** Voltage regulation devices upstream that would see reverse flow from this DER (POL-24). */
    public abstract OptionalInt regulatorsSeeingReverseFlow();

    /** Whether those regulators get a SCADA communications package (POL-24). */
    public abstract Optional<Boolean> regulatorScadaPackages();

    @Value.Check
    protected void check() {
        Checks.nonNegative("maximumLoad", maximumLoad());
        Checks.nonNegative("existingDer", existingDer());
        Checks.nonNegative("spotNetworkMaximumLoad", spotNetworkMaximumLoad());
        Checks.nonNegative("spotNetworkAggregateDer", spotNetworkAggregateDer());
        Checks.nonNegative("sharedSecondaryAggregateDer", sharedSecondaryAggregateDer());
        Checks.nonNegative("centerTapImbalance", centerTapImbalance());
        Checks.positive("serviceTransformerNameplate", serviceTransformerNameplate());
        Checks.percentBetween("faultCurrentContribution", faultCurrentContribution(), 0, 100);
        Checks.nonNegative("lineAggregateGeneration", lineAggregateGeneration());
        Checks.nonNegative("lineMinimumLoad", lineMinimumLoad());
        regulatorsSeeingReverseFlow().ifPresent(n -> Checks.nonNegative("regulatorsSeeingReverseFlow", n));
    }
}
