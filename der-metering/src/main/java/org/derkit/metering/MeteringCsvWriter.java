package org.derkit.metering;

import org.derkit.model.InvalidValueException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.derkit.model.retail.IntervalClock;

/**
 * Writes the CSV of {@link MeteringCsv} (the {@code derkit 867 intervals} and {@code series}
 * columns) to a byte stream as series arrive, without building the document in memory (UTF-8, LF
 * line ends). It is derkit's one CSV writer: {@link MeteringCsv#writeIntervals} and
 * {@link MeteringCsv#writeSeries} use it for an {@link Appendable}.
 *
 * <p>Rows are written from the series' primitive values: the plain decimal from the unscaled long
 * and scale, the ISO local date-time with offset from epoch seconds with the day's text and the
 * zone offset cached (no {@code DateTimeFormatter}, no {@code BigDecimal} per row). Text cells
 * (service point, meter) are quoted and neutralised once per series, as {@link MeteringCsv} does.
 *
 * <pre>{@code
 * MeteringCsvWriter csv = MeteringCsvWriter.intervals(System.out, IntervalClock.ameren());
 * UsageReader.ameren().read(file, t -> csv.write(t.period()));
 * csv.flush();
 * }</pre>
 *
 * <p>Implementation Requirements: not thread-safe; one writer per output. The header is written on
 * creation; the writer never closes the stream.
 */
public final class MeteringCsvWriter {

    private static final CSVFormat CELLS = CSVFormat.DEFAULT.builder().setRecordSeparator("").get();
    private static final byte[] ACTUAL = ",ACTUAL\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ESTIMATED = ",ESTIMATED\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final boolean intervals;
    private final ZoneRules rules;
    private final byte[] buf = new byte[1 << 16];
    private int pos;

    // the offset window: [windowFrom, windowTo) has offset offsetSeconds
    private long windowFrom = Long.MAX_VALUE;
    private long windowTo = Long.MIN_VALUE;
    private int offsetSeconds;
    private final byte[] offsetText = new byte[6];
    // the local day last written: its "yyyy-MM-ddT" text
    private long day = Long.MIN_VALUE;
    private final byte[] dayText = new byte[11];

    private MeteringCsvWriter(OutputStream out, IntervalClock clock, boolean intervals) {
        this.out = Objects.requireNonNull(out, "out");
        this.intervals = intervals;
        this.rules = Objects.requireNonNull(clock, "clock").zone().getRules();
        text(String.join(",", intervals ? MeteringCsv.INTERVAL_COLUMNS : MeteringCsv.SERIES_COLUMNS) + "\n");
    }

    /**
     * A writer of {@code derkit 867 intervals} rows; writes the header now.
     *
     * @param out the output, not closed by the writer
     * @param clock the zone of the timestamps and the interval length
     * @return the writer
     * @throws UncheckedIOException if the output fails
     */
    public static MeteringCsvWriter intervals(OutputStream out, IntervalClock clock) {
        return new MeteringCsvWriter(out, clock, true);
    }

    /**
     * A writer of {@code derkit 867 series} rows; writes the header now.
     *
     * @param out the output, not closed by the writer
     * @param clock the zone of the timestamps and the interval length
     * @return the writer
     * @throws UncheckedIOException if the output fails
     */
    public static MeteringCsvWriter series(OutputStream out, IntervalClock clock) {
        return new MeteringCsvWriter(out, clock, false);
    }

    /**
     * Writes the rows of every meter series of a period, in report order (intervals writer).
     *
     * @param period the reconstructed period
     * @throws IllegalStateException if this is a series writer
     * @throws UncheckedIOException if the output fails
     */
    public void write(ReconstructedPeriod period) {
        for (IntervalSeries s : period.meters()) {
            write(s);
        }
    }

    /**
     * Writes the rows of a series: a meter series to an intervals writer (with meter, role and
     * quality), any series to a series writer (with parts).
     *
     * The interval ends are the starts plus the series' own interval length.
     *
     * @param series the series
     * @throws InvalidValueException if a net series is given to an intervals writer
     * @throws UncheckedIOException if the output fails
     */
    public void write(IntervalSeries series) {
        Objects.requireNonNull(series, "series");
        final int lengthSeconds = series.intervalMinutes() * 60;
        byte[] prefix;
        if (intervals) {
            if (series.isNet()) {
                throw new InvalidValueException("series given to an intervals writer (" + series + ")",
                        "a meter series; a net series has no meter, write it with a series writer", "a net series");
            }
            prefix = (CELLS.format(MeteringCsv.neutralise(series.servicePoint().value()),
                    MeteringCsv.neutralise(series.meterKey()), series.role().orElseThrow().code(),
                    series.unit().symbol()) + ",").getBytes(StandardCharsets.UTF_8);
        } else {
            prefix = (CELLS.format(MeteringCsv.neutralise(series.servicePoint().value()), series.unit().symbol()) + ",")
                    .getBytes(StandardCharsets.UTF_8);
        }
        long[] starts = series.startArray();
        long[] unscaled = series.unscaledArray();
        byte[] scales = series.scaleArray();
        byte[] parts = series.partArray();
        byte[] flags = series.flagArray();
        for (int i = 0, n = series.size(); i < n; i++) {
            if (pos + prefix.length + 128 > buf.length) {
                drain();
            }
            System.arraycopy(prefix, 0, buf, pos, prefix.length);
            pos += prefix.length;
            long start = starts[i];
            instant(start);
            buf[pos++] = ',';
            instant(start + lengthSeconds);
            buf[pos++] = ',';
            decimal(unscaled[i], scales[i]);
            if (intervals) {
                byte[] q = (flags[i] & IntervalSeries.ESTIMATED) != 0 ? ESTIMATED : ACTUAL;
                System.arraycopy(q, 0, buf, pos, q.length);
                pos += q.length;
            } else {
                buf[pos++] = ',';
                int p = parts[i];
                if (p >= 100) {
                    buf[pos++] = (byte) ('0' + p / 100);
                }
                if (p >= 10) {
                    buf[pos++] = (byte) ('0' + p / 10 % 10);
                }
                buf[pos++] = (byte) ('0' + p % 10);
                buf[pos++] = '\n';
            }
        }
    }

