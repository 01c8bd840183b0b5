package org.derkit.model;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Short static factories for jshell and rule definitions: {@code kilowatts(200)},
 * {@code kilovoltAmperes(100)}, {@code percent(15)}, {@code dollars(300)}. Each delegates to the
 * {@code of...} factory of its type, with the same checks.
 *
 * <pre>{@code
 * import static org.derkit.model.DerQuantities.*;
 * ActivePower export = kilowatts(20);
 * boolean level1 = export.isAtMost(kilowatts(25));
 * }</pre>
 */
public final class DerQuantities {

    private DerQuantities() {
    }

    /**
     * Active power from a whole number of kilowatts, as {@link ActivePower#ofKilowatts(long)}.
     *
     * @param kilowatts the active power in kW; negative for generation read on a production meter
     * @return that active power
     */
    public static ActivePower kilowatts(long kilowatts) {
        return ActivePower.ofKilowatts(kilowatts);
    }

    /**
     * Active power from kilowatts given as a double, read through its shortest decimal
     * representation ({@code 7.6} is exactly 7.6 kW), as {@link ActivePower#ofKilowatts(double)}.
     *
     * @param kilowatts the active power in kW; negative for generation read on a production meter
     * @return that active power
     * @throws InvalidValueException if {@code kilowatts} is NaN or infinite
     */
    public static ActivePower kilowatts(double kilowatts) {
        return ActivePower.ofKilowatts(kilowatts);
    }

    /**
     * Active power from an exact number of kilowatts, as {@link ActivePower#ofKilowatts(BigDecimal)}.
     *
     * @param kilowatts the active power in kW, kept exactly; negative for generation read on a
     *     production meter
     * @return that active power
     */
    public static ActivePower kilowatts(BigDecimal kilowatts) {
        return ActivePower.ofKilowatts(kilowatts);
    }

    /**
     * Active power from a whole number of megawatts (1 MW = 1000 kW), as
     * {@link ActivePower#ofMegawatts(long)}.
     *
     * @param megawatts the active power in MW
     * @return that active power, held in kW
     */
    public static ActivePower megawatts(long megawatts) {
        return ActivePower.ofMegawatts(megawatts);
    }

    /**
     * Apparent power from a whole number of kilovolt-amperes, as
     * {@link ApparentPower#ofKilovoltAmperes(long)}: an inverter or transformer rating.
     *
     * @param kilovoltAmperes the apparent power in kVA
     * @return that apparent power
     */
    public static ApparentPower kilovoltAmperes(long kilovoltAmperes) {
        return ApparentPower.ofKilovoltAmperes(kilovoltAmperes);
    }

    /**
     * Apparent power from kilovolt-amperes given as a double, read through its shortest decimal
     * representation, as {@link ApparentPower#ofKilovoltAmperes(double)}.
     *
     * @param kilovoltAmperes the apparent power in kVA
     * @return that apparent power
     * @throws InvalidValueException if {@code kilovoltAmperes} is NaN or infinite
     */
    public static ApparentPower kilovoltAmperes(double kilovoltAmperes) {
        return ApparentPower.ofKilovoltAmperes(kilovoltAmperes);
    }

    /**
     * Apparent power from an exact number of kilovolt-amperes, as
     * {@link ApparentPower#ofKilovoltAmperes(BigDecimal)}.
     *
     * @param kilovoltAmperes the apparent power in kVA, kept exactly
     * @return that apparent power
     */
    public static ApparentPower kilovoltAmperes(BigDecimal kilovoltAmperes) {
        return ApparentPower.ofKilovoltAmperes(kilovoltAmperes);
    }

    /**
     * Apparent power from a whole number of megavolt-amperes (1 MVA = 1000 kVA), as
     * {@link ApparentPower#ofMegavoltAmperes(long)}: a substation transformer rating.
     *
     * @param megavoltAmperes the apparent power in MVA
     * @return that apparent power, held in kVA
     */
    public static ApparentPower megavoltAmperes(long megavoltAmperes) {
        return ApparentPower.ofMegavoltAmperes(megavoltAmperes);
    }

    /**
     * Reactive power from a whole number of kilovars, as {@link ReactivePower#ofKilovars(long)}.
     *
     * @param kilovars the reactive power in kvar; positive when injected (capacitive), negative when
     *     absorbed
     * @return that reactive power
     */
    public static ReactivePower kilovars(long kilovars) {
        return ReactivePower.ofKilovars(kilovars);
    }

