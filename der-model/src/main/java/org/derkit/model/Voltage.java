package org.derkit.model;

import static org.derkit.model.measure.DerUnits.VOLT;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import javax.measure.Quantity;
import javax.measure.quantity.ElectricPotential;

/**
 * Electric potential difference, held exactly in volts (V): RMS voltages of services, PT
 * primaries and secondaries. Nominal system voltages with their phase-to-neutral and
 * line-to-line values are {@link NominalVoltage}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class Voltage extends DerQuantity<Voltage> {

    /** Zero V. */
    public static final Voltage ZERO = new Voltage(BigDecimal.ZERO);

    private static final Map<String, BigDecimal> UNITS = Map.of("V", BigDecimal.ONE, "kV", BigDecimal.valueOf(1000));

    private Voltage(BigDecimal volts) {
        super(volts);
    }

    /**
     * Obtains an amount of volts, exactly.
     *
     * @param volts the voltage in V, kept exactly
     * @return that voltage
     */
    public static Voltage ofVolts(BigDecimal volts) {
        return new Voltage(Objects.requireNonNull(volts, "volts"));
    }

    /**
     * Obtains a whole number of volts.
     *
     * @param volts the voltage in V
     * @return that voltage
     */
    public static Voltage ofVolts(long volts) {
        return new Voltage(BigDecimal.valueOf(volts));
    }

    /**
     * Obtains volts from a double through its shortest decimal representation.
     *
     * @param volts the voltage in V, read through its shortest decimal representation
     * @return that voltage
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static Voltage ofVolts(double volts) {
        return new Voltage(exact(volts, "voltage", "V"));
    }

    /**
     * Obtains an amount of kilovolts, exactly.
     *
     * @param kilovolts the voltage in kV, kept exactly
     * @return that voltage
     */
    public static Voltage ofKilovolts(BigDecimal kilovolts) {
        return new Voltage(kilovolts.movePointRight(3));
    }

    /**
     * Obtains kilovolts from a double through its shortest decimal representation.
     *
     * @param kilovolts the voltage in kV, read through its shortest decimal representation
     * @return that voltage
     */
    public static Voltage ofKilovolts(double kilovolts) {
        return ofKilovolts(exact(kilovolts, "voltage", "kV"));
    }

    /** {@return the value in kilovolts, exactly} */
    public BigDecimal toKilovolts() {
        return value().movePointLeft(3);
    }

    /**
     * {@return this voltage in per unit of {@code nominal}, rounded to 16 significant digits}
     *
     * @param nominal the base voltage, such as the service's nominal phase-to-neutral voltage
     * @throws ArithmeticException if {@code nominal} is zero
     */
    public BigDecimal toPerUnitOf(Voltage nominal) {
        return ratioTo(nominal);
    }

    /**
     * Parses text such as {@code 480 V} or {@code 12.47 kV}.
     *
     * @param text a decimal number and a unit symbol, with or without a space between
     * @return the voltage the text states, held exactly in its canonical unit
     * @throws InvalidValueException naming the text if it is not a number with one of V, kV
     */
    public static Voltage parse(CharSequence text) {
        return new Voltage(parse(text, "voltage", UNITS));
    }

    /**
     * Converts a javax.measure quantity, exactly.
     *
     * @param quantity a javax.measure quantity of the same dimension, in any unit
     * @return the same voltage, held exactly in its canonical unit
     * @throws InvalidValueException if the value has no exact decimal in V
     */
    public static Voltage from(Quantity<ElectricPotential> quantity) {
        return new Voltage(valueIn(quantity, VOLT));
    }

    /** {@return this value as a javax.measure quantity in V} */
    public Quantity<ElectricPotential> toQuantity() {
        return quantityOf(VOLT);
    }

    @Override
    public String unitSymbol() {
        return "V";
    }

    @Override
    Voltage create(BigDecimal newValue) {
        return new Voltage(newValue);
    }
}
