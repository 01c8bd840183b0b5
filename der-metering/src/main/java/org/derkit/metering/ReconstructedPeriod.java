package org.derkit.metering;

import java.util.List;
import java.util.Objects;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;

/**
 * One billing period of one service point after reconstruction: a {@link UsageReport} whose
 * values now have true start and end instants, one {@link IntervalSeries} per meter and unit, in
 * the report's order and in primary quantities. The first and last hour of a period may be
 * partial (RES-21): they stay attributed to this period here.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param servicePoint the service point, not null
 * @param period the billing period, not null
 * @param source where the report came from, not null
 * @param meters one series per meter and unit, in report order, not null
 */
public record ReconstructedPeriod(ServicePointId servicePoint, BillingPeriod period, String source, List<IntervalSeries> meters) {

    /**
     * Validates the parts.
     *
     * @param meters one series per meter and unit, in report order, not null
     * @param period the billing period, not null
     * @param servicePoint the service point, not null
     * @param source where the report came from, not null
     */
    public ReconstructedPeriod {
        Objects.requireNonNull(servicePoint, "servicePoint");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        meters = List.copyOf(meters);
    }

    /** The first interval start of any meter in epoch seconds, or {@code Long.MAX_VALUE} if empty. */
    long firstStartSeconds() {
        long m = Long.MAX_VALUE;
        for (IntervalSeries s : meters) {
            if (!s.isEmpty()) {
                m = Math.min(m, s.startSeconds(0));
            }
        }
        return m;
    }

    /** Such as {@code service point 900001 2025-10-31..2025-12-01 (a.x12)}. */
    @Override
    public String toString() {
        return "service point " + servicePoint + " " + period.start() + ".." + period.end()
                + (source.isEmpty() ? "" : " (" + source + ")");
    }
}
