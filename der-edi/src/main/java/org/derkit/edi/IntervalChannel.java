package org.derkit.edi;

import org.derkit.model.retail.ReadingQuality;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.derkit.edi.internal.DayClock;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.InvalidValueException;

/**
 * The interval values of one meter in one unit, in file order: each value with its quality, its
 * exact decimal and its raw DTM*582 label (date CCYYMMDD and time HHMM or HHMMSS as sent, plus the
 * DTM04 time code if any).
 *
 * <p>Values are kept in primitive arrays (an unscaled long and a scale per value) so that a
 * month of hourly data costs a few kilobytes and no object per value; {@link #value(int)} builds
 * the exact {@link BigDecimal} on demand. Interval ends follow the elapsed-hour rule of
 * {@link AmerenProfile}: {@code end = startOfDay(date, zone) + HH h + MM min} (Instant arithmetic,
 * America/Chicago by default), {@code start = end - intervalMinutes}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type (equality compares unit,
 * interval length and every value, quality and label; the scale of a value counts).
 */
public final class IntervalChannel {

    private static final byte ESTIMATED = 1;
    private static final byte SECONDS = 2;

    private final MeterUnit unit;
    private final int intervalMinutes;
    private final ZoneId zone;
    private final int size;
    private final long[] unscaled;
    private final byte[] scales;
    private final byte[] flags;
    private final int[] dates;
    private final int[] times;
    private final long[] ends;
    private final BigDecimal[] big;
    private final String[] timeCodes;
    private final int[] segments;
    private final long[] lines;
    private final long[] offsets;

    private IntervalChannel(Builder b) {
        this.unit = b.unit;
        this.intervalMinutes = b.intervalMinutes;
        this.zone = b.clock.zone();
        this.size = b.size;
        this.unscaled = Arrays.copyOf(b.unscaled, size);
        this.scales = Arrays.copyOf(b.scales, size);
        this.flags = Arrays.copyOf(b.flags, size);
        this.dates = Arrays.copyOf(b.dates, size);
        this.times = Arrays.copyOf(b.times, size);
        this.ends = Arrays.copyOf(b.ends, size);
        this.big = b.big == null ? null : Arrays.copyOf(b.big, size);
        this.timeCodes = b.timeCodes == null ? null : Arrays.copyOf(b.timeCodes, size);
        this.segments = b.located ? Arrays.copyOf(b.segments, size) : null;
        this.lines = b.located ? Arrays.copyOf(b.lines, size) : null;
        this.offsets = b.located ? Arrays.copyOf(b.offsets, size) : null;
    }

    /**
     * {@return a builder for a channel in this unit, with the profile's zone and interval length}
     *
     * @param unit the channel's unit (QTY03 or MEA04)
     * @param profile the profile giving the zone, interval length and end-of-day label style
     */
    public static Builder builder(MeterUnit unit, AmerenProfile profile) {
        return new Builder(unit, profile);
    }

    /** {@return the unit of every value} */
    public MeterUnit unit() {
        return unit;
    }

    /** {@return how many values the channel holds} */
    public int size() {
        return size;
    }

    /** {@return the interval length in minutes} */
    public int intervalMinutes() {
        return intervalMinutes;
    }

    /**
     * {@return value i, exactly as sent}
     *
     * @param i the 0-based index of the value, in source order
     */
    public BigDecimal value(int i) {
        Objects.checkIndex(i, size);
        if (big != null && big[i] != null) {
            return big[i];
        }
        return BigDecimal.valueOf(unscaled[i], scales[i]);
    }

    /**
     * {@return whether value i fits an unscaled long (true for every value of up to 18 digits)}
     *
     * @param i the 0-based index of the value, in source order
     */
    public boolean isCompact(int i) {
        Objects.checkIndex(i, size);
        return big == null || big[i] == null;
    }

    /**
     * {@return the unscaled digits of value i (value = unscaled / 10^scale); only for {@link
     * #isCompact compact} values}
     *
     * @param i the 0-based index of the value, in source order
     */
    public long unscaledValue(int i) {
        if (!isCompact(i)) {
            throw new ArithmeticException("value " + i + " has more than 18 digits: use value(i)");
        }
        return unscaled[i];
    }

