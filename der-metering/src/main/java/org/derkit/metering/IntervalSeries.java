package org.derkit.metering;

import org.derkit.model.retail.ReadingQuality;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.derkit.metering.internal.Decimals;
import org.derkit.model.InvalidValueException;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * A series of intervals with true start and end instants and exact values in primary (billing)
 * quantities: one meter's values for one billing period, one meter's values stitched across
 * periods, or a service point's net (additive minus subtractive meters, RES-18).
 *
 * <p>Semantics: interval {@code i} is {@code [start(i), start(i) + intervalMinutes)}, start
 * inclusive, end exclusive; starts strictly increase on the interval grid; there may be holes
 * between intervals. {@code parts(i)} is the number of partial pieces summed into the interval
 * (1 normally, 2 for a billing hour split between two periods, RES-21). A value keeps its natural
 * decimal scale, as {@link BigDecimal#add} would give it: {@code 61.2 + 0.35 = 61.55}.
 *
 * <p>A net series has no meter, no role and no qualities (every value reads as
 * {@link ReadingQuality#ACTUAL}).
 *
 * <p>Storage is primitive arrays (epoch seconds, unscaled longs, scales, parts, flags), not one
 * object per interval; {@link BigDecimal} and {@link Instant} appear only in accessors.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class IntervalSeries {

    static final byte ESTIMATED = 1;

    private final ServicePointId servicePoint;
    private final MeterNumber meter;
    private final MeterRole role;
    private final MeterUnit unit;
    private final int intervalMinutes;
    private final int size;
    private final long[] starts;
    private final long[] unscaled;
    private final byte[] scales;
    private final byte[] parts;
    private final byte[] flags;

    IntervalSeries(ServicePointId servicePoint, MeterNumber meter, MeterRole role, MeterUnit unit, int intervalMinutes,
            int size, long[] starts, long[] unscaled, byte[] scales, byte[] parts, byte[] flags) {
        this.servicePoint = servicePoint;
        this.meter = meter;
        this.role = role;
        this.unit = unit;
        this.intervalMinutes = intervalMinutes;
        this.size = size;
        this.starts = starts;
        this.unscaled = unscaled;
        this.scales = scales;
        this.parts = parts;
        this.flags = flags;
    }

    /**
     * Starts the series of one meter.
     *
     * @param servicePoint the service point the meter serves
     * @param meter the meter number
     * @param role additive or subtractive
     * @param unit the unit of the values
     * @param intervalMinutes the interval length in minutes, a divisor of 60
     * @return a builder; add intervals in time order
     */
    public static Builder meterBuilder(ServicePointId servicePoint, MeterNumber meter, MeterRole role, MeterUnit unit,
            int intervalMinutes) {
        return new Builder(servicePoint, Objects.requireNonNull(meter, "meter"), Objects.requireNonNull(role, "role"),
                unit, intervalMinutes);
    }

    /**
     * Starts the account-level series of a service point: intervals without a meter
     * ({@link #isAccountLevel()}).
     *
     * @param servicePoint the service point
     * @param role additive or subtractive
     * @param unit the unit of the values
     * @param intervalMinutes the interval length in minutes, a divisor of 60
     * @return a builder; add intervals in time order
     */
    public static Builder accountBuilder(ServicePointId servicePoint, MeterRole role, MeterUnit unit,
            int intervalMinutes) {
        return new Builder(servicePoint, null, Objects.requireNonNull(role, "role"), unit, intervalMinutes);
    }

    /**
     * Starts the net series of a service point.
     *
     * @param servicePoint the service point
     * @param unit the unit of the values
     * @param intervalMinutes the interval length in minutes, a divisor of 60
     * @return a builder; add intervals in time order
     */
    public static Builder netBuilder(ServicePointId servicePoint, MeterUnit unit, int intervalMinutes) {
        return new Builder(servicePoint, null, null, unit, intervalMinutes);
    }

    /** {@return the service point} */
    public ServicePointId servicePoint() {
        return servicePoint;
    }

    /** {@return the meter, or empty for a net series and for account-level usage} */
    public Optional<MeterNumber> meter() {
        return Optional.ofNullable(meter);
    }

    /** {@return the meter's (or the account-level usage's) role, or empty for a net series} */
    public Optional<MeterRole> role() {
        return Optional.ofNullable(role);
    }

    /** {@return whether this is a service point's net series (no meter, no role)} */
    public boolean isNet() {
        return meter == null && role == null;
    }

    /**
     * Whether this series is account-level usage: intervals an 867 sends for the whole service point
     * in a loop without a meter number ({@code PTD*BQ}, no {@code REF*MG}). It has a role (additive
     * unless {@code REF*JH} says otherwise) and qualities like a meter series, but no meter.
     *
     * @return true when there is a role but no meter
     */
    public boolean isAccountLevel() {
        return meter == null && role != null;
    }

    /** The meter number, or the empty text of account-level usage: the meter column and stitching key. */
    String meterKey() {
        return meter == null ? "" : meter.value();
    }

    /** Such as {@code meter 7000001} or {@code account-level usage}, for messages. */
    String meterName() {
        return meter == null ? "account-level usage" : "meter " + meter;
    }

    /** {@return the unit} */
    public MeterUnit unit() {
        return unit;
    }

    /** {@return the interval length in minutes} */
    public int intervalMinutes() {
        return intervalMinutes;
    }

    /** {@return the number of intervals} */
    public int size() {
        return size;
    }

    /** {@return whether there are no intervals} */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * {@return the start of interval {@code i}, inclusive}
     *
     * @param i the 0-based index of the interval, in time order
     */
    public Instant start(int i) {
        return Instant.ofEpochSecond(starts[check(i)]);
    }

    /**
     * {@return the end of interval {@code i}, exclusive}
     *
     * @param i the 0-based index of the interval, in time order
     */
    public Instant end(int i) {
        return Instant.ofEpochSecond(starts[check(i)] + intervalMinutes * 60L);
    }

    /**
     * {@return the start of interval {@code i} in epoch seconds}
     *
     * @param i the 0-based index of the interval, in time order
     */
    public long startSeconds(int i) {
        return starts[check(i)];
    }

    /**
     * {@return the exact value of interval {@code i}}
     *
     * @param i the 0-based index of the interval, in time order
     */
    public BigDecimal value(int i) {
        return Decimals.of(unscaled[check(i)], scales[i]);
    }

    /**
     * {@return the unscaled value of interval {@code i}: {@code value = unscaled x 10^-scale(i)}}
     *
     * @param i the 0-based index of the interval, in time order
     */
    public long unscaled(int i) {
        return unscaled[check(i)];
    }

    /**
     * {@return the decimal scale of interval {@code i}}
     *
     * @param i the 0-based index of the interval, in time order
     */
    public int scale(int i) {
        return scales[check(i)];
    }

    /**
     * {@return how many partial pieces were summed into interval {@code i}: 1, or 2 for a split hour}
     *
     * @param i the 0-based index of the interval, in time order
     */
    public int parts(int i) {
        return parts[check(i)];
    }

    /**
     * {@return the quality of interval {@code i}; estimated if any piece was}
     *
     * @param i the 0-based index of the interval, in time order
     */
    public ReadingQuality quality(int i) {
        return (flags[check(i)] & ESTIMATED) != 0 ? ReadingQuality.ESTIMATED : ReadingQuality.ACTUAL;
    }

    /** {@return the largest scale of any value (0 when empty)} */
    public int maxScale() {
        int m = 0;
        for (int i = 0; i < size; i++) {
            m = Math.max(m, scales[i]);
        }
        return m;
    }

    /**
     * {@return the index of the interval starting at an instant, or a negative number if there is none}
     *
     * @param start the start of the interval, inclusive
     */
    public int indexOf(Instant start) {
        int k = Arrays.binarySearch(starts, 0, size, start.getEpochSecond());
        return k >= 0 && start.getNano() == 0 ? k : -1;
    }

    /**
     * {@return the value of the interval starting at an instant, if there is one}
     *
     * @param start the start of the interval, inclusive
     */
    public Optional<BigDecimal> valueAt(Instant start) {
        int k = indexOf(start);
        return k < 0 ? Optional.empty() : Optional.of(value(k));
    }

    /** {@return the exact sum of all values} */
    public BigDecimal total() {
        int cs = maxScale();
        long sum = 0;
        BigInteger big = null;
        for (int i = 0; i < size; i++) {
            long v = Decimals.rescale(unscaled[i], scales[i], cs);
            long r = sum + v;
            if (((sum ^ r) & (v ^ r)) < 0) {
                big = (big == null ? BigInteger.ZERO : big).add(BigInteger.valueOf(sum));
                r = v;
            }
            sum = r;
        }
        BigInteger all = big == null ? BigInteger.valueOf(sum) : big.add(BigInteger.valueOf(sum));
        return new BigDecimal(all, cs);
    }

    /**
     * {@return this series with every value negated (qualities and parts kept)} This instance is immutable
     * and unaffected by this method call.
     */
    public IntervalSeries negated() {
        long[] u = new long[size];
        for (int i = 0; i < size; i++) {
            u[i] = Math.negateExact(unscaled[i]);
        }
        return new IntervalSeries(servicePoint, meter, role, unit, intervalMinutes, size, starts, u, scales, parts,
                flags);
    }

    // package-private bulk access
    long[] startArray() {
        return starts;
    }

    long[] unscaledArray() {
        return unscaled;
    }

    byte[] scaleArray() {
        return scales;
    }

    byte[] partArray() {
        return parts;
    }

    byte[] flagArray() {
        return flags;
    }

    private int check(int i) {
        Objects.checkIndex(i, size);
        return i;
    }

    /** Such as {@code service point 900001 meter 7000001 A kWh, 744 x 60 min}. */
    @Override
    public String toString() {
        return "service point " + servicePoint + (meter == null ? (role == null ? " net" : " account " + role.code())
                : " meter " + meter + " " + role.code()) + " "
                + unit.symbol() + ", " + size + " x " + intervalMinutes + " min";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IntervalSeries)) {
            return false;
        }
        IntervalSeries s = (IntervalSeries) o;
        return s.servicePoint.equals(servicePoint) && Objects.equals(s.meter, meter) && s.role == role
                && s.unit == unit && s.intervalMinutes == intervalMinutes && s.size == size
                && Arrays.equals(s.starts, 0, size, starts, 0, size)
                && Arrays.equals(s.unscaled, 0, size, unscaled, 0, size)
                && Arrays.equals(s.scales, 0, size, scales, 0, size)
                && Arrays.equals(s.parts, 0, size, parts, 0, size)
                && Arrays.equals(s.flags, 0, size, flags, 0, size);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(servicePoint, meter, role, unit, intervalMinutes, size);
        for (int i = 0; i < size; i++) {
            h = h * 31 + Long.hashCode(starts[i] ^ unscaled[i]);
        }
        return h;
    }

    /**
     * Collects intervals in time order. Not thread-safe; build once.
     */
    public static final class Builder {
        private final ServicePointId servicePoint;
        private final MeterNumber meter;
        private final MeterRole role;
        private final MeterUnit unit;
        private final int intervalMinutes;
        private int size;
        private long[] starts;
        private long[] unscaled;
        private byte[] scales;
        private byte[] parts;
        private byte[] flags;

        Builder(ServicePointId servicePoint, MeterNumber meter, MeterRole role, MeterUnit unit, int intervalMinutes) {
            this.servicePoint = Objects.requireNonNull(servicePoint, "servicePoint");
            this.meter = meter;
            this.role = role;
            this.unit = Objects.requireNonNull(unit, "unit");
            if (intervalMinutes <= 0 || 60 % intervalMinutes != 0) {
                throw new InvalidValueException("interval length", "a divisor of 60 minutes", intervalMinutes + " min");
            }
            this.intervalMinutes = intervalMinutes;
            capacity(64);
        }

        /**
         * Reserves room for at least {@code n} intervals.
         *
         * @param n the number of intervals expected
         * @return this builder
         */
        public Builder capacity(int n) {
            if (starts == null || starts.length < n) {
                starts = starts == null ? new long[n] : Arrays.copyOf(starts, n);
                unscaled = unscaled == null ? new long[n] : Arrays.copyOf(unscaled, n);
                scales = scales == null ? new byte[n] : Arrays.copyOf(scales, n);
                parts = parts == null ? new byte[n] : Arrays.copyOf(parts, n);
                flags = flags == null ? new byte[n] : Arrays.copyOf(flags, n);
            }
            return this;
        }

        /**
         * Appends an interval of one part.
         *
         *
         * @param start the interval's start, after the previous interval's and on the interval grid
         * @param value the exact value, at most 18 digits and 18 decimal places
         * @param quality actual or estimated
         * @return this builder
         * @throws InvalidValueException if it does not start after the previous interval on the grid,
         *         or the value has more than 18 digits or decimal places
         */
        public Builder add(Instant start, BigDecimal value, ReadingQuality quality) {
            BigDecimal v;
            try {
                v = Decimals.normalise(value);
            } catch (ArithmeticException e) {
                throw new InvalidValueException("interval value", "at most 18 digits and 18 decimal places",
                        value.toPlainString());
            }
            if (start.getNano() != 0) {
                throw new InvalidValueException("interval start", "whole seconds", start);
            }
            return add(start.getEpochSecond(), Decimals.unscaled(v), v.scale(), 1, quality == ReadingQuality.ESTIMATED);
        }

        /**
         * Appends an interval in primitive form.
         *
         *
         * @param startSeconds the interval's start in epoch seconds, after the previous one and on the grid
         * @param unscaledValue the value's digits: {@code value = unscaledValue x 10^-scale}
         * @param scale the number of decimal places, 0 to 18
         * @param partCount how many pieces were summed into the interval, 1 to 127 (2 for a split hour)
         * @param estimated whether any piece was estimated
         * @return this builder
         * @throws InvalidValueException if it does not start after the previous interval on the grid,
         *         or scale or parts is out of range
         */
        public Builder add(long startSeconds, long unscaledValue, int scale, int partCount, boolean estimated) {
            if (size > 0) {
                long step = startSeconds - starts[size - 1];
                if (step <= 0 || step % (intervalMinutes * 60L) != 0) {
                    throw new InvalidValueException("interval start", "after " + Stitcher.local(starts[size - 1])
                            + " on the " + intervalMinutes + "-minute grid", Stitcher.local(startSeconds));
                }
            }
            if (scale < 0 || scale > Decimals.MAX_SCALE) {
                throw new InvalidValueException("scale", "0 to 18", scale);
            }
            if (partCount < 1 || partCount > 127) {
                throw new InvalidValueException("parts", "1 to 127", partCount);
            }
            if (size == starts.length) {
                capacity(size * 2);
            }
            starts[size] = startSeconds;
            unscaled[size] = unscaledValue;
            scales[size] = (byte) scale;
            parts[size] = (byte) partCount;
            flags[size] = estimated && role != null ? ESTIMATED : 0;
            size++;
            return this;
        }

        /** {@return the number of intervals added so far} */
        public int size() {
            return size;
        }

        /** {@return the series} */
        public IntervalSeries build() {
            return new IntervalSeries(servicePoint, meter, role, unit, intervalMinutes, size,
                    Arrays.copyOf(starts, size), Arrays.copyOf(unscaled, size), Arrays.copyOf(scales, size),
                    Arrays.copyOf(parts, size), Arrays.copyOf(flags, size));
        }
    }
}
