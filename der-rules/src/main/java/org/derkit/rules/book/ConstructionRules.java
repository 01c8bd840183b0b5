package org.derkit.rules.book;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.derkit.model.Length;
import org.derkit.model.Percentage;
import org.derkit.model.Voltage;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.InterconnectionTransformer;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.InverterSettings;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.ReconnectRamp;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.TransformerWinding;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.rules.Comparison;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;
import org.derkit.rules.book.ConstructionChecks.EquipmentCheck;

/**
 * Customer construction requirements of the DER Interconnection Policy 2023, section 5, and the
 * co-located study standard of section 6 (POL-27 to POL-39): ownership, inverter certification
 * and settings (open-phase trip, reconnect delay and ramp), the generator disconnect switch, the
 * fault-isolating device, lightning protection, sub-transmission and ground-source transformers,
 * service-voltage transformers, rights of way. Topic {@link Topic#CONSTRUCTION}.
 *
 * <p>Inverter settings (POL-29 to POL-31) are checked on every inverter of the facility; the
 * worst one decides, and an inverter-based unit whose inverter or setting is not described makes
 * the input unknown.
 */
public final class ConstructionRules {

    /** POL-29: open-phase trip within two seconds, inclusive. */
    public static final Duration OPEN_PHASE_TRIP_LIMIT = Duration.ofSeconds(2);
    /** POL-30: wait 300 seconds after grid voltage is restored, inclusive. */
    public static final Duration RECONNECT_DELAY = Duration.ofSeconds(300);
    /** POL-36: coefficient of grounding 0.8 or less, inclusive. */
    public static final BigDecimal MAX_COEFFICIENT_OF_GROUNDING = new BigDecimal("0.8");
    /** POL-37: service voltage is below 1000 V (exclusive, "&lt;1000V"). */
    public static final org.derkit.model.Voltage SERVICE_VOLTAGE_BELOW = org.derkit.model.Voltage.ofVolts(1000);

    // -------------------------------------------------------------------------------------- inputs

    /** POL-28. */
    public static final Input<ScreeningContext, InverterCertifications> INVERTER_CERTIFICATIONS = Input.of(
            "inverter certifications", a -> allInverters(a.facility()).map(ConstructionRules::certifications));
    /** POL-29: the slowest open-phase trip of the facility's inverters. */
    public static final Input<ScreeningContext, Duration> OPEN_PHASE_TRIP_TIME = Input.of(
            "open-phase trip time", Dimension.SECONDS, a -> everySetting(a.facility(), InverterSettings::openPhaseTripTime)
                    .map(l -> l.stream().max(Duration::compareTo).orElseThrow()));
    /** POL-30: the shortest reconnect delay of the facility's inverters. */
    public static final Input<ScreeningContext, Duration> RECONNECT_DELAY_SETTING = Input.of(
            "reconnect delay", Dimension.SECONDS, a -> everySetting(a.facility(), InverterSettings::reconnectDelay)
                    .map(l -> l.stream().min(Duration::compareTo).orElseThrow()));
    /** POL-31: the reconnection ramps, checked; a non-compliant one if there is one. */
    public static final Input<ScreeningContext, RampCheck> RECONNECT_RAMP = Input.of(
            "reconnect ramp", a -> ConstructionRules.<ReconnectRamp>everySetting(a.facility(), InverterSettings::reconnectRamp)
                    .map(l -> RampChecks.checkAll(l, RampRequirement.POLICY_5_2)));
    /** POL-32: the switch, checked. */
    public static final Input<ScreeningContext, EquipmentCheck> DISCONNECT_SWITCH = Input.of(
            "generator disconnect switch", a -> Optional.of(ConstructionChecks.disconnectSwitch(
                    a.facility().disconnectSwitch(), a.facility().phases(), a.facility().pointOfInterconnectionVoltage())));
    /** POL-33: the device, checked. */
    public static final Input<ScreeningContext, EquipmentCheck> FAULT_ISOLATING_DEVICE = Input.of(
            "fault-isolating device", a -> Optional.of(ConstructionChecks.faultIsolatingDevice(
                    a.facility().faultIsolatingDevice(), a.facility().siting(), a.facility().pointOfInterconnectionVoltage())));
    /** POL-34. */
    public static final Input<ScreeningContext, Boolean> LINE_FAULT_CAUSES_OUTAGE = Input.of(
            "line fault causes Ameren outage", a -> a.facility().lineFaultCausesUtilityOutage());
    /** POL-35. */
    public static final Input<ScreeningContext, TransformerWinding> UTILITY_SIDE_WINDING = Input.of(
            "transformer winding on the Ameren side", a -> transformer(a).flatMap(InterconnectionTransformer::utilitySideWinding));
    /** POL-35. */
    public static final Input<ScreeningContext, Boolean> PROTECTION_59N = Input.of(
            "59N protection", a -> transformer(a).flatMap(InterconnectionTransformer::neutralOvervoltageProtection59N));
    /** POL-36. */
    public static final Input<ScreeningContext, Boolean> REQUIRED_GROUND_SOURCE = Input.of(
            "required ground source", a -> transformer(a).flatMap(InterconnectionTransformer::requiredGroundSource));
    /** POL-36. */
    public static final Input<ScreeningContext, BigDecimal> COEFFICIENT_OF_GROUNDING = Input.of(
            "coefficient of grounding", Dimension.NUMBER,
            a -> transformer(a).flatMap(InterconnectionTransformer::coefficientOfGrounding));
    /** POL-36. */
    public static final Input<ScreeningContext, GroundSourceWindings> GROUND_SOURCE_WINDINGS = Input.of(
            "transformer windings", a -> transformer(a).flatMap(ConstructionRules::windings));
    /** POL-36. */
    public static final Input<ScreeningContext, Boolean> THREE_LEGGED_CORE_FORM = Input.of(
            "three-legged core form", a -> transformer(a).flatMap(InterconnectionTransformer::threeLeggedCoreForm));
    /** POL-37. */
    public static final Input<ScreeningContext, Boolean> PREVENTS_LOSS_OF_PHASE_DETECTION = Input.of(
            "transformer prevents loss-of-phase detection",
            a -> transformer(a).flatMap(InterconnectionTransformer::preventsLossOfPhaseDetection));

