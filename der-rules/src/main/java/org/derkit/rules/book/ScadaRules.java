package org.derkit.rules.book;

import static org.derkit.model.DerQuantities.kilowatts;

import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.Voltage;
import org.derkit.model.application.CircuitData;
import org.derkit.model.facility.Siting;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * SCADA requirements of the DER Interconnection Policy 2023, section 4.7 (POL-21 to POL-24): the
 * SCADA-capable BTM meter, the recloser upstream of large exporting BTM DER, the Ameren recloser at
 * a POI at distribution voltage or above, and the communications package on regulators that see
 * reverse flow. Topic {@link Topic#SCADA}.
 *
 * <p>POL-21's threshold follows BTM-01 (BTM Production Metering 2024): 200 kW <em>or greater</em>,
 * although 4.7.1 says "larger than 200 kW AC"; the finding says so.
 */
public final class ScadaRules {

    /** POL-21: 200 kW, inclusive as BTM-01 resolves the conflict. */
    public static final ActivePower SCADA_METER_THRESHOLD = kilowatts(200);
    /** POL-22: 1 MW export capacity, inclusive ("1MW or greater"). */
    public static final ActivePower RECLOSER_REVIEW_EXPORT = kilowatts(1000);
    /** POL-23: distribution voltage starts at 4 kV line to line (section 1 Definitions), inclusive. */
    public static final Voltage DISTRIBUTION_VOLTAGE = Voltage.ofVolts(4000);

    // -------------------------------------------------------------------------------------- inputs

    /** Voltage regulation devices upstream that would see reverse flow because of this DER (POL-24). */
    public static final Input<ScreeningContext, Integer> REGULATORS_SEEING_REVERSE_FLOW = Input.of(
            "regulators seeing reverse flow", Dimension.INTEGER, a -> a.circuit().flatMap(ScadaRules::regulators));

    // --------------------------------------------------------------------------------------- rules

    /** POL-21: the SCADA-capable meter on Ameren-approved customer-installed PTs and CTs. */
    public static final Rule<ScreeningContext> POL_21 = Rule.id("POL-21")
            .cites(Source.INTERCONNECTION_POLICY_2023, "4.7.1 SCADA")
            .quoting("For Behind the Meter installations larger than 200 kW AC, a SCADA-capable meter shall be installed")
            .kind(Kind.RULE)
            .topic(Topic.SCADA)
            .appliesTo(ScreeningContext.class)
            .when(SysInputs.SITING, "is BTM", s -> s == Siting.BEHIND_THE_METER)
            .measure(SysInputs.AGGREGATE_NAMEPLATE).atLeast(SCADA_METER_THRESHOLD)
            .requires("SCADA-capable meter on Ameren-approved, customer-installed PTs and CTs, "
                    + "installed and programmed by Ameren during the witness test")
            .note("4.7.1 says larger than 200 kW AC, but BTM-01 (BTM Production Metering 2024, the newer "
                    + "document) governs: 200 kW or greater, so exactly 200 kW requires the meter")
            .build();

    /** POL-22: a SCADA-capable recloser upstream of the point of delivery, by engineering judgement. */
    public static final Rule<ScreeningContext> POL_22 = Rule.id("POL-22")
            .cites(Source.INTERCONNECTION_POLICY_2023, "4.7.2 SCADA")
            .quoting("BTM DER installations with an export capacity of 1MW or greater")
            .kind(Kind.RULE)
            .topic(Topic.SCADA)
            .appliesTo(ScreeningContext.class)
            .when(SysInputs.SITING, "is BTM", s -> s == Siting.BEHIND_THE_METER)
            .measure(SysInputs.EXPORT_CAPACITY).atLeast(RECLOSER_REVIEW_EXPORT)
            .then(Outcome.REVIEW, "engineering judgement decides whether a SCADA-capable electronic recloser "
                    + "is needed upstream of the point of delivery")
            .otherwise(Outcome.NOT_REQUIRED, "SCADA-capable recloser upstream of the point of delivery")
            .note("export capacity includes generation and energy storage")
            .build();

    /** POL-23: an Ameren-owned SCADA-capable recloser at the POI. */
    public static final Rule<ScreeningContext> POL_23 = Rule.id("POL-23")
            .cites(Source.INTERCONNECTION_POLICY_2023, "4.7.3 SCADA")
            .quoting("For installations interconnecting at distribution voltage or greater, a SCADA-capable recloser "
                    + "shall be installed at the POI")
            .kind(Kind.RULE)
            .topic(Topic.SCADA)
            .appliesTo(ScreeningContext.class)
            .measure(SysInputs.POI_LINE_VOLTAGE).atLeast(DISTRIBUTION_VOLTAGE)
            .requires("SCADA-capable recloser at the POI, owned and installed by Ameren")
            .build();

    /** POL-24: a SCADA communications package on every regulator that sees reverse flow. */
    public static final Rule<ScreeningContext> POL_24 = Rule.id("POL-24")
            .cites(Source.INTERCONNECTION_POLICY_2023, "4.7.4 SCADA")
            .quoting("a SCADA communications package will be required")
            .kind(Kind.RULE)
            .topic(Topic.SCADA)
            .appliesTo(ScreeningContext.class)
            .measure(REGULATORS_SEEING_REVERSE_FLOW).greaterThan(0)
            .requires("SCADA communications package on each upstream voltage regulation device that sees reverse "
                    + "flow, installed by Ameren and paid for by the generation owner")
            .build();

    /** {@return POL-21 to POL-24, in catalogue order} */
    public static RuleSet<ScreeningContext> rules() {
        return RuleSet.of("SCADA", POL_21, POL_22, POL_23, POL_24);
    }

    private ScadaRules() {
    }

    // ------------------------------------------------------------------------------------- helpers

    private static Optional<Integer> regulators(CircuitData c) {
        return c.regulatorsSeeingReverseFlow().isPresent()
                ? Optional.of(c.regulatorsSeeingReverseFlow().getAsInt()) : Optional.empty();
    }
}
