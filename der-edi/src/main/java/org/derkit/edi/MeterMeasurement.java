package org.derkit.edi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An MEA segment of an 867 meter loop: the meter multiplier ({@code MEA**MU*40}) or a register
 * read ({@code MEA*AA*PRQ*12345*KH}).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param reference MEA01, may be empty
 * @param qualifier MEA02, such as {@code MU} (multiplier) or {@code PRQ}
 * @param value MEA03, exact
 * @param unit the first component of MEA04, may be empty
 */
public record MeterMeasurement(String reference, String qualifier, BigDecimal value, String unit) {

    /**
     * Refuses nulls.
     *
     * @param reference MEA01, may be empty
     * @param qualifier MEA02, such as {@code MU} (multiplier) or {@code PRQ}
     * @param value MEA03, exact
     * @param unit the first component of MEA04, may be empty
     */
    public MeterMeasurement {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * {@return the meter multiplier {@code MEA**MU*value}}
     *
     * @param value the meter multiplier, positive, exactly as sent
     */
    public static MeterMeasurement multiplier(BigDecimal value) {
        return new MeterMeasurement("", "MU", value, "");
    }

    /** {@return whether this is the meter multiplier (MEA02 = MU)} */
    public boolean isMultiplier() {
        return "MU".equals(qualifier);
    }
}
