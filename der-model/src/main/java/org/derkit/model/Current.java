package org.derkit.model;

import static org.derkit.model.measure.DerUnits.AMPERE;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import javax.measure.Quantity;
import javax.measure.quantity.ElectricCurrent;

/**
 * Electric current, held exactly in amperes (A): CT primary and secondary ratings, meter socket
 * ratings (the 200 A self-contained limit of BTM-03).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class Current extends DerQuantity<Current> {

    /** Zero A. */
    public static final Current ZERO = new Current(BigDecimal.ZERO);

    private static final Map<String, BigDecimal> UNITS = Map.of("A", BigDecimal.ONE, "kA", BigDecimal.valueOf(1000));

    private Current(BigDecimal amperes) {
        super(amperes);
    }

    /**
     * Obtains an amount of amperes, exactly.
     *
     * @param amperes the current in A, kept exactly
     * @return that current
     */
    public static Current ofAmperes(BigDecimal amperes) {
        return new Current(Objects.requireNonNull(amperes, "amperes"));
    }

    /**
     * Obtains a whole number of amperes.
     *
     * @param amperes the current in A
     * @return that current
     */
    public static Current ofAmperes(long amperes) {
        return new Current(BigDecimal.valueOf(amperes));
    }

    /**
     * Obtains amperes from a double through its shortest decimal representation.
     *
     * @param amperes the current in A, read through its shortest decimal representation
     * @return that current
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static Current ofAmperes(double amperes) {
        return new Current(exact(amperes, "current", "A"));
    }

    /**
     * Parses text such as {@code 5 A} or {@code 200A}.
     *
     * @param text a decimal number and a unit symbol, with or without a space between
     * @return the current the text states, held exactly in its canonical unit
     * @throws InvalidValueException naming the text if it is not a number with one of A, kA
     */
    public static Current parse(CharSequence text) {
        return new Current(parse(text, "current", UNITS));
    }

    /**
     * Converts a javax.measure quantity, exactly.
     *
     * @param quantity a javax.measure quantity of the same dimension, in any unit
     * @return the same current, held exactly in its canonical unit
     * @throws InvalidValueException if the value has no exact decimal in A
     */
    public static Current from(Quantity<ElectricCurrent> quantity) {
        return new Current(valueIn(quantity, AMPERE));
    }

    /** {@return this value as a javax.measure quantity in A} */
    public Quantity<ElectricCurrent> toQuantity() {
        return quantityOf(AMPERE);
    }

    @Override
    public String unitSymbol() {
        return "A";
    }

    @Override
    Current create(BigDecimal newValue) {
        return new Current(newValue);
    }
}
