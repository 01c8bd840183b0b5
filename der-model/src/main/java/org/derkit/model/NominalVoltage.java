package org.derkit.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A nominal system voltage as utilities write it, such as {@code 120/240}, {@code 277/480Y},
 * {@code 7200/12470Y} or {@code 69 kV}: its phase-to-neutral voltage (where there is a neutral),
 * its line-to-line voltage, its wiring and its {@link VoltageClass} (POL-01).
 *
 * <p>The common Ameren voltages are constants; {@link #wye}, {@link #delta}, {@link #parse} and
 * {@link #ofLineToLineKilovolts} make any other.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class NominalVoltage {

    /** How the service is wired. */
    public enum Wiring {
        /** Single-phase three-wire (split phase), 120/240 V. */
        SINGLE_PHASE_THREE_WIRE,
        /** Three-phase four-wire grounded wye: phase-to-neutral / line-to-line. */
        WYE,
        /** Three-phase three-wire delta: line-to-line only. */
        DELTA,
        /** Wiring not stated (a line-to-line figure only, such as {@code 69 kV}). */
        UNSPECIFIED
    }

    /** 120/240 V single-phase three-wire. */
    public static final NominalVoltage V120_240 = of(120, 240, Wiring.SINGLE_PHASE_THREE_WIRE);
    /** 120/208 V wye. */
    public static final NominalVoltage Y120_208 = of(120, 208, Wiring.WYE);
    /** 277/480 V wye (PT 288:120, BTM-13). */
    public static final NominalVoltage Y277_480 = of(277, 480, Wiring.WYE);
    /** 347/600 V wye (PT 360:120, BTM-13). */
    public static final NominalVoltage Y347_600 = of(347, 600, Wiring.WYE);
    /** 2,400/4,160 V wye (PT 2,400:120, BTM-13). */
    public static final NominalVoltage Y2400_4160 = of(2400, 4160, Wiring.WYE);
    /** 7,200/12,470 V wye (PT 7,200:120, BTM-13). */
    public static final NominalVoltage Y7200_12470 = of(7200, 12_470, Wiring.WYE);
    /** 7,620/13,200 V wye (PT 7,620:120, BTM-13). */
    public static final NominalVoltage Y7620_13200 = of(7620, 13_200, Wiring.WYE);
    /** 34.5 kV sub-transmission. */
    public static final NominalVoltage KV34_5 = new NominalVoltage(null,
            Voltage.ofVolts(34_500), Wiring.UNSPECIFIED);
    /** 69 kV sub-transmission. */
    public static final NominalVoltage KV69 = new NominalVoltage(null,
            Voltage.ofVolts(69_000), Wiring.UNSPECIFIED);

    private static final List<NominalVoltage> STANDARD = List.of(V120_240, Y120_208, Y277_480,
            Y347_600, Y2400_4160, Y7200_12470, Y7620_13200, KV34_5, KV69);

    private static final BigDecimal ONE_KV = BigDecimal.valueOf(1000);
    private static final BigDecimal FOUR_KV = BigDecimal.valueOf(4000);
    private static final BigDecimal FIFTEEN_KV = BigDecimal.valueOf(15_000);
    private static final BigDecimal SIXTY_NINE_KV = BigDecimal.valueOf(69_000);
    private static final BigDecimal THIRTY_FOUR_FIVE_KV = BigDecimal.valueOf(34_500);

    private final Voltage phaseToNeutral;
    private final Voltage lineToLine;
    private final Wiring wiring;

    private NominalVoltage(Voltage phaseToNeutral, Voltage lineToLine, Wiring wiring) {
        this.phaseToNeutral = phaseToNeutral;
        this.lineToLine = lineToLine;
        this.wiring = wiring;
    }

    private static NominalVoltage of(long phaseToNeutral, long lineToLine, Wiring wiring) {
        return new NominalVoltage(Voltage.ofVolts(phaseToNeutral), Voltage.ofVolts(lineToLine), wiring);
    }

    /**
     * {@return a wye (or, with {@link Wiring#SINGLE_PHASE_THREE_WIRE}, split-phase) voltage}
     *
     * @param phaseToNeutral the phase-to-neutral voltage (277 V of 277/480Y), positive
     * @param lineToLine the line-to-line voltage (480 V of 277/480Y), positive
     * @throws InvalidValueException if a voltage is not positive or the line-to-line voltage does
     *     not exceed the phase-to-neutral one
     */
    public static NominalVoltage wye(Voltage phaseToNeutral, Voltage lineToLine) {
        return checked(phaseToNeutral, lineToLine, Wiring.WYE);
    }

    /**
     * {@return a split-phase voltage such as 120/240}
     *
     * @param phaseToNeutral the line-to-neutral voltage (120 V of 120/240), positive
     * @param lineToLine the line-to-line voltage (240 V of 120/240), positive
     */
    public static NominalVoltage singlePhaseThreeWire(Voltage phaseToNeutral, Voltage lineToLine) {
        return checked(phaseToNeutral, lineToLine, Wiring.SINGLE_PHASE_THREE_WIRE);
    }

    /**
     * {@return a delta voltage: line-to-line only}
     *
     * @param lineToLine the line-to-line voltage, positive
     */
    public static NominalVoltage delta(Voltage lineToLine) {
        return new NominalVoltage(null, positive(lineToLine), Wiring.DELTA);
    }

    /**
     * {@return the nominal voltage for a line-to-line figure in kV, such as the {@code poi_kv} column of
     * {@code derkit screen}: a standard Ameren voltage when one matches (0.48 is 277/480Y, 12.47 is
     * 7200/12470Y, 0.24 is 120/240), otherwise a voltage of unspecified wiring}
     *
     * @param kilovolts the line-to-line voltage in kV, positive
     * @throws InvalidValueException if not positive
     */
    public static NominalVoltage ofLineToLineKilovolts(BigDecimal kilovolts) {
        Voltage lineToLine = positive(Voltage.ofKilovolts(Objects.requireNonNull(kilovolts, "kilovolts")));
        for (NominalVoltage standard : STANDARD) {
            if (standard.lineToLine.equals(lineToLine)) {
                return standard;
            }
        }
        return new NominalVoltage(null, lineToLine, Wiring.UNSPECIFIED);
    }

    /**
     * Parses {@code 277/480Y}, {@code 7200/12470Y}, {@code 7,200/12,470 wye}, {@code 120/240},
     * {@code 480 delta}, {@code 34.5 kV} or {@code 69kV}. Figures without a unit are volts.
     *
     * @param text a nominal voltage as an application writes it: {@code 120/240}, {@code 277/480Y},
     *     {@code 7200/12470Y}, {@code 480} (delta) or {@code 69 kV}; thousands separators allowed
     * @return the nominal voltage it names
     * @throws InvalidValueException naming the text if it cannot be read
     */
    public static NominalVoltage parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip().replace(",", "");
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        try {
            if (lower.endsWith("kv")) {
                return ofLineToLineKilovolts(new BigDecimal(s.substring(0, s.length() - 2).strip()));
            }
            if (lower.endsWith("delta")) {
                return delta(Voltage.ofVolts(new BigDecimal(s.substring(0, s.length() - 5).strip())));
            }
            boolean wye = lower.endsWith("y") || lower.endsWith("wye");
            String figures = lower.replaceAll("\\s*(wye|y)$", "").replace("v", "").strip();
            int slash = figures.indexOf('/');
            if (slash > 0) {
                Voltage pn = Voltage.ofVolts(new BigDecimal(figures.substring(0, slash).strip()));
                Voltage ll = Voltage.ofVolts(new BigDecimal(figures.substring(slash + 1).strip()));
                NominalVoltage parsed = wye ? wye(pn, ll) : singlePhaseThreeWire(pn, ll);
                return STANDARD.stream().filter(parsed::equals).findFirst().orElse(parsed);
            }
            return ofLineToLineKilovolts(new BigDecimal(figures).movePointLeft(3));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("nominal voltage",
                    "forms like 277/480Y, 120/240, 480 delta or 69 kV", "'" + text + "'");
        }
    }

    private static NominalVoltage checked(Voltage phaseToNeutral, Voltage lineToLine, Wiring wiring) {
        positive(phaseToNeutral);
        positive(lineToLine);
        if (!lineToLine.isGreaterThan(phaseToNeutral)) {
            throw new InvalidValueException("lineToLine", "> phase-to-neutral " + phaseToNeutral,
                    lineToLine);
        }
        return new NominalVoltage(phaseToNeutral, lineToLine, wiring);
    }

    private static Voltage positive(Voltage v) {
        Objects.requireNonNull(v, "voltage");
        if (!v.isPositive()) {
            throw new InvalidValueException("nominal voltage", "> 0 V", v);
        }
        return v;
    }

    /** {@return the phase-to-neutral voltage, absent for delta and bare line-to-line figures} */
    public Optional<Voltage> phaseToNeutral() {
        return Optional.ofNullable(phaseToNeutral);
    }

    /** {@return the nominal line-to-line voltage} */
    public Voltage lineToLine() {
        return lineToLine;
    }

    /** {@return how the service is wired} */
    public Wiring wiring() {
        return wiring;
    }

    /** {@return the class of this voltage by its line-to-line value (POL-01)} */
    public VoltageClass voltageClass() {
        BigDecimal v = lineToLine.value();
        if (v.compareTo(ONE_KV) <= 0) {
            return VoltageClass.SERVICE;
        }
        if (v.compareTo(FOUR_KV) < 0) {
            return VoltageClass.UNCLASSIFIED_MEDIUM;
        }
        if (v.compareTo(FIFTEEN_KV) <= 0) {
            return VoltageClass.DISTRIBUTION;
        }
        if (v.compareTo(THIRTY_FOUR_FIVE_KV) == 0 || v.compareTo(SIXTY_NINE_KV) == 0) {
            return VoltageClass.SUB_TRANSMISSION;
        }
        return v.compareTo(SIXTY_NINE_KV) < 0 ? VoltageClass.UNCLASSIFIED_HIGH : VoltageClass.TRANSMISSION;
    }

    /** {@return whether this is one of the voltages named as constants of this class} */
    public boolean isStandard() {
        return STANDARD.contains(this);
    }

    /** {@return the voltages named as constants of this class, lowest first} */
    public static List<NominalVoltage> standardVoltages() {
        return STANDARD;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof NominalVoltage)) {
            return false;
        }
        NominalVoltage o = (NominalVoltage) other;
        return wiring == o.wiring && lineToLine.equals(o.lineToLine)
                && Objects.equals(phaseToNeutral, o.phaseToNeutral);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phaseToNeutral, lineToLine, wiring);
    }

    /** Such as {@code 7200/12470Y}, {@code 120/240}, {@code 480 delta} or {@code 69 kV}. */
    @Override
    public String toString() {
        String ll = lineToLine.value().toPlainString();
        switch (wiring) {
            case WYE:
                return phaseToNeutral.value().toPlainString() + "/" + ll + "Y";
            case SINGLE_PHASE_THREE_WIRE:
                return phaseToNeutral.value().toPlainString() + "/" + ll;
            case DELTA:
                return ll + " delta";
            default:
                return lineToLine.value().compareTo(ONE_KV) > 0
                        ? lineToLine.toKilovolts().stripTrailingZeros().toPlainString() + " kV"
                        : ll + " V";
        }
    }
}
