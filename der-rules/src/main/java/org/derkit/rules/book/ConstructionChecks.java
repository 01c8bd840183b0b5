package org.derkit.rules.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.Length;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Voltage;
import org.derkit.model.VoltageClass;
import org.derkit.model.facility.DisconnectSwitch;
import org.derkit.model.facility.FaultIsolatingDevice;
import org.derkit.model.facility.FaultIsolatingDeviceType;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.Siting;
import org.derkit.rules.Decision;
import org.derkit.rules.Outcome;

/**
 * The equipment checks behind POL-32 (generator disconnect switch, 5.3) and POL-33 (fault-isolating
 * device, 5.4) of the DER Interconnection Policy 2023, as typed functions. Each returns an
 * {@link EquipmentCheck}: what is missing, what is only advised, and which attributes are unknown.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class ConstructionChecks {

    /** POL-32: above 1000 V at the POI the switch needs a visible air gap (exclusive: "greater than 1000V"). */
    public static final Voltage AIR_GAP_ABOVE = Voltage.ofVolts(1000);
    /** POL-33: RLG protective device at the tap or within 500 feet of it, inclusive. */
    public static final Length MAX_DISTANCE_FROM_TAP = Length.ofFeet(java.math.BigDecimal.valueOf(500));
    /** POL-33: from 34 kV the device must be an electronically controlled recloser or breaker, inclusive. */
    public static final Voltage RECLOSER_REQUIRED_FROM = Voltage.ofVolts(34_000);

    private ConstructionChecks() {
    }

    /**
     * The result of an equipment check.
     *
     * @param equipment what was checked, such as {@code generator disconnect switch}
     * @param missing requirements not met, in words
     * @param advisories recommendations not followed, in words
     * @param unknown attributes that would show compliance with a requirement that applies, unknown
     * @param undecided inputs that decide whether a requirement applies, unknown (such as the POI
     *        voltage for the 34 kV recloser)
     * @param met requirements met, in words
     */
    public record EquipmentCheck(String equipment, List<String> missing, List<String> advisories,
            List<String> unknown, List<String> undecided, List<String> met) {
        /**
         * Copies the lists.
         *
         * @param equipment what was checked, such as {@code generator disconnect switch}
         * @param missing requirements not met, in words
         * @param advisories recommendations not followed, in words
         * @param unknown attributes that would show compliance with a requirement that applies, unknown
         * @param undecided inputs that decide whether a requirement applies, unknown (such as the POI voltage for the
         *         34 kV recloser)
         * @param met requirements met, in words
         */
        public EquipmentCheck {
            Objects.requireNonNull(equipment, "equipment");
            missing = List.copyOf(missing);
            advisories = List.copyOf(advisories);
            unknown = List.copyOf(unknown);
            undecided = List.copyOf(undecided);
            met = List.copyOf(met);
        }

        /** {@return whether the check decides: something is missing, or nothing needed is unknown} */
        public boolean isDecided() {
            return !missing.isEmpty() || unknown.isEmpty() && undecided.isEmpty();
        }

        /** {@return whether every requirement is met (advisories aside)} */
        public boolean isCompliant() {
            return missing.isEmpty();
        }

        /**
         * The decision of a rule on this check: {@link Outcome#FAIL} when something is missing
         * (whatever else is unknown); {@link Outcome#REQUIRED} naming the unknown attributes when
         * the equipment is undescribed (it must be installed whatever the rest), or when every
         * requirement's applicability is known and only compliance is unknown; INSUFFICIENT_DATA
         * naming the inputs that leave a requirement's applicability open;
         * {@link Outcome#ADVISORY} when only a recommendation is not followed, otherwise
         * {@link Outcome#PASS}. The phrase starts with the equipment, such as
         * {@code generator disconnect switch missing lockable}.
         *
         * @return the decision
         */
        public Decision toDecision() {
            if (missing.isEmpty() && (unknown.contains(equipment) || !unknown.isEmpty() && undecided.isEmpty())) {
                return Decision.required(equipment, unknown);
            }
            if (!isDecided()) {
                List<String> names = new ArrayList<>(unknown);
                names.addAll(undecided);
                return Decision.insufficient(names.toArray(new String[0]));
            }
            Outcome o = !missing.isEmpty() ? Outcome.FAIL : advisories.isEmpty() ? Outcome.PASS : Outcome.ADVISORY;
            return Decision.of(o, () -> equipment + " " + this);
        }

        /** Such as {@code missing lockable, visible air gap at POI 12470 V > 1000 V; advised ...}. */
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            if (!missing.isEmpty()) {
                s.append("missing ").append(String.join(", ", missing));
            } else {
                s.append("has ").append(met.isEmpty() ? "nothing to check" : String.join(", ", met));
            }
            if (!advisories.isEmpty()) {
                s.append("; advised: ").append(String.join(", ", advisories));
            }
            return s.toString();
        }
    }

    private static final class Collector {
        final List<String> missing = new ArrayList<>();
        final List<String> advisories = new ArrayList<>();
        final List<String> unknown = new ArrayList<>();
        final List<String> undecided = new ArrayList<>();
        final List<String> met = new ArrayList<>();

        void require(Optional<Boolean> value, String what) {
            if (value.isEmpty()) {
                unknown.add(what);
            } else if (value.get()) {
                met.add(what);
            } else {
                missing.add(what);
            }
        }

        EquipmentCheck done(String equipment) {
            return new EquipmentCheck(equipment, missing, advisories, unknown, undecided, met);
        }
    }

    /**
     * The generator disconnect switch (POL-32): present; first device on the generation side of
     * the POI; lockable; readily accessible to the utility; gang operated if three-phase; a
     * visible position indicator; a visible air gap when the POI is above 1000 V; and an Ameren
     * lock box when it is locked closed or behind a gate.
     *
     * @param disconnect the switch, empty when none is described
     * @param phases the phases of the interconnection
     * @param poi the POI voltage
     * @return the check
     */
    public static EquipmentCheck disconnectSwitch(Optional<DisconnectSwitch> disconnect, Optional<Phases> phases,
            Optional<NominalVoltage> poi) {
        Collector c = new Collector();
        if (disconnect.isEmpty()) {
            // the application does not describe the switch: unknown, not absent
            c.unknown.add("generator disconnect switch");
            return c.done("generator disconnect switch");
        }
        DisconnectSwitch d = disconnect.get();
        c.require(d.firstDeviceOnGenerationSide(), "first device on the generation side of the POI");
        c.require(d.lockable(), "lockable");
        c.require(d.readilyAccessible(), "readily accessible to the utility");
        c.require(d.visiblePositionIndicator(), "visible position indicator");
        if (phases.isEmpty()) {
            if (!d.gangOperated().orElse(false)) {
                c.undecided.add("phases");
            }
        } else if (phases.get() == Phases.THREE) {
            c.require(d.gangOperated(), "gang operated (three-phase)");
        }
        if (poi.isEmpty()) {
            if (!d.visibleAirGap().orElse(false)) {
                c.undecided.add("POI voltage");
            }
        } else if (poi.get().lineToLine().isGreaterThan(AIR_GAP_ABOVE)) {
            c.require(d.visibleAirGap(), "visible air gap (POI " + poi.get().lineToLine() + " > 1000 V)");
        }
        if (d.lockedClosedOrBehindGate().isEmpty()) {
            if (!d.lockBoxInstalled().orElse(false)) {
                c.undecided.add("locked closed or behind a gate");
            }
        } else if (d.lockedClosedOrBehindGate().get()) {
            c.require(d.lockBoxInstalled(), "Ameren lock box (switch locked closed or behind a gate)");
        }
        return c.done("generator disconnect switch");
    }

    /**
     * The fault-isolating device at the generation connection (POL-33): present; for RLG, at the
     * tap or within 500 feet of it; from 34 kV, an electronically controlled recloser or breaker
     * that senses voltage imbalance and loss of phase; for RLG at distribution voltage (4 to
     * 15 kV), a recloser or breaker is highly recommended (an advisory, not a requirement).
     *
     * @param device the device, empty when none is described
     * @param siting BTM or RLG
     * @param poi the POI voltage
     * @return the check
     */
    public static EquipmentCheck faultIsolatingDevice(Optional<FaultIsolatingDevice> device, Optional<Siting> siting,
            Optional<NominalVoltage> poi) {
        Collector c = new Collector();
        if (device.isEmpty()) {
            // the application does not describe the device: unknown, not absent
            c.unknown.add("fault-isolating device");
            return c.done("fault-isolating device");
        }
        FaultIsolatingDevice d = device.get();
        c.met.add("a fault-isolating device");
        if (siting.isEmpty()) {
            if (d.distanceFromTap().map(x -> !x.isAtMost(MAX_DISTANCE_FROM_TAP)).orElse(true)) {
                c.undecided.add("siting");
            }
        } else if (siting.get() == Siting.REMOTELY_LOCATED) {
            if (d.distanceFromTap().isEmpty()) {
                c.unknown.add("distance from tap");
            } else {
                Length distance = d.distanceFromTap().get();
                String feet = distance.toFeet().stripTrailingZeros().toPlainString() + " ft";
                if (distance.isAtMost(MAX_DISTANCE_FROM_TAP)) {
                    c.met.add("within 500 ft of the tap (" + feet + ")");
                } else {
                    c.missing.add("within 500 ft of the tap (" + feet + " > 500 ft)");
                }
            }
        }
        if (poi.isEmpty()) {
            boolean recloserShown = d.type().map(FaultIsolatingDeviceType::isRecloserOrBreaker).orElse(false)
                    && d.sensesVoltageImbalance().orElse(false) && d.sensesLossOfPhase().orElse(false);
            if (!recloserShown) {
                c.undecided.add("POI voltage");
            }
            return c.done("fault-isolating device");
        }
        Voltage ll = poi.get().lineToLine();
        Optional<FaultIsolatingDeviceType> type = d.type();
        if (ll.isAtLeast(RECLOSER_REQUIRED_FROM)) {
            c.require(type.map(FaultIsolatingDeviceType::isRecloserOrBreaker),
                    "electronically controlled recloser or breaker (34 kV and above)");
            c.require(d.sensesVoltageImbalance(), "senses voltage imbalance");
            c.require(d.sensesLossOfPhase(), "senses loss of phase");
        } else if (poi.get().voltageClass() == VoltageClass.DISTRIBUTION && siting.orElse(null) == Siting.REMOTELY_LOCATED) {
            if (type.isPresent() && !type.get().isRecloserOrBreaker()) {
                c.advisories.add("an electronically controlled recloser or breaker is highly recommended at "
                        + "distribution voltage (device is " + type.get() + ")");
            }
        }
        return c.done("fault-isolating device");
    }
}