    /**
     * {@return the scale of value i (digits after the point as sent)}
     *
     * @param i the 0-based index of the value, in source order
     */
    public int scale(int i) {
        return isCompact(i) ? scales[i] : big[i].scale();
    }

    /**
     * The quality of value i.
     *
     * @param i the 0-based index of the value, in source order
     * @return actual or estimated, as the QTY01 qualifier says
     */
    public ReadingQuality quality(int i) {
        Objects.checkIndex(i, size);
        return (flags[i] & ESTIMATED) != 0 ? ReadingQuality.ESTIMATED : ReadingQuality.ACTUAL;
    }

    /**
     * {@return the label date of value i as the int CCYYMMDD}
     *
     * @param i the 0-based index of the value, in source order
     */
    public int labelDateValue(int i) {
        Objects.checkIndex(i, size);
        return dates[i];
    }

    /**
     * {@return the label time of value i as HHMM (seconds, if sent, dropped)}
     *
     * @param i the 0-based index of the value, in source order
     */
    public int labelHhmm(int i) {
        Objects.checkIndex(i, size);
        return (flags[i] & SECONDS) != 0 ? times[i] / 100 : times[i];
    }

    /**
     * {@return the label time of value i as sent, as an int: HHMM, or HHMMSS when {@link #hasSeconds(int)}}
     *
     * @param i the 0-based index of the value, in source order
     */
    public int labelTimeValue(int i) {
        Objects.checkIndex(i, size);
        return times[i];
    }

    /**
     * {@return whether the label time of value i was sent with seconds (HHMMSS)}
     *
     * @param i the 0-based index of the value, in source order
     */
    public boolean hasSeconds(int i) {
        Objects.checkIndex(i, size);
        return (flags[i] & SECONDS) != 0;
    }

    /**
     * {@return the label date of value i}
     *
     * @param i the 0-based index of the value, in source order
     */
    public LocalDate labelDate(int i) {
        int d = labelDateValue(i);
        return LocalDate.of(d / 10000, d / 100 % 100, d % 100);
    }

    /**
     * {@return the raw DTM02 text of value i: CCYYMMDD}
     *
     * @param i the 0-based index of the value, in source order
     */
    public String labelDateText(int i) {
        return String.format("%08d", labelDateValue(i));
    }

    /**
     * {@return the raw DTM03 text of value i: HHMM, or HHMMSS when seconds were sent}
     *
     * @param i the 0-based index of the value, in source order
     */
    public String labelTimeText(int i) {
        Objects.checkIndex(i, size);
        return (flags[i] & SECONDS) != 0 ? String.format("%06d", times[i]) : String.format("%04d", times[i]);
    }

    /**
     * {@return the DTM04 time code of value i, or the empty string when none was sent}
     *
     * @param i the 0-based index of the value, in source order
     */
    public String timeCode(int i) {
        Objects.checkIndex(i, size);
        return timeCodes == null || timeCodes[i] == null ? "" : timeCodes[i];
    }

    /**
     * Where value i was read: the position of its QTY segment in the transaction set (ST = 1), as
     * {@link Location#segmentPosition()} counts it.
     *
     * @param i the index of the value
     * @return the segment position, or 0 when the channel was not read from X12 (built by hand)
     */
    public int segmentPosition(int i) {
        Objects.checkIndex(i, size);
        return segments == null ? 0 : segments[i];
    }

    /**
     * The 1-based line of the QTY segment of value i in its input.
     *
     * @param i the index of the value
     * @return the line, or 0 when the channel was not read from X12
     */
    public long segmentLine(int i) {
        Objects.checkIndex(i, size);
        return lines == null ? 0 : lines[i];
    }

    /**
     * The 0-based byte offset of the QTY segment of value i in its input.
     *
     * @param i the index of the value
     * @return the offset, or 0 when the channel was not read from X12
     */
    public long segmentOffset(int i) {
        Objects.checkIndex(i, size);
        return offsets == null ? 0 : offsets[i];
    }

