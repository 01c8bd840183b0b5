package org.derkit.bench.metering;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.derkit.bench.edi.Edi867ReadBenchmark.Discard;
import org.derkit.edi.Edi867Generator;
import org.derkit.metering.MeteringCsvWriter;
import org.derkit.metering.NetSeriesAccumulator;
import org.derkit.metering.UsageReader;
import org.derkit.model.retail.IntervalClock;

/**
 * Runs the pipeline of {@code derkit 867 intervals} or {@code 867 series} (UsageReader, then
 * MeteringCsvWriter, or NetSeriesAccumulator then MeteringCsvWriter) over a generated 867 file into
 * a discarding stream, and prints the heap limit and the peak heap used, to show that memory does
 * not grow with the input. The two checks of issue 10:
 *
 * <pre>{@code
 * java -Xmx64m -cp 'der-bench/target/classes:der-bench/target/lib/*' org.derkit.bench.metering.UsageHeapCheck intervals 1000000000
 * java -Xmx256m -cp 'der-bench/target/classes:der-bench/target/lib/*' org.derkit.bench.metering.UsageHeapCheck series 10000sp
 * }</pre>
 *
 * <p>It also prints the main thread's CPU time, a fairer speed figure than wall time on a shared
 * machine; {@code typed} runs der-edi's typed read alone as the baseline.
 *
 * <p>The first argument is {@code intervals}, {@code series} or {@code typed}; the second either a size in bytes
 * (service points are added until the file is at least that large, as der-bench's 867 file) or
 * {@code <N>sp} for {@code ./derkit 867 generate --service-points N} (one meter, 2025-10-31 to
 * 2025-12-01), or the path of an existing 867 file. A generated file is written once to
 * {@code java.io.tmpdir} and reused.
 */
public final class UsageHeapCheck {

    private UsageHeapCheck() {
    }

    /**
     * Runs one check.
     *
     * @param args {@code intervals|series} and {@code <bytes>|<N>sp}
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("intervals") || args[0].equals("series") || args[0].equals("typed"))) {
            System.err.println("usage: UsageHeapCheck intervals|series|typed <bytes>|<N>sp|<file>");
            System.exit(64);
        }
        Path file = file(args[1]);
        Discard out = new Discard();
        long start = System.nanoTime();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long[] transactions = new long[1];
        IntervalClock clock = IntervalClock.ameren();
        if (args[0].equals("typed")) {
            // the baseline: der-edi's typed read, every interval value and end touched
            try (org.derkit.edi.X12Reader reader = org.derkit.edi.X12Factory.newFactory()
                    .newReader(Files.newInputStream(file))) {
                while (reader.hasNext()) {
                    transactions[0]++;
                    for (org.derkit.edi.UsageLoop loop : ((org.derkit.edi.Edi867) reader.next()).loops()) {
                        for (org.derkit.edi.IntervalChannel c : loop.channels()) {
                            for (int i = 0; i < c.size(); i++) {
                                out.count += c.unscaledValue(i) ^ c.endEpochSecond(i);
                            }
                        }
                    }
                }
            }
            out.count = 0;
        } else if (args[0].equals("intervals")) {
            MeteringCsvWriter csv = MeteringCsvWriter.intervals(out, clock);
            UsageReader.ameren().read(file, t -> {
                transactions[0]++;
                csv.write(t.period());
            });
            csv.flush();
        } else {
            NetSeriesAccumulator net = new NetSeriesAccumulator(clock);
            org.derkit.metering.ReportLedger ledger = new org.derkit.metering.ReportLedger();
            UsageReader.ameren().read(file, t -> {
                transactions[0]++;
                ledger.record(t);
                net.add(t.period());
            });
            ledger.check();
            MeteringCsvWriter csv = MeteringCsvWriter.series(out, clock);
            net.forEachNet(csv::write);
            csv.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long size = Files.size(file);
        System.out.printf(Locale.ROOT, "867 %s: %.1f MB, %d transaction sets, %.1f MB of CSV in %.2f s (%.1f MB/s), "
                + "main thread CPU %.2f s (%.1f MB per CPU second); max heap %.1f MB, peak heap used %.1f MB "
                + "(sum of pool peaks)%n", args[0], size / 1e6, transactions[0], out.count / 1e6, seconds,
                size / 1e6 / seconds, cpu, size / 1e6 / cpu, Runtime.getRuntime().maxMemory() / 1e6, peak / 1e6);
    }

    private static Path file(String spec) throws IOException {
        if (!spec.matches("\\d+(sp)?")) {
            return Path.of(spec);
        }
        Path p = Path.of(System.getProperty("java.io.tmpdir"), "derkit-usage-heap-" + spec + ".x12");
        if (Files.exists(p) && Files.size(p) > 0) {
            return p;
        }
        Path tmp = Files.createTempFile(p.toAbsolutePath().getParent(), "derkit-usage-heap-", ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            if (spec.endsWith("sp")) {
                Edi867Generator.withSeed(1).withServicePoints(Integer.parseInt(spec.substring(0, spec.length() - 2)))
                        .writeTo(out);
            } else {
                Edi867Generator.withSeed(20240415L).withMetersPerServicePoint(2).withSubtractiveMeters(true)
                        .withPeriod(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 20))
                        .writeAtLeast(out, Long.parseLong(spec));
            }
        }
        Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return p;
    }
}
