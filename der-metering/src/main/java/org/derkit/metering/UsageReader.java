package org.derkit.metering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.DateReference;
import org.derkit.edi.Edi867;
import org.derkit.edi.IntervalChannel;
import org.derkit.edi.Location;
import org.derkit.edi.Transaction;
import org.derkit.edi.UsageLoop;
import org.derkit.edi.X12Exception;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Problem;
import org.derkit.edi.X12Reader;
import org.derkit.metering.internal.Decimals;
import org.derkit.model.InvalidValueException;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * Reads 867 files into usage: the entry point for a utility or supplier system that has 867s and
 * wants intervals and stitched series, without writing glue between der-edi and der-metering.
 *
 * <p>Two ways to read, one rule set:
 * <ul>
 * <li><b>Streaming</b>: {@link #read(Path, Consumer)} and {@link #stream(Path)} deliver one
 *     {@link TransactionUsage} per 867 transaction set, as soon as it is read and reconstructed.
 *     Memory is bounded by the largest transaction set, never by the size of the file; the file is
 *     closed when the call returns or the stream is closed.</li>
 * <li><b>Whole result</b>: {@link #readAndStitch(Collection)} reads files in any order, applies
 *     cancellations and replacements (BPT01, BPT09; {@link ReportLedger}) and stitches the standing
 *     billing periods of each service point into a {@link ServicePointUsage} (split hours summed,
 *     subtractive meters subtracted, energy conserved exactly).</li>
 * </ul>
 *
 * <p>Each delivered {@link TransactionUsage} says its {@link TransactionUsage#purpose() purpose}
 * and {@link TransactionUsage#originalReference() the report it cancels or replaces}; a
 * cancellation is delivered without meter series. A streaming consumer that outputs usage applies
 * them with a {@link ReportLedger}, as the {@code derkit 867} commands do. der-edi's completeness
 * findings (QTY totals that differ from the interval sums, {@code TOTAL_MISMATCH}; a report or
 * interchange read twice in one input, {@code DUPLICATE_REPORT}, {@code DUPLICATE_INTERCHANGE})
 * are thrown with their codes like every other X12 problem. The intervals of each meter must
 * cover the billing period exactly: from the interval holding the DTM*150 date and time to the
 * one holding the DTM*151 date and time (a date alone is the start of its day; times are elapsed
 * time of the local day, like the labels); a shortfall is {@code PERIOD_NOT_COVERED} naming the
 * missing local times. Account-level intervals ({@code PTD*BQ} without {@code REF*MG}, read when the
 * profile's interval loop codes include BQ) are the service point's usage without a meter: a series
 * with {@link IntervalSeries#isAccountLevel()} true, stitched and netted like a meter's.
 *
 * <p>Each 867 is read by der-edi's strict reader with this reader's {@link AmerenProfile}: one
 * {@link MeterChannel}-equivalent series per meter loop ({@code PTD} codes of the profile's interval
 * loops) and unit, the role from {@code REF*JH}, the multiplier from {@code MEA**MU} (applied here
 * only when the profile says the values do not include it), labels turned into instants by the
 * profile's {@link org.derkit.model.retail.IntervalClock} (RES-20). Other transaction sets are
 * skipped.
 *
 * <p>Problems are never repaired: an X12 problem, a missing service point or billing period, a
 * value the reconstruction refuses (gap, duplicate, out of order, wrong count of intervals for a
 * local day, outside the billing period) or a billing period the intervals do not cover throws
 * {@link UsageReadException}
 * naming the file and, for every bad value, the transaction set, segment, line and byte where the
 * reader found it.
 *
 * <pre>{@code
 * UsageReader reader = UsageReader.ameren();
 * reader.read(Path.of("march.x12"), t -> System.out.println(t.period()));   // streaming
 * List<ServicePointUsage> usage = reader.readAndStitch(List.of(april, march)); // whole result
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe; every call opens its own reader, so
 * threads may read different files with one instance.
 */
public final class UsageReader {

    private static final UsageReader AMEREN = new UsageReader(AmerenProfile.DEFAULT);

    private final AmerenProfile profile;
    private final IntervalReconstructor reconstructor;
    private final X12Factory factory;

    private UsageReader(AmerenProfile profile) {
        this(profile, X12Factory.newFactory().withProfile(profile));
    }

    private UsageReader(AmerenProfile profile, X12Factory factory) {
        this.profile = profile;
        this.reconstructor = IntervalReconstructor.of(profile.clock());
        this.factory = factory;
    }

    /**
     * A reader that refuses (the default) or delivers an 867 whose service-point total (the PTD*SU
     * kWh QTY) differs from its meters' net, additive minus subtractive
     * ({@link X12Factory#withServicePointTotalsChecked(boolean)}). The retail meter-data rules read
     * without the check, so that RES-18 reports the difference as a finding
     * ({@link RetailMeterData}); usage read for intervals and series keeps it. Every other problem
     * is refused as before. This instance is immutable and unaffected by this method call.
     *
     * @param check true to refuse such an 867 ({@code TOTAL_MISMATCH}), false to deliver it
     * @return the reader
     */
    public UsageReader withServicePointTotalsChecked(boolean check) {
        return new UsageReader(profile, factory.withServicePointTotalsChecked(check));
    }

    /**
     * The reader of Ameren Illinois' 867s: {@link AmerenProfile#DEFAULT}.
     *
     * @return the reader, never null
     */
    public static UsageReader ameren() {
        return AMEREN;
    }

    /**
     * A reader for another profile (service-point qualifier, loop codes, multiplier convention,
     * zone and interval length).
     *
     * @param profile the profile, not null
     * @return the reader, never null
     */
    public static UsageReader of(AmerenProfile profile) {
        return new UsageReader(Objects.requireNonNull(profile, "profile"));
    }

    /**
     * The profile the 867s are read with.
     *
     * @return the profile, never null
     */
    public AmerenProfile profile() {
        return profile;
    }

    /**
     * Reads a file one 867 at a time, handing each to {@code action} as soon as it is read and
     * reconstructed; the file is closed when this method returns.
     *
     * @param file the 867 file, not null
     * @param action receives each transaction set's usage, in file order, not null
     * @throws UsageReadException for the first transaction set that cannot be turned into usage,
     *         or if the file holds no 867; the ones before it were delivered
     * @throws IOException if the file cannot be opened or read
     */
    public void read(Path file, Consumer<? super TransactionUsage> action) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(action, "action");
        try (InputStream in = Files.newInputStream(file)) {
            read(in, file.toString(), action);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads files one after another, one 867 at a time, in the order given.
     *
     * @param files the 867 files, not null
     * @param action receives each transaction set's usage, not null
     * @throws UsageReadException for the first transaction set that cannot be turned into usage
     * @throws IOException if a file cannot be opened or read
     */
    public void read(Collection<Path> files, Consumer<? super TransactionUsage> action) throws IOException {
        Objects.requireNonNull(action, "action");
        for (Path f : List.copyOf(files)) {
            read(f, action);
        }
    }

    /**
     * Reads a stream one 867 at a time; the stream is closed when this method returns.
     *
     * @param in the X12 input, not null
     * @param source the name of the input in messages and in {@link TransactionUsage#source()}, not null
     * @param action receives each transaction set's usage, in input order, not null
     * @throws UsageReadException for the first transaction set that cannot be turned into usage,
     *         or if the input holds no 867
     * @throws UncheckedIOException if the input cannot be read
     */
    public void read(InputStream in, String source, Consumer<? super TransactionUsage> action) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(action, "action");
        try (Cursor cursor = new Cursor(in, source)) {
            TransactionUsage t;
            while ((t = cursor.next()) != null) {
                action.accept(t);
            }
        }
    }

    /**
     * A lazy stream of the file's 867s; close it (try-with-resources) to close the file. Reading
     * stops at the first problem, which the stream's terminal operation throws.
     *
     * @param file the 867 file, not null
     * @return the transaction sets' usage in file order
     * @throws IOException if the file cannot be opened
     */
    public Stream<TransactionUsage> stream(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        InputStream in = Files.newInputStream(file);
        Cursor cursor;
        try {
            cursor = new Cursor(in, file.toString());
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
        Spliterator<TransactionUsage> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super TransactionUsage> action) {
                TransactionUsage t = cursor.next();
                if (t == null) {
                    return false;
                }
                action.accept(t);
                return true;
            }
        };
        return StreamSupport.stream(split, false).onClose(cursor::close);
    }

    /**
     * Reads every 867 of the files and reconstructs it, in the order given and then file order.
     * Holds every period in memory; prefer {@link #read(Path, Consumer)} for large inputs.
     *
     * @param files the 867 files, not null
     * @return one entry per 867
     * @throws UsageReadException for the first transaction set that cannot be turned into usage
     * @throws IOException if a file cannot be opened or read
     */
    public List<TransactionUsage> readAll(Collection<Path> files) throws IOException {
        List<TransactionUsage> all = new ArrayList<>();
        read(files, all::add);
        return all;
    }

    /**
     * The whole result: reads the files (in any order), applies cancellations and replacements
     * ({@link ReportLedger}: a replacement supersedes the report its BPT09 names, a cancellation
     * removes it) and stitches the standing billing periods of each service point (split hours
     * summed, subtractive meters subtracted, exact sums), sorted by service point.
     *
     * @param files the 867 files, not null
     * @return one entry per service point with standing usage
     * @throws UsageReadException for the first transaction set that cannot be turned into usage,
     *         listing the ledger's problems (a cancellation or replacement naming no report read, a
     *         report replaced twice, a report or interchange read twice), or listing the stitching
     *         problems (overlaps between periods, a meter changing role), each naming its periods'
     *         files and transaction sets
     * @throws IOException if a file cannot be opened or read
     */
    public List<ServicePointUsage> readAndStitch(Collection<Path> files) throws IOException {
        return stitchTransactions(readAll(files));
    }

    /**
     * Applies cancellations and replacements to transaction sets (from any inputs, in any order) and
     * stitches the standing periods per service point.
     *
     * @param transactions the transaction sets as {@link #read} delivers them, not null
     * @return one entry per service point with standing usage, sorted by service point
     * @throws UsageReadException listing the ledger's problems ({@link ReportLedger#check()}) or the
     *         stitching problems
     */
    public static List<ServicePointUsage> stitchTransactions(Collection<TransactionUsage> transactions) {
        ReportLedger ledger = new ReportLedger();
        List<TransactionUsage> all = List.copyOf(transactions);
        all.forEach(ledger::record);
        ledger.check();
        List<ReconstructedPeriod> periods = new ArrayList<>();
        for (TransactionUsage t : all) {
            if (ledger.stands(t)) {
                periods.add(t.period());
            }
        }
        return stitch(periods);
    }

    /**
     * Stitches reconstructed periods (from any source, in any order) per service point. Periods
     * carry no purpose: each is taken as usage; apply cancellations and replacements first with
     * {@link #stitchTransactions} or a {@link ReportLedger}.
     *
     * @param periods the periods, not null
     * @return one entry per service point, sorted by service point
     * @throws UsageReadException listing the stitching problems; its source names the files involved
     */
    public static List<ServicePointUsage> stitch(Collection<ReconstructedPeriod> periods) {
        try {
            return Stitcher.stitchAll(periods);
        } catch (MeteringException e) {
            String files = periods.stream().map(p -> p.source().replaceFirst(" ST .*$", "")).distinct()
                    .collect(Collectors.joining(", "));
            List<UsageProblem> problems = new ArrayList<>();
            for (MeteringProblem p : e.problems()) {
                problems.add(new UsageProblem(files, p.kind().name(), p.message(), Optional.empty()));
            }
            throw new UsageReadException(files, problems, e);
        }
    }

    /** One open input: delivers its 867s one at a time. */
    private final class Cursor implements AutoCloseable {
        private final String source;
        private final X12Reader reader;
        private final InputStream in;
        private int delivered;
        private boolean done;

        Cursor(InputStream in, String source) {
            this.in = in;
            this.source = source;
            this.reader = factory.newReader(in);
        }

        /** The next 867's usage, or null at the end. */
        TransactionUsage next() {
            if (done) {
                return null;
            }
            try {
                while (reader.hasNext()) {
                    Transaction t = reader.next();
                    if (t instanceof Edi867) {
                        TransactionSetId id = new TransactionSetId(reader.interchangeHeader().controlNumber(),
                                reader.groupHeader().controlNumber(), t.controlNumber());
                        delivered++;
                        return usage((Edi867) t, id, reader.interchangeHeader().senderId(), source);
                    }
                }
            } catch (X12Exception e) {
                done = true;
                X12Problem p = e.problem();
                throw new UsageReadException(source, List.of(new UsageProblem(source, p.code().name(), p.code() + ": "
                        + p.code().description() + (p.detail().isEmpty() ? "" : " (" + p.detail() + ")"),
                        Optional.of(p.location()))), e);
            }
            done = true;
            if (delivered == 0) {
                throw new UsageReadException(source, List.of(new UsageProblem(source, "MISSING_DATA",
                        "no 867 transaction set", Optional.empty())), null);
            }
            return null;
        }

        @Override
        public void close() {
            done = true;
            // both are closed, the reader first; a second failure is kept as suppressed, never lost
            try {
                reader.close();
            } catch (RuntimeException e) {
                try {
                    in.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Turns one 867 that the caller read with a reader of its own into usage, by the same rules as
     * {@link #read(InputStream, String, Consumer)}: for a reader that goes on after a bad
     * transaction set (der-edi's collecting mode, as Spark's {@code PERMISSIVE} reading needs) or
     * that reads a part of a file.
     *
     * @param transaction the 867 as der-edi read it, not null
     * @param id its control numbers (ISA13, GS06, ST02), not null
     * @param sender ISA06 of its interchange (a {@link ReportLedger} tells a repeated interchange by it), not null
     * @param source the name of its input in messages and in {@link TransactionUsage#source()}, not null
     * @return the transaction set's usage
     * @throws UsageReadException listing every problem of the transaction set, located where known
     */
    public TransactionUsage usageOf(Edi867 transaction, TransactionSetId id, String sender, String source) {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(source, "source");
        return usage(transaction, id, sender, source);
    }

    /** Turns one 867 into its reconstructed period, or throws with every problem located. */
    TransactionUsage usage(Edi867 t, TransactionSetId id, String sender, String source) {
        String where = id + ": ";
        ServicePointId sp = t.servicePoint(profile).orElseThrow(() -> missing(source, where + "no service point (REF*"
                + profile.servicePointQualifier() + ")"));
        if (t.reportPurpose() == Edi867.Purpose.CANCELLATION) {
            // a cancellation's values are never usage, even when it repeats the cancelled report's:
            // its period (if it states one) has no meter series
            Optional<LocalDate> cStart = t.periodStart();
            Optional<LocalDate> cEnd = t.periodEnd();
            ReconstructedPeriod p = null;
            if (cStart.isPresent() && cEnd.isPresent() && !cEnd.get().isBefore(cStart.get())) {
                p = new ReconstructedPeriod(sp, new BillingPeriod(cStart.get(), cEnd.get()),
                        source + " ST " + t.controlNumber(), List.of());
            }
            return new TransactionUsage(source, id, sender, t, p, List.of());
        }
        LocalDate start = t.periodStart().orElseThrow(() -> missing(source, where + "no billing period start (DTM*150)"));
        LocalDate end = t.periodEnd().orElseThrow(() -> missing(source, where + "no billing period end (DTM*151)"));
        BillingPeriod period;
        try {
            period = new BillingPeriod(start, end);
        } catch (InvalidValueException e) {
            throw missing(source, where + "billing period (DTM*150, DTM*151): " + e.getMessage());
        }
        List<UsageProblem> problems = new ArrayList<>();
        List<IntervalSeries> meters = new ArrayList<>();
        List<UsageLoop> loops = t.loops();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int l = 0; l < loops.size(); l++) {
            UsageLoop loop = loops.get(l);
            if (!profile.intervalLoopCodes().contains(loop.ptdCode())) {
                continue;
            }
            int loopNumber = l + 1;
            // account-level intervals (PTD*BQ, no REF*MG) are the service point's usage without a
            // meter: a series with no meter number, never dropped, never given an invented one
            MeterNumber meter = loop.meterNumber().orElse(null);
            String meterName = meter == null ? "account-level usage (PTD*" + loop.ptdCode() + " loop " + loopNumber + ")"
                    : "meter " + meter;
            MeterRole role = loop.role();
            Multiplier multiplier;
            try {
                multiplier = Multiplier.of(loop.multiplier());
            } catch (InvalidValueException e) {
                throw missing(source, where + meterName + " MEA**MU: " + e.getMessage());
            }
            long from = bound(t, loop, "150", id, source);
            long to = bound(t, loop, "151", id, source);
            for (IntervalChannel ch : loop.channels()) {
                if (!seen.add((meter == null ? "" : meter.value()) + "\u0000" + ch.unit())) {
                    problems.add(new UsageProblem(source, MeteringProblem.Kind.DUPLICATE_CHANNEL.name(), meterName
                            + " " + ch.unit().symbol() + " appears twice in " + id, Optional.empty()));
                    continue;
                }
                EdiChannel values = new EdiChannel(ch, id, source, meterName, problems);
                int before = problems.size();
                if (values.prepare(profile.intervalsIncludeMultiplier() ? null : multiplier)) {
                    IntervalSeries series = reconstructor.series(sp, meter, role, ch.unit(), period, values);
                    if (problems.size() == before) {
                        checkCoverage(series, values, from, to);
                    }
                    meters.add(series);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageReadException(source, problems, null);
        }
        ReconstructedPeriod p = new ReconstructedPeriod(sp, period, source + " ST " + t.controlNumber(), meters);
        return new TransactionUsage(source, id, sender, t, p, List.of());
    }

    /**
     * A bound of the billing period in epoch seconds: the DTM*150 or DTM*151 date of the loop (else
     * of the summary loop, else of the first loop that has one) at its DTM03 time, read as elapsed
     * time of the local day like the interval labels (RES-20); a date alone is the start of its day.
     */
    private long bound(Edi867 t, UsageLoop loop, String qualifier, TransactionSetId id, String source) {
        DateReference d = date(loop, qualifier);
        if (d == null) {
            d = t.summary(profile).map(s -> date(s, qualifier)).orElse(null);
        }
        for (int i = 0; d == null && i < t.loops().size(); i++) {
            d = date(t.loops().get(i), qualifier);
        }
        if (d == null) {
            return Long.MIN_VALUE;
        }
        String time = d.time();
        long seconds = 0;
        if (!time.isEmpty()) {
            if (!time.matches("([01][0-9]|2[0-4])[0-5][0-9]([0-5][0-9])?")) {
                throw new UsageReadException(source, List.of(new UsageProblem(source, "INVALID_TIME", id
                        + ": DTM*" + qualifier + " time '" + time + "' is not HHMM or HHMMSS (DTM03)", Optional.empty())),
                        null);
            }
            seconds = Integer.parseInt(time.substring(0, 2)) * 3600L + Integer.parseInt(time.substring(2, 4)) * 60L;
            if (time.length() == 6) {
                seconds += Integer.parseInt(time.substring(4, 6));
            }
        }
        return profile.clock().startOfDaySeconds(d.date()) + seconds;
    }

    private static DateReference date(UsageLoop loop, String qualifier) {
        for (DateReference d : loop.dates()) {
            if (d.qualifier().equals(qualifier)) {
                return d;
            }
        }
        return null;
    }

    /**
     * Completeness (issue 15 item 4): a channel's intervals cover its billing period exactly, from
     * the interval holding the period's start (DTM*150) to the one holding its end (DTM*151); a
     * split hour at either end is the interval holding the bound. Missing local times are named
     * ({@link MeteringProblem.Kind#PERIOD_NOT_COVERED}), intervals beyond a bound are
     * {@link MeteringProblem.Kind#OUTSIDE_PERIOD}.
     */
    private void checkCoverage(IntervalSeries s, EdiChannel values, long from, long to) {
        int n = s.size();
        if (n == 0 || from == Long.MIN_VALUE || to == Long.MIN_VALUE || to <= from) {
            return;
        }
        IntervalClock clock = profile.clock();
        long len = s.intervalMinutes() * 60L;
        long lo = Math.floorDiv(from, len) * len;
        long hi = -Math.floorDiv(-to, len) * len;
        long first = s.startSeconds(0);
        long last = s.startSeconds(n - 1) + len;
        String bounds = " of the billing period " + fmt(clock, from) + " (DTM*150) to " + fmt(clock, to) + " (DTM*151)";
        if (first > lo) {
            values.problem(MeteringProblem.Kind.PERIOD_NOT_COVERED, 0, "the intervals start at " + fmt(clock, first)
                    + ": " + fmt(clock, lo) + " to " + fmt(clock, first) + " (" + (first - lo) / len + " intervals)"
                    + bounds + " missing");
        } else if (first < lo) {
            values.problem(MeteringProblem.Kind.OUTSIDE_PERIOD, 0, "the intervals start at " + fmt(clock, first)
                    + ", " + (lo - first) / len + " intervals before the start" + bounds);
        }
        if (last < hi) {
            values.problem(MeteringProblem.Kind.PERIOD_NOT_COVERED, n - 1, "the intervals end at " + fmt(clock, last)
                    + ": " + fmt(clock, last) + " to " + fmt(clock, hi) + " (" + (hi - last) / len + " intervals)"
                    + bounds + " missing");
        } else if (last > hi) {
            values.problem(MeteringProblem.Kind.OUTSIDE_PERIOD, n - 1, "the intervals end at " + fmt(clock, last)
                    + ", " + (last - hi) / len + " intervals after the end" + bounds);
        }
    }

    private static String fmt(IntervalClock clock, long epochSecond) {
        return clock.format(java.time.Instant.ofEpochSecond(epochSecond));
    }

    private static UsageReadException missing(String source, String detail) {
        return new UsageReadException(source, List.of(new UsageProblem(source, "MISSING_DATA", detail,
                Optional.empty())), null);
    }

    /** An 867 channel as the reconstruction core reads it, locating problems at the reader's positions. */
    private static final class EdiChannel extends ChannelValues {
        private final IntervalChannel ch;
        private final TransactionSetId id;
        private final String source;
        private final String meterName;
        private final List<UsageProblem> problems;
        private long[] scaledValues;
        private byte[] scaledScales;
        private int lastDate = -1;
        private long lastDay;

        EdiChannel(IntervalChannel ch, TransactionSetId id, String source, String meterName,
                List<UsageProblem> problems) {
            this.ch = ch;
            this.id = id;
            this.source = source;
            this.meterName = meterName;
            this.problems = problems;
        }

        /** Refuses values beyond 18 digits and applies a multiplier if given; false if the channel is unusable. */
        boolean prepare(Multiplier multiplier) {
            int n = ch.size();
            boolean ok = true;
            for (int i = 0; i < n; i++) {
                if (!ch.isCompact(i) || ch.scale(i) > Decimals.MAX_SCALE) {
                    problem(MeteringProblem.Kind.VALUE_OVERFLOW, i, "value " + ch.value(i).toPlainString()
                            + " has more than 18 digits or decimal places");
                    ok = false;
                }
            }
            if (!ok || multiplier == null || multiplier.equals(Multiplier.ONE)) {
                return ok;
            }
            long m = multiplier.value().unscaledValue().longValueExact();
            int ms = multiplier.value().scale();
            scaledValues = new long[n];
            scaledScales = new byte[n];
            for (int i = 0; i < n; i++) {
                int sc = ch.scale(i) + ms;
                try {
                    if (sc > Decimals.MAX_SCALE) {
                        throw new ArithmeticException();
                    }
                    scaledValues[i] = Math.multiplyExact(ch.unscaledValue(i), m);
                    scaledScales[i] = (byte) sc;
                } catch (ArithmeticException e) {
                    problem(MeteringProblem.Kind.VALUE_OVERFLOW, i, "value " + ch.value(i).toPlainString()
                            + " times multiplier " + multiplier + " exceeds 18 digits");
                    ok = false;
                }
            }
            return ok;
        }

        @Override
        int size() {
            return ch.size();
        }

        @Override
        boolean hasEnds() {
            return true;
        }

        @Override
        long endSecond(int i) {
            return ch.endEpochSecond(i);
        }

        @Override
        long labelDay(int i) {
            int d = ch.labelDateValue(i);
            if (d != lastDate) {
                lastDay = LocalDate.of(d / 10000, d / 100 % 100, d % 100).toEpochDay();
                lastDate = d;
            }
            return lastDay;
        }

        @Override
        int labelMinutes(int i) {
            int hhmm = ch.labelHhmm(i);
            return hhmm / 100 * 60 + hhmm % 100;
        }

        @Override
        long unscaled(int i) {
            return scaledValues != null ? scaledValues[i] : ch.unscaledValue(i);
        }

        @Override
        int scale(int i) {
            return scaledScales != null ? scaledScales[i] : ch.scale(i);
        }

        @Override
        boolean estimated(int i) {
            return ch.quality(i) == org.derkit.model.retail.ReadingQuality.ESTIMATED;
        }

        @Override
        String label(int i) {
            return ch.labelDateText(i) + " " + ch.labelTimeText(i);
        }

        @Override
        void problem(MeteringProblem.Kind kind, int i, String detail) {
            MeterUnit unit = ch.unit();
            String what = detail + " (" + meterName + " " + unit.symbol() + ")";
            Optional<Location> at = Optional.empty();
            if (i >= 0 && i < ch.size() && ch.segmentPosition(i) > 0) {
                at = Optional.of(new Location(id.interchangeControlNumber(), id.groupControlNumber(), "867",
                        id.transactionControlNumber(), "QTY", ch.segmentPosition(i), 0, 0, ch.segmentLine(i),
                        ch.segmentOffset(i)));
            } else {
                what = what + " in " + id;
            }
            problems.add(new UsageProblem(source, kind.name(), what, at));
        }
    }
}
