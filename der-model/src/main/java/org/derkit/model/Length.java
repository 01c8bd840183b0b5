package org.derkit.model;

import static org.derkit.model.measure.DerUnits.INCH;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import javax.measure.Quantity;

/**
 * Length, held exactly in inches (in): the installation rules' distances (enclosure spacing,
 * working space, mounting height, gas-vent clearance, conduit size, wire runs) and line lengths.
 * Feet and miles convert exactly into inches.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class Length extends DerQuantity<Length> {

    /** Zero in. */
    public static final Length ZERO = new Length(BigDecimal.ZERO);

    private static final Map<String, BigDecimal> UNITS = Map.of("in", BigDecimal.ONE, "ft", BigDecimal.valueOf(12), "mi", BigDecimal.valueOf(63_360));

    private Length(BigDecimal inches) {
        super(inches);
    }

    /**
     * Obtains an amount of inches, exactly.
     *
     * @param inches the length in inches, kept exactly
     * @return that length
     */
    public static Length ofInches(BigDecimal inches) {
        return new Length(Objects.requireNonNull(inches, "inches"));
    }

    /**
     * Obtains a whole number of inches.
     *
     * @param inches the length in inches
     * @return that length
     */
    public static Length ofInches(long inches) {
        return new Length(BigDecimal.valueOf(inches));
    }

    /**
     * Obtains inches from a double through its shortest decimal representation.
     *
     * @param inches the length in inches, read through its shortest decimal representation
     * @return that length
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static Length ofInches(double inches) {
        return new Length(exact(inches, "length", "in"));
    }

    /**
     * Obtains an amount of feet, exactly (12 in each).
     *
     * @param feet the length in feet (12 in each), kept exactly
     * @return that length
     */
    public static Length ofFeet(BigDecimal feet) {
        return new Length(feet.multiply(BigDecimal.valueOf(12)));
    }

    /**
     * Obtains a whole number of feet.
     *
     * @param feet the length in feet (12 in each)
     * @return that length
     */
    public static Length ofFeet(long feet) {
        return ofFeet(BigDecimal.valueOf(feet));
    }

    /**
     * Obtains feet from a double through its shortest decimal representation.
     *
     * @param feet the length in feet (12 in each), read through its shortest decimal representation
     * @return that length
     */
    public static Length ofFeet(double feet) {
        return ofFeet(exact(feet, "length", "ft"));
    }

    /**
     * Obtains an amount of miles, exactly (63,360 in each).
     *
     * @param miles the length in statute miles (63,360 in each), kept exactly
     * @return that length
     */
    public static Length ofMiles(BigDecimal miles) {
        return new Length(miles.multiply(BigDecimal.valueOf(63_360)));
    }

    /** {@return the value in feet, rounded to 16 significant digits where twelfths do not terminate} */
    public BigDecimal toFeet() {
        return value().divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL64);
    }

    /** {@return the value in miles, rounded to 16 significant digits} */
    public BigDecimal toMiles() {
        return value().divide(BigDecimal.valueOf(63_360), java.math.MathContext.DECIMAL64);
    }

    /**
     * Parses text such as {@code 66 in}, {@code 3 ft} or {@code 2.5 mi}.
     *
     * @param text a decimal number and a unit symbol, with or without a space between
     * @return the length the text states, held exactly in its canonical unit
     * @throws InvalidValueException naming the text if it is not a number with one of in, ft, mi
     */
    public static Length parse(CharSequence text) {
        return new Length(parse(text, "length", UNITS));
    }

    /**
     * Converts a javax.measure quantity, exactly.
     *
     * @param quantity a javax.measure quantity of the same dimension, in any unit
     * @return the same length, held exactly in its canonical unit
     * @throws InvalidValueException if the value has no exact decimal in in
     */
    public static Length from(Quantity<javax.measure.quantity.Length> quantity) {
        return new Length(valueIn(quantity, INCH));
    }

    /** {@return this value as a javax.measure quantity in in} */
    public Quantity<javax.measure.quantity.Length> toQuantity() {
        return quantityOf(INCH);
    }

    @Override
    public String unitSymbol() {
        return "in";
    }

    @Override
    Length create(BigDecimal newValue) {
        return new Length(newValue);
    }
}
