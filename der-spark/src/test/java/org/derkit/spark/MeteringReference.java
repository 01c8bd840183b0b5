package org.derkit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi867;
import org.derkit.edi.Transaction;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Reader;
import org.derkit.metering.IntervalReconstructor;
import org.derkit.metering.ReconstructedPeriod;
import org.derkit.metering.ServicePointUsage;
import org.derkit.metering.Stitcher;

/** der-metering's result for files, in one process, without Spark: what the parity tests compare with. */
final class MeteringReference {

    private MeteringReference() {
    }

    static List<ServicePointUsage> stitch(List<Path> files) throws IOException {
        List<ReconstructedPeriod> periods = new ArrayList<>();
        IntervalReconstructor reconstructor = IntervalReconstructor.ameren();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f); X12Reader r = X12Factory.newFactory().newReader(in)) {
                while (r.hasNext()) {
                    Transaction t = r.next();
                    if (t instanceof Edi867) {
                        try {
                            periods.add(TransactionPeriod.of((Edi867) t, f + " ST " + ((Edi867) t).controlNumber(),
                                    AmerenProfile.DEFAULT, reconstructor).period);
                        } catch (TransactionPeriod.Problem e) {
                            throw new AssertionError(e.getMessage(), e);
                        }
                    }
                }
            }
        }
        return Stitcher.stitchAll(periods);
    }
}
