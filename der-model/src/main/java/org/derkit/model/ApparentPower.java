package org.derkit.model;

import static org.derkit.model.measure.DerUnits.KILOVOLT_AMPERE;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import javax.measure.Quantity;
import org.derkit.model.measure.ApparentPowerQuantity;

/**
 * Apparent power, held exactly in kilovolt-amperes (kVA): inverter and transformer ratings, the
 * single-phase limit (POL-20), the Part 467 threshold. A different type from {@link ActivePower}
 * (kW): converting needs a power factor ({@link #toActivePower(PowerFactor)}) or the explicit
 * statement that the two are numerically equal ({@link #toActivePowerAtUnityPowerFactor()}).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class ApparentPower extends DerQuantity<ApparentPower> {

    /** Zero kVA. */
    public static final ApparentPower ZERO = new ApparentPower(BigDecimal.ZERO);

    private static final Map<String, BigDecimal> UNITS = Map.of("VA", new BigDecimal("0.001"), "kVA", BigDecimal.ONE, "MVA", BigDecimal.valueOf(1000));

    private ApparentPower(BigDecimal kilovoltAmperes) {
        super(kilovoltAmperes);
    }

    /**
     * Obtains an amount of kilovoltAmperes, exactly.
     *
     * @param kilovoltAmperes the apparent power in kVA, kept exactly
     * @return that apparent power
     */
    public static ApparentPower ofKilovoltAmperes(BigDecimal kilovoltAmperes) {
        return new ApparentPower(Objects.requireNonNull(kilovoltAmperes, "kilovoltAmperes"));
    }

    /**
     * Obtains a whole number of kilovoltAmperes.
     *
     * @param kilovoltAmperes the apparent power in kVA
     * @return that apparent power
     */
    public static ApparentPower ofKilovoltAmperes(long kilovoltAmperes) {
        return new ApparentPower(BigDecimal.valueOf(kilovoltAmperes));
    }

    /**
     * Obtains kilovoltAmperes from a double through its shortest decimal representation.
     *
     * @param kilovoltAmperes the apparent power in kVA, read through its shortest decimal representation
     * @return that apparent power
     * @throws InvalidValueException if the value is NaN or infinite
     */
    public static ApparentPower ofKilovoltAmperes(double kilovoltAmperes) {
        return new ApparentPower(exact(kilovoltAmperes, "apparent power", "kVA"));
    }

    /**
     * Obtains an amount of megavolt-amperes, exactly.
     *
     * @param megavoltAmperes the apparent power in MVA, kept exactly
     * @return that apparent power
     */
    public static ApparentPower ofMegavoltAmperes(BigDecimal megavoltAmperes) {
        return new ApparentPower(megavoltAmperes.movePointRight(3));
    }

    /**
     * Obtains a whole number of megavolt-amperes.
     *
     * @param megavoltAmperes the apparent power in MVA
     * @return that apparent power
     */
    public static ApparentPower ofMegavoltAmperes(long megavoltAmperes) {
        return ofMegavoltAmperes(BigDecimal.valueOf(megavoltAmperes));
    }

    /** {@return the value in megavolt-amperes, exactly} */
    public BigDecimal toMegavoltAmperes() {
        return value().movePointLeft(3);
    }

    /**
     * {@return the active power at the given power factor: {@code kW = kVA x pf}, exactly}
     *
     * @param powerFactor the displacement power factor of the load or inverter (1 for unity)
     */
    public ActivePower toActivePower(PowerFactor powerFactor) {
        Objects.requireNonNull(powerFactor, "powerFactor");
        return ActivePower.ofKilowatts(value().multiply(powerFactor.value()));
    }

    /**
     * {@return the active power at unity power factor (kW numerically equal to kVA): the explicit
     * statement a rule makes when it reads a kVA rating as kW, as Part 466 does for nameplates}
     */
    public ActivePower toActivePowerAtUnityPowerFactor() {
        return ActivePower.ofKilowatts(value());
    }

    /**
     * Parses text such as {@code 100 kVA} or {@code 12 MVA}.
     *
     * @param text a decimal number and a unit symbol, with or without a space between
     * @return the apparent power the text states, held exactly in its canonical unit
     * @throws InvalidValueException naming the text if it is not a number with one of VA, 0.001, kVA, MVA
     */
    public static ApparentPower parse(CharSequence text) {
        return new ApparentPower(parse(text, "apparent power", UNITS));
    }

    /**
     * Converts a javax.measure quantity, exactly.
     *
     * @param quantity a javax.measure quantity of the same dimension, in any unit
     * @return the same apparent power, held exactly in its canonical unit
     * @throws InvalidValueException if the value has no exact decimal in kVA
     */
    public static ApparentPower from(Quantity<ApparentPowerQuantity> quantity) {
        return new ApparentPower(valueIn(quantity, KILOVOLT_AMPERE));
    }

    /** {@return this value as a javax.measure quantity in kVA} */
    public Quantity<ApparentPowerQuantity> toQuantity() {
        return quantityOf(KILOVOLT_AMPERE);
    }

    @Override
    public String unitSymbol() {
        return "kVA";
    }

    @Override
    ApparentPower create(BigDecimal newValue) {
        return new ApparentPower(newValue);
    }
}
