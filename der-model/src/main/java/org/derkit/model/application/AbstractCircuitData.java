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

    /** {@return the serving circuit's identifier (queue order, POL-13)} */
    public abstract Optional<String> circuitId();

    /** {@return maximum load normally supplied by the circuit (P466-02)} */
    public abstract Optional<ActivePower> maximumLoad();

    /** {@return DER already on the circuit, excluding this application (P466-02)} */
    public abstract Optional<ActivePower> existingDer();

    /** {@return whether the POI is on a spot network (P466-03)} */
    public abstract Optional<Boolean> spotNetwork();

    /** {@return maximum load of the spot network (P466-03)} */
    public abstract Optional<ActivePower> spotNetworkMaximumLoad();

    /** {@return aggregate DER on the load side of the network protectors, including this one (P466-03)} */
    public abstract Optional<ApparentPower> spotNetworkAggregateDer();

    /** {@return whether the DER is on a single-phase shared secondary (P466-04)} */
    public abstract Optional<Boolean> sharedSinglePhaseSecondary();

    /** {@return aggregate DER on that shared secondary, including this one (P466-04)} */
    public abstract Optional<ApparentPower> sharedSecondaryAggregateDer();

    /** {@return whether single-phase DER connects on the center tap of a 240 V service (P466-05)} */
    public abstract Optional<Boolean> centerTapConnection();

    /** {@return imbalance between the two sides of the 240 V service the DER causes (P466-05)} */
    public abstract Optional<ApparentPower> centerTapImbalance();

    /** {@return nameplate of the service transformer (P466-05)} */
    public abstract Optional<ApparentPower> serviceTransformerNameplate();

    /** {@return share of the circuit's maximum fault current from this DER and other generation (P466-07)} */
    public abstract Optional<Percentage> faultCurrentContribution();

    /** {@return whether the utility must construct facilities to interconnect (P466-06)} */
    public abstract Optional<Boolean> utilityConstructionRequired();

    /** {@return whether the DER can reverse power flow at the substation protective device (POL-26)} */
    public abstract Optional<Boolean> reverseFlowAtSubstation();

    /** {@return whether the generation can reverse power flow onto the transmission system (POL-25)} */
    public abstract Optional<Boolean> reverseFlowToTransmission();

    /**
     * {@return whether an island of mixed synchronous, asynchronous or inverter generation could
     * form (POL-25)}
     */
    public abstract Optional<Boolean> mixedGenerationIslandPossible();

    /** {@return aggregate generation on the line, including this one (POL-25)} */
    public abstract Optional<ActivePower> lineAggregateGeneration();

    /** {@return minimum loading of the line (POL-25: DTT when generation exceeds two thirds of it)} */
    public abstract Optional<ActivePower> lineMinimumLoad();

    /** {@return voltage regulation devices upstream that would see reverse flow from this DER (POL-24)} */
    public abstract OptionalInt regulatorsSeeingReverseFlow();

    /** {@return whether those regulators get a SCADA communications package (POL-24)} */
    public abstract Optional<Boolean> regulatorScadaPackages();

    /**
     * Refuses a zero or negative {@code serviceTransformerNameplate}; a negative {@code
     * maximumLoad}, {@code existingDer}, {@code spotNetworkMaximumLoad}, {@code
     * spotNetworkAggregateDer}, {@code sharedSecondaryAggregateDer}, {@code centerTapImbalance},
     * {@code lineAggregateGeneration}, {@code lineMinimumLoad} or {@code
     * regulatorsSeeingReverseFlow}; a {@code faultCurrentContribution} outside 0% to 100%. The
     * builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
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
