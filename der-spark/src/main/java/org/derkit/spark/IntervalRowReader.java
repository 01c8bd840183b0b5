package org.derkit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.unsafe.types.UTF8String;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi867;
import org.derkit.edi.ErrorMode;
import org.derkit.edi.Location;
import org.derkit.edi.Transaction;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Problem;
import org.derkit.edi.X12Reader;
import org.derkit.metering.TransactionSetId;
import org.derkit.metering.UsageReader;
import org.derkit.metering.IntervalSeries;
import org.derkit.model.retail.ReadingQuality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one 867 file into interval rows ({@link IntervalColumns}), one transaction set at a time:
 * memory holds one transaction set, whatever the size of the file.
 *
 * <p>A malformed record is a transaction set (or the file, when its envelope is broken): in
 * {@code PERMISSIVE} mode it becomes one row whose corrupt-record column holds the problem, in
 * {@code DROPMALFORMED} mode it is left out and counted in a warning, in {@code FAILFAST} mode it
 * throws {@link Malformed867Exception}. A file that cannot be read fails the task in every mode.
 */
final class IntervalRowReader implements PartitionReader<InternalRow> {

    private static final Logger LOG = LoggerFactory.getLogger(IntervalRowReader.class);
    private static final int MAX_PROBLEMS = 10_000;
    private static final UTF8String ACTUAL = UTF8String.fromString("actual");
    private static final UTF8String ESTIMATED = UTF8String.fromString("estimated");

    /** The last column that is about the transaction set rather than one interval (period_end). */
    private static final int LAST_HEADER_COLUMN = 9;

    /** Column number of the corrupt record in the full schema. */
    private static final int CORRUPT = IntervalColumns.schema().size();

    private final String file;
    private final UTF8String fileText;
    private final ReadMode mode;
    private final int[] columns;
    private final AmerenProfile profile = AmerenProfile.DEFAULT;
    private final UsageReader usageReader = UsageReader.ameren();
    private final ZoneRules rules = AmerenProfile.DEFAULT.zone().getRules();
    private final Map<ZoneOffset, UTF8String> offsets = new HashMap<>();
    private final X12Reader reader;
    private final GenericInternalRow row;
    private final ArrayDeque<String[]> corrupt = new ArrayDeque<>();

    private int problemsSeen;
    private int transactions867;
    private int dropped;
    private boolean finished;

    // the transaction set whose rows are being written
    private TransactionPeriod current;
    private List<IntervalSeries> series;
    private int seriesIndex;
    private int valueIndex = -1;
    private UTF8String interchange;
    private UTF8String transactionControl;
    private UTF8String reference;
    private Integer reportDate;
    private UTF8String purpose;
    private UTF8String originalReference;
    /** Whether the header-only row of a transaction set without interval values is due. */
    private boolean headerRowDue;
    private UTF8String servicePoint;
    private Integer periodStart;
    private Integer periodEnd;
    private UTF8String meter;
    private UTF8String role;
    private UTF8String unit;
    private Decimal multiplier;
    private int intervalSeconds;

    /**
     * A reader of one file.
     *
     * @param columns the columns to produce: their numbers in {@link IntervalColumns#schema()}, the
     *        corrupt record after the last
     */
    IntervalRowReader(String file, InputStream in, ReadMode mode, int[] columns) {
        this(file, in, mode, columns, 0, 1, true);
    }

    /**
     * A reader of a part of one file: whole interchanges from byte {@code firstByte} on, located in
     * messages as in the whole file.
     *
     * @param saysNo867 whether this part reports a file without an 867 (only one part of a file does)
     */
    IntervalRowReader(String file, InputStream in, ReadMode mode, int[] columns, long firstByte, long firstLine,
            boolean saysNo867) {
        this.file = file;
        this.fileText = UTF8String.fromString(file);
        this.mode = mode;
        this.columns = columns.clone();
        this.row = new GenericInternalRow(columns.length);
        this.saysNo867 = saysNo867;
        this.reader = X12Factory.newFactory().withProfile(profile).withMode(ErrorMode.COLLECTING)
                .withMaxProblems(MAX_PROBLEMS).newReader(in, firstByte, firstLine);
    }

