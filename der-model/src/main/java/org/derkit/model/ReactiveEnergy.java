package org.derkit.model;

import static org.derkit.model.measure.DerUnits.KILOVAR_HOUR;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import javax.measure.Quantity;
import org.derkit.model.measure.ReactiveEnergyQuantity;

/**
 * Reactive energy, held exactly in kilovar-hours (kvarh): the 867 {@code K3} channel.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class ReactiveEnergy extends DerQuantity<ReactiveEnergy> {

    /** Zero kvarh. */
    public static final ReactiveEnergy ZERO = new ReactiveEnergy(BigDecimal.ZERO);

    private static final Map<String, BigDecimal> UNITS = Map.of("varh", new BigDecimal("0.001"), "kvarh", BigDecimal.ONE, "Mvarh", BigDecimal.valueOf(1000));

    private ReactiveEnergy(BigDecimal kilovarHours) {
        super(kilovarHours);
    }

    /**
     * Obtains an amount of kilovarHours, exactly.
     *
     * @param kilovarHours the reactive energy in kvarh, kept exactly
     * @return that reactive energy
     */
    public static ReactiveEnergy ofKilovarHours(BigDecimal kilovarHours) {
        return new ReactiveEnergy(Objects.requireNonNull(kilovarHours, "kilovarHours"));
    }

    /**
     * Obtains a whole number of kilovarHours.
     *
     * @param kilovarHours the reactive energy in kvarh
     * @return that reactive energy
     */
    public static ReactiveEnergy ofKilovarHours(long kilovarHours) {
        return new ReactiveEnergy(BigDecimal.valueOf(kilovarHours));
    }

    /**
     * Obtains kilovarHours from a double through its shortest decimal representation.
     *
     * @param kilovarHours the reactive energy in kvarh, read through its shortest decimal representation
     * @return that reactive energy
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static ReactiveEnergy ofKilovarHours(double kilovarHours) {
        return new ReactiveEnergy(exact(kilovarHours, "reactive energy", "kvarh"));
    }

    /**
     * Parses text such as {@code 12.5 kvarh}.
     *
     * @param text a decimal number and a unit symbol, with or without a space between
     * @return the reactive energy the text states, held exactly in its canonical unit
     * @throws InvalidValueException naming the text if it is not a number with one of varh, 0.001,
     * kvarh, Mvarh
     */
    public static ReactiveEnergy parse(CharSequence text) {
        return new ReactiveEnergy(parse(text, "reactive energy", UNITS));
    }

    /**
     * Converts a javax.measure quantity, exactly.
     *
     * @param quantity a javax.measure quantity of the same dimension, in any unit
     * @return the same reactive energy, held exactly in its canonical unit
     * @throws InvalidValueException if the value has no exact decimal in kvarh
     */
    public static ReactiveEnergy from(Quantity<ReactiveEnergyQuantity> quantity) {
        return new ReactiveEnergy(valueIn(quantity, KILOVAR_HOUR));
    }

    /** {@return this value as a javax.measure quantity in kvarh} */
    public Quantity<ReactiveEnergyQuantity> toQuantity() {
        return quantityOf(KILOVAR_HOUR);
    }

    @Override
    public String unitSymbol() {
        return "kvarh";
    }

    @Override
    ReactiveEnergy create(BigDecimal newValue) {
        return new ReactiveEnergy(newValue);
    }
}
