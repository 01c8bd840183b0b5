package org.derkit.model;

import static org.derkit.model.measure.DerUnits.HERTZ;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import javax.measure.Quantity;

/**
 * Frequency, held exactly in hertz (Hz): ride-through and trip settings (INV-11).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class Frequency extends DerQuantity<Frequency> {

    /** Zero Hz. */
    public static final Frequency ZERO = new Frequency(BigDecimal.ZERO);

    private static final Map<String, BigDecimal> UNITS = Map.of("Hz", BigDecimal.ONE);

    private Frequency(BigDecimal hertz) {
        super(hertz);
    }

    /**
     * Obtains an amount of hertz, exactly.
     *
     * @param hertz the frequency in Hz, kept exactly
     * @return that frequency
     */
    public static Frequency ofHertz(BigDecimal hertz) {
        return new Frequency(Objects.requireNonNull(hertz, "hertz"));
    }

    /**
     * Obtains a whole number of hertz.
     *
     * @param hertz the frequency in Hz
     * @return that frequency
     */
    public static Frequency ofHertz(long hertz) {
        return new Frequency(BigDecimal.valueOf(hertz));
    }

    /**
     * Obtains hertz from a double through its shortest decimal representation.
     *
     * @param hertz the frequency in Hz, read through its shortest decimal representation
     * @return that frequency
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static Frequency ofHertz(double hertz) {
        return new Frequency(exact(hertz, "frequency", "Hz"));
    }

    /**
     * Parses text such as {@code 60 Hz} or {@code 58.5 Hz}.
     *
     * @param text a decimal number and a unit symbol, with or without a space between
     * @return the frequency the text states, held exactly in its canonical unit
     * @throws InvalidValueException naming the text if it is not a number with one of Hz
     */
    public static Frequency parse(CharSequence text) {
        return new Frequency(parse(text, "frequency", UNITS));
    }

    /**
     * Converts a javax.measure quantity, exactly.
     *
     * @param quantity a javax.measure quantity of the same dimension, in any unit
     * @return the same frequency, held exactly in its canonical unit
     * @throws InvalidValueException if the value has no exact decimal in Hz
     */
    public static Frequency from(Quantity<javax.measure.quantity.Frequency> quantity) {
        return new Frequency(valueIn(quantity, HERTZ));
    }

    /** {@return this value as a javax.measure quantity in Hz} */
    public Quantity<javax.measure.quantity.Frequency> toQuantity() {
        return quantityOf(HERTZ);
    }

    @Override
    public String unitSymbol() {
        return "Hz";
    }

    @Override
    Frequency create(BigDecimal newValue) {
        return new Frequency(newValue);
    }
}
