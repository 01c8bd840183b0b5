package org.derkit.model.retail;

import java.time.LocalDate;
import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * A billing period of a service point, from its start reading date to its end reading date (both
 * as the 867's DTM dates state them).
 *
 * @param start the start date
 * @param end the end date, not before the start
 */
public record BillingPeriod(LocalDate start, LocalDate end) {

    /**
     * Checks the end is not before the start.
     *
     * @param start the start reading date
     * @param end the end reading date, on or after {@code start}
     * @throws InvalidValueException if it is
     */
    public BillingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException("end", ">= start " + start, end);
        }
    }
}