    // --------------------------------------------------------------------------------------- rules

    /** POL-27: ownership of interconnection facilities (informational). */
    public static final Rule<ScreeningContext> POL_27 = Rule.id("POL-27")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.1 Construction")
            .kind(Kind.INFORMATIONAL)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .states("The customer installs and owns the interconnection facilities on its side of the POI; for RLG, "
                    + "Ameren installs and owns those on the utility side and the POI marks the change of ownership; "
                    + "BTM facilities often have customer-owned equipment and conductors on the utility side of the POI")
            .build();

    /** POL-28: inverters compliant with IEEE 1547 and UL 1741 SA. */
    public static final Rule<ScreeningContext> POL_28 = Rule.id("POL-28")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.2 Inverters")
            .quoting("All inverter-based generation shall utilize inverters that are IEEE 1547 and UL 1741 SA compliant")
            .kind(Kind.RULE)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .when("the DER is inverter-based", a -> isInverterBased(a.facility()))
            .measure(INVERTER_CERTIFICATIONS).satisfies("IEEE 1547 and UL 1741 SA compliant",
                    c -> c.lacking().isEmpty())
            .passes("every inverter is IEEE 1547 and UL 1741 SA compliant")
            .note("UL 1741 SB is accepted as meeting UL 1741 SA")
            .build();

    /** POL-29: disconnect on loss of a utility phase within 2 s. */
    public static final Rule<ScreeningContext> POL_29 = Rule.id("POL-29")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.2 Inverters")
            .quoting("capable of and set to disconnect for a loss of utility phase within two seconds")
            .kind(Kind.RULE)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .when("the DER is inverter-based", a -> isInverterBased(a.facility()))
            .measure(OPEN_PHASE_TRIP_TIME).atMost(OPEN_PHASE_TRIP_LIMIT)
            .passes("every inverter disconnects on loss of a utility phase within 2 s")
            .build();

    /** POL-30: wait 300 s after restoration before reconnecting. */
    public static final Rule<ScreeningContext> POL_30 = Rule.id("POL-30")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.2 Inverters")
            .quoting("wait 300 seconds after the restoration of full grid voltage to begin to reconnect")
            .kind(Kind.RULE)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .when("the DER is inverter-based", a -> isInverterBased(a.facility()))
            .measure(RECONNECT_DELAY_SETTING).atLeast(RECONNECT_DELAY)
            .passes("every inverter waits at least 300 s before reconnecting")
            .build();