    private final boolean saysNo867;

    @Override
    public boolean next() throws IOException {
        while (true) {
            if (headerRowDue) {
                headerRowDue = false;
                headerRow();
                return true;
            }
            if (series != null && advanceValue()) {
                return true;
            }
            if (!corrupt.isEmpty()) {
                corruptRow(corrupt.poll());
                return true;
            }
            if (finished) {
                return false;
            }
            readTransaction();
        }
    }

    /** Reads the next transaction set, queueing the problems met on the way. */
    private void readTransaction() throws IOException {
        Transaction t = null;
        try {
            if (reader.hasNext()) {
                t = reader.next();
            }
        } catch (UncheckedIOException e) {
            throw new IOException("cannot read " + file + ": " + e.getCause().getMessage(), e.getCause());
        }
        queueProblems();
        if (t == null) {
            finished = true;
            if (reader.problems().size() >= MAX_PROBLEMS) {
                problem(null, null, "more than " + MAX_PROBLEMS + " problems: the rest of the file was not read");
            } else if (transactions867 == 0 && problemsSeen == 0 && saysNo867) {
                problem(null, null, "no 867 transaction set in the file");
            }
            if (dropped > 0) {
                LOG.warn("{}: {} malformed records dropped (mode DROPMALFORMED)", file, dropped);
            }
            return;
        }
        if (!(t instanceof Edi867)) {
            return;
        }
        transactions867++;
        Edi867 edi = (Edi867) t;
        String isa = reader.interchangeHeader().controlNumber();
        TransactionSetId id = new TransactionSetId(isa, reader.groupHeader().controlNumber(), edi.controlNumber());
        try {
            start(TransactionPeriod.of(edi, id, reader.interchangeHeader().senderId(), file, usageReader), isa);
        } catch (TransactionPeriod.Problem p) {
            problem(isa, edi.controlNumber(), p.getMessage());
        }
    }

    private void queueProblems() {
        List<X12Problem> problems = reader.problems();
        while (problemsSeen < problems.size()) {
            X12Problem p = problems.get(problemsSeen++);
            Location l = p.location();
            problem(l.interchangeControlNumber().isEmpty() ? null : l.interchangeControlNumber(),
                    l.transactionControlNumber().isEmpty() ? null : l.transactionControlNumber(), p.message());
        }
    }

    private void problem(String isa, String st, String message) {
        switch (mode) {
            case FAILFAST:
                throw new Malformed867Exception(file, message);
            case DROPMALFORMED:
                dropped++;
                return;
            default:
                corrupt.add(new String[] {isa, st, message});
        }
    }

    private void start(TransactionPeriod usage, String isa) {
        Edi867 t = usage.transaction;
        current = usage;
        series = usage.period == null ? null : usage.period.meters();
        seriesIndex = -1;
        valueIndex = -1;
        interchange = UTF8String.fromString(isa);
        transactionControl = UTF8String.fromString(t.controlNumber());
        reference = UTF8String.fromString(t.reference());
        reportDate = (int) t.reportDate().toEpochDay();
        purpose = UTF8String.fromString(usage.purpose);
        originalReference = t.originalReference().isEmpty() ? null : UTF8String.fromString(t.originalReference());
        servicePoint = UTF8String.fromString(usage.servicePoint.value());
        periodStart = usage.periodStart == null ? null : (int) usage.periodStart.toEpochDay();
        periodEnd = usage.periodEnd == null ? null : (int) usage.periodEnd.toEpochDay();
        if (usage.period == null) {
            // a cancellation without interval values: one row that carries what it cancels
            series = null;
            current = null;
            headerRowDue = true;
            return;
        }
        nextSeries();
    }

    /** The row of a transaction set without interval values: header columns set, interval columns null. */
    private void headerRow() {
        GenericInternalRow r = row;
        for (int k = 0; k < columns.length; k++) {
            int c = columns[k];
            r.update(k, c <= LAST_HEADER_COLUMN ? value(c, null, 0, 0) : null);
        }
    }

