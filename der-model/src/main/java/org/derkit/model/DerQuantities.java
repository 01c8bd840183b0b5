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

    public static ActivePower kilowatts(long kilowatts) {
        return ActivePower.ofKilowatts(kilowatts);
    }

    public static ActivePower kilowatts(double kilowatts) {
        return ActivePower.ofKilowatts(kilowatts);
    }

    public static ActivePower kilowatts(BigDecimal kilowatts) {
        return ActivePower.ofKilowatts(kilowatts);
    }

    public static ActivePower megawatts(long megawatts) {
        return ActivePower.ofMegawatts(megawatts);
    }

    public static ApparentPower kilovoltAmperes(long kilovoltAmperes) {
        return ApparentPower.ofKilovoltAmperes(kilovoltAmperes);
    }

    public static ApparentPower kilovoltAmperes(double kilovoltAmperes) {
        return ApparentPower.ofKilovoltAmperes(kilovoltAmperes);
    }

    public static ApparentPower kilovoltAmperes(BigDecimal kilovoltAmperes) {
        return ApparentPower.ofKilovoltAmperes(kilovoltAmperes);
    }

    public static ApparentPower megavoltAmperes(long megavoltAmperes) {
        return ApparentPower.ofMegavoltAmperes(megavoltAmperes);
    }

    public static ReactivePower kilovars(long kilovars) {
        return ReactivePower.ofKilovars(kilovars);
    }

    public static ReactivePower kilovars(double kilovars) {
        return ReactivePower.ofKilovars(kilovars);
    }

    public static Energy kilowattHours(long kilowattHours) {
        return Energy.ofKilowattHours(kilowattHours);
    }

    public static Energy kilowattHours(double kilowattHours) {
        return Energy.ofKilowattHours(kilowattHours);
    }

    public static Energy kilowattHours(BigDecimal kilowattHours) {
        return Energy.ofKilowattHours(kilowattHours);
    }

    public static Voltage volts(long volts) {
        return Voltage.ofVolts(volts);
    }

    public static Voltage volts(double volts) {
        return Voltage.ofVolts(volts);
    }

    public static Voltage kilovolts(double kilovolts) {
        return Voltage.ofKilovolts(kilovolts);
    }

    public static Current amperes(long amperes) {
        return Current.ofAmperes(amperes);
    }

    public static Current amperes(double amperes) {
        return Current.ofAmperes(amperes);
    }

    public static Frequency hertz(double hertz) {
        return Frequency.ofHertz(hertz);
    }

    public static Length inches(long inches) {
        return Length.ofInches(inches);
    }

    public static Length inches(double inches) {
        return Length.ofInches(inches);
    }

    public static Length feet(long feet) {
        return Length.ofFeet(feet);
    }

    public static Length feet(double feet) {
        return Length.ofFeet(feet);
    }

    public static Length miles(long miles) {
        return Length.ofMiles(BigDecimal.valueOf(miles));
    }

    public static Percentage percent(long percent) {
        return Percentage.ofPercent(percent);
    }

    public static Percentage percent(double percent) {
        return Percentage.ofPercent(percent);
    }

    public static Money dollars(long dollars) {
        return Money.ofDollars(dollars);
    }

    public static Money dollars(String dollars) {
        return Money.parse(dollars);
    }

    public static PowerFactor powerFactor(double powerFactor) {
        return PowerFactor.of(powerFactor);
    }

    public static TransformerRatio ratio(long primary, long secondary) {
        return TransformerRatio.of(primary, secondary);
    }

    /** Seconds as a {@link Duration}, exactly to the nanosecond: {@code seconds(0.16)}. */
    public static Duration seconds(double seconds) {
        BigDecimal s = DerQuantity.exact(seconds, "seconds", "s");
        return Duration.ofSeconds(0, s.movePointRight(9).longValueExact());
    }

    public static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