    /**
     * Reactive power from kilovars given as a double, read through its shortest decimal
     * representation, as {@link ReactivePower#ofKilovars(double)}.
     *
     * @param kilovars the reactive power in kvar; positive when injected (capacitive), negative when
     *     absorbed
     * @return that reactive power
     * @throws InvalidValueException if {@code kilovars} is NaN or infinite
     */
    public static ReactivePower kilovars(double kilovars) {
        return ReactivePower.ofKilovars(kilovars);
    }

    /**
     * Active energy from a whole number of kilowatt-hours, as {@link Energy#ofKilowattHours(long)}.
     *
     * @param kilowattHours the energy in kWh
     * @return that energy
     */
    public static Energy kilowattHours(long kilowattHours) {
        return Energy.ofKilowattHours(kilowattHours);
    }

    /**
     * Active energy from kilowatt-hours given as a double, read through its shortest decimal
     * representation ({@code 0.1} is exactly 0.1 kWh), as {@link Energy#ofKilowattHours(double)}.
     *
     * @param kilowattHours the energy in kWh
     * @return that energy
     * @throws InvalidValueException if {@code kilowattHours} is NaN or infinite
     */
    public static Energy kilowattHours(double kilowattHours) {
        return Energy.ofKilowattHours(kilowattHours);
    }

    /**
     * Active energy from an exact number of kilowatt-hours, as
     * {@link Energy#ofKilowattHours(BigDecimal)}: an 867 interval quantity.
     *
     * @param kilowattHours the energy in kWh, kept exactly
     * @return that energy
     */
    public static Energy kilowattHours(BigDecimal kilowattHours) {
        return Energy.ofKilowattHours(kilowattHours);
    }

    /**
     * A voltage from a whole number of volts, as {@link Voltage#ofVolts(long)}.
     *
     * @param volts the RMS voltage in V
     * @return that voltage
     */
    public static Voltage volts(long volts) {
        return Voltage.ofVolts(volts);
    }

    /**
     * A voltage from volts given as a double, read through its shortest decimal representation,
     * as {@link Voltage#ofVolts(double)}.
     *
     * @param volts the RMS voltage in V
     * @return that voltage
     * @throws InvalidValueException if {@code volts} is NaN or infinite
     */
    public static Voltage volts(double volts) {
        return Voltage.ofVolts(volts);
    }

    /**
     * A voltage from kilovolts given as a double (1 kV = 1000 V), read through its shortest decimal
     * representation, as {@link Voltage#ofKilovolts(double)}: {@code kilovolts(12.47)} is 12,470 V.
     *
     * @param kilovolts the RMS voltage in kV
     * @return that voltage, held in V
     * @throws InvalidValueException if {@code kilovolts} is NaN or infinite
     */
    public static Voltage kilovolts(double kilovolts) {
        return Voltage.ofKilovolts(kilovolts);
    }

    /**
     * A current from a whole number of amperes, as {@link Current#ofAmperes(long)}: a CT or meter
     * socket rating.
     *
     * @param amperes the RMS current in A
     * @return that current
     */
    public static Current amperes(long amperes) {
        return Current.ofAmperes(amperes);
    }

    /**
     * A current from amperes given as a double, read through its shortest decimal representation,
     * as {@link Current#ofAmperes(double)}.
     *
     * @param amperes the RMS current in A
     * @return that current
     * @throws InvalidValueException if {@code amperes} is NaN or infinite
     */
    public static Current amperes(double amperes) {
        return Current.ofAmperes(amperes);
    }

    /**
     * A frequency from hertz given as a double, read through its shortest decimal representation
     * ({@code 58.5} is exactly 58.5 Hz), as {@link Frequency#ofHertz(double)}: a trip setting.
     *
     * @param hertz the frequency in Hz
     * @return that frequency
     * @throws InvalidValueException if {@code hertz} is NaN or infinite
     */
    public static Frequency hertz(double hertz) {
        return Frequency.ofHertz(hertz);
    }

    /**
     * A length from a whole number of inches, as {@link Length#ofInches(long)}: an installation
     * clearance.
     *
     * @param inches the length in inches
     * @return that length
     */
    public static Length inches(long inches) {
        return Length.ofInches(inches);
    }