    /**
     * The end of interval i in epoch seconds, computed once by the reader from its label.
     *
     * @param i the 0-based index of the value, in source order
     * @return the end instant of the interval, in seconds since the epoch
     */
    public long endEpochSecond(int i) {
        Objects.checkIndex(i, size);
        return ends[i];
    }

    /**
     * {@return the end of interval i}
     *
     * @param i the 0-based index of the value, in source order
     */
    public Instant intervalEnd(int i) {
        return Instant.ofEpochSecond(endEpochSecond(i));
    }

    /**
     * {@return the start of interval i: its end minus the interval length}
     *
     * @param i the 0-based index of the value, in source order
     */
    public Instant intervalStart(int i) {
        return Instant.ofEpochSecond(endEpochSecond(i) - intervalMinutes * 60L);
    }

    /**
     * {@return the end of interval i as a local date-time with offset in the profile's zone}
     *
     * @param i the 0-based index of the value, in source order
     */
    public OffsetDateTime intervalEndLocal(int i) {
        return OffsetDateTime.ofInstant(intervalEnd(i), zone);
    }

    /**
     * {@return the start of interval i as a local date-time with offset in the profile's zone}
     *
     * @param i the 0-based index of the value, in source order
     */
    public OffsetDateTime intervalStartLocal(int i) {
        return OffsetDateTime.ofInstant(intervalStart(i), zone);
    }

