package org.derkit.model;

import static org.derkit.model.measure.DerUnits.KILOWATT;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;
import javax.measure.Quantity;
import javax.measure.quantity.Power;

/**
 * Active (real) power, held exactly in kilowatts (kW): nameplate AC ratings, export capacity,
 * demand. A different type from {@link ApparentPower} (kVA) and {@link ReactivePower} (kvar).
 *
 * <p>Negative values are allowed (generation read on a production meter is negative, BTM-08);
 * domain records that need a non-negative rating check it themselves.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class ActivePower extends DerQuantity<ActivePower> {

    /** Zero kW. */
    public static final ActivePower ZERO = new ActivePower(BigDecimal.ZERO);

    private static final Map<String, BigDecimal> UNITS = Map.of(
            "W", new BigDecimal("0.001"), "kW", BigDecimal.ONE, "MW", BigDecimal.valueOf(1000));

    private ActivePower(BigDecimal kilowatts) {
        super(kilowatts);
    }

    /**
     * Obtains an amount of kilowatts, exactly.
     *
     * @param kilowatts the active power in kW, kept exactly; negative for generation read on a
     * production meter
     * @return that active power
     */
    public static ActivePower ofKilowatts(BigDecimal kilowatts) {
        return new ActivePower(Objects.requireNonNull(kilowatts, "kilowatts"));
    }

    /**
     * Obtains a whole number of kilowatts.
     *
     * @param kilowatts the active power in kW; negative for generation read on a production meter
     * @return that active power
     */
    public static ActivePower ofKilowatts(long kilowatts) {
        return new ActivePower(BigDecimal.valueOf(kilowatts));
    }

    /**
     * Obtains kilowatts from a double through its shortest decimal representation.
     *
     * @param kilowatts the active power in kW, read through its shortest decimal representation;
     * negative for generation read on a production meter
     * @return that active power
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static ActivePower ofKilowatts(double kilowatts) {
        return new ActivePower(exact(kilowatts, "active power", "kW"));
    }

    /**
     * Obtains an amount of watts, exactly.
     *
     * @param watts the active power in W, kept exactly; negative for generation read on a production meter
     * @return that active power
     */
    public static ActivePower ofWatts(BigDecimal watts) {
        return new ActivePower(watts.movePointLeft(3));
    }

    /**
     * Obtains an amount of megawatts, exactly.
     *
     * @param megawatts the active power in MW, kept exactly; negative for generation read on a
     * production meter
     * @return that active power
     */
    public static ActivePower ofMegawatts(BigDecimal megawatts) {
        return new ActivePower(megawatts.movePointRight(3));
    }

    /**
     * Obtains a whole number of megawatts.
     *
     * @param megawatts the active power in MW; negative for generation read on a production meter
     * @return that active power
     */
    public static ActivePower ofMegawatts(long megawatts) {
        return ofMegawatts(BigDecimal.valueOf(megawatts));
    }

    /**
     * Parses text such as {@code 250 kW}, {@code 3.5MW} or {@code 7600 W}.
     *
     * @param text a decimal number and a unit symbol, with or without a space between
     * @return the active power the text states, held exactly in its canonical unit
     * @throws InvalidValueException naming the text if it is not a number with W, kW or MW
     */
    public static ActivePower parse(CharSequence text) {
        return new ActivePower(parse(text, "active power", UNITS));
    }

    /**
     * Converts a javax.measure power quantity, exactly.
     *
     * @param quantity a javax.measure quantity of the same dimension, in any unit
     * @return the same active power, held exactly in its canonical unit
     * @throws InvalidValueException if the value has no exact decimal in kW
     */
    public static ActivePower from(Quantity<Power> quantity) {
        return new ActivePower(valueIn(quantity, KILOWATT));
    }

    /** {@return this power as a javax.measure quantity in kW} */
    public Quantity<Power> toQuantity() {
        return quantityOf(KILOWATT);
    }

    /** {@return the value in kilowatts} */
    public BigDecimal toKilowatts() {
        return value();
    }

    /** {@return the value in megawatts, exactly} */
    public BigDecimal toMegawatts() {
        return value().movePointLeft(3);
    }

    /**
     * {@return the apparent power that delivers this active power at the given power factor:
     * {@code kVA = kW / pf}, rounded to 16 significant digits}
     *
     * @param powerFactor the displacement power factor at which the power is delivered (1 for unity)
     */
    public ApparentPower toApparentPower(PowerFactor powerFactor) {
        Objects.requireNonNull(powerFactor, "powerFactor");
        return ApparentPower.ofKilovoltAmperes(value().divide(powerFactor.value(), MathContext.DECIMAL64));
    }

    /**
     * {@return the energy delivered at this power during {@code duration}: kWh = kW x hours, exact for
     * whole minutes and seconds that divide evenly, otherwise rounded to 16 significant digits}
     *
     * @param duration how long the power is held; negative durations give negative energy
     */
    public Energy times(java.time.Duration duration) {
        Objects.requireNonNull(duration, "duration");
        BigDecimal seconds = new BigDecimal(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        BigDecimal hours;
        try {
            hours = seconds.divide(BigDecimal.valueOf(3600));
        } catch (ArithmeticException nonTerminating) {
            hours = seconds.divide(BigDecimal.valueOf(3600), MathContext.DECIMAL64);
        }
        return Energy.ofKilowattHours(value().multiply(hours));
    }

    @Override
    public String unitSymbol() {
        return "kW";
    }

    @Override
    ActivePower create(BigDecimal newValue) {
        return new ActivePower(newValue);
    }
}
