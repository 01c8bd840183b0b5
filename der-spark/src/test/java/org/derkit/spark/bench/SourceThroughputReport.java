package org.derkit.spark.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.derkit.edi.Edi867;
import org.derkit.edi.Edi867Generator;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Writer;
import org.derkit.spark.StitchedSeries;

/**
 * Rows per second and MB/s of 867 read by the {@code derkit-867} source in {@code local[2]},
 * beside der-edi and der-metering reading the same files in the same process on one thread; and
 * the stitched series on top. Not a test (Spark timings are no unit-test matter): run by hand.
 *
 * <pre>
 * mvn -q -pl der-spark -am package -DskipTests dependency:build-classpath@run-class-path
 * java [Spark's --add-opens, see der-spark/usage-to-parquet] -cp der-spark/target/test-classes:der-spark/target/classes:$(cat der-spark/target/classpath.txt) \
 *      org.derkit.spark.bench.SourceThroughputReport [MB] [files]
 * </pre>
 *
 * <p>The files (default 110 MB in 8 files, seeded; two meters per service point, one subtractive
 * with multiplier 40, 31-day periods across the fall-back day) are written once to
 * {@code java.io.tmpdir}. Each figure is the best of three runs after one warm-up run (the stitched series: one run after the warm-up).
 */
public final class SourceThroughputReport {

    private SourceThroughputReport() {
    }

    public static void main(String[] args) throws Exception {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 110;
        int fileCount = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path dir = files(mb, fileCount);
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(dir)) {
            list.filter(p -> p.toString().endsWith(".x12")).sorted().forEach(files::add);
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf(Locale.ROOT, "%d files, %.1f MB in %s; %d cores; %s%n", files.size(), bytes / 1e6, dir,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));

        long[] rows = new long[1];
        double meteringSec = best(() -> rows[0] = MeteringRead.read(files));
        report("der-edi + der-metering, 1 thread", rows[0], bytes, meteringSec, 1);
        System.out.printf(Locale.ROOT, "load average %.1f%n", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage());

        SparkSession spark = SparkSession.builder().master("local[2]").appName("derkit-867 throughput")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        String glob = dir.resolve("*.x12").toString();
        double sourceSec = best(() -> spark.read().format("derkit-867").option("mode", "FAILFAST").load(glob)
                .write().format("noop").mode("overwrite").save());
        report("derkit-867 source, local[2]", rows[0], bytes, sourceSec, 2);
        double seriesSec = best(() -> StitchedSeries.series(spark.read().format("derkit-867").option("mode", "FAILFAST")
                .load(glob)).write().format("noop").mode("overwrite").save(), 1);
        report("source + stitched series, local[2]", rows[0], bytes, seriesSec, 2);
        System.out.printf(Locale.ROOT, "load average %.1f%n", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage());
        spark.stop();
    }

    interface Run {
        void run() throws Exception;
    }

    /** CPU seconds of the best run (process CPU time: every thread, GC and JIT included). */
    private static double cpuOfBest;

    private static double best(Run r) throws Exception {
        return best(r, 3);
    }

    private static double best(Run r, int runs) throws Exception {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        r.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            r.run();
            double sec = (System.nanoTime() - t0) / 1e9;
            if (sec < best) {
                best = sec;
                cpuOfBest = (os.getProcessCpuTime() - c0) / 1e9;
            }
        }
        return best;
    }

    /**
     * Prints wall-clock rates and the rate per CPU second: on a machine shared with other work the
     * wall clock understates what a dedicated core does, the CPU time does not.
     */
    private static void report(String what, long rows, long bytes, double sec, int cores) {
        System.out.printf(Locale.ROOT, "%-36s %6.2f s wall %6.2f M rows/s %6.1f MB/s | %6.2f CPU s: %5.2f M rows/s, %6.1f MB/s per CPU second%n",
                what, sec, rows / sec / 1e6, bytes / sec / 1e6, cpuOfBest, rows / cpuOfBest / 1e6, bytes / cpuOfBest / 1e6);
    }

    /** Writes the files once: service points dealt round-robin to the files, one interchange each. */
    static Path files(int mb, int count) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "derkit-spark-bench-" + mb + "mb-" + count);
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Path tmp = Files.createTempDirectory(dir.getParent(), "derkit-spark-bench-");
        // a service point's 31 days of two hourly meters take about 60 kB
        Edi867Generator gen = Edi867Generator.withSeed(20240415L).withServicePoints(Math.max(1, mb * 1_000_000 / 60_000))
                .withMetersPerServicePoint(2).withSubtractiveMeters(true).withMultipliers(true).withEstimatedPercent(2)
                .withPeriod(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 20));
        List<List<Edi867>> byFile = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byFile.add(new ArrayList<>());
        }
        Iterator<Edi867> it = gen.transactions();
        for (int i = 0; it.hasNext(); i++) {
            byFile.get(i % count).add(it.next());
        }
        for (int i = 0; i < count; i++) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp.resolve(
                    String.format("867-%02d.x12", i))), 1 << 16); X12Writer w = X12Factory.newFactory().newWriter(out)) {
                w.beginInterchange(gen.interchangeHeader().withControlNumber(String.format("%09d", i + 1)))
                        .beginGroup(gen.groupHeader());
                for (Edi867 t : byFile.get(i)) {
                    w.write(t);
                }
                w.endGroup().endInterchange();
            }
        }
        Files.move(tmp, dir);
        return dir;
    }

    /** The same files through der-edi and der-metering, without Spark: intervals counted. */
    static final class MeteringRead {
        private MeteringRead() {
        }

        static long read(List<Path> files) throws IOException {
            long n = 0;
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    n += org.derkit.spark.BenchAccess.intervals(in, f.toString());
                }
            }
            return n;
        }
    }
}