    /** POL-31: the reconnection ramp (linear or step), checked by {@link RampChecks}. */
    public static final Rule<ScreeningContext> POL_31 = Rule.id("POL-31")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.2 Inverters")
            .quoting("reconnect at a rate of no greater than 2% of nameplate capacity per second or less")
            .kind(Kind.RULE)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .when("the DER is inverter-based", a -> isInverterBased(a.facility()))
            .measure(RECONNECT_RAMP).satisfies("within the limits of 5.2 (linear at most 2%/s; step: average at most "
                    + "2%/s, steps at most 20%, equal intervals, at least 50 s)", RampCheck::isCompliant)
            .passes("every inverter reconnects on a compliant ramp")
            .limit("linear reconnection ramp per second, % of nameplate", Dimension.PERCENTAGE, Comparison.AT_MOST,
                    Percentage.ofPercent(2))
            .limit("step of a step ramp, % of nameplate", Dimension.PERCENTAGE, Comparison.AT_MOST,
                    Percentage.ofPercent(20))
            .limit("step ramp to full output", Dimension.SECONDS, Comparison.AT_LEAST,
                    java.time.Duration.ofSeconds(50))
            .build();

    /** POL-32: the generator disconnect switch. */
    public static final Rule<ScreeningContext> POL_32 = Rule.id("POL-32")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.3 Disconnect Switch")
            .quoting("This switch must be the first device on the generation side of the POI")
            .kind(Kind.RULE)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .from(DISCONNECT_SWITCH)
            .decides("generator disconnect switch isolating all parallel generation and storage",
                    EquipmentCheck::toDecision)
            .note("a separate disconnect switch for the ESS may be required where DG and ESS are combined")
            .build();

    /** POL-33: the fault-isolating device. */
    public static final Rule<ScreeningContext> POL_33 = Rule.id("POL-33")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.4 Fault Isolating Device")
            .quoting("Ameren Illinois requires a fault isolating device at the generation connection")
            .kind(Kind.RULE)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .from(FAULT_ISOLATING_DEVICE)
            .decides("fault-isolating device at the generation connection", EquipmentCheck::toDecision)
            .limit("distance of the RLG protective device from the tap", Dimension.LENGTH_FEET, Comparison.AT_MOST,
                    Length.ofFeet(500))
            .build();

    /** POL-34: lightning protection where a line fault would cause an Ameren outage. */
    public static final Rule<ScreeningContext> POL_34 = Rule.id("POL-34")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.5 Lightning")
            .quoting("lightning protection through either a static wire or lightning arresters for any line section "
                    + "which would cause an outage for Ameren Illinois facilities")
            .kind(Kind.RULE)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .measure(LINE_FAULT_CAUSES_OUTAGE).is(true)
            .requires("lightning protection (static wire or lightning arresters) on the customer line section")
            .build();

    /** POL-35: delta winding on the Ameren side and 59N at 34.5 and 69 kV. */
    public static final Rule<ScreeningContext> POL_35 = Rule.id("POL-35")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.6 Sub-transmission Transformers")
            .quoting("the customer interconnection transformer must have a delta connected winding on the Ameren "
                    + "Illinois side")
            .kind(Kind.RULE)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .when(SysInputs.POI_VOLTAGE, "is 34.5 or 69 kV (sub-transmission)", SystemLimitRules::isSubTransmission)
            .measure(UTILITY_SIDE_WINDING).is(TransformerWinding.DELTA)
            .and(PROTECTION_59N).is(true)
            .mustProvide("delta winding on the Ameren side and 59N protection")
            .build();

    /** POL-36: ground-source transformers of RLG. */
    public static final Rule<ScreeningContext> POL_36 = Rule.id("POL-36")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.7 Ground Source")
            .quoting("designed for a coefficient of grounding of 0.8 or less")
            .kind(Kind.RULE)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .when(SysInputs.SITING, "is RLG", s -> s == Siting.REMOTELY_LOCATED)
            .when(REQUIRED_GROUND_SOURCE, "is true", g -> g)
            .measure(COEFFICIENT_OF_GROUNDING).atMost(MAX_COEFFICIENT_OF_GROUNDING)
            .and(GROUND_SOURCE_WINDINGS).satisfies("an accepted configuration (grounded-wye / grounded-wye with a "
                    + "supplemental grounding transformer, or grounded-wye with neutral impedance / delta)",
                    GroundSourceWindings::isAcceptable)
            .and(THREE_LEGGED_CORE_FORM).is(false)
            .mustProvide("ground-source transformer per 5.7")
            .build();

