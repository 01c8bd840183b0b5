package org.derkit.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterUnit;

/**
 * The billing-period view: what one period of a service point holds in one unit, with its partial
 * hours attributed to it (RES-21). Totals are exact sums of the period's own values, so the sum
 * over periods equals the stitched series' total.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param periodIndex the index in {@link ServicePointUsage#periods()}
 * @param period the billing period, not null
 * @param source where the period's report came from, not null
 * @param unit the unit, not null
 * @param additive the sum of the additive meters' values, not null
 * @param subtractive the sum of the subtractive meters' values, not null
 * @param intervals the number of distinct intervals any meter of this unit reported
 * @param partialFirstHour the start of the first hour if it is shared with the previous period
 * @param partialLastHour the start of the last hour if it is shared with the next period
 */
public record PeriodUsage(int periodIndex, BillingPeriod period, String source, MeterUnit unit,
        BigDecimal additive, BigDecimal subtractive, int intervals, Optional<Instant> partialFirstHour,
        Optional<Instant> partialLastHour) {

    /**
     * Validates the parts.
     *
     * @param additive the sum of the additive meters' values, not null
     * @param intervals the number of distinct intervals any meter of this unit reported
     * @param partialFirstHour the start of the first hour if it is shared with the previous period
     * @param partialLastHour the start of the last hour if it is shared with the next period
     * @param period the billing period, not null
     * @param periodIndex the index in {@link ServicePointUsage#periods()}
     * @param source where the period's report came from, not null
     * @param subtractive the sum of the subtractive meters' values, not null
     * @param unit the unit, not null
     */
    public PeriodUsage {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(additive, "additive");
        Objects.requireNonNull(subtractive, "subtractive");
        Objects.requireNonNull(partialFirstHour, "partialFirstHour");
        Objects.requireNonNull(partialLastHour, "partialLastHour");
    }

    /** {@return additive minus subtractive (RES-18); may be negative} */
    public BigDecimal net() {
        return additive.subtract(subtractive);
    }
}
