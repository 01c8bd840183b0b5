package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a ride-through table: a range of voltage (percent of nominal) or frequency (Hz) with
 * each bound's inclusivity, what the inverter must do in it, for how long it must ride through and
 * by when it must trip, and for frequency rows the range within which the trip setting may be
 * adjusted (INV-10, INV-11, INV-13).
 *
 * <p>Open ends are {@link Double#NEGATIVE_INFINITY} and {@link Double#POSITIVE_INFINITY}
 * (exclusive; the infinite values themselves belong to the open-ended regions). A value
 * {@code v} is in the region when {@code lower <= v} (or {@code <} when the lower bound is
 * exclusive) and {@code v <= upper} (or {@code <}).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param name the region's name as the table writes it, such as {@code HV1}
 * @param quantity voltage or frequency
 * @param lower the lower bound (percent or Hz), or negative infinity
 * @param lowerInclusive whether the lower bound belongs to the region
 * @param upper the upper bound (percent or Hz), or positive infinity
 * @param upperInclusive whether the upper bound belongs to the region
 * @param operation what the inverter does in the region
 * @param rideThroughTime minimum time to ride through; empty when indefinite (continuous
 *        operation) or when no ride-through is required
 * @param maxTripTime maximum time to trip; empty when the inverter must not trip
 * @param adjustability the range (inclusive, same unit) the region's trip setting may be adjusted
 *        within, if the table gives one
 */
public record RideThroughRegion(String name, RideThroughQuantity quantity, double lower,
        boolean lowerInclusive, double upper, boolean upperInclusive, RideThroughOperation operation,
        Optional<Duration> rideThroughTime, Optional<Duration> maxTripTime,
        Optional<SettingRange> adjustability) {

    /**
     * Checks the bounds: not NaN, lower below upper, infinite bounds exclusive.
     *
     * @param name the region's name as the table writes it, such as {@code HV1}
     * @param quantity voltage or frequency
     * @param lower the lower bound (percent or Hz), or negative infinity
     * @param lowerInclusive whether the lower bound belongs to the region
     * @param upper the upper bound (percent or Hz), or positive infinity
     * @param upperInclusive whether the upper bound belongs to the region
     * @param operation what the inverter does in the region
     * @param rideThroughTime minimum time to ride through; empty when indefinite (continuous operation) or when no
     *         ride-through is required
     * @param maxTripTime maximum time to trip; empty when the inverter must not trip
     * @param adjustability the range (inclusive, same unit) the region's trip setting may be adjusted within, if the
     *         table gives one
     * @throws IllegalArgumentException naming the region and the bad bound
     */
    public RideThroughRegion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(rideThroughTime, "rideThroughTime");
        Objects.requireNonNull(maxTripTime, "maxTripTime");
        Objects.requireNonNull(adjustability, "adjustability");
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
            throw new InvalidValueException("region " + name + " bounds", "lower < upper", "" + lower + " .. " + upper);
        }
        if ((Double.isInfinite(lower) && lowerInclusive) || (Double.isInfinite(upper) && upperInclusive)) {
            throw new InvalidValueException("region " + name + " bounds", "infinite bounds exclusive", "" + lower + " .. " + upper);
        }
    }

    /**
     * A range a trip setting may be adjusted within, both ends inclusive.
     *
     * @param min the lowest setting
     * @param max the highest setting
     */
    public record SettingRange(double min, double max) {
        /**
         * Checks {@code min <= max}, both finite.
         *
         * @param min the lowest setting
         * @param max the highest setting
         */
        public SettingRange {
            if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
                throw new InvalidValueException("setting range", "finite, min <= max", min + " .. " + max);
            }
        }

        /**
         * Whether {@code min <= setting <= max}.
         *
         * @param setting the name of the trip setting, such as {@code OV2}
         * @return whether {@code min <= setting <= max}
         */
        public boolean contains(double setting) {
            return setting >= min && setting <= max;
        }
    }

    /**
     * Whether the value lies in this region, honouring each bound's inclusivity; an infinite value
     * lies in the region open towards it. NaN lies in no region.
     *
     * @param value the value
     * @return whether the value lies in this region, honouring each bound's inclusivity; an infinite value lies in
     *         the region open towards it
     */
    public boolean contains(double value) {
        boolean aboveLower = lower == Double.NEGATIVE_INFINITY ? !Double.isNaN(value)
                : (lowerInclusive ? value >= lower : value > lower);
        boolean belowUpper = upper == Double.POSITIVE_INFINITY ? !Double.isNaN(value)
                : (upperInclusive ? value <= upper : value < upper);
        return aboveLower && belowUpper;
    }

    /**
     * The range as the tables write it, such as {@code 110 % < V < 120 %}, {@code V >= 120 %} or
     * {@code 58.5 Hz <= f <= 60.5 Hz}.
     *
     * @return the range as the tables write it, such as {@code 110 % < V < 120 %}, {@code V >= 120 %} or {@code 58.5
     *         Hz <= f <= 60.5 Hz}
     */
    public String rangeText() {
        return rangeText(quantity, lower, lowerInclusive, upper, upperInclusive);
    }

    static String rangeText(RideThroughQuantity quantity, double lower, boolean lowerInclusive, double upper,
            boolean upperInclusive) {
        String v = quantity.symbol();
        String u = " " + quantity.unit();
        boolean hasLower = Double.isFinite(lower);
        boolean hasUpper = Double.isFinite(upper);
        if (hasLower && hasUpper) {
            return number(lower) + u + (lowerInclusive ? " <= " : " < ") + v
                    + (upperInclusive ? " <= " : " < ") + number(upper) + u;
        }
        if (hasLower) {
            return v + (lowerInclusive ? " >= " : " > ") + number(lower) + u;
        }
        if (hasUpper) {
            return v + (upperInclusive ? " <= " : " < ") + number(upper) + u;
        }
        return "any " + v;
    }

    /**
     * The region in one line, such as
     * {@code HV1 110 % < V < 120 %: momentary cessation, ride-through 12 s, max trip 13 s}.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name).append(' ').append(rangeText()).append(": ")
                .append(operation.words());
        if (operation == RideThroughOperation.CONTINUOUS_OPERATION) {
            s.append(", indefinitely");
        }
        rideThroughTime.ifPresent(t -> s.append(", ride-through ").append(seconds(t)));
        maxTripTime.ifPresent(t -> s.append(", max trip ").append(seconds(t)));
        adjustability.ifPresent(a -> s.append(", adjustable ").append(number(a.min())).append('-')
                .append(number(a.max())).append(' ').append(quantity.unit()));
        return s.toString();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros().toPlainString() + " s";
    }
}