    /** POL-37: a customer transformer at service voltage must not hide loss of phase (advisory). */
    public static final Rule<ScreeningContext> POL_37 = Rule.id("POL-37")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.8 Service-Voltage Transformers")
            .quoting("additional transformation beyond the POI does not prevent the DER system from being able to "
                    + "detect a loss of phase condition")
            .advisory()
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .when(SysInputs.POI_LINE_VOLTAGE, "is service voltage (below 1000 V)", v -> v.isLessThan(SERVICE_VOLTAGE_BELOW))
            .when(SysInputs.PHASES, "is three-phase", p -> p == Phases.THREE)
            .when("a customer-installed transformer is used", a -> a.facility().interconnectionTransformer().isPresent())
            .measure(PREVENTS_LOSS_OF_PHASE_DETECTION).is(false)
            .advises("evaluate the customer transformer so that the DER still detects loss of phase "
                    + "(Ameren Service Manual 900.10)")
            .build();

    /** POL-38: rights of way, permits, access road and easements (process). */
    public static final Rule<ScreeningContext> POL_38 = Rule.id("POL-38")
            .cites(Source.INTERCONNECTION_POLICY_2023, "5.9 Rights of Way")
            .kind(Kind.PROCESS)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .states("The customer obtains all right of way, property and environmental, zoning or special-use "
                    + "permits, builds and maintains a road to the Ameren meter pole, transfers to Ameren the easements "
                    + "from the POI to the point of ownership change and grants Ameren easements for its facilities")
            .build();

    /** POL-39: co-located three-phase RLG are studied together (process). */
    public static final Rule<ScreeningContext> POL_39 = Rule.id("POL-39")
            .cites(Source.INTERCONNECTION_POLICY_2023, "6. Study Standards")
            .kind(Kind.PROCESS)
            .topic(Topic.CONSTRUCTION)
            .appliesTo(ScreeningContext.class)
            .states("Co-located three-phase RLG (same owner, adjacent parcels, back-to-back in queue) are studied "
                    + "together; the standard option is one shared protective device, and additional devices at each "
                    + "metering point are installed at the customer's request and expense")
            .build();

    /** {@return POL-27 to POL-39, in catalogue order} */
    public static RuleSet<ScreeningContext> rules() {
        return RuleSet.of("customer construction", POL_27, POL_28, POL_29, POL_30, POL_31, POL_32, POL_33, POL_34,
                POL_35, POL_36, POL_37, POL_38, POL_39);
    }

