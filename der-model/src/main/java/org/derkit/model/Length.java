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

    /** Obtains an amount of inches, exactly. */
    public static Length ofInches(BigDecimal inches) {
        return new Length(Objects.requireNonNull(inches, "inches"));
    }

    /** Obtains a whole number of inches. */
    public static Length ofInches(long inches) {
        return new Length(BigDecimal.valueOf(inches));
    }

    /**
     * Obtains inches from a double through its shortest decimal representation.
     *
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static Length ofInches(double inches) {
        return new Length(exact(inches, "length", "in"));
    }

    /** Obtains an amount of feet, exactly (12 in each). */
    public static Length ofFeet(BigDecimal feet) {
        return new Length(feet.multiply(BigDecimal.valueOf(12)));
    }

    /** Obtains a whole number of feet. */
    public static Length ofFeet(long feet) {
        return ofFeet(BigDecimal.valueOf(feet));
    }

    /** Obtains feet from a double through its shortest decimal representation. */
    public static Length ofFeet(double feet) {
        return ofFeet(exact(feet, "length", "ft"));
    }

    /** Obtains an amount of miles, exactly (63,360 in each). */
    public static Length ofMiles(BigDecimal miles) {
        return new Length(miles.multiply(BigDecimal.valueOf(63_360)));
    }

    /** The value in feet, rounded to 16 significant digits where twelfths do not terminate. */
    public BigDecimal toFeet() {
        return value().divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL64);
    }

    /** The value in miles, rounded to 16 significant digits. */
    public BigDecimal toMiles() {
        return value().divide(BigDecimal.valueOf(63_360), java.math.MathContext.DECIMAL64);
    }

    /**
     * Parses text such as {@code 66 in}, {@code 3 ft} or {@code 2.5 mi}.
     *
     * @throws InvalidValueException naming the text if it is not a number with one of in, ft, mi
     */
    public static Length parse(CharSequence text) {
        return new Length(parse(text, "length", UNITS));
    }

    /**
     * Converts a javax.measure quantity, exactly.
     *
     * @throws InvalidValueException if the value has no exact decimal in in
     */
    public static Length from(Quantity<javax.measure.quantity.Length> quantity) {
        return new Length(valueIn(quantity, INCH));
    }

    /** This value as a javax.measure quantity in in. */
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
