package org.derkit.bench.metering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.derkit.metering.IntervalGenerators;
import org.derkit.metering.IntervalReconstructor;
import org.derkit.metering.IntervalSeries;
import org.derkit.metering.NetSeriesAccumulator;
import org.derkit.metering.MeterChannel;
import org.derkit.metering.ReconstructedPeriod;
import org.derkit.metering.ServicePointUsage;
import org.derkit.metering.Stitcher;
import org.derkit.metering.UsageReport;
import org.derkit.model.ServicePointId;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of der-metering's bulk path in intervals per second (issue 5 target: at least 20
 * million per second per core): one service point, a year of hourly data from 2024 (both DST days)
 * in 12 billing periods with split hours, {@code meters} meters (one of them subtractive when there
 * are two or more). {@code reconstructAndStitch} turns every report's labels into instants and
 * stitches the periods with the net; the other two measure the halves. The {@code intervals}
 * counter is the figure to read (ops/s = intervals/s); it counts the input intervals processed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReconstructStitchBenchmark {

    @Param({"1", "3"})
    public int meters;

    private List<UsageReport> reports;
    private List<ReconstructedPeriod> periods;
    private int intervalCount;
    private final IntervalReconstructor reconstructor = IntervalReconstructor.ameren();

    /** Counts intervals: JMH reports it per second next to the benchmark's own ops/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Intervals {
        /** Input intervals processed. */
        public long intervals;

        /** Resets the count before every iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            intervals = 0;
        }
    }

    /** Generates the year once (fixed seed). */
    @Setup
    public void setUp() {
        int subtractive = meters >= 2 ? 1 : 0;
        reports = IntervalGenerators.seeded(20240415L).servicePoint(ServicePointId.of("90000001"),
                LocalDate.of(2024, 1, 1), 366 * 24 - 1, 12, meters - subtractive, subtractive).reports();
        periods = new ArrayList<>();
        intervalCount = 0;
        for (UsageReport r : reports) {
            periods.add(reconstructor.reconstruct(r));
            for (MeterChannel c : r.channels()) {
                intervalCount += c.size();
            }
        }
    }

    /** Labels to instants for every report, then stitching with split hours and net. */
    @Benchmark
    public ServicePointUsage reconstructAndStitch(Intervals counter) {
        List<ReconstructedPeriod> out = new ArrayList<>(reports.size());
        for (UsageReport r : reports) {
            out.add(reconstructor.reconstruct(r));
        }
        counter.intervals += intervalCount;
        return Stitcher.stitch(out);
    }

    /** Labels to instants only. */
    @Benchmark
    public List<ReconstructedPeriod> reconstructOnly(Intervals counter) {
        List<ReconstructedPeriod> out = new ArrayList<>(reports.size());
        for (UsageReport r : reports) {
            out.add(reconstructor.reconstruct(r));
        }
        counter.intervals += intervalCount;
        return out;
    }

    /** Stitching (split hours, per-meter series, net, billing-period view) only. */
    @Benchmark
    public ServicePointUsage stitchOnly(Intervals counter) {
        counter.intervals += intervalCount;
        return Stitcher.stitch(periods);
    }

    /** Labels to instants, then the streaming net of {@code 867 series} (NetSeriesAccumulator). */
    @Benchmark
    public List<IntervalSeries> reconstructAndAccumulate(Intervals counter) {
        NetSeriesAccumulator net = new NetSeriesAccumulator(reconstructor.clock());
        for (UsageReport r : reports) {
            net.add(reconstructor.reconstruct(r));
        }
        counter.intervals += intervalCount;
        return net.netSeries();
    }
}