    private ConstructionRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * Whether the facility has inverter-based generation or storage.
     *
     * @param f the facility
     * @return whether the facility has inverter-based generation or storage
     */
    public static boolean isInverterBased(Facility f) {
        if (!f.storage().isEmpty() || !f.inverters().isEmpty()) {
            return true;
        }
        for (GeneratingUnit u : f.generatingUnits()) {
            if (u.technology() == UnitTechnology.INVERTER_BASED) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every inverter of an inverter-based facility, or empty when an inverter-based unit or a
     * storage system does not describe its inverter.
     *
     * @param f the facility
     * @return every inverter of an inverter-based facility, or empty when an inverter-based unit or a storage system
     *         does not describe its inverter
     */
    public static Optional<List<Inverter>> allInverters(Facility f) {
        for (GeneratingUnit u : f.generatingUnits()) {
            if (u.technology() == UnitTechnology.INVERTER_BASED && u.inverter().isEmpty()) {
                return Optional.empty();
            }
        }
        for (EnergyStorage s : f.storage()) {
            if (s.inverter().isEmpty()) {
                return Optional.empty();
            }
        }
        List<Inverter> all = f.inverters();
        return all.isEmpty() ? Optional.empty() : Optional.of(all);
    }

    /** One setting of every inverter, or empty when an inverter or its setting is unknown. */
    static <T> Optional<List<T>> everySetting(Facility f, Function<InverterSettings, Optional<T>> setting) {
        Optional<List<Inverter>> inverters = allInverters(f);
        if (inverters.isEmpty()) {
            return Optional.empty();
        }
        List<T> values = new ArrayList<>(inverters.get().size());
        for (Inverter i : inverters.get()) {
            Optional<T> v = i.settings().flatMap(setting);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            values.add(v.get());
        }
        return Optional.of(values);
    }

    /**
     * Whether an inverter is compliant with IEEE 1547 (2003, 1547a or 2018) and UL 1741 SA (UL 1741
     * SB, which tests to IEEE 1547-2018, is accepted as meeting SA).
     *
     * @param inverter whether the DER is inverter-based
     * @return whether an inverter is compliant with IEEE 1547 (2003, 1547a or 2018) and UL 1741 SA (UL 1741 SB, which
     *         tests to IEEE 1547-2018, is accepted as meeting SA)
     */
    public static boolean isIeee1547AndUl1741Sa(Inverter inverter) {
        Objects.requireNonNull(inverter, "inverter");
        boolean ieee = inverter.isCertifiedTo(Certification.IEEE_1547_2003) || inverter.isCertifiedTo(Certification.IEEE_1547A)
                || inverter.isCertifiedTo(Certification.IEEE_1547_2018);
        boolean ul = inverter.isCertifiedTo(Certification.UL_1741_SA) || inverter.isCertifiedTo(Certification.UL_1741_SB);
        return ieee && ul;
    }

    /**
     * The certifications of a facility's inverters, for POL-28.
     *
     * @param inverters the inverters checked
     * @param lacking {@code manufacturer model} of each inverter that lacks a certification
     */
    public record InverterCertifications(int inverters, List<String> lacking) {
        /**
         * Copies the list.
         *
         * @param inverters the inverters checked
         * @param lacking {@code manufacturer model} of each inverter that lacks a certification
         */
        public InverterCertifications {
            lacking = List.copyOf(lacking);
        }

        /**
         * Such as {@code 2 of 3 lacking (Acme PV-1, Acme PV-2)}, or {@code all 3 inverters listed} when none
         * lacks one.
         */
        @Override
        public String toString() {
            if (lacking.isEmpty()) {
                return "all " + inverters + (inverters == 1 ? " inverter" : " inverters") + " listed";
            }
            return lacking.size() + " of " + inverters + " lacking (" + String.join(", ", lacking) + ")";
        }
    }

    /**
     * The certifications of every inverter (POL-28).
     *
     * @param inverters the inverters, in the application's order
     * @return the certifications of every inverter (POL-28)
     */
    public static InverterCertifications certifications(List<Inverter> inverters) {
        List<String> lacking = new ArrayList<>();
        for (Inverter i : inverters) {
            if (!isIeee1547AndUl1741Sa(i)) {
                lacking.add(i.manufacturer() + " " + i.model());
            }
        }
        return new InverterCertifications(inverters.size(), lacking);
    }

    /**
     * A ground-source transformer's windings (POL-36).
     *
     * @param utilitySide winding on the Ameren (high) side
     * @param customerSide winding on the customer (low) side
     * @param supplementalGrounding whether a supplemental grounding transformer is installed
     */
    public record GroundSourceWindings(TransformerWinding utilitySide, TransformerWinding customerSide,
            boolean supplementalGrounding) {

        /**
         * Whether the configuration is one 5.7 accepts: grounded-wye / grounded-wye with a
         * supplemental grounding transformer, or grounded-wye with neutral impedance on the high
         * side and delta on the low side.
         *
         * @return whether the configuration is one 5.7 accepts: grounded-wye / grounded-wye with a supplemental
         *         grounding transformer, or grounded-wye with neutral impedance on the high side and delta on the low side
         */
        public boolean isAcceptable() {
            return utilitySide == TransformerWinding.GROUNDED_WYE && customerSide == TransformerWinding.GROUNDED_WYE
                    && supplementalGrounding
                    || utilitySide == TransformerWinding.GROUNDED_WYE_WITH_NEUTRAL_IMPEDANCE
                    && customerSide == TransformerWinding.DELTA;
        }

        @Override
        public String toString() {
            return utilitySide + " / " + customerSide + (supplementalGrounding ? " with supplemental grounding transformer" : "");
        }
    }

    // ------------------------------------------------------------------------------------- helpers

    private static Optional<GroundSourceWindings> windings(InterconnectionTransformer t) {
        if (t.utilitySideWinding().isEmpty() || t.customerSideWinding().isEmpty()) {
            return Optional.empty();
        }
        TransformerWinding hi = t.utilitySideWinding().get();
        TransformerWinding lo = t.customerSideWinding().get();
        boolean needsSupplemental = hi == TransformerWinding.GROUNDED_WYE && lo == TransformerWinding.GROUNDED_WYE;
        if (needsSupplemental && t.supplementalGroundingTransformer().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GroundSourceWindings(hi, lo, t.supplementalGroundingTransformer().orElse(false)));
    }

    private static Optional<InterconnectionTransformer> transformer(ScreeningContext a) {
        return a.facility().interconnectionTransformer();
    }
}
