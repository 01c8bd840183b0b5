package org.derkit.metering;

import org.derkit.model.retail.ReadingQuality;
import org.derkit.model.retail.IntervalClock;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.derkit.metering.internal.Decimals;
import org.derkit.model.InvalidValueException;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * CSV export and import of interval and series data in the columns of the {@code derkit 867}
 * commands (cli.md):
 *
 * <pre>
 * intervals: service_point,meter,role,unit,interval_start,interval_end,value,quality
 * series:    service_point,unit,interval_start,interval_end,value,parts
 * </pre>
 *
 * <p>Instants are ISO-8601 local date-times with the offset of the clock's zone, minutes
 * precision ({@code 2026-11-01T01:00-05:00}, then the repeated hour {@code 2026-11-01T01:00-06:00}).
 * Values are exact plain decimals as the data holds them: no exponent, trailing zeros neither
 * added nor removed. Lines end with LF; cells are quoted only where CSV needs it.
 *
 * <p>Account-level usage ({@link IntervalSeries#isAccountLevel()}: {@code PTD*BQ} intervals without a
 * meter number) is written with an empty {@code meter} cell, and an empty cell reads back as such.
 *
 * <p>Formula injection: a text cell (service point, meter) that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab, a carriage return or an apostrophe is written with a leading
 * apostrophe, which import removes again, so export then import is the identity. Numeric cells are
 * never altered.
 *
 * <p>Export is {@link MeteringCsvWriter}'s, the one CSV writer of derkit: these methods hand it an
 * {@link Appendable} instead of a byte stream.
 *
 * <p>Import checks everything and reports every bad cell with its line and column
 * ({@link MeteringProblem.Kind#CSV_FORMAT}). Consecutive rows with the same service point, meter,
 * role and unit and increasing starts form one series; so do consecutive series rows with the same
 * service point and unit.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class MeteringCsv {

    /** The columns of {@code derkit 867 intervals}. */
    public static final List<String> INTERVAL_COLUMNS = List.of("service_point", "meter", "role", "unit",
            "interval_start", "interval_end", "value", "quality");

    /** The columns of {@code derkit 867 series}. */
    public static final List<String> SERIES_COLUMNS = List.of("service_point", "unit", "interval_start",
            "interval_end", "value", "parts");

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final int MAX_PROBLEMS = 100;

    private MeteringCsv() {
    }

    /**
     * Writes the intervals of several periods: periods in the order given (file order), then meters
     * in report order, then time order.
     *
     * @param out where the CSV goes
     * @param periods the reconstructed periods
     * @param clock the zone in which the interval columns are written
     * @throws UncheckedIOException if the output fails
     */
    public static void writePeriodIntervals(Appendable out, List<ReconstructedPeriod> periods, IntervalClock clock) {
        List<IntervalSeries> all = new ArrayList<>();
        for (ReconstructedPeriod p : periods) {
            all.addAll(p.meters());
        }
        writeIntervals(out, all, clock);
    }

    /**
     * Writes meter series as interval rows, header first, in the order given.
     *
     * @param out where the CSV goes
     * @param meterSeries one series per meter
     * @param clock the zone in which the interval columns are written
     * @throws IllegalArgumentException if a series is a net series (it has no meter)
     * @throws UncheckedIOException if the output fails (an {@link IOException} of the {@link Appendable})
     */
    public static void writeIntervals(Appendable out, Iterable<IntervalSeries> meterSeries, IntervalClock clock) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(meterSeries, "meterSeries");
        Objects.requireNonNull(clock, "clock");
        MeteringCsvWriter w = MeteringCsvWriter.intervals(MeteringCsvWriter.toAppendable(out), clock);
        for (IntervalSeries s : meterSeries) {
            w.write(s);
        }
        w.flush();
    }

    /**
     * Writes the net series of several service points, sorted by service point, unit symbol, then
     * interval start.
     *
     * @param out where the CSV goes
     * @param usages the stitched usage of each service point
     * @param clock the zone in which the interval columns are written
     * @throws UncheckedIOException if the output fails
     */
    public static void writeUsageSeries(Appendable out, List<ServicePointUsage> usages, IntervalClock clock) {
        List<IntervalSeries> all = new ArrayList<>();
        for (ServicePointUsage u : usages) {
            all.addAll(u.netSeries());
        }
        all.sort(Comparator.comparing((IntervalSeries s) -> s.servicePoint().value())
                .thenComparing(s -> s.unit().symbol()));
        writeSeries(out, all, clock);
    }

    /**
     * Writes series rows, header first, in the order given (net series; a meter series may be
     * written too, its meter is not a column).
     *
     * @param out where the CSV goes
     * @param series the series to write
     * @param clock the zone in which the interval columns are written
     * @throws UncheckedIOException if the output fails
     */
    public static void writeSeries(Appendable out, Iterable<IntervalSeries> series, IntervalClock clock) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(clock, "clock");
        MeteringCsvWriter w = MeteringCsvWriter.series(MeteringCsvWriter.toAppendable(out), clock);
        for (IntervalSeries s : series) {
            w.write(s);
        }
        w.flush();
    }

    /**
     * Reads interval rows back into meter series.
     *
     * @param source the name of the input for messages, such as a file name
     * @param in the CSV, header first, as {@link #writeIntervals} writes it
     * @param clock the interval length of the series
     * @return one series per meter, in the order first seen
     * @throws MeteringException listing every bad line and cell
     * @throws UncheckedIOException if reading fails
     */
    public static List<IntervalSeries> readIntervals(Reader in, String source, IntervalClock clock) {
        return read(in, source, clock, true);
    }

    /**
     * Reads series rows back into net series.
     *
     * @param source the name of the input for messages, such as a file name
     * @param in the CSV, header first, as {@link #writeSeries} writes it
     * @param clock the interval length of the series
     * @return one series per service point and unit, in the order first seen
     * @throws MeteringException listing every bad line and cell
     * @throws UncheckedIOException if reading fails
     */
    public static List<IntervalSeries> readSeries(Reader in, String source, IntervalClock clock) {
        return read(in, source, clock, false);
    }

    /** The cell as written: a leading apostrophe before a character a spreadsheet would evaluate. */
    static String neutralise(String text) {
        if (!text.isEmpty()) {
            char c = text.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'') {
                return "'" + text;
            }
        }
        return text;
    }

    private static String restore(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static List<IntervalSeries> read(Reader in, String source, IntervalClock clock, boolean intervals) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(clock, "clock");
        List<String> columns = intervals ? INTERVAL_COLUMNS : SERIES_COLUMNS;
        List<MeteringProblem> problems = new ArrayList<>();
        List<IntervalSeries> out = new ArrayList<>();
        Reading r = new Reading(source, clock, problems);
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(READ).get()) {
            boolean header = true;
            for (CSVRecord rec : parser) {
                long line = rec.getRecordNumber();
                if (header) {
                    header = false;
                    List<String> found = rec.toList();
                    if (!found.equals(columns)) {
                        problems.add(r.problem(line, 0, "header", "header must be exactly "
                                + String.join(",", columns) + " but is " + String.join(",", found)));
                        break;
                    }
                    continue;
                }
                if (rec.size() != columns.size()) {
                    problems.add(r.problem(line, 0, "row", "expected " + columns.size() + " cells, found " + rec.size()));
                } else if (intervals) {
                    r.intervalRow(rec, line, out);
                } else {
                    r.seriesRow(rec, line, out);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
            if (header && problems.isEmpty()) {
                problems.add(r.problem(1, 0, "header", "the input is empty; expected the header " + String.join(",", columns)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add(r.problem(0, 0, "file", "not readable as CSV: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new MeteringException(problems);
        }
        r.flush(out);
        return out;
    }

    /** The state of one import: the series being collected. */
    private static final class Reading {
        private final String source;
        private final IntervalClock clock;
        private final List<MeteringProblem> problems;
        private IntervalSeries.Builder current;
        private String currentKey;
        private long lastStart;

        Reading(String source, IntervalClock clock, List<MeteringProblem> problems) {
            this.source = source;
            this.clock = clock;
            this.problems = problems;
        }

        MeteringProblem problem(long line, int column, String name, String detail) {
            String where = (source.isEmpty() ? "" : source + ", ") + "line " + line
                    + (column > 0 ? ", column " + column + " (" + name + ")" : "");
            return new MeteringProblem(MeteringProblem.Kind.CSV_FORMAT, where, detail);
        }

        void intervalRow(CSVRecord rec, long line, List<IntervalSeries> out) {
            int before = problems.size();
            ServicePointId sp = cell(line, 1, "service_point", () -> ServicePointId.of(restore(rec.get(0))));
            // an empty meter cell is account-level usage (PTD*BQ, no REF*MG)
            boolean account = rec.get(1).isEmpty();
            MeterNumber meter = account ? null : cell(line, 2, "meter", () -> MeterNumber.of(restore(rec.get(1))));
            MeterRole role = cell(line, 3, "role", () -> MeterRole.parse(rec.get(2)));
            MeterUnit unit = cell(line, 4, "unit", () -> MeterUnit.parse(rec.get(3)));
            Instant start = instant(line, 5, "interval_start", rec.get(4));
            Instant end = instant(line, 6, "interval_end", rec.get(5));
            BigDecimal value = number(line, 7, "value", rec.get(6));
            ReadingQuality quality = cell(line, 8, "quality", () -> ReadingQuality.parse(rec.get(7)));
            if (problems.size() > before) {
                return;
            }
            int len = length(line, 6, start, end);
            if (len < 0) {
                return;
            }
            String key = sp.value() + "\u0000" + (account ? "" : meter.value()) + "\u0000" + role + "\u0000" + unit
                    + "\u0000" + len;
            append(key, () -> account ? IntervalSeries.accountBuilder(sp, role, unit, len)
                    : IntervalSeries.meterBuilder(sp, meter, role, unit, len), line, start, value, 1,
                    quality == ReadingQuality.ESTIMATED, out);
        }

        void seriesRow(CSVRecord rec, long line, List<IntervalSeries> out) {
            int before = problems.size();
            ServicePointId sp = cell(line, 1, "service_point", () -> ServicePointId.of(restore(rec.get(0))));
            MeterUnit unit = cell(line, 2, "unit", () -> MeterUnit.parse(rec.get(1)));
            Instant start = instant(line, 3, "interval_start", rec.get(2));
            Instant end = instant(line, 4, "interval_end", rec.get(3));
            BigDecimal value = number(line, 5, "value", rec.get(4));
            Integer parts = cell(line, 6, "parts", () -> {
                String t = rec.get(5);
                if (!t.matches("[1-9][0-9]{0,2}") || Integer.parseInt(t) > 127) {
                    throw new InvalidValueException("parts", "1 to 127", "'" + t + "'");
                }
                return Integer.parseInt(t);
            });
            if (problems.size() > before) {
                return;
            }
            int len = length(line, 4, start, end);
            if (len < 0) {
                return;
            }
            String key = sp.value() + "\u0000" + unit + "\u0000" + len;
            append(key, () -> IntervalSeries.netBuilder(sp, unit, len), line, start, value, parts, false, out);
        }

        private void append(String key, java.util.function.Supplier<IntervalSeries.Builder> builder, long line,
                Instant start, BigDecimal value, int parts, boolean estimated, List<IntervalSeries> out) {
            long s = start.getEpochSecond();
            if (current == null || !key.equals(currentKey) || s <= lastStart) {
                flush(out);
                current = builder.get();
                currentKey = key;
            }
            try {
                current.add(s, Decimals.unscaled(value), value.scale(), parts, estimated);
            } catch (InvalidValueException e) {
                problems.add(problem(line, 0, "interval_start", "start " + clock.format(start)
                        + " is not on the interval grid of the rows before it"));
                return;
            }
            lastStart = s;
        }

        void flush(List<IntervalSeries> out) {
            if (current != null && current.size() > 0) {
                out.add(current.build());
            }
            current = null;
            currentKey = null;
        }

        private <T> T cell(long line, int column, String name, java.util.function.Supplier<T> parse) {
            try {
                return parse.get();
            } catch (InvalidValueException e) {
                problems.add(problem(line, column, name, e.getMessage()));
                return null;
            }
        }

        private Instant instant(long line, int column, String name, String text) {
            try {
                Instant t = IntervalClock.parseInstant(text);
                String canonical = clock.format(t);
                if (!canonical.equals(text)) {
                    problems.add(problem(line, column, name, "'" + text + "' is not the " + clock.zone()
                            + " form of its instant, which is " + canonical));
                    return null;
                }
                return t;
            } catch (DateTimeParseException e) {
                problems.add(problem(line, column, name, "'" + text
                        + "' is not an ISO local date-time with offset, minutes precision, such as 2026-03-08T03:00-05:00"));
                return null;
            }
        }

        private BigDecimal number(long line, int column, String name, String text) {
            BigDecimal v = Decimals.parsePlain(text);
            if (v == null) {
                problems.add(problem(line, column, name, "'" + text
                        + "' is not a plain decimal (optional minus, digits, optional point; at most 18 digits)"));
            }
            return v;
        }

        private int length(long line, int column, Instant start, Instant end) {
            long minutes = (end.getEpochSecond() - start.getEpochSecond()) / 60;
            if (minutes <= 0 || minutes > 60 || 60 % minutes != 0) {
                problems.add(problem(line, column, "interval_end", "interval from " + clock.format(start) + " to "
                        + clock.format(end) + " is not a divisor of 60 minutes long"));
                return -1;
            }
            return (int) minutes;
        }
    }
}
