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

    /** Obtains an amount of kilovars, exactly. */
    public static ReactivePower ofKilovars(BigDecimal kilovars) {
        return new ReactivePower(Objects.requireNonNull(kilovars, "kilovars"));
    }

    /** Obtains a whole number of kilovars. */
    public static ReactivePower ofKilovars(long kilovars) {
        return new ReactivePower(BigDecimal.valueOf(kilovars));
    }

    /**
     * Obtains kilovars from a double through its shortest decimal representation.
     *
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static ReactivePower ofKilovars(double kilovars) {
        return new ReactivePower(exact(kilovars, "reactive power", "kvar"));
    }

    /**
     * Parses text such as {@code 44 kvar}.
     *
     * @throws InvalidValueException naming the text if it is not a number with one of var, 0.001, kvar, Mvar
     */
    public static ReactivePower parse(CharSequence text) {
        return new ReactivePower(parse(text, "reactive power", UNITS));
    }

    /**
     * Converts a javax.measure quantity, exactly.
     *
     * @throws InvalidValueException if the value has no exact decimal in kvar
     */
    public static ReactivePower from(Quantity<ReactivePowerQuantity> quantity) {
        return new ReactivePower(valueIn(quantity, KILOVAR));
    }

    /** This value as a javax.measure quantity in kvar. */
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
