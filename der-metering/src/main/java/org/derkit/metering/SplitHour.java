package org.derkit.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.MeterNumber;
import org.derkit.model.retail.MeterUnit;

/**
 * A billing hour split between two periods (RES-21, RES FAQ 22): the last value of the earlier
 * period holds the usage up to the read, the first value of the later period the rest. Stitching
 * sums them into one hour; here each part stays attributed to its period.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param meter the meter, or empty for account-level usage ({@code PTD*BQ} without {@code REF*MG}), not null
 * @param unit the unit, not null
 * @param start the start of the hour, not null
 * @param earlierPeriod the index of the earlier period in {@link ServicePointUsage#periods()}
 * @param laterPeriod the index of the later period in {@link ServicePointUsage#periods()}
 * @param earlierPart the value the earlier period reported, not null
 * @param laterPart the value the later period reported, not null
 */
public record SplitHour(Optional<MeterNumber> meter, MeterUnit unit, Instant start, int earlierPeriod, int laterPeriod,
        BigDecimal earlierPart, BigDecimal laterPart) {

    /**
     * Validates the parts.
     *
     * @param meter the meter, or empty for account-level usage ({@code PTD*BQ} without {@code REF*MG}), not null
     * @param unit the unit, not null
     * @param start the start of the hour, not null
     * @param earlierPeriod the index of the earlier period in {@link ServicePointUsage#periods()}
     * @param laterPeriod the index of the later period in {@link ServicePointUsage#periods()}
     * @param earlierPart the value the earlier period reported, not null
     * @param laterPart the value the later period reported, not null
     */
    public SplitHour {
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(earlierPart, "earlierPart");
        Objects.requireNonNull(laterPart, "laterPart");
    }

    /**
     * The whole hour: the exact sum of both parts for energy (kWh, kvarh); for demand (kW), which is
     * not energy, the larger part.
     *
     * @return the hour's value
     */
    public BigDecimal total() {
        return unit.isEnergy() ? earlierPart.add(laterPart) : earlierPart.max(laterPart);
    }
}
