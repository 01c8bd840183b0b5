package org.derkit.metering;

import java.util.List;
import java.util.Objects;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;

/**
 * The usage of one service point for one billing period, as one 867 carries it (RES FAQ 18: one
 * 867 per service point per billing): the billing period ({@code DTM*150}, {@code DTM*151}) and one
 * {@link MeterChannel} per meter and unit. Any meter-data source can
 * produce it; der-metering does not depend on der-edi.
 *
 * <p>{@code source} names where the report came from (a file name and transaction control
 * number, say); it appears in every problem location.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param servicePoint the service point, not null
 * @param period the billing period: first day and last (read) day, not null
 * @param source where the report came from, for messages; may be empty, not null
 * @param channels the meter channels in source order, not null
 */
public record UsageReport(ServicePointId servicePoint, BillingPeriod period, String source,
        List<MeterChannel> channels) {

    /**
     * Validates the report.
     *
     * @param channels the meter channels in source order, not null
     * @param period the billing period: first day and last (read) day, not null
     * @param servicePoint the service point, not null
     * @param source where the report came from, for messages; may be empty, not null
     */
    public UsageReport {
        Objects.requireNonNull(servicePoint, "servicePoint");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        channels = List.copyOf(channels);
    }

    /** Such as {@code service point 900001 2025-10-31..2025-12-01 (a.x12)}. */
    @Override
    public String toString() {
        return "service point " + servicePoint + " " + period.start() + ".." + period.end()
                + (source.isEmpty() ? "" : " (" + source + ")") + ", " + channels.size() + " channels";
    }
}
