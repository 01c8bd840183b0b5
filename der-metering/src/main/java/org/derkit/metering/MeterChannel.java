package org.derkit.metering;

import org.derkit.model.retail.ReadingQuality;
import org.derkit.model.retail.IntervalLabel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.derkit.metering.internal.Decimals;
import org.derkit.model.InvalidValueException;
import org.derkit.model.MeterNumber;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * The interval values of one meter and unit in one usage report, exactly as the source sent them:
 * each value with its raw {@link IntervalLabel}, its exact decimal and its quality, in source
 * order. Nothing is checked against the calendar here; {@link IntervalReconstructor} does that.
 *
 * <p>Scaling: the values are either primary (billing) quantities with the multiplier already
 * applied, which is what Ameren's 867 sends by default, or secondary-side registrations that still
 * need {@link #multiplier()}. {@link #isScaled()} says which. Reconstruction always produces
 * primary quantities, and {@link IntervalSeries} has no way to be scaled again, so a multiplier
 * cannot be applied twice.
 *
 * <p>Storage is primitive arrays (epoch day, elapsed minutes, unscaled long, scale, quality), not
 * one object per interval. Values keep their own scale: {@code 61.2} stays {@code 61.2}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class MeterChannel {

    private static final byte ESTIMATED = 1;

    private final MeterNumber meter;
    private final MeterRole role;
    private final MeterUnit unit;
    private final Multiplier multiplier;
    private final boolean scaled;
    private final int size;
    private final long[] labelDays;
    private final short[] labelMinutes;
    private final long[] unscaled;
    private final byte[] scales;
    private final byte[] flags;
    private final int[] segments;

    private MeterChannel(Builder b, boolean scaled, long[] unscaled, byte[] scales) {
        this.meter = b.meter;
        this.role = b.role;
        this.unit = b.unit;
        this.multiplier = b.multiplier;
        this.scaled = scaled;
        this.size = b.size;
        this.labelDays = Arrays.copyOf(b.labelDays, b.size);
        this.labelMinutes = Arrays.copyOf(b.labelMinutes, b.size);
        this.unscaled = unscaled;
        this.scales = scales;
        this.flags = Arrays.copyOf(b.flags, b.size);
        this.segments = Arrays.copyOf(b.segments, b.size);
    }

    private MeterChannel(MeterChannel c, long[] unscaled, byte[] scales) {
        this.meter = c.meter;
        this.role = c.role;
        this.unit = c.unit;
        this.multiplier = c.multiplier;
        this.scaled = true;
        this.size = c.size;
        this.labelDays = c.labelDays;
        this.labelMinutes = c.labelMinutes;
        this.unscaled = unscaled;
        this.scales = scales;
        this.flags = c.flags;
        this.segments = c.segments;
    }

    /**
     * Starts a channel of primary quantities (multiplier already applied, the 867 default).
     *
     * @param meter the meter number ({@code REF*MG})
     * @param role additive or subtractive ({@code REF*JH})
     * @param unit the unit of the values ({@code QTY03}/{@code MEA04})
     * @return a builder; add values in source order
     */
    public static Builder builder(MeterNumber meter, MeterRole role, MeterUnit unit) {
        return new Builder(meter, role, unit);
    }

    /** {@return the meter number ({@code REF*MG})} */
    public MeterNumber meter() {
        return meter;
    }

    /** {@return additive or subtractive ({@code REF*JH})} */
    public MeterRole role() {
        return role;
    }

    /** {@return the unit of the values (QTY03)} */
    public MeterUnit unit() {
        return unit;
    }

    /** {@return the meter multiplier ({@code MEA**MU}; 1 when not sent)} */
    public Multiplier multiplier() {
        return multiplier;
    }

    /** {@return whether the values are primary quantities (multiplier applied)} */
    public boolean isScaled() {
        return scaled;
    }

    /** {@return the number of values} */
    public int size() {
        return size;
    }

    /**
     * {@return the raw label of value {@code i} (0-based, source order)}
     *
     * @param i the 0-based index of the value, in source order
     */
    public IntervalLabel label(int i) {
        return new IntervalLabel(LocalDate.ofEpochDay(labelDays[check(i)]), labelMinutes[i]);
    }

    /**
     * {@return the exact value {@code i} as sent}
     *
     * @param i the 0-based index of the value, in source order
     */
    public BigDecimal value(int i) {
        return Decimals.of(unscaled[check(i)], scales[i]);
    }

    /**
     * {@return the quality of value {@code i}}
     *
     * @param i the 0-based index of the value, in source order
     */
    public ReadingQuality quality(int i) {
        return (flags[check(i)] & ESTIMATED) != 0 ? ReadingQuality.ESTIMATED : ReadingQuality.ACTUAL;
    }

    /**
     * {@return the source segment number of value {@code i} (its {@code QTY}), or 0 if not given}
     *
     * @param i the 0-based index of the value, in source order
     */
    public int segment(int i) {
        return segments[check(i)];
    }

    /**
     * {@return the channel in primary quantities: every value times the multiplier, exactly (a value's scale
     * grows by the multiplier's)} This instance is immutable and unaffected by this method call.
     *
     *
     * @throws IllegalStateException if the values are already scaled: scaling twice is refused
     * @throws ArithmeticException if a product does not fit 18 digits
     */
    public MeterChannel scaledToPrimary() {
        if (scaled) {
            throw new IllegalStateException("meter " + meter + " " + unit.symbol()
                    + ": values are already primary quantities; multiplier " + multiplier + " is not applied twice");
        }
        long m = multiplier.value().unscaledValue().longValueExact();
        int ms = multiplier.value().scale();
        long[] u = new long[size];
        byte[] s = new byte[size];
        for (int i = 0; i < size; i++) {
            u[i] = Math.multiplyExact(unscaled[i], m);
            int sc = scales[i] + ms;
            if (sc > Decimals.MAX_SCALE) {
                throw new ArithmeticException("more than 18 decimal places");
            }
            s[i] = (byte) sc;
        }
        return new MeterChannel(this, u, s);
    }

    // package-private bulk access for the reconstructor
    long[] unscaledArray() {
        return unscaled;
    }

    byte[] scaleArray() {
        return scales;
    }

    byte[] flagArray() {
        return flags;
    }

    long[] labelDayArray() {
        return labelDays;
    }

    short[] labelMinuteArray() {
        return labelMinutes;
    }

    private int check(int i) {
        Objects.checkIndex(i, size);
        return i;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MeterChannel)) {
            return false;
        }
        MeterChannel c = (MeterChannel) o;
        return c.meter.equals(meter) && c.role == role && c.unit == unit && c.multiplier.equals(multiplier)
                && c.scaled == scaled && c.size == size && Arrays.equals(c.labelDays, labelDays)
                && Arrays.equals(c.labelMinutes, labelMinutes) && Arrays.equals(c.unscaled, unscaled)
                && Arrays.equals(c.scales, scales) && Arrays.equals(c.flags, flags)
                && Arrays.equals(c.segments, segments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meter, role, unit, size) * 31 + Arrays.hashCode(unscaled);
    }

    /** Such as {@code meter 7000001 A kWh, 744 values, multiplier 1 applied}. */
    @Override
    public String toString() {
        return "meter " + meter + " " + role.code() + " " + unit.symbol() + ", " + size + " values, multiplier "
                + multiplier + (scaled ? " applied" : " not applied");
    }

    /**
     * Collects the values of a channel in source order. Not thread-safe; build once.
     */
    public static final class Builder {
        private final MeterNumber meter;
        private final MeterRole role;
        private final MeterUnit unit;
        private Multiplier multiplier = Multiplier.ONE;
        private boolean scaled = true;
        private int size;
        private long[] labelDays = new long[32];
        private short[] labelMinutes = new short[32];
        private long[] unscaled = new long[32];
        private byte[] scales = new byte[32];
        private byte[] flags = new byte[32];
        private int[] segments = new int[32];

        private Builder(MeterNumber meter, MeterRole role, MeterUnit unit) {
            this.meter = Objects.requireNonNull(meter, "meter");
            this.role = Objects.requireNonNull(role, "role");
            this.unit = Objects.requireNonNull(unit, "unit");
        }

        /**
         * Sets the multiplier and whether the values already include it (the 867 default is
         * {@code true}; the profile setting {@code intervalsIncludeMultiplier} may say otherwise).
         *
         * @param multiplier the meter multiplier ({@code MEA**MU})
         * @param alreadyApplied whether the values sent are primary quantities, multiplier included
         * @return this builder
         */
        public Builder multiplier(Multiplier multiplier, boolean alreadyApplied) {
            this.multiplier = Objects.requireNonNull(multiplier, "multiplier");
            this.scaled = alreadyApplied;
            return this;
        }

        /**
         * Appends a value.
         *
         *
         * @param label the interval's label as sent
         * @param value the exact value as sent
         * @param quality actual or estimated
         * @return this builder
         * @throws InvalidValueException if the value has more than 18 decimal places or 18 digits
         */
        public Builder add(IntervalLabel label, BigDecimal value, ReadingQuality quality) {
            return add(label, value, quality, 0);
        }

        /**
         * Appends a value read from a {@code DTM*582} date and time text.
         *
         *
         * @param date the {@code DTM02} date of the interval's end
         * @param time the {@code DTM03} time, {@code HHMM} or {@code HHMMSS}
         * @param value the exact value as sent
         * @param quality actual or estimated
         * @return this builder
         * @throws InvalidValueException if the time text or the value is invalid
         */
        public Builder add(LocalDate date, String time, BigDecimal value, ReadingQuality quality) {
            return add(IntervalLabel.parse(date, time), value, quality, 0);
        }

        /**
         * Appends a value and the number of its source segment, for error locations.
         *
         *
         * @param label the interval's label as sent
         * @param value the exact value as sent
         * @param quality actual or estimated
         * @param segment the 1-based number of the value's {@code QTY} segment in its transaction set
         * @return this builder
         * @throws InvalidValueException if the value has more than 18 decimal places or 18 digits
         */
        public Builder add(IntervalLabel label, BigDecimal value, ReadingQuality quality, int segment) {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(quality, "quality");
            BigDecimal v;
            try {
                v = Decimals.normalise(value);
            } catch (ArithmeticException e) {
                throw new InvalidValueException("interval value", "at most 18 digits and 18 decimal places",
                        value.toPlainString() + " at " + label);
            }
            return addUnscaled(label.date().toEpochDay(), label.minutes(), Decimals.unscaled(v), v.scale(),
                    quality == ReadingQuality.ESTIMATED, segment);
        }

        /**
         * Appends a value in its primitive form: the label's epoch day and elapsed minutes, and the
         * value as {@code unscaled x 10^-scale}. The fast path for generators and parsers.
         *
         *
         * @param epochDay the label's date as an epoch day
         * @param minutes the label's elapsed minutes since local midnight, 0 to 1500
         * @param unscaledValue the value's digits: {@code value = unscaledValue x 10^-scale}
         * @param scale the number of decimal places, 0 to 18
         * @param estimated whether the value is estimated
         * @param segment the 1-based number of the value's {@code QTY} segment, or 0 if unknown
         * @return this builder
         * @throws InvalidValueException if minutes or scale is out of range
         */
        public Builder addUnscaled(long epochDay, int minutes, long unscaledValue, int scale, boolean estimated,
                int segment) {
            if (minutes < 0 || minutes > IntervalLabel.MAX_MINUTES) {
                throw new InvalidValueException("DTM*582 elapsed minutes", "0 to 1500", minutes);
            }
            if (scale < 0 || scale > Decimals.MAX_SCALE) {
                throw new InvalidValueException("interval value scale", "0 to 18", scale);
            }
            if (size == labelDays.length) {
                int n = size * 2;
                labelDays = Arrays.copyOf(labelDays, n);
                labelMinutes = Arrays.copyOf(labelMinutes, n);
                unscaled = Arrays.copyOf(unscaled, n);
                scales = Arrays.copyOf(scales, n);
                flags = Arrays.copyOf(flags, n);
                segments = Arrays.copyOf(segments, n);
            }
            labelDays[size] = epochDay;
            labelMinutes[size] = (short) minutes;
            unscaled[size] = unscaledValue;
            scales[size] = (byte) scale;
            flags[size] = estimated ? ESTIMATED : 0;
            segments[size] = segment;
            size++;
            return this;
        }

        /** {@return the channel} The builder may be reused to build a longer channel. */
        public MeterChannel build() {
            return new MeterChannel(this, scaled, Arrays.copyOf(unscaled, size), Arrays.copyOf(scales, size));
        }
    }
}
