package org.derkit.edi;

import org.derkit.model.retail.ReadingQuality;
import java.math.BigDecimal;
import java.util.Objects;
import org.derkit.model.retail.MeterUnit;

/**
 * A QTY total of an 867 loop (not an interval value): quality, exact value and unit.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param quality QTY01
 * @param value QTY02, exactly as sent
 * @param unit QTY03
 */
public record UsageQuantity(ReadingQuality quality, BigDecimal value, MeterUnit unit) {

    /**
     * Refuses nulls.
     *
     * @param quality QTY01
     * @param unit QTY03
     * @param value QTY02, exactly as sent
     */
    public UsageQuantity {
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }
}