    /**
     * A length from inches given as a double, read through its shortest decimal representation,
     * as {@link Length#ofInches(double)}.
     *
     * @param inches the length in inches
     * @return that length
     * @throws InvalidValueException if {@code inches} is NaN or infinite
     */
    public static Length inches(double inches) {
        return Length.ofInches(inches);
    }

    /**
     * A length from a whole number of feet (12 in each), as {@link Length#ofFeet(long)}.
     *
     * @param feet the length in feet
     * @return that length, held in inches
     */
    public static Length feet(long feet) {
        return Length.ofFeet(feet);
    }

    /**
     * A length from feet given as a double (12 in each), read through its shortest decimal
     * representation, as {@link Length#ofFeet(double)}.
     *
     * @param feet the length in feet
     * @return that length, held in inches
     * @throws InvalidValueException if {@code feet} is NaN or infinite
     */
    public static Length feet(double feet) {
        return Length.ofFeet(feet);
    }

    /**
     * A length from a whole number of statute miles (63,360 in each), as
     * {@link Length#ofMiles(BigDecimal)}: a distribution line length.
     *
     * @param miles the length in miles
     * @return that length, held in inches
     */
    public static Length miles(long miles) {
        return Length.ofMiles(BigDecimal.valueOf(miles));
    }

    /**
     * A percentage from its whole percent value, as {@link Percentage#ofPercent(long)}:
     * {@code percent(15)} is 15%, a fraction of 0.15.
     *
     * @param percent the percent value (15 for 15%); negative allowed
     * @return that percentage
     */
    public static Percentage percent(long percent) {
        return Percentage.ofPercent(percent);
    }

    /**
     * A percentage from its percent value given as a double, read through its shortest decimal
     * representation, as {@link Percentage#ofPercent(double)}: {@code percent(2.5)} is 2.5%.
     *
     * @param percent the percent value (2.5 for 2.5%); negative allowed
     * @return that percentage
     * @throws InvalidValueException if {@code percent} is NaN or infinite
     */
    public static Percentage percent(double percent) {
        return Percentage.ofPercent(percent);
    }

    /**
     * An amount from a whole number of US dollars, as {@link Money#ofDollars(long)}: an
     * application fee.
     *
     * @param dollars the amount in USD; negative for a credit
     * @return that amount
     */
    public static Money dollars(long dollars) {
        return Money.ofDollars(dollars);
    }

    /**
     * An amount of US dollars parsed from text such as {@code 600.00}, {@code -12.5} or
     * {@code $1,500}, as {@link Money#parse(CharSequence)}, exactly.
     *
     * @param dollars the amount as text, in USD
     * @return that amount
     * @throws InvalidValueException naming the text if it is not such an amount
     */
    public static Money dollars(String dollars) {
        return Money.parse(dollars);
    }

    /**
     * A displacement power factor given as a double, read through its shortest decimal
     * representation, as {@link PowerFactor#of(double)}.
     *
     * @param powerFactor the power factor, greater than 0 and at most 1 (1 is unity)
     * @return that power factor
     * @throws InvalidValueException if {@code powerFactor} is not {@code > 0} and {@code <= 1}, or is NaN
     */
    public static PowerFactor powerFactor(double powerFactor) {
        return PowerFactor.of(powerFactor);
    }

    /**
     * The nameplate ratio of an instrument transformer, as {@link TransformerRatio#of(long, long)}:
     * {@code ratio(600, 5)} for a 600:5 CT.
     *
     * @param primary the primary side (amperes for a CT, volts for a PT), positive
     * @param secondary the secondary side, positive
     * @return that ratio
     * @throws InvalidValueException if either side is zero or negative
     */
    public static TransformerRatio ratio(long primary, long secondary) {
        return TransformerRatio.of(primary, secondary);
    }

    /**
     * {@return seconds as a {@link Duration}, exactly to the nanosecond: {@code seconds(0.16)}}
     * A ride-through time or a trip clearing time.
     *
     * @param seconds the duration in seconds, read through its shortest decimal representation
     * @throws InvalidValueException if {@code seconds} is NaN or infinite
     * @throws ArithmeticException if {@code seconds} has digits below the nanosecond
     */
    public static Duration seconds(double seconds) {
        BigDecimal s = DerQuantity.exact(seconds, "seconds", "s");
        return Duration.ofSeconds(0, s.movePointRight(9).longValueExact());
    }

    /**
     * A duration of a whole number of seconds: a ride-through or trip time.
     *
     * @param seconds the duration in seconds
     * @return that duration
     */
    public static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
