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

    /** The meter number. */
    public abstract MeterNumber number();

    /** Additive or subtractive; additive unless stated. */
    @Value.Default
    public MeterRole role() {
        return MeterRole.ADDITIVE;
    }

    /** Multiplier from dial to primary units (CT ratio x PT ratio x meter constant); 1 unless stated. */
    @Value.Default
    public BigDecimal multiplier() {
        return BigDecimal.ONE;
    }

    /** Scalar or interval. */
    public abstract Optional<MeterReadingType> readingType();

    /** CT ratio of an instrument-rated meter. */
    public abstract Optional<TransformerRatio> ctRatio();

    /** PT ratio of an instrument-rated meter. */
    public abstract Optional<TransformerRatio> ptRatio();

    /** Whether this is the placeholder number for unmetered load or an unset meter. */
    public boolean isUnmetered() {
        return number().isUnmetered();
    }

    @Value.Check
    protected void check() {
        Checks.positive("multiplier", multiplier());
    }
}
