package org.derkit.model;

import static org.derkit.model.measure.DerUnits.KILOVAR;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import javax.measure.Quantity;
import org.derkit.model.measure.ReactivePowerQuantity;

/**
 * Reactive power, held exactly in kilovars (kvar): positive when injected (capacitive, volt-var
 * below nominal), negative when absorbed. A different type from {@link ActivePower} and
 * {@link ApparentPower}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class ReactivePower extends DerQuantity<ReactivePower> {

    /** Zero kvar. */
    public static final ReactivePower ZERO = new ReactivePower(BigDecimal.ZERO);

    private static final Map<String, BigDecimal> UNITS = Map.of("var", new BigDecimal("0.001"), "kvar", BigDecimal.ONE, "Mvar", BigDecimal.valueOf(1000));

    private ReactivePower(BigDecimal kilovars) {
        super(kilovars);
    }

    /**
     * Obtains an amount of kilovars, exactly.
     *
     * @param kilovars the reactive power in kvar, kept exactly; positive when injected, negative
     * when absorbed
     * @return that reactive power
     */
    public static ReactivePower ofKilovars(BigDecimal kilovars) {
        return new ReactivePower(Objects.requireNonNull(kilovars, "kilovars"));
    }

    /**
     * Obtains a whole number of kilovars.
     *
     * @param kilovars the reactive power in kvar; positive when injected, negative when absorbed
     * @return that reactive power
     */
    public static ReactivePower ofKilovars(long kilovars) {
        return new ReactivePower(BigDecimal.valueOf(kilovars));
    }

    /**
     * Obtains kilovars from a double through its shortest decimal representation.
     *
     * @param kilovars the reactive power in kvar, read through its shortest decimal representation;
     * positive when injected, negative when absorbed
     * @return that reactive power
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static ReactivePower ofKilovars(double kilovars) {
        return new ReactivePower(exact(kilovars, "reactive power", "kvar"));
    }

    /**
     * Parses text such as {@code 44 kvar}.
     *
     * @param text a decimal number and a unit symbol, with or without a space between
     * @return the reactive power the text states, held exactly in its canonical unit
     * @throws InvalidValueException naming the text if it is not a number with one of var, 0.001, kvar, Mvar
     */
    public static ReactivePower parse(CharSequence text) {
        return new ReactivePower(parse(text, "reactive power", UNITS));
    }

    /**
     * Converts a javax.measure quantity, exactly.
     *
     * @param quantity a javax.measure quantity of the same dimension, in any unit
     * @return the same reactive power, held exactly in its canonical unit
     * @throws InvalidValueException if the value has no exact decimal in kvar
     */
    public static ReactivePower from(Quantity<ReactivePowerQuantity> quantity) {
        return new ReactivePower(valueIn(quantity, KILOVAR));
    }

    /** {@return this value as a javax.measure quantity in kvar} */
    public Quantity<ReactivePowerQuantity> toQuantity() {
        return quantityOf(KILOVAR);
    }

    @Override
    public String unitSymbol() {
        return "kvar";
    }

    @Override
    ReactivePower create(BigDecimal newValue) {
        return new ReactivePower(newValue);
    }
}
