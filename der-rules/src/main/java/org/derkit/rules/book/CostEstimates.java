package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import static org.derkit.model.DerQuantities.kilowatts;
import static org.derkit.model.DerQuantities.megawatts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.VoltageClass;
import org.derkit.model.Voltage;
import org.derkit.model.application.CircuitData;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.SystemType;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * Indicative cost estimates of system modifications and interconnection facilities (POL-40, DER
 * Interconnection Policy 6.1 to 6.11): the items of {@link CostItem} that what is known of an
 * application calls for, added up as a {@link CostRange}.
 *
 * <p>The indicative estimate ({@link #indicative}) includes, when the inputs say so:
 * <ul>
 * <li>6.1, one regulator bank controller for each voltage regulator that would see reverse flow;
 * <li>6.8, DTT communications: at 15 kV and below when the DER can reverse flow at the substation
 * protective device, above 15 kV when it can reverse flow onto the transmission system;
 * <li>6.11.1, the RLG POI package at distribution voltage;
 * <li>6.11.2 or 6.11.3 for RLG at sub-transmission voltage: above 10 MW on a networked system, a
 * breaker station or a new terminal position (the range covers both); under 10 MW networked, or
 * radial-looped, the tap package; at exactly 10 MW networked the policy names neither, and with the
 * system unknown above 10 MW either could apply, so the range covers all three;
 * <li>6.11.4, the SCADA metering package for BTM DER of 200 kW AC or more.
 * </ul>
 * Every other item (LTCs, reclosers, arresters, reconductoring, line extensions, service
 * transformers, reclosing) depends on the study; build a {@link CostEstimate} with them directly.
 */
public final class CostEstimates {

    /** RLG size that separates 6.11.2 (greater than) from 6.11.3 (less than): 10 MW. */
    public static final ActivePower RLG_NETWORKED_SIZE = megawatts(10);
    /** BTM nameplate from which the SCADA metering package is needed (inclusive): 200 kW. */
    public static final ActivePower BTM_SCADA_METERING_SIZE = kilowatts(200);
    private static final Voltage FIFTEEN_KV = Voltage.ofVolts(15_000);

    // -------------------------------------------------------------------------------------- inputs

    static final Input<ScreeningContext, Inputs> COST_INPUTS = Input.of(
            "cost inputs (siting, nameplate, POI voltage, circuit)", Inputs::from);

    // --------------------------------------------------------------------------------------- rules

    /**
     * POL-40 (6.1-6.11 Cost Estimates): Indicative cost ranges of system modifications: 6.1 voltage regulator bank
     * with reverse flow $15,000-$25,000 each; 6.2 substation LTC with reverse flow $40,000-$50,000 each; 6.3
     * hydraulic recloser replacement pole-mounted $60,000-$100,000, in substation $150,000-$300,000; 6.4 high-side
     * surge arresters $40,000-$50,000 plus $60,000-$75,000 if a mobile substation is needed; 6.5 reconductoring
     * per mile: distribution ...
     */
    public static final Rule<ScreeningContext> POL_40 = Rule.id("POL-40")
            .cites(Source.INTERCONNECTION_POLICY_2023, "6.1-6.11 Cost Estimates")
            .kind(Kind.COMPUTATION).topic(Topic.COSTS)
            .appliesTo(ScreeningContext.class)
            .from(COST_INPUTS)
            .computes("indicative cost of system modifications", CostEstimates::indicative,
                    e -> e.total().toString())
            .note("informational figures; site conditions and study results change them; open upper "
                    + "bounds where the policy says \"or greater\"")
            .build();

    private static final RuleSet<ScreeningContext> RULES = RuleSet.of("costs", List.of(
            POL_40));

    /** {@return the rule POL-40} */
    public static RuleSet<ScreeningContext> rules() {
        return RULES;
    }

    private CostEstimates() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * What the indicative estimate reads from an application.
     *
     * @param siting BTM or RLG
     * @param nameplate the aggregate nameplate (P466-01)
     * @param poiVoltage the nominal voltage at the POI
     * @param systemType radial or networked, if known
     * @param regulatorsSeeingReverseFlow voltage regulators upstream that would see reverse flow (0 if unknown)
     * @param reverseFlowAtSubstation whether the DER can reverse flow at the substation device
     * @param reverseFlowToTransmission whether the DER can reverse flow onto the transmission system
     */
    public record Inputs(Siting siting, ActivePower nameplate, NominalVoltage poiVoltage,
            Optional<SystemType> systemType, int regulatorsSeeingReverseFlow, boolean reverseFlowAtSubstation,
            boolean reverseFlowToTransmission) {

        /**
         * Checks that nothing is null and the count is not negative.
         *
         * @param siting BTM or RLG
         * @param nameplate the aggregate nameplate (P466-01)
         * @param poiVoltage the nominal voltage at the POI
         * @param systemType radial or networked, if known
         * @param regulatorsSeeingReverseFlow voltage regulators upstream that would see reverse flow (0 if unknown)
         * @param reverseFlowAtSubstation whether the DER can reverse flow at the substation device
         * @param reverseFlowToTransmission whether the DER can reverse flow onto the transmission system
         */
        public Inputs {
            Objects.requireNonNull(siting, "siting");
            Objects.requireNonNull(nameplate, "nameplate");
            Objects.requireNonNull(poiVoltage, "poiVoltage");
            Objects.requireNonNull(systemType, "systemType");
            if (regulatorsSeeingReverseFlow < 0) {
                throw new InvalidValueException("regulatorsSeeingReverseFlow", ">= 0", regulatorsSeeingReverseFlow);
            }
        }

        /**
         * The inputs of an application, or empty when siting, nameplate or POI voltage is unknown;
         * unknown circuit facts count as absent.
         *
         * @param application the interconnection application, or the screening of it
         * @return the inputs of an application, or empty when siting, nameplate or POI voltage is unknown; unknown
         *         circuit facts count as absent
         */
        public static Optional<Inputs> from(ScreeningContext application) {
            Objects.requireNonNull(application, "application");
            var f = application.facility();
            Optional<ActivePower> nameplate = application.totalNameplate();
            if (f.siting().isEmpty() || nameplate.isEmpty() || f.pointOfInterconnectionVoltage().isEmpty()) {
                return Optional.empty();
            }
            Optional<CircuitData> c = application.circuit();
            return Optional.of(new Inputs(f.siting().get(), nameplate.get(), f.pointOfInterconnectionVoltage().get(),
                    f.systemType(),
                    c.map(x -> x.regulatorsSeeingReverseFlow().orElse(0)).orElse(0),
                    c.flatMap(CircuitData::reverseFlowAtSubstation).orElse(false),
                    c.flatMap(CircuitData::reverseFlowToTransmission).orElse(false)));
        }

        /** Such as {@code RLG 2000 kW at 7200/12470Y}. */
        @Override
        public String toString() {
            return siting.code() + " " + nameplate + " at " + poiVoltage
                    + systemType.map(s -> " " + s).orElse("")
                    + (regulatorsSeeingReverseFlow > 0 ? ", " + regulatorsSeeingReverseFlow
                            + " regulators with reverse flow" : "")
                    + (reverseFlowAtSubstation ? ", reverse flow at the substation" : "")
                    + (reverseFlowToTransmission ? ", reverse flow to transmission" : "");
        }
    }

    /**
     * The indicative estimate of what the inputs call for (see the class description).
     *
     * @param in the facts of the application the estimate reads
     * @return the indicative estimate of what the inputs call for (see the class description)
     */
    public static CostEstimate indicative(Inputs in) {
        Objects.requireNonNull(in, "in");
        CostEstimate e = CostEstimate.empty();
        if (in.regulatorsSeeingReverseFlow() > 0) {
            e = e.plus(CostLine.of(CostItem.VOLTAGE_REGULATOR_BANK, in.regulatorsSeeingReverseFlow()));
        }
        Voltage v = in.poiVoltage().lineToLine();
        if (v.isAtMost(FIFTEEN_KV) && in.reverseFlowAtSubstation()) {
            e = e.plus(CostLine.one(CostItem.DTT_COMMUNICATIONS_DISTRIBUTION));
        }
        if (v.isGreaterThan(FIFTEEN_KV) && in.reverseFlowToTransmission()) {
            e = e.plus(CostLine.one(CostItem.DTT_COMMUNICATIONS_ABOVE_15_KV));
        }
        VoltageClass vc = in.poiVoltage().voltageClass();
        if (in.siting() == Siting.REMOTELY_LOCATED) {
            if (vc == VoltageClass.DISTRIBUTION) {
                e = e.plus(CostLine.one(CostItem.RLG_DISTRIBUTION_POI));
            } else if (vc == VoltageClass.SUB_TRANSMISSION) {
                e = rlgSubTransmission(e, in);
            }
        } else if (in.nameplate().isAtLeast(BTM_SCADA_METERING_SIZE)) {
            e = e.plus(CostLine.one(CostItem.BTM_SCADA_METERING));
        }
        return e;
    }

    // ------------------------------------------------------------------------------------- helpers

    private static CostEstimate rlgSubTransmission(CostEstimate e, Inputs in) {
        CostLine tap = CostLine.one(CostItem.RLG_SUBTRANSMISSION_TAP);
        CostLine station = CostLine.one(CostItem.RLG_BREAKER_STATION);
        CostLine terminal = CostLine.one(CostItem.RLG_TERMINAL_POSITION);
        Optional<SystemType> system = in.systemType();
        if (system.filter(s -> s == SystemType.RADIAL).isPresent() || in.nameplate().isLessThan(RLG_NETWORKED_SIZE)) {
            return e.plus(tap);
        }
        if (system.isPresent() && in.nameplate().isGreaterThan(RLG_NETWORKED_SIZE)) {
            return e.plusEither(List.of(station, terminal));
        }
        return e.plusEither(List.of(tap, station, terminal));
    }
}