    private boolean nextSeries() {
        seriesIndex++;
        valueIndex = -1;
        if (seriesIndex >= series.size()) {
            series = null;
            current = null;
            return false;
        }
        IntervalSeries s = series.get(seriesIndex);
        meter = UTF8String.fromString(s.meter().orElseThrow().value());
        role = UTF8String.fromString(s.role().orElseThrow().code());
        unit = UTF8String.fromString(s.unit().symbol());
        multiplier = decimal(current.multipliers.get(TransactionPeriod.key(s.meter().orElseThrow(), s.unit())));
        intervalSeconds = s.intervalMinutes() * 60;
        return true;
    }

    private boolean advanceValue() {
        while (true) {
            IntervalSeries s = series.get(seriesIndex);
            if (++valueIndex < s.size()) {
                valueRow(s, valueIndex);
                return true;
            }
            if (!nextSeries()) {
                return false;
            }
        }
    }

    private void valueRow(IntervalSeries s, int i) {
        long start = s.startSeconds(i);
        GenericInternalRow r = row;
        int[] cols = columns;
        for (int k = 0; k < cols.length; k++) {
            r.update(k, value(cols[k], s, i, start));
        }
    }

    private Object value(int column, IntervalSeries s, int i, long start) {
        switch (column) {
            case 0: return fileText;
            case 1: return interchange;
            case 2: return transactionControl;
            case 3: return reference;
            case 4: return reportDate;
            case 5: return purpose;
            case 6: return originalReference;
            case 7: return servicePoint;
            case 8: return periodStart;
            case 9: return periodEnd;
            case 10: return meter;
            case 11: return role;
            case 12: return unit;
            case 13: return multiplier;
            case 14: return start * 1_000_000L;
            case 15: return (start + intervalSeconds) * 1_000_000L;
            case 16: return offset(start);
            case 17: return decimal(s.unscaled(i), s.scale(i));
            case 18: return s.quality(i) == ReadingQuality.ESTIMATED ? ESTIMATED : ACTUAL;
            default: return null;
        }
    }

    private void corruptRow(String[] problem) {
        GenericInternalRow r = row;
        for (int k = 0; k < columns.length; k++) {
            switch (columns[k]) {
                case 0:
                    r.update(k, fileText);
                    break;
                case 1:
                    r.update(k, problem[0] == null ? null : UTF8String.fromString(problem[0]));
                    break;
                case 2:
                    r.update(k, problem[1] == null ? null : UTF8String.fromString(problem[1]));
                    break;
                default:
                    r.update(k, columns[k] == CORRUPT ? UTF8String.fromString(problem[2]) : null);
            }
        }
    }

    private UTF8String offset(long epochSecond) {
        ZoneOffset o = rules.getOffset(java.time.Instant.ofEpochSecond(epochSecond));
        UTF8String text = offsets.get(o);
        if (text == null) {
            text = UTF8String.fromString(o.getId());
            offsets.put(o, text);
        }
        return text;
    }

    static Decimal decimal(long unscaled, int scale) {
        Decimal d = new Decimal().set(unscaled, 18, scale);
        if (!d.changePrecision(IntervalColumns.DECIMAL.precision(), IntervalColumns.DECIMAL.scale())) {
            throw new ArithmeticException(unscaled + "E-" + scale + " does not fit " + IntervalColumns.DECIMAL);
        }
        return d;
    }

    static Decimal decimal(BigDecimal value) {
        Decimal d = Decimal.apply(value);
        if (!d.changePrecision(IntervalColumns.DECIMAL.precision(), IntervalColumns.DECIMAL.scale())) {
            throw new ArithmeticException(value.toPlainString() + " does not fit " + IntervalColumns.DECIMAL);
        }
        return d;
    }

    @Override
    public InternalRow get() {
        return row;
    }

    @Override
    public void close() {
        reader.close();
    }
}
