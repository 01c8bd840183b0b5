package org.derkit.metering;

import java.util.Objects;
import java.util.Optional;
import org.derkit.edi.Location;

/**
 * One thing wrong with an 867 input on its way to usage, and where: an X12 problem of der-edi's
 * reader, a value the reconstruction refuses (gap, duplicate, out-of-order label, wrong count of
 * intervals for a local day, a value outside the billing period), a missing service point or billing
 * period, or a stitching problem between files.
 *
 * <p>The location is the reader's own: transaction set, segment, line and byte of the value
 * ({@code in segment QTY at position 88 of transaction set 867 0001 (group 1, interchange
 * 000000001), line 88, byte 3012}). Problems that belong to no single segment (a missing
 * {@code REF*LU}, an overlap between two files) have none and name the transaction set or the
 * periods in their detail instead.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param source the input as given (a file name), not null
 * @param code what is wrong: an {@link org.derkit.edi.X12ErrorCode} or {@link MeteringProblem.Kind}
 *        name, or {@code MISSING_DATA}; not null
 * @param detail why, with the values involved; not null
 * @param location where in the input, if the problem belongs to one segment; not null
 */
public record UsageProblem(String source, String code, String detail, Optional<Location> location) {

    /**
     * Refuses nulls.
     *
     * @param source the input as given (a file name), not null
     * @param code what is wrong: an {@link org.derkit.edi.X12ErrorCode} or {@link MeteringProblem.Kind} name, or {@code MISSING_DATA}; not null
     * @param detail why, with the values involved; not null
     * @param location where in the input, if the problem belongs to one segment; not null
     */
    public UsageProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(location, "location");
    }

    /**
     * The problem as one sentence: the detail, then the location if there is one.
     *
     * @return such as {@code gap: 2 intervals missing from ... (meter 7000001 kWh) in segment QTY at
     *         position 88 of transaction set 867 0001 (...), line 88, byte 3012}
     */
    public String message() {
        return location.map(l -> detail + " " + l).orElse(detail);
    }

    /** Such as {@code a.x12: gap: ...}: the source, then {@link #message()}. */
    @Override
    public String toString() {
        return source + ": " + message();
    }
}
