package org.derkit.edi;

import org.derkit.model.retail.ReadingQuality;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * One interval value of an 867 with everything needed to print or aggregate it on its own: the
 * service point, the meter (number, role, multiplier), the unit, quality, exact value (as sent and
 * as billing quantity), the raw DTM*582 label and the billing period.
 *
 * <p>{@link #intervalEnd()} follows the elapsed-hour rule: {@code startOfDay(label date) + HH h +
 * MM min} in the profile's zone; {@link #intervalStart()} is the end minus the interval length.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param servicePoint the service point (null only when the 867 names none)
 * @param meter REF*MG (null only when the loop names none)
 * @param role REF*JH
 * @param multiplier MEA**MU, 1 when not sent
 * @param unit QTY03
 * @param quality QTY01
 * @param value QTY02 exactly as sent
 * @param billingValue the value with the multiplier applied (equal to value when the profile says
 * it already is)
 * @param labelDate DTM02 as sent, CCYYMMDD
 * @param labelTime DTM03 as sent, HHMM or HHMMSS
 * @param timeCode DTM04 as sent, may be empty
 * @param intervalStart start of the interval
 * @param intervalEnd end of the interval
 * @param zone the zone of the labels
 * @param periodStart DTM*150 of the meter loop (or of the transaction), null when none was sent
 * @param periodEnd DTM*151 of the meter loop (or of the transaction), null when none was sent
 */
public record IntervalReading(ServicePointId servicePoint, MeterNumber meter, MeterRole role, BigDecimal multiplier,
        MeterUnit unit, ReadingQuality quality, BigDecimal value, BigDecimal billingValue, String labelDate,
        String labelTime, String timeCode, Instant intervalStart, Instant intervalEnd, ZoneId zone,
        LocalDate periodStart, LocalDate periodEnd) {

    /**
     * {@return the interval start as local date-time with offset in the zone, e.g} {@code
     * 2026-11-01T01:00-06:00}.
     */
    public OffsetDateTime intervalStartLocal() {
        return OffsetDateTime.ofInstant(intervalStart, zone);
    }

    /** {@return the interval end as local date-time with offset in the zone} */
    public OffsetDateTime intervalEndLocal() {
        return OffsetDateTime.ofInstant(intervalEnd, zone);
    }
}
