package org.derkit.spark;

import java.io.InputStream;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi867;
import org.derkit.edi.Transaction;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Reader;
import org.derkit.metering.IntervalReconstructor;
import org.derkit.metering.IntervalSeries;

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
        long n = 0;
        IntervalReconstructor reconstructor = IntervalReconstructor.ameren();
        try (X12Reader r = X12Factory.newFactory().newReader(in)) {
            while (r.hasNext()) {
                Transaction t = r.next();
                if (t instanceof Edi867) {
                    try {
                        for (IntervalSeries s : TransactionPeriod.of((Edi867) t, name, AmerenProfile.DEFAULT,
                                reconstructor).period.meters()) {
                            n += s.size();
                        }
                    } catch (TransactionPeriod.Problem e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
            }
        }
        return n;
    }
}
