package org.derkit.model.measure;

import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.quantity.ElectricCurrent;
import javax.measure.quantity.ElectricPotential;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Frequency;
import javax.measure.quantity.Length;
import javax.measure.quantity.Power;
import javax.measure.quantity.Time;
import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.unit.AlternateUnit;
import tech.units.indriya.unit.TransformedUnit;
import tech.units.indriya.unit.Units;

/**
 * The javax.measure units a utility engineer uses, including those indriya does not define:
 * volt-ampere (VA), volt-ampere reactive (var), watt-hour (Wh) and var-hour (varh), and the US
 * customary lengths of the installation rules (inch, foot, mile).
 *
 * <p>VA and var are alternate units of the watt: they have its dimension but are distinct units of
 * distinct quantities ({@link ApparentPowerQuantity}, {@link ReactivePowerQuantity}), so a
 * {@code Quantity<Power>} cannot be assigned a kVA unit.
 *
 * <p>Implementation Requirements: constants only; immutable and thread-safe.
 */
public final class DerUnits {

    /** Watt, W. */
    public static final Unit<Power> WATT = Units.WATT;
    /** Kilowatt, kW: the canonical unit of active power in derkit. */
    public static final Unit<Power> KILOWATT = MetricPrefix.KILO(WATT);
    /** Megawatt, MW. */
    public static final Unit<Power> MEGAWATT = MetricPrefix.MEGA(WATT);

    /** Volt-ampere, VA. */
    public static final Unit<ApparentPowerQuantity> VOLT_AMPERE = new AlternateUnit<>(Units.WATT, "VA");
    /** Kilovolt-ampere, kVA: the canonical unit of apparent power in derkit. */
    public static final Unit<ApparentPowerQuantity> KILOVOLT_AMPERE = MetricPrefix.KILO(VOLT_AMPERE);
    /** Megavolt-ampere, MVA. */
    public static final Unit<ApparentPowerQuantity> MEGAVOLT_AMPERE = MetricPrefix.MEGA(VOLT_AMPERE);

    /** Volt-ampere reactive, var. */
    public static final Unit<ReactivePowerQuantity> VAR = new AlternateUnit<>(Units.WATT, "var");
    /** Kilovar, kvar: the canonical unit of reactive power in derkit. */
    public static final Unit<ReactivePowerQuantity> KILOVAR = MetricPrefix.KILO(VAR);

    /** Watt-hour, Wh = 3600 J. */
    public static final Unit<Energy> WATT_HOUR =
            new TransformedUnit<>("Wh", Units.JOULE, MultiplyConverter.ofRational(3600, 1));
    /** Kilowatt-hour, kWh: the canonical unit of energy in derkit. */
    public static final Unit<Energy> KILOWATT_HOUR = MetricPrefix.KILO(WATT_HOUR);
    /** Megawatt-hour, MWh. */
    public static final Unit<Energy> MEGAWATT_HOUR = MetricPrefix.MEGA(WATT_HOUR);

    private static final Unit<ReactiveEnergyQuantity> VAR_SECOND =
            new AlternateUnit<>(Units.JOULE, "var·s");
    /** Var-hour, varh. */
    public static final Unit<ReactiveEnergyQuantity> VAR_HOUR =
            new TransformedUnit<>("varh", VAR_SECOND, MultiplyConverter.ofRational(3600, 1));
    /** Kilovar-hour, kvarh: the canonical unit of reactive energy in derkit. */
    public static final Unit<ReactiveEnergyQuantity> KILOVAR_HOUR = MetricPrefix.KILO(VAR_HOUR);

    /** Volt, V: the canonical unit of voltage in derkit. */
    public static final Unit<ElectricPotential> VOLT = Units.VOLT;
    /** Kilovolt, kV. */
    public static final Unit<ElectricPotential> KILOVOLT = MetricPrefix.KILO(VOLT);
    /** Ampere, A: the canonical unit of current in derkit. */
    public static final Unit<ElectricCurrent> AMPERE = Units.AMPERE;
    /** Hertz, Hz: the canonical unit of frequency in derkit. */
    public static final Unit<Frequency> HERTZ = Units.HERTZ;
    /** Second, s. */
    public static final Unit<Time> SECOND = Units.SECOND;

    /** International inch, exactly 0.0254 m: the canonical unit of length in derkit. */
    public static final Unit<Length> INCH =
            new TransformedUnit<>("in", Units.METRE, MultiplyConverter.ofRational(254, 10_000));
    /** International foot, 12 in. */
    public static final Unit<Length> FOOT =
            new TransformedUnit<>("ft", Units.METRE, MultiplyConverter.ofRational(3048, 10_000));
    /** International mile, 5280 ft. */
    public static final Unit<Length> MILE =
            new TransformedUnit<>("mi", Units.METRE, MultiplyConverter.ofRational(1_609_344, 1000));

    private DerUnits() {
    }
}
