package org.derkit.rules.book;

import java.time.ZonedDateTime;
import java.util.Objects;
import org.derkit.model.Energy;

/**
 * An hour that two consecutive billing periods share (RES-21, RES FAQ 22): the ending period's
 * 867 holds the usage up to the final read (e.g. 14:00-14:30), the next period's 867 the rest
 * (14:30-15:00). The read time itself is generally not in the 867, so no fraction is invented.
 *
 * <p>Semantics. {@link #total()} is the exact sum of both parts (energy is conserved); each part
 * stays attributed to its period ({@link #endingPeriodPart()}, {@link #nextPeriodPart()}).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param hourStart the start of the shared hour
 * @param endingPeriodPart the usage in the ending period's 867
 * @param nextPeriodPart the usage in the next period's 867
 */
public record SplitBillingHour(ZonedDateTime hourStart, Energy endingPeriodPart, Energy nextPeriodPart) {

    /**
     * Checks that nothing is null.
     *
     * @param hourStart the start of the shared hour
     * @param endingPeriodPart the usage in the ending period's 867
     * @param nextPeriodPart the usage in the next period's 867
     */
    public SplitBillingHour {
        Objects.requireNonNull(hourStart, "hourStart");
        Objects.requireNonNull(endingPeriodPart, "endingPeriodPart");
        Objects.requireNonNull(nextPeriodPart, "nextPeriodPart");
    }

    /**
     * The full hour's usage: both parts summed exactly.
     *
     * @return the total, never null
     */
    public Energy total() {
        return Energy.ofKilowattHours(endingPeriodPart.value().add(nextPeriodPart.value()));
    }

    /** Such as {@code hour 2025-10-31T14:00-05:00: 12.5 kWh + 17.5 kWh = 30.0 kWh}. */
    @Override
    public String toString() {
        return "hour " + hourStart.toOffsetDateTime() + ": " + endingPeriodPart + " + " + nextPeriodPart + " = "
                + total();
    }
}
