package org.derkit.rules.book;

import java.math.BigDecimal;
import java.util.Objects;
import org.derkit.model.InvalidValueException;
import org.derkit.model.Voltage;

/**
 * The steady-state delivery voltage band Ameren must hold at a customer's service (DER
 * Interconnection Policy 2023, 4.2, POL-15; ICC 83 Ill. Adm. Code 410.300): 120 V plus or minus
 * 7 V on a 120 V base (113 V to 127 V) for residential customers, within 10% of the nominal
 * service voltage for the others. Both bounds are inclusive.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param lower the lowest allowed delivery voltage, inclusive
 * @param upper the highest allowed delivery voltage, inclusive
 * @param basis how the band is set, such as {@code residential, 120 V base}
 */
public record DeliveryVoltageBand(Voltage lower, Voltage upper, String basis) {

    /** 113 V: 120 V less 7 V. */
    public static final Voltage RESIDENTIAL_LOWER = Voltage.ofVolts(113);
    /** 127 V: 120 V plus 7 V. */
    public static final Voltage RESIDENTIAL_UPPER = Voltage.ofVolts(127);
    /** The residential band, on a 120 V base. */
    public static final DeliveryVoltageBand RESIDENTIAL =
            new DeliveryVoltageBand(RESIDENTIAL_LOWER, RESIDENTIAL_UPPER, "residential, 120 V base");

    private static final BigDecimal LOW = new BigDecimal("0.9");
    private static final BigDecimal HIGH = new BigDecimal("1.1");

    /**
     * Checks the band is not inverted.
     *
     * @param lower the lowest allowed delivery voltage, inclusive
     * @param upper the highest allowed delivery voltage, inclusive
     * @param basis how the band is set, such as {@code residential, 120 V base}
     * @throws InvalidValueException if {@code upper} is below {@code lower}
     */
    public DeliveryVoltageBand {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(basis, "basis");
        if (upper.isLessThan(lower)) {
            throw new InvalidValueException("upper", ">= lower " + lower, upper);
        }
    }

    /**
     * The band for a non-residential service: 90% to 110% of the nominal service voltage, exactly.
     *
     * @param nominal the nominal service voltage, positive
     * @return the band for a non-residential service: 90% to 110% of the nominal service voltage, exactly
     * @throws InvalidValueException if the nominal voltage is not positive
     */
    public static DeliveryVoltageBand nonResidential(Voltage nominal) {
        Objects.requireNonNull(nominal, "nominal");
        if (!nominal.isPositive()) {
            throw new InvalidValueException("nominal", "> 0 V", nominal);
        }
        return new DeliveryVoltageBand(Voltage.ofVolts(nominal.value().multiply(LOW).stripTrailingZeros()),
                Voltage.ofVolts(nominal.value().multiply(HIGH).stripTrailingZeros()),
                "non-residential, " + nominal + " nominal +/- 10%");
    }

    /**
     * Whether a voltage lies in the band, bounds included.
     *
     * @param v the voltage
     * @return whether a voltage lies in the band, bounds included
     */
    public boolean contains(Voltage v) {
        return !v.isLessThan(lower) && !v.isGreaterThan(upper);
    }

    /** Such as {@code 113 V to 127 V (residential, 120 V base)}. */
    @Override
    public String toString() {
        return lower + " to " + upper + " (" + basis + ")";
    }
}
