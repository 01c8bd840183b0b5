package org.derkit.bench.edi;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.derkit.edi.Edi867;
import org.derkit.edi.IntervalChannel;
import org.derkit.edi.Transaction;
import org.derkit.edi.UsageLoop;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Reader;
import org.derkit.metering.MeteringCsvWriter;
import org.derkit.metering.NetSeriesAccumulator;
import org.derkit.metering.UsageReader;
import org.derkit.model.retail.IntervalClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one generated Ameren-profile 867 file of at least 100 MB, three ways, in one run:
 * (a) the raw baseline, reading the bytes and counting segment terminators; (b) StAEDI 1.26.0
 * tokenising the file into events; (c) der-edi reading typed 867 transaction sets with every
 * interval value; (d) and (e) der-metering end to end, the file to interval CSV and to stitched
 * series CSV (into a discarding stream), as the {@code 867 intervals} and {@code 867 series}
 * commands do it. Each operation reads the whole file; MB/s = file size / time per operation
 * ({@link Edi867ThroughputReport} prints them). Every fork runs with {@code -Xmx64m}, which also
 * shows that the readers stream: the file is larger than the heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
public class Edi867ReadBenchmark {

    private static final int BUFFER = 1 << 16;

    private Path file;
    private long size;

    @Setup
    public void setUp() throws IOException {
        file = BenchFile.path();
        size = Files.size(file);
    }

    /** (a) Read the bytes and count segment terminators. */
    @Benchmark
    public long rawTerminatorCount() throws IOException {
        long n = 0;
        byte[] buf = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '~') {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** (b) StAEDI: every event, with the length of every element's text. About 10 s per operation: fewer iterations. */
    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public long staediEvents() throws IOException, EDIStreamException {
        long n = 0;
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
                EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            while (reader.hasNext()) {
                EDIStreamEvent e = reader.next();
                n++;
                if (e == EDIStreamEvent.ELEMENT_DATA) {
                    n += reader.getTextLength();
                }
            }
        }
        return n;
    }

    /** (c) der-edi: typed 867 transaction sets; every interval value and its end instant is touched. */
    @Benchmark
    public long derEdiTyped867() {
        long acc = 0;
        try (X12Reader reader = X12Factory.newFactory().withBufferSize(BUFFER).newReader(open())) {
            while (reader.hasNext()) {
                Transaction t = reader.next();
                for (UsageLoop loop : ((Edi867) t).loops()) {
                    for (IntervalChannel c : loop.channels()) {
                        for (int i = 0; i < c.size(); i++) {
                            acc += c.unscaledValue(i) ^ c.endEpochSecond(i);
                        }
                    }
                }
            }
        }
        return acc;
    }

    /**
     * (d) der-metering end to end, as {@code 867 intervals} does it: every transaction set read,
     * reconstructed and written as interval CSV rows into a discarding stream.
     */
    @Benchmark
    public long usageIntervalsCsv() throws IOException {
        Discard out = new Discard();
        MeteringCsvWriter csv = MeteringCsvWriter.intervals(out, IntervalClock.ameren());
        UsageReader.ameren().read(file, t -> csv.write(t.period()));
        csv.flush();
        return out.count;
    }

    /**
     * (e) der-metering end to end, as {@code 867 series} does it: every transaction set read,
     * reconstructed and stitched into the net series per service point, written as series CSV rows
     * into a discarding stream.
     */
    @Benchmark
    public long usageSeriesCsv() throws IOException {
        Discard out = new Discard();
        NetSeriesAccumulator net = new NetSeriesAccumulator(IntervalClock.ameren());
        org.derkit.metering.ReportLedger ledger = new org.derkit.metering.ReportLedger();
        UsageReader.ameren().read(file, t -> {
            ledger.record(t); // the command's bookkeeping of purposes (BPT01/BPT09), as it does it
            net.add(t.period());
        });
        ledger.check();
        MeteringCsvWriter csv = MeteringCsvWriter.series(out, IntervalClock.ameren());
        net.forEachNet(csv::write);
        csv.flush();
        return out.count;
    }

    /** An output that counts the bytes it is given and keeps none (also used by UsageHeapCheck). */
    public static final class Discard extends java.io.OutputStream {
        /** The bytes written so far. */
        public long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** The size of the file in bytes. */
    long size() {
        return size;
    }
}