    /** {@return the exact sum of all values} */
    public BigDecimal sum() {
        long acc = 0;
        boolean overflow = false;
        BigDecimal total = BigDecimal.ZERO;
        int commonScale = -1;
        for (int i = 0; i < size; i++) {
            if (big != null && big[i] != null || (commonScale >= 0 && scales[i] != commonScale)) {
                overflow = true;
                break;
            }
            commonScale = scales[i];
            long next = acc + unscaled[i];
            if (((acc ^ next) & (unscaled[i] ^ next)) < 0) {
                overflow = true;
                break;
            }
            acc = next;
        }
        if (!overflow) {
            return size == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(acc, commonScale);
        }
        for (int i = 0; i < size; i++) {
            total = total.add(value(i));
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IntervalChannel)) {
            return false;
        }
        IntervalChannel c = (IntervalChannel) o;
        if (unit != c.unit || size != c.size || intervalMinutes != c.intervalMinutes
                || !Arrays.equals(flags, c.flags) || !Arrays.equals(dates, c.dates) || !Arrays.equals(times, c.times)
                || !Arrays.equals(ends, c.ends)) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!value(i).equals(c.value(i)) || !timeCode(i).equals(c.timeCode(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = unit.hashCode() * 31 + size;
        h = h * 31 + Arrays.hashCode(dates);
        h = h * 31 + Arrays.hashCode(times);
        for (int i = 0; i < size; i++) {
            h = h * 31 + value(i).hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("IntervalChannel[").append(unit.x12Code()).append(", ").append(size)
                .append(" values");
        for (int i = 0; i < Math.min(size, 3); i++) {
            sb.append(i == 0 ? ": " : ", ").append(labelDateText(i)).append(' ').append(labelTimeText(i)).append('=')
                    .append(value(i).toPlainString()).append(quality(i) == ReadingQuality.ESTIMATED ? "E" : "");
        }
        return sb.append(size > 3 ? ", ...]" : "]").toString();
    }

    /**
     * Accumulates the values of a channel. The primitive {@link #add(long, int, ReadingQuality, int, int, boolean, String)}
     * is the bulk path for callers; the reader's own hot path (end computed once, duplicate check,
     * location of each value, reuse of the arrays) is package-private.
     *
     * <p>Implementation Requirements: not thread-safe.
     */
    public static final class Builder {
        private final MeterUnit unit;
        private final int intervalMinutes;
        private final DayClock clock;
        private int size;
        private long[] unscaled = new long[32];
        private byte[] scales = new byte[32];
        private byte[] flags = new byte[32];
        private int[] dates = new int[32];
        private int[] times = new int[32];
        private long[] ends = new long[32];
        private BigDecimal[] big;
        private String[] timeCodes;
        private int[] segments;
        private long[] lines;
        private long[] offsets;
        private boolean located;
        private long lastEnd = Long.MIN_VALUE;

        private Builder(MeterUnit unit, AmerenProfile profile) {
            this.unit = Objects.requireNonNull(unit, "unit");
            this.intervalMinutes = profile.intervalMinutes();
            this.clock = new DayClock(profile.clock());
        }

        /** {@return the unit of this channel} */
        public MeterUnit unit() {
            return unit;
        }

        /** {@return how many values were added} */
        public int size() {
            return size;
        }

        /**
         * {@return the end in epoch seconds of the interval labelled (date CCYYMMDD, HHMM), or
         * {@link Long#MIN_VALUE} when the label lies beyond the end of its day}
         *
         * @param date the label's date as the number {@code CCYYMMDD}
         * @param hhmm the label's time as the number {@code HHMM}, elapsed hours and minutes of the day
         */
        long endOf(int date, int hhmm) {
            return clock.end(date, hhmm);
        }

        /**
         * {@return whether an interval ending at this epoch second was already added}
         *
         * @param endEpochSecond the interval's end in epoch seconds
         */
        boolean contains(long endEpochSecond) {
            if (endEpochSecond > lastEnd) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (ends[i] == endEpochSecond) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Adds one value on the primitive path.
         *
         * @param unscaledValue the unscaled digits
         * @param scale the digits after the point, 0..127
         * @param quality actual or estimated
         * @param date the label date CCYYMMDD (a real date)
         * @param time the label time, HHMM, or HHMMSS when {@code seconds}
         * @param seconds whether the time was sent with seconds
         * @param timeCode DTM04, or null when none was sent
         * @return this builder
         * @throws InvalidValueException when the label lies beyond the end of its day or the
         * scale is out of range
         */
        public Builder add(long unscaledValue, int scale, ReadingQuality quality, int date, int time, boolean seconds,
                String timeCode) {
            long end = clock.end(date, seconds ? time / 100 : time);
            if (end == DayClock.BEYOND_DAY) {
                throw new InvalidValueException("interval label (DTM*582 date and time)", "up to the length of the "
                        + "day in " + clock.zone(), date + " " + time);
            }
            if (scale < 0 || scale > 127) {
                throw new InvalidValueException("scale", "0..127", scale);
            }
            return addChecked(unscaledValue, scale, quality == ReadingQuality.ESTIMATED, date, time, seconds, timeCode, end);
        }

        /**
         * Adds one value whose end was already computed with {@link #endOf}. The reader's hot path.
         *
         * @return this builder
         * @param unscaledValue the value's digits: {@code value = unscaledValue x 10^-scale}
         * @param scale the number of decimal places, 0 to 18
         * @param estimated whether the value is estimated (KA)
         * @param date the label's date as the number {@code CCYYMMDD}
         * @param time the label's time as the number {@code HHMM} or {@code HHMMSS}
         * @param seconds whether the time text had seconds
         * @param timeCode the DTM04 time code, such as {@code CT}
         * @param endEpochSecond the interval's end from {@link #endOf}
         */
        Builder addChecked(long unscaledValue, int scale, boolean estimated, int date, int time,
                boolean seconds, String timeCode, long endEpochSecond) {
            int n = size;
            if (n == unscaled.length) {
                grow();
            }
            unscaled[n] = unscaledValue;
            scales[n] = (byte) scale;
            flags[n] = (byte) ((estimated ? ESTIMATED : 0) | (seconds ? SECONDS : 0));
            dates[n] = date;
            times[n] = time;
            ends[n] = endEpochSecond;
            if (timeCode != null) {
                if (timeCodes == null) {
                    timeCodes = new String[unscaled.length];
                }
                timeCodes[n] = timeCode;
            }
            if (endEpochSecond > lastEnd) {
                lastEnd = endEpochSecond;
            }
            size = n + 1;
            return this;
        }

        /**
         * Adds one value with an exact decimal and a label as text.
         *
         * @param value the exact value
         * @param quality actual or estimated
         * @param date the label date
         * @param time the label time, HHMM or HHMMSS
         * @return this builder
         * @throws InvalidValueException when the time is not HHMM/HHMMSS or lies beyond its day
         */
        public Builder add(BigDecimal value, ReadingQuality quality, LocalDate date, String time) {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(quality, "quality");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(time, "time");
            if (!time.matches("\\d{4}(\\d{2})?")) {
                throw new InvalidValueException("time", "HHMM or HHMMSS", time);
            }
            int d = date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
            boolean seconds = time.length() == 6;
            int t = Integer.parseInt(time);
            BigDecimal stripped = value;
            if (value.scale() < 0) {
                stripped = value.setScale(0);
            }
            if (stripped.precision() <= 18 && stripped.scale() <= 127) {
                return add(stripped.unscaledValue().longValueExact(), stripped.scale(), quality, d, t, seconds, null);
            }
            add(0, 0, quality, d, t, seconds, null);
            if (big == null) {
                big = new BigDecimal[unscaled.length];
            }
            big[size - 1] = stripped;
            return this;
        }

        /**
         * Records where the value added last was read (the reader's path): its QTY segment's
         * position in the transaction set, line and byte offset.
         *
         * @param segmentPosition the position of the QTY segment (ST = 1)
         * @param line the 1-based line of the segment
         * @param byteOffset the 0-based byte offset of the segment
         * @return this builder
         */
        Builder locateLast(int segmentPosition, long line, long byteOffset) {
            if (size == 0) {
                throw new IllegalStateException("no value to locate");
            }
            if (segments == null) {
                segments = new int[unscaled.length];
                lines = new long[unscaled.length];
                offsets = new long[unscaled.length];
            }
            if (!located) {
                Arrays.fill(segments, 0, size - 1, 0);
                Arrays.fill(lines, 0, size - 1, 0L);
                Arrays.fill(offsets, 0, size - 1, 0L);
                located = true;
            }
            segments[size - 1] = segmentPosition;
            lines[size - 1] = line;
            offsets[size - 1] = byteOffset;
            return this;
        }

        /**
         * Adds a value kept as BigDecimal because it has more than 18 digits (reader slow path).
         *
         * @param value the exact value of the QTY
         * @param estimated whether QTY01 marks it estimated
         * @param date the label's date as yyyymmdd
         * @param time the label's time as hhmm or hhmmss
         * @param seconds whether the time carries seconds
         * @param timeCode DTM04, may be empty
         * @param endEpochSecond the end of the interval in epoch seconds
         * @return this builder
         */
        Builder addBig(BigDecimal value, boolean estimated, int date, int time, boolean seconds,
                String timeCode, long endEpochSecond) {
            addChecked(0, 0, estimated, date, time, seconds, timeCode, endEpochSecond);
            if (big == null) {
                big = new BigDecimal[unscaled.length];
            }
            big[size - 1] = value;
            return this;
        }

        private void grow() {
            int cap = unscaled.length * 2;
            unscaled = Arrays.copyOf(unscaled, cap);
            scales = Arrays.copyOf(scales, cap);
            flags = Arrays.copyOf(flags, cap);
            dates = Arrays.copyOf(dates, cap);
            times = Arrays.copyOf(times, cap);
            ends = Arrays.copyOf(ends, cap);
            if (big != null) {
                big = Arrays.copyOf(big, cap);
            }
            if (timeCodes != null) {
                timeCodes = Arrays.copyOf(timeCodes, cap);
            }
            if (segments != null) {
                segments = Arrays.copyOf(segments, cap);
                lines = Arrays.copyOf(lines, cap);
                offsets = Arrays.copyOf(offsets, cap);
            }
        }

        /** {@return the channel} The builder may be reset and reused afterwards. */
        public IntervalChannel build() {
            return new IntervalChannel(this);
        }

        /** Forgets every value, keeping the arrays for reuse. */
        void reset() {
            size = 0;
            big = null;
            timeCodes = null;
            located = false;
            lastEnd = Long.MIN_VALUE;
        }
    }
}
