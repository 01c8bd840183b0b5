package org.derkit.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.derkit.edi.AmerenProfile;
import org.derkit.metering.IntervalSeries;
import org.derkit.metering.MeteringException;
import org.derkit.metering.MeteringProblem;
import org.derkit.model.retail.ReadingQuality;
import org.derkit.metering.ReconstructedPeriod;
import org.derkit.metering.ServicePointUsage;
import org.derkit.metering.Stitcher;
import org.derkit.model.InvalidValueException;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * Stitched net usage per service point from the rows of the {@code derkit-867} source, at the
 * scale of a Spark cluster: one group per service point, each stitched by der-metering's
 * {@link Stitcher}, so the results equal der-metering's for the same files.
 *
 * <pre>{@code
 * Dataset<Row> intervals = spark.read().format("derkit-867").option("mode", "FAILFAST").load(paths);
 * Dataset<Row> series = StitchedSeries.series(intervals);   // one row per service point, unit and hour
 * Dataset<Row> report = StitchedSeries.report(intervals);   // one row per service point and unit
 * }</pre>
 *
 * <p>From PySpark: {@code DataFrame(spark._jvm.org.derkit.spark.StitchedSeries.series(df._jdf), spark)};
 * from Scala: {@code StitchedSeries.series(df)}.
 *
 * <p>Per service point:
 * <ol>
 * <li><b>Cancellations and replacements</b> (BPT01), matched by reference as the 867 guides
 *     define them: a cancellation ({@code 01}) removes the report whose BPT02
 *     ({@code report_reference}) its BPT09 ({@code original_reference}) names; a replacement
 *     ({@code 05}) supersedes the report it names and its own usage stands instead; a report
 *     superseded by a replacement that is itself cancelled or replaced stays superseded. The order
 *     the files are read in does not matter. A problem of the service point (so an error of
 *     {@link #series}, as in {@code FAILFAST}, and a line of {@link #report}'s problems, as in
 *     {@code PERMISSIVE}): a cancellation or replacement naming no report read for the service
 *     point, a report replaced twice, and a report read twice (the same BPT01 and BPT02 in two
 *     transaction sets, or the same BPT02 of two reports that carry usage: a duplicate file,
 *     say).</li>
 * <li><b>Stitching</b> of the remaining periods by der-metering: a split hour (the read inside an
 *     hour, RES FAQ 22) is the sum of its two parts ({@code parts} = 2); an hour in two periods
 *     other than at their boundary is an overlap problem; each subtractive meter ({@code role} S) is
 *     subtracted from the additive ones, per unit and interval (RES-18).</li>
 * <li><b>Energy</b>, per energy unit (kWh, kvarh): the exact sum of the series equals the exact sum
 *     of the applied rows, additive minus subtractive, computed from the rows apart from
 *     der-metering, and der-metering's own {@link ServicePointUsage#isEnergyConserved()} holds.</li>
 * </ol>
 * {@link #series} fails the job ({@link UsageStitchingException}) at a service point with any
 * problem; {@link #report} reports every service point, problems included, and never fails for
 * them. Rows with a corrupt record are problems: read in {@code FAILFAST} or
 * {@code DROPMALFORMED} mode, or filter them out knowingly, before stitching.
 *
 * <p>Memory: a service point's rows are held by one task while it is stitched (a year of hourly
 * kWh of three meters is 26,280 rows).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class StitchedSeries {

    /** The columns stitching reads, in this order. */
    private static final String[] INPUT = {
        IntervalColumns.SERVICE_POINT, IntervalColumns.SOURCE_FILE, IntervalColumns.INTERCHANGE_CONTROL,
        IntervalColumns.TRANSACTION_CONTROL, IntervalColumns.PURPOSE, IntervalColumns.REPORT_DATE,
        IntervalColumns.PERIOD_START, IntervalColumns.PERIOD_END, IntervalColumns.METER, IntervalColumns.ROLE,
        IntervalColumns.UNIT, IntervalColumns.INTERVAL_START, IntervalColumns.VALUE, IntervalColumns.QUALITY,
        IntervalColumns.REPORT_REFERENCE, IntervalColumns.ORIGINAL_REFERENCE,
    };
    /** The position of the corrupt record among the columns stitching reads (after {@link #INPUT}). */
    private static final int CORRUPT = 16;

    /** Column of the series and the report: the number of pieces summed into the interval (2 for a split hour). */
    public static final String PARTS = "parts";
    /** Report column: transaction sets read for the service point. */
    public static final String TRANSACTIONS = "transactions";
    /** Report column: transaction sets whose usage stands after cancellations and replacements. */
    public static final String APPLIED = "applied";
    /** Report column: usage removed by a cancellation. */
    public static final String CANCELLED = "cancelled";
    /** Report column: usage taken over by a replacement. */
    public static final String REPLACED = "replaced";
    /** Report column: split hours summed in the net series. */
    public static final String SPLIT_HOURS = "split_hours";
    /** Report column: intervals of the net series. */
    public static final String INTERVALS = "intervals";
    /** Report column: the exact sum of the applied rows, additive minus subtractive. */
    public static final String INPUT_TOTAL = "input_total";
    /** Report column: the exact sum of the net series. */
    public static final String SERIES_TOTAL = "series_total";
    /** Report column: true when energy is conserved, null for demand (kW), which is not energy. */
    public static final String ENERGY_CONSERVED = "energy_conserved";
    /** Report column: the problems of the service point, null when there is none. */
    public static final String PROBLEMS = "problems";

    private static final StructType SERIES = new StructType()
            .add(IntervalColumns.SERVICE_POINT, DataTypes.StringType, false)
            .add(IntervalColumns.UNIT, DataTypes.StringType, false)
            .add(IntervalColumns.INTERVAL_START, DataTypes.TimestampType, false)
            .add(IntervalColumns.INTERVAL_END, DataTypes.TimestampType, false)
            .add(IntervalColumns.UTC_OFFSET, DataTypes.StringType, false)
            .add(IntervalColumns.VALUE, IntervalColumns.DECIMAL, false)
            .add(PARTS, DataTypes.IntegerType, false)
            .add(IntervalColumns.QUALITY, DataTypes.StringType, false);

    private static final StructType REPORT = new StructType()
            .add(IntervalColumns.SERVICE_POINT, DataTypes.StringType, true)
            .add(IntervalColumns.UNIT, DataTypes.StringType, true)
            .add(TRANSACTIONS, DataTypes.IntegerType, false)
            .add(APPLIED, DataTypes.IntegerType, false)
            .add(CANCELLED, DataTypes.IntegerType, false)
            .add(REPLACED, DataTypes.IntegerType, false)
            .add(SPLIT_HOURS, DataTypes.IntegerType, true)
            .add(INTERVALS, DataTypes.IntegerType, true)
            .add(INPUT_TOTAL, IntervalColumns.DECIMAL, true)
            .add(SERIES_TOTAL, IntervalColumns.DECIMAL, true)
            .add(ENERGY_CONSERVED, DataTypes.BooleanType, true)
            .add(PROBLEMS, DataTypes.StringType, true);

    private StitchedSeries() {
    }

    /**
     * The schema of {@link #series}: service_point, unit, interval_start, interval_end, utc_offset,
     * value (decimal(38,18)), parts, quality ({@code estimated} if any piece was).
     *
     * @return the schema
     */
    public static StructType seriesSchema() {
        return SERIES;
    }

    /**
     * The schema of {@link #report}: service_point, unit, transactions, applied, cancelled,
     * replaced, split_hours, intervals, input_total, series_total, energy_conserved, problems.
     *
     * @return the schema
     */
    public static StructType reportSchema() {
        return REPORT;
    }

    /**
     * The stitched net series of every service point and unit, one row per interval.
     *
     * @param intervals rows of the {@code derkit-867} source (at least the columns it stitches by)
     * @return the series, lazily: the job fails with {@link UsageStitchingException} naming the first
     *         service point with a problem
     * @throws InvalidValueException if a column stitching needs is missing
     */
    public static Dataset<Row> series(Dataset<Row> intervals) {
        return stitch(intervals, false);
    }

    /**
     * One row per service point and unit (per service point when it has problems, unit null):
     * transaction sets read and applied, cancellations and replacements applied, split hours,
     * intervals, both exact totals, whether energy is conserved, and the problems.
     *
     * @param intervals rows of the {@code derkit-867} source
     * @return the report, lazily
     * @throws InvalidValueException if a column stitching needs is missing
     */
    public static Dataset<Row> report(Dataset<Row> intervals) {
        return stitch(intervals, true);
    }

    private static Dataset<Row> stitch(Dataset<Row> intervals, boolean report) {
        Objects.requireNonNull(intervals, "intervals");
        List<String> columns = List.of(intervals.columns());
        List<Column> select = new ArrayList<>();
        for (String c : INPUT) {
            if (!columns.contains(c)) {
                throw new InvalidValueException("intervals", "the columns of the derkit-867 source", "no column " + c);
            }
            select.add(functions.col(c));
        }
        String corrupt = IntervalColumns.CORRUPT_RECORD;
        select.add(columns.contains(corrupt) ? functions.col(corrupt) : functions.lit(null).cast(DataTypes.StringType));
        boolean java8 = "true".equalsIgnoreCase(intervals.sparkSession().conf()
                .get("spark.sql.datetime.java8API.enabled", "false"));
        Dataset<Row> input = intervals.select(select.toArray(new Column[0]));
        return input.groupByKey((MapFunction<Row, String>) r -> r.isNullAt(0) ? "" : r.getString(0), Encoders.STRING())
                .flatMapGroups(new Group(report, java8), Encoders.row(report ? REPORT : SERIES));
    }

    /** Stitches one service point. */
    private static final class Group implements FlatMapGroupsFunction<String, Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private final boolean report;
        private final boolean java8;

        Group(boolean report, boolean java8) {
            this.report = report;
            this.java8 = java8;
        }

        @Override
        public Iterator<Row> call(String servicePoint, Iterator<Row> rows) {
            ServicePointRun run = new ServicePointRun(servicePoint);
            run.read(rows);
            if (run.problems.isEmpty()) {
                run.stitch();
            }
            if (!run.problems.isEmpty()) {
                if (!report) {
                    throw new UsageStitchingException("service point " + (servicePoint.isEmpty() ? "(none)" : servicePoint)
                            + " does not stitch: " + String.join("; ", run.problems));
                }
                return List.of(RowFactory.create(servicePoint.isEmpty() ? null : servicePoint, null, run.transactions.size(),
                        run.applied, run.cancelled, run.replaced, null, null, null, null, null,
                        String.join("; ", run.problems))).iterator();
            }
            return report ? run.reportRows().iterator() : run.seriesRows(java8).iterator();
        }
    }

    /** One transaction set's rows. */
    private static final class Txn {
        final String file;
        final String interchange;
        final String control;
        final String purpose;
        final LocalDate reportDate;
        final LocalDate start;
        final LocalDate end;
        final String reference;
        final String originalReference;
        final Map<String, List<Object[]>> channels = new LinkedHashMap<>();

        Txn(Row r) {
            file = r.getString(1);
            interchange = r.getString(2);
            control = r.getString(3);
            purpose = r.getString(4);
            reportDate = r.isNullAt(5) ? null : date(r.get(5));
            start = r.isNullAt(6) ? null : date(r.get(6));
            end = r.isNullAt(7) ? null : date(r.get(7));
            reference = r.isNullAt(14) ? "" : r.getString(14);
            originalReference = r.isNullAt(15) ? "" : r.getString(15);
        }

        boolean isUsage() {
            return IntervalColumns.ORIGINAL.equals(purpose) || IntervalColumns.REPLACEMENT.equals(purpose);
        }

        String name() {
            return file + " ST " + control + " (interchange " + interchange + ")";
        }
    }

    private static final Comparator<Txn> TXN_ORDER = Comparator.comparing((Txn t) -> t.reportDate,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(t -> t.file).thenComparing(t -> t.interchange).thenComparing(t -> t.control);

    /** The work of one service point. */
    private static final class ServicePointRun {
        final String servicePoint;
        final Map<String, Txn> transactions = new LinkedHashMap<>();
        final List<String> problems = new ArrayList<>();
        int applied;
        int cancelled;
        int replaced;
        ServicePointUsage usage;
        final Map<MeterUnit, BigDecimal> inputTotals = new TreeMap<>();

        ServicePointRun(String servicePoint) {
            this.servicePoint = servicePoint;
        }

        void read(Iterator<Row> rows) {
            while (rows.hasNext()) {
                Row r = rows.next();
                if (!r.isNullAt(CORRUPT)) {
                    if (problems.size() < 10) {
                        problems.add("malformed input row of " + r.getString(1) + ": " + r.getString(CORRUPT));
                    }
                    continue;
                }
                String key = r.getString(1) + "\u0000" + r.getString(2) + "\u0000" + r.getString(3);
                Txn t = transactions.computeIfAbsent(key, k -> new Txn(r));
                if (r.isNullAt(8)) {
                    continue; // the row of a transaction set without interval values (a cancellation)
                }
                String channel = r.getString(8) + "\u0000" + r.getString(9) + "\u0000" + r.getString(10);
                t.channels.computeIfAbsent(channel, k -> new ArrayList<>()).add(new Object[] {
                    epochSecond(r.get(11)), r.getDecimal(12), r.getString(13)});
            }
        }

        void stitch() {
            List<Txn> all = new ArrayList<>(transactions.values());
            all.sort(TXN_ORDER);
            Map<String, Txn> reports = new HashMap<>();
            Map<String, Txn> usageByReference = new HashMap<>();
            List<Txn> superseding = new ArrayList<>();
            for (Txn t : all) {
                if (!IntervalColumns.ORIGINAL.equals(t.purpose) && !IntervalColumns.CANCELLATION.equals(t.purpose)
                        && !IntervalColumns.REPLACEMENT.equals(t.purpose)) {
                    problems.add(t.name() + ": purpose '" + t.purpose + "' is not original, cancellation or replacement");
                    continue;
                }
                Txn first = reports.putIfAbsent(t.purpose + "\u0000" + t.reference, t);
                if (first != null) {
                    problems.add(t.purpose + " report '" + t.reference + "' (BPT02) of " + t.name()
                            + " was already read in " + first.name() + " (a duplicate?): its usage is not read twice");
                    continue;
                }
                if (t.isUsage()) {
                    Txn other = usageByReference.putIfAbsent(t.reference, t);
                    if (other != null) {
                        problems.add("report '" + t.reference + "' (BPT02) of " + t.name() + " was already read in "
                                + other.name() + " as " + other.purpose + ": a cancellation or replacement could not "
                                + "tell them apart");
                    }
                }
                if (!IntervalColumns.ORIGINAL.equals(t.purpose)) {
                    superseding.add(t);
                }
            }
            java.util.Set<String> superseded = new java.util.HashSet<>();
            Map<String, Txn> replacedBy = new HashMap<>();
            for (Txn t : superseding) {
                boolean cancellation = IntervalColumns.CANCELLATION.equals(t.purpose);
                Txn target = usageByReference.get(t.originalReference);
                if (target == null || target == t) {
                    problems.add("the " + t.purpose + " " + t.name() + " (BPT02 '" + t.reference + "') names report '"
                            + t.originalReference + "' (BPT09), which no row of service point " + servicePoint
                            + " holds: read it together with the report it " + (cancellation ? "cancels" : "replaces"));
                    continue;
                }
                if (!cancellation) {
                    Txn earlier = replacedBy.putIfAbsent(t.originalReference, t);
                    if (earlier != null) {
                        problems.add("report '" + t.originalReference + "' is replaced twice: by '" + earlier.reference
                                + "' (" + earlier.name() + ") and by '" + t.reference + "' (" + t.name()
                                + "); which one stands cannot be told");
                        continue;
                    }
                }
                superseded.add(t.originalReference);
                if (cancellation) {
                    cancelled++;
                } else {
                    replaced++;
                }
            }
            List<Txn> standing = new ArrayList<>();
            for (Txn t : all) {
                if (t.isUsage() && !superseded.contains(t.reference) && usageByReference.get(t.reference) == t) {
                    standing.add(t);
                }
            }
            applied = standing.size();
            if (!problems.isEmpty() || standing.isEmpty()) {
                return;
            }
            List<ReconstructedPeriod> periods = new ArrayList<>();
            ServicePointId sp;
            try {
                sp = ServicePointId.of(servicePoint);
                for (Txn t : standing) {
                    periods.add(period(sp, t));
                }
            } catch (InvalidValueException e) {
                problems.add(e.getMessage());
                return;
            }
            try {
                usage = Stitcher.stitch(periods);
            } catch (MeteringException e) {
                for (MeteringProblem p : e.problems()) {
                    problems.add(p.kind() + ": " + p.message());
                }
                return;
            }
            if (!usage.isEnergyConserved()) {
                problems.add("der-metering's energy check fails");
            }
            for (IntervalSeries net : usage.netSeries()) {
                BigDecimal in = inputTotals.getOrDefault(net.unit(), BigDecimal.ZERO);
                if (net.unit().isEnergy() && in.compareTo(net.total()) != 0) {
                    problems.add(net.unit().symbol() + " not conserved: rows sum to " + in.toPlainString()
                            + ", the series to " + net.total().toPlainString());
                }
            }
        }

        private ReconstructedPeriod period(ServicePointId sp, Txn t) {
            List<IntervalSeries> meters = new ArrayList<>();
            for (Map.Entry<String, List<Object[]>> e : t.channels.entrySet()) {
                String[] parts = e.getKey().split("\u0000", -1);
                MeterRole role = MeterRole.parse(parts[1]);
                MeterUnit unit = MeterUnit.parse(parts[2]);
                List<Object[]> values = e.getValue();
                values.sort(Comparator.comparingLong(v -> (Long) v[0]));
                IntervalSeries.Builder b = IntervalSeries.meterBuilder(sp, MeterNumber.of(parts[0]), role, unit,
                        AmerenProfile.DEFAULT.intervalMinutes()).capacity(values.size());
                BigDecimal total = BigDecimal.ZERO;
                for (Object[] v : values) {
                    BigDecimal value = ((BigDecimal) v[1]).stripTrailingZeros();
                    if (value.scale() < 0) {
                        value = value.setScale(0);
                    }
                    total = total.add(value);
                    b.add((Long) v[0], value.unscaledValue().longValueExact(), value.scale(), 1,
                            "estimated".equals(v[2]));
                }
                inputTotals.merge(unit, role == MeterRole.SUBTRACTIVE ? total.negate() : total, BigDecimal::add);
                meters.add(b.build());
            }
            return new ReconstructedPeriod(sp, new BillingPeriod(t.start, t.end), t.name(), meters);
        }

        List<Row> seriesRows(boolean java8) {
            ZoneRules rules = AmerenProfile.DEFAULT.zone().getRules();
            List<Row> out = new ArrayList<>();
            if (usage == null) {
                return out;
            }
            for (IntervalSeries net : usage.netSeries()) {
                String unit = net.unit().symbol();
                for (int i = 0; i < net.size(); i++) {
                    Instant start = net.start(i);
                    Instant end = net.end(i);
                    ZoneOffset offset = rules.getOffset(start);
                    out.add(RowFactory.create(servicePoint, unit, java8 ? start : Timestamp.from(start),
                            java8 ? end : Timestamp.from(end), offset.getId(), net.value(i), net.parts(i),
                            net.quality(i) == ReadingQuality.ESTIMATED ? "estimated" : "actual"));
                }
            }
            return out;
        }

        List<Row> reportRows() {
            List<Row> out = new ArrayList<>();
            if (usage == null) {
                // every period cancelled: nothing stands, which is no problem
                out.add(RowFactory.create(servicePoint, null, transactions.size(), applied, cancelled, replaced, null,
                        null, null, null, null, null));
                return out;
            }
            Map<MeterUnit, Integer> splits = new HashMap<>();
            for (IntervalSeries net : usage.netSeries()) {
                int n = 0;
                for (int i = 0; i < net.size(); i++) {
                    if (net.parts(i) > 1) {
                        n++;
                    }
                }
                splits.put(net.unit(), n);
            }
            for (IntervalSeries net : usage.netSeries()) {
                BigDecimal in = inputTotals.getOrDefault(net.unit(), BigDecimal.ZERO);
                Boolean conserved = net.unit().isEnergy() ? in.compareTo(net.total()) == 0 : null;
                out.add(RowFactory.create(servicePoint, net.unit().symbol(), transactions.size(), applied, cancelled,
                        replaced, splits.get(net.unit()), net.size(), in, net.total(), conserved, null));
            }
            return Collections.unmodifiableList(out);
        }
    }

    static LocalDate date(Object o) {
        if (o instanceof LocalDate) {
            return (LocalDate) o;
        }
        return ((java.sql.Date) o).toLocalDate();
    }

    static long epochSecond(Object o) {
        if (o instanceof Instant) {
            return ((Instant) o).getEpochSecond();
        }
        return ((Timestamp) o).toInstant().getEpochSecond();
    }
}
