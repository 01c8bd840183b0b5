package org.derkit.rules.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.Voltage;
import org.derkit.model.application.CircuitData;
import org.derkit.model.facility.Phases;
import org.derkit.rules.Comparison;
import org.derkit.rules.Decision;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * Direct transfer trip, DER Interconnection Policy 2023, section 4.8 (POL-25, POL-26). Topic
 * {@link Topic#DTT}.
 *
 * <p>POL-25 (34.5 and 69 kV) lists four conditions under which DTT "may be required"; the rule
 * reports {@link Outcome#REVIEW} naming the conditions that hold, and a condition that holds
 * decides even when another input is unknown. POL-26 (three-phase primary at 15 kV or below)
 * requires DTT when the DER can reverse power flow at the substation protective device.
 */
public final class TransferTripRules {

    /** POL-25: facility capacity greater than 10 MVA, exclusive. */
    public static final ApparentPower CAPACITY_LIMIT = ApparentPower.ofKilovoltAmperes(10_000);
    /** POL-26: 15 kV and below, inclusive. */
    public static final Voltage PRIMARY_UPPER = Voltage.ofVolts(15_000);
    /** POL-26: primary means above service voltage (1000 V), exclusive. */
    public static final Voltage SERVICE_UPPER = Voltage.ofVolts(1000);

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    // -------------------------------------------------------------------------------------- inputs

    /** The four conditions of 4.8.1, screened. */
    public static final Input<ScreeningContext, DttScreen> DTT_SCREEN =
            Input.of("DTT conditions of 4.8.1", a -> Optional.of(screen(a)));

    /** Whether the DER can reverse power flow at the substation protective device (POL-26). */
    public static final Input<ScreeningContext, Boolean> REVERSE_FLOW_AT_SUBSTATION = Input.of(
            "reverse flow at substation device", a -> a.circuit().flatMap(CircuitData::reverseFlowAtSubstation));

    // --------------------------------------------------------------------------------------- rules

    /** POL-25: DTT may be required at 34.5 and 69 kV; the finding names the conditions that hold. */
    public static final Rule<ScreeningContext> POL_25 = Rule.id("POL-25")
            .cites(Source.INTERCONNECTION_POLICY_2023, "4.8.1 Direct Transfer Trip")
            .quoting("For 34.5kV and 69kV connections, Direct Transfer Trip (DTT) ... may be required")
            .kind(Kind.RULE)
            .topic(Topic.DTT)
            .appliesTo(ScreeningContext.class)
            .when(SysInputs.POI_VOLTAGE, "is 34.5 or 69 kV (sub-transmission)", SystemLimitRules::isSubTransmission)
            .from(DTT_SCREEN)
            .decides("direct transfer trip", TransferTripRules::decide)
            .limit("facility rating (34.5/69 kV DTT)", Dimension.APPARENT_POWER, Comparison.GREATER_THAN,
                    ApparentPower.ofMegavoltAmperes(10))
            .build();

    /** POL-26: DTT is required at three-phase primary of 15 kV or below when reverse flow reaches the substation. */
    public static final Rule<ScreeningContext> POL_26 = Rule.id("POL-26")
            .cites(Source.INTERCONNECTION_POLICY_2023, "4.8.2 Direct Transfer Trip")
            .quoting("DTT shall be required for DER that is able to reverse power flow at the substation protective device")
            .kind(Kind.RULE)
            .topic(Topic.DTT)
            .appliesTo(ScreeningContext.class)
            .when(SysInputs.POI_LINE_VOLTAGE, "is primary, above 1000 V and at most 15 kV",
                    v -> v.isGreaterThan(SERVICE_UPPER) && v.isAtMost(PRIMARY_UPPER))
            .when(SysInputs.PHASES, "is three-phase", p -> p == Phases.THREE)
            .measure(REVERSE_FLOW_AT_SUBSTATION).is(true)
            .requires("direct transfer trip, by communication between the POI protective device and the "
                    + "protective devices upstream on the circuit")
            .build();

    /** {@return POL-25 and POL-26, in catalogue order} */
    public static RuleSet<ScreeningContext> rules() {
        return RuleSet.of("direct transfer trip", POL_25, POL_26);
    }

    private TransferTripRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /** The four conditions of 4.8.1. */
    public enum DttCondition {
        /** The generation can cause reverse power flow onto the transmission system. */
        REVERSE_FLOW_TO_TRANSMISSION("reverse power flow onto the transmission system"),
        /** An unintentional island of mixed synchronous, asynchronous or inverter-based generation could form. */
        MIXED_GENERATION_ISLAND("possible unintentional island of mixed generation"),
        /** Aggregate generation exceeds two-thirds of the minimum line loading. */
        LINE_GENERATION_ABOVE_TWO_THIRDS_OF_MINIMUM_LOAD("aggregate generation above two-thirds of minimum line loading"),
        /** Facility capacity is greater than 10 MVA. */
        CAPACITY_ABOVE_10_MVA("facility capacity above 10 MVA");

        private final String words;

        DttCondition(String words) {
            this.words = words;
        }

        /** {@return the condition in words} */
        public String words() {
            return words;
        }
    }

    /**
     * The result of screening the four conditions of 4.8.1.
     *
     * @param triggered the conditions that hold
     * @param unknown the inputs that are unknown, by name
     * @param details each condition evaluated, with its figures, such as
     *        {@code line generation 700 kW > 2/3 of minimum load 900 kW}
     */
    public record DttScreen(Set<DttCondition> triggered, List<String> unknown, List<String> details) {
        /**
         * Copies the collections.
         *
         * @param triggered the conditions that hold
         * @param unknown the inputs that are unknown, by name
         * @param details each condition evaluated, with its figures, such as {@code line generation 700 kW > 2/3 of
         *         minimum load 900 kW}
         */
        public DttScreen {
            triggered = Collections.unmodifiableSet(triggered.isEmpty() ? EnumSet.noneOf(DttCondition.class)
                    : EnumSet.copyOf(triggered));
            unknown = List.copyOf(unknown);
            details = List.copyOf(details);
        }

        /** {@return whether the screen decides: a condition holds, or every input is known} */
        public boolean isDecided() {
            return !triggered.isEmpty() || unknown.isEmpty();
        }

        /** {@return whether no condition holds} */
        public boolean isClear() {
            return triggered.isEmpty();
        }

        /** Such as {@code reverse power flow onto the transmission system (reverse flow onto transmission yes, ...)}. */
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            if (triggered.isEmpty()) {
                s.append("no condition holds");
            } else {
                int i = 0;
                for (DttCondition c : triggered) {
                    s.append(i++ == 0 ? "" : " and ").append(c.words());
                }
            }
            return s.append(" (").append(String.join(", ", details)).append(')').toString();
        }
    }

    /**
     * Screens the four conditions of 4.8.1. Facility capacity is the kVA nameplate; when only the
     * kW nameplate is known, a kW figure above 10,000 already exceeds 10 MVA.
     *
     * @param reverseFlowToTransmission whether the generation can reverse flow onto transmission
     * @param mixedIsland whether an island of mixed generation could form
     * @param lineGeneration aggregate generation on the line, including this DER
     * @param lineMinimumLoad minimum loading of the line
     * @param capacityKva facility capacity in kVA
     * @param capacityKw facility capacity in kW
     * @return the screen, never null
     */
    public static DttScreen screen(Optional<Boolean> reverseFlowToTransmission, Optional<Boolean> mixedIsland,
            Optional<ActivePower> lineGeneration, Optional<ActivePower> lineMinimumLoad,
            Optional<ApparentPower> capacityKva, Optional<ActivePower> capacityKw) {
        Set<DttCondition> triggered = EnumSet.noneOf(DttCondition.class);
        List<String> unknown = new ArrayList<>();
        List<String> details = new ArrayList<>();
        flag(reverseFlowToTransmission, "reverse flow onto transmission", DttCondition.REVERSE_FLOW_TO_TRANSMISSION,
                triggered, unknown, details);
        flag(mixedIsland, "mixed-generation island", DttCondition.MIXED_GENERATION_ISLAND, triggered, unknown, details);
        if (lineGeneration.isPresent() && lineMinimumLoad.isPresent()) {
            // generation > 2/3 * minimum load  <=>  3 * generation > 2 * minimum load, exactly
            boolean above = lineGeneration.get().value().multiply(THREE)
                    .compareTo(lineMinimumLoad.get().value().multiply(TWO)) > 0;
            if (above) {
                triggered.add(DttCondition.LINE_GENERATION_ABOVE_TWO_THIRDS_OF_MINIMUM_LOAD);
            }
            details.add("line generation " + lineGeneration.get() + (above ? " > " : " <= ")
                    + "2/3 of minimum load " + lineMinimumLoad.get());
        } else {
            lineGeneration.ifPresentOrElse(g -> { }, () -> unknown.add("line aggregate generation"));
            lineMinimumLoad.ifPresentOrElse(g -> { }, () -> unknown.add("line minimum load"));
        }
        if (capacityKva.isPresent()) {
            boolean above = capacityKva.get().isGreaterThan(CAPACITY_LIMIT);
            if (above) {
                triggered.add(DttCondition.CAPACITY_ABOVE_10_MVA);
            }
            details.add("capacity " + capacityKva.get() + (above ? " > " : " <= ") + CAPACITY_LIMIT);
        } else if (capacityKw.isPresent()
                && capacityKw.get().value().compareTo(CAPACITY_LIMIT.value()) > 0) {
            triggered.add(DttCondition.CAPACITY_ABOVE_10_MVA);
            details.add("capacity " + capacityKw.get() + " > " + CAPACITY_LIMIT);
        } else {
            unknown.add("aggregate AC nameplate (kVA)");
        }
        return new DttScreen(triggered, unknown, details);
    }

    /** The screen of an application. */
    static DttScreen screen(ScreeningContext a) {
        Optional<CircuitData> c = a.circuit();
        DttScreen s = screen(c.flatMap(CircuitData::reverseFlowToTransmission),
                c.flatMap(CircuitData::mixedGenerationIslandPossible), c.flatMap(CircuitData::lineAggregateGeneration),
                c.flatMap(CircuitData::lineMinimumLoad), a.totalApparentNameplate(),
                a.totalNameplate());
        return s;
    }

    /**
     * The POL-25 decision: {@link Outcome#REVIEW} naming the conditions that hold (DTT may be
     * required), {@link Outcome#NOT_REQUIRED} when none holds and every input is known, otherwise
     * INSUFFICIENT_DATA naming the unknown inputs.
     *
     * @param screen the transfer trip screen of the application
     * @return the POL-25 decision: {@link Outcome#REVIEW} naming the conditions that hold (DTT may be required),
     *         {@link Outcome#NOT_REQUIRED} when none holds and every input is known, otherwise INSUFFICIENT_DATA naming the
     *         unknown inputs
     */
    public static Decision decide(DttScreen screen) {
        if (!screen.isDecided()) {
            return Decision.insufficient(screen.unknown().toArray(new String[0]));
        }
        return screen.isClear() ? Decision.of(Outcome.NOT_REQUIRED, () -> "DTT: " + screen)
                : Decision.of(Outcome.REVIEW, () -> "DTT may be required: " + screen + "; fiber optic cabling is the typical "
                        + "communications path");
    }

    // ------------------------------------------------------------------------------------- helpers

    private static void flag(Optional<Boolean> value, String name, DttCondition condition, Set<DttCondition> triggered,
            List<String> unknown, List<String> details) {
        if (value.isEmpty()) {
            unknown.add(name);
            return;
        }
        if (value.get()) {
            triggered.add(condition);
        }
        details.add(name + (value.get() ? " yes" : " no"));
    }
}