    /**
     * A byte stream onto an {@link Appendable}, for {@link MeteringCsv}. The writer hands over whole
     * rows or whole texts only, so each chunk decodes as UTF-8 by itself.
     */
    static OutputStream toAppendable(Appendable out) {
        Objects.requireNonNull(out, "out");
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if ((b & 0x80) != 0) {
                    throw new IOException("a single byte of a UTF-8 sequence cannot be decoded alone");
                }
                out.append((char) b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.append(new String(b, off, len, StandardCharsets.UTF_8));
            }
        };
    }

    /**
     * Writes the rows of several series in the order given.
     *
     * @param series the series
     * @throws UncheckedIOException if the output fails
     */
    public void writeAll(List<IntervalSeries> series) {
        for (IntervalSeries s : series) {
            write(s);
        }
    }

    /**
     * Hands everything written so far to the output and flushes it.
     *
     * @throws UncheckedIOException if the output fails
     */
    public void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drain() {
        try {
            out.write(buf, 0, pos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pos = 0;
    }

    private void text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (pos + b.length > buf.length) {
            drain();
            if (b.length > buf.length) {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    /** yyyy-MM-ddTHH:mm±hh:mm, as IntervalClock.ISO_MINUTES formats it. */
    private void instant(long epochSecond) {
        if (epochSecond < windowFrom || epochSecond >= windowTo) {
            window(epochSecond);
        }
        long local = epochSecond + offsetSeconds;
        long d = Math.floorDiv(local, 86400);
        if (d != day || offsetSeconds % 60 != 0) {
            LocalDate date = LocalDate.ofEpochDay(d);
            int y = date.getYear();
            if (y < 0 || y > 9999 || offsetSeconds % 60 != 0) {
                // outside what the cached text can say: the formatter itself, never a wrong text
                text(IntervalClock.ISO_MINUTES.format(Instant.ofEpochSecond(epochSecond).atOffset(
                        ZoneOffset.ofTotalSeconds(offsetSeconds))));
                return;
            }
            digits4(dayText, 0, y);
            dayText[4] = '-';
            digits2(dayText, 5, date.getMonthValue());
            dayText[7] = '-';
            digits2(dayText, 8, date.getDayOfMonth());
            dayText[10] = 'T';
            day = d;
        }
        System.arraycopy(dayText, 0, buf, pos, 11);
        pos += 11;
        int secondOfDay = (int) (local - d * 86400);
        digits2(buf, pos, secondOfDay / 3600);
        buf[pos + 2] = ':';
        digits2(buf, pos + 3, secondOfDay / 60 % 60);
        pos += 5;
        System.arraycopy(offsetText, 0, buf, pos, 6);
        pos += 6;
    }

    private void window(long epochSecond) {
        Instant at = Instant.ofEpochSecond(epochSecond);
        ZoneOffset offset = rules.getOffset(at);
        ZoneOffsetTransition next = rules.nextTransition(at);
        ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
        windowTo = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        windowFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        if (windowFrom > epochSecond) {
            windowFrom = epochSecond;
        }
        if (offset.getTotalSeconds() != offsetSeconds) {
            day = Long.MIN_VALUE;
        }
        offsetSeconds = offset.getTotalSeconds();
        int total = Math.abs(offsetSeconds);
        offsetText[0] = (byte) (offsetSeconds < 0 ? '-' : '+');
        digits2(offsetText, 1, total / 3600);
        offsetText[3] = ':';
        digits2(offsetText, 4, total / 60 % 60);
    }

    /** The plain decimal of unscaled x 10^-scale, as BigDecimal.toPlainString writes it. */
    private void decimal(long unscaled, int scale) {
        if (unscaled == Long.MIN_VALUE) {
            text(java.math.BigDecimal.valueOf(unscaled, scale).toPlainString());
            return;
        }
        if (unscaled < 0) {
            buf[pos++] = '-';
            unscaled = -unscaled;
        }
        int n = 1;
        for (long v = unscaled; v >= 10; v /= 10) {
            n++;
        }
        int width = Math.max(n, scale + 1);
        int end = pos + width + (scale > 0 ? 1 : 0);
        int p = end;
        long v = unscaled;
        for (int k = 0; k < scale; k++) {
            buf[--p] = (byte) ('0' + v % 10);
            v /= 10;
        }
        if (scale > 0) {
            buf[--p] = '.';
        }
        do {
            buf[--p] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        pos = end;
    }

    private static void digits2(byte[] b, int at, int v) {
        b[at] = (byte) ('0' + v / 10);
        b[at + 1] = (byte) ('0' + v % 10);
    }

    private static void digits4(byte[] b, int at, int v) {
        b[at] = (byte) ('0' + v / 1000);
        b[at + 1] = (byte) ('0' + v / 100 % 10);
        b[at + 2] = (byte) ('0' + v / 10 % 10);
        b[at + 3] = (byte) ('0' + v % 10);
    }
}
