package org.derkit.spark;

import java.io.InputStream;
import org.derkit.metering.IntervalSeries;
import org.derkit.metering.UsageReader;

/** For the throughput report: der-edi and der-metering on one stream, as the source uses them, without Spark. */
public final class BenchAccess {

    private BenchAccess() {
    }

    /**
     * Reads and reconstructs every 867 of a stream.
     *
     * @param in the stream
     * @param name its name
     * @return the number of intervals
     */
    public static long intervals(InputStream in, String name) {
        long[] n = {0};
        UsageReader.ameren().read(in, name, t -> {
            for (IntervalSeries s : t.hasPeriod() ? t.period().meters() : java.util.List.<IntervalSeries>of()) {
                n[0] += s.size();
            }
        });
        return n[0];
    }
}
