package org.derkit.bench.edi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link Edi867ReadBenchmark} and prints MB/s for the readers and the two end-to-end
 * pipelines side by side, with the ratios the targets name: der-edi / StAEDI (target at least 20),
 * der-edi / raw (target at least 0.25), and 867 to intervals CSV and to series CSV against the typed
 * read (target at least 200 MB/s or 0.3 of it, each). Extra arguments are JMH options (e.g. {@code -f 1 -wi 2 -i 4}).
 *
 * <pre>{@code java -cp 'der-bench/target/classes:der-bench/target/lib/*' org.derkit.bench.edi.Edi867ThroughputReport}</pre>
 */
public final class Edi867ThroughputReport {

    private Edi867ThroughputReport() {
    }

    public static void main(String[] args) throws Exception {
        Path file = BenchFile.path();
        long size = Files.size(file);
        Options cli = new CommandLineOptions(args);
        Options opts = new OptionsBuilder().parent(cli).include(Edi867ReadBenchmark.class.getName() + ".*").build();
        Collection<RunResult> results = new Runner(opts).run();
        double raw = 0;
        double staedi = 0;
        double der = 0;
        double intervals = 0;
        double series = 0;
        System.out.printf(Locale.ROOT, "%nfile %s, %.1f MB, heap -Xmx64m in every fork%n", file, size / 1e6);
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double msPerOp = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            double mbps = size / 1e6 / (msPerOp / 1000);
            System.out.printf(Locale.ROOT, "%-22s %9.1f ms/op (+-%.1f)  %8.1f MB/s%n",
                    name.substring(name.lastIndexOf('.') + 1), msPerOp, error, mbps);
            if (name.endsWith("rawTerminatorCount")) {
                raw = mbps;
            } else if (name.endsWith("staediEvents")) {
                staedi = mbps;
            } else if (name.endsWith("usageIntervalsCsv")) {
                intervals = mbps;
            } else if (name.endsWith("usageSeriesCsv")) {
                series = mbps;
            } else {
                der = mbps;
            }
        }
        if (staedi > 0 && raw > 0) {
            System.out.printf(Locale.ROOT, "der-edi / StAEDI = %.1f (target >= 20), der-edi / raw = %.2f (target >= 0.25)%n",
                    der / staedi, der / raw);
        }
        if (der > 0 && (intervals > 0 || series > 0)) {
            System.out.printf(Locale.ROOT, "867 to intervals CSV %.1f MB/s = %.2f of the typed read, to series CSV %.1f MB/s"
                    + " = %.2f of the typed read (targets: >= 200 MB/s or >= 0.3 each)%n", intervals, intervals / der, series,
                    series / der);
        }
    }
}
