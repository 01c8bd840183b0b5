package org.derkit.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.MeterNumber;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * One PTD loop of an 867: the service-point summary ({@code PTD*SU}) or one meter ({@code PTD*PM}),
 * with its dates, references, totals, measurements and interval channels, all in file order.
 *
 * <p>Typed views: {@link #meterNumber()} (REF*MG), {@link #role()} (REF*JH), {@link #rateClass()}
 * (REF*NH), {@link #multiplier()} (MEA**MU, 1 when not sent), {@link #periodStart()} and
 * {@link #periodEnd()} (DTM*150/151), {@link #registerReads()} (MEA other than MU).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param ptdCode PTD01, such as {@code SU} or {@code PM}
 * @param dates DTM segments other than interval labels
 * @param references REF segments
 * @param quantities QTY totals (QTY segments not followed by DTM*582)
 * @param measurements MEA segments
 * @param channels interval values per unit, in order of first appearance
 */
public record UsageLoop(String ptdCode, List<DateReference> dates, List<Reference> references,
        List<UsageQuantity> quantities, List<MeterMeasurement> measurements, List<IntervalChannel> channels) {

    /**
     * Refuses nulls; copies the lists.
     *
     * @param channels interval values per unit, in order of first appearance
     * @param dates DTM segments other than interval labels
     * @param measurements MEA segments
     * @param ptdCode PTD01, such as {@code SU} or {@code PM}
     * @param quantities QTY totals (QTY segments not followed by DTM*582)
     * @param references REF segments
     */
    public UsageLoop {
        Objects.requireNonNull(ptdCode, "ptdCode");
        dates = List.copyOf(dates);
        references = List.copyOf(references);
        quantities = List.copyOf(quantities);
        measurements = List.copyOf(measurements);
        channels = List.copyOf(channels);
    }

    /** {@return DTM*150, the first day of the period} */
    public Optional<LocalDate> periodStart() {
        return date("150");
    }

    /** {@return DTM*151, the last day of the period} */
    public Optional<LocalDate> periodEnd() {
        return date("151");
    }

    private Optional<LocalDate> date(String qualifier) {
        for (DateReference d : dates) {
            if (d.qualifier().equals(qualifier)) {
                return Optional.of(d.date());
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the first REF02 with this qualifier}
     *
     * @param qualifier the REF01 qualifier, such as {@code MG} for the meter number
     */
    public Optional<String> reference(String qualifier) {
        for (Reference r : references) {
            if (r.qualifier().equals(qualifier)) {
                return Optional.of(r.value());
            }
        }
        return Optional.empty();
    }

    /** {@return REF*MG, the meter number (absent in summary loops)} */
    public Optional<MeterNumber> meterNumber() {
        return reference("MG").map(MeterNumber::of);
    }

    /** {@return REF*JH, the meter role; additive when the loop does not say} */
    public MeterRole role() {
        return reference("JH").map(MeterRole::parse).orElse(MeterRole.ADDITIVE);
    }

    /** {@return REF*NH, the rate class} */
    public Optional<String> rateClass() {
        return reference("NH");
    }

    /** {@return MEA**MU, the meter multiplier; 1 when it is not sent} */
    public BigDecimal multiplier() {
        for (MeterMeasurement m : measurements) {
            if (m.isMultiplier()) {
                return m.value();
            }
        }
        return BigDecimal.ONE;
    }

    /** {@return MEA segments other than the multiplier: register reads, in file order} */
    public List<MeterMeasurement> registerReads() {
        List<MeterMeasurement> reads = new ArrayList<>();
        for (MeterMeasurement m : measurements) {
            if (!m.isMultiplier()) {
                reads.add(m);
            }
        }
        return reads;
    }

    /**
     * {@return the channel in this unit, if any}
     *
     * @param unit the unit, such as kWh
     */
    public Optional<IntervalChannel> channel(MeterUnit unit) {
        for (IntervalChannel c : channels) {
            if (c.unit() == unit) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@return how many interval values the loop holds, all units together} */
    public int intervalCount() {
        int n = 0;
        for (IntervalChannel c : channels) {
            n += c.size();
        }
        return n;
    }
}
