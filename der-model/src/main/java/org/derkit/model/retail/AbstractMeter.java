package org.derkit.model.retail;

import java.math.BigDecimal;
import java.util.Optional;
import org.derkit.model.MeterNumber;
import org.derkit.model.TransformerRatio;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A meter at a service point: its number (99999999 for unmetered load), its role, its multiplier
 * and how it is read (RES-11, RES-13, RES-18).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractMeter {

    /** {@return the meter number} */
    public abstract MeterNumber number();

    /** {@return additive or subtractive; additive unless stated} */
    @Value.Default
    public MeterRole role() {
        return MeterRole.ADDITIVE;
    }

    /**
     * {@return multiplier from dial to primary units (CT ratio x PT ratio x meter constant); 1 unless stated}
     */
    @Value.Default
    public BigDecimal multiplier() {
        return BigDecimal.ONE;
    }

    /** {@return scalar or interval} */
    public abstract Optional<MeterReadingType> readingType();

    /** {@return CT ratio of an instrument-rated meter} */
    public abstract Optional<TransformerRatio> ctRatio();

    /** {@return PT ratio of an instrument-rated meter} */
    public abstract Optional<TransformerRatio> ptRatio();

    /** {@return whether this is the placeholder number for unmetered load or an unset meter} */
    public boolean isUnmetered() {
        return number().isUnmetered();
    }

    /**
     * Refuses a zero or negative {@code multiplier}. The builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.positive("multiplier", multiplier());
    }
}
