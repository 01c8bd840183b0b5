package org.derkit.model;

import static org.derkit.model.measure.DerUnits.KILOWATT_HOUR;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import javax.measure.Quantity;

/**
 * Active energy, held exactly in kilowatt-hours (kWh): 867 interval and total quantities
 * ({@code KH}), ESS energy capacity. Sums are exact: {@link #plus(DerQuantity)} never rounds.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class Energy extends DerQuantity<Energy> {

    /** Zero kWh. */
    public static final Energy ZERO = new Energy(BigDecimal.ZERO);

    private static final Map<String, BigDecimal> UNITS = Map.of("Wh", new BigDecimal("0.001"), "kWh", BigDecimal.ONE, "MWh", BigDecimal.valueOf(1000));

    private Energy(BigDecimal kilowattHours) {
        super(kilowattHours);
    }

    /**
     * Obtains an amount of kilowattHours, exactly.
     *
     * @param kilowattHours the energy in kWh, kept exactly
     * @return that energy
     */
    public static Energy ofKilowattHours(BigDecimal kilowattHours) {
        return new Energy(Objects.requireNonNull(kilowattHours, "kilowattHours"));
    }

    /**
     * Obtains a whole number of kilowattHours.
     *
     * @param kilowattHours the energy in kWh
     * @return that energy
     */
    public static Energy ofKilowattHours(long kilowattHours) {
        return new Energy(BigDecimal.valueOf(kilowattHours));
    }

    /**
     * Obtains kilowattHours from a double through its shortest decimal representation.
     *
     * @param kilowattHours the energy in kWh, read through its shortest decimal representation
     * @return that energy
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static Energy ofKilowattHours(double kilowattHours) {
        return new Energy(exact(kilowattHours, "energy", "kWh"));
    }

    /**
     * Obtains an amount of megawatt-hours, exactly.
     *
     * @param megawattHours the energy in MWh, kept exactly
     * @return that energy
     */
    public static Energy ofMegawattHours(BigDecimal megawattHours) {
        return new Energy(megawattHours.movePointRight(3));
    }

    /** {@return the value in megawatt-hours, exactly} */
    public BigDecimal toMegawattHours() {
        return value().movePointLeft(3);
    }

    /**
     * Parses text such as {@code 61.2 kWh} or {@code 1.5 MWh}.
     *
     * @param text a decimal number and a unit symbol, with or without a space between
     * @return the energy the text states, held exactly in its canonical unit
     * @throws InvalidValueException naming the text if it is not a number with one of Wh, 0.001, kWh, MWh
     */
    public static Energy parse(CharSequence text) {
        return new Energy(parse(text, "energy", UNITS));
    }

    /**
     * Converts a javax.measure quantity, exactly.
     *
     * @param quantity a javax.measure quantity of the same dimension, in any unit
     * @return the same energy, held exactly in its canonical unit
     * @throws InvalidValueException if the value has no exact decimal in kWh
     */
    public static Energy from(Quantity<javax.measure.quantity.Energy> quantity) {
        return new Energy(valueIn(quantity, KILOWATT_HOUR));
    }

    /** {@return this value as a javax.measure quantity in kWh} */
    public Quantity<javax.measure.quantity.Energy> toQuantity() {
        return quantityOf(KILOWATT_HOUR);
    }

    @Override
    public String unitSymbol() {
        return "kWh";
    }

    @Override
    Energy create(BigDecimal newValue) {
        return new Energy(newValue);
    }
}
