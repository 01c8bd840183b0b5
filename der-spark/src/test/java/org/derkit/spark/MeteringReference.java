package org.derkit.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.derkit.metering.ServicePointUsage;
import org.derkit.metering.UsageReader;

/** der-metering's result for files, in one process, without Spark: what the parity tests compare with. */
final class MeteringReference {

    private MeteringReference() {
    }

    /** der-metering's own whole result for the files: {@link UsageReader#readAndStitch}. */
    static List<ServicePointUsage> stitch(List<Path> files) throws IOException {
        return UsageReader.ameren().readAndStitch(files);
    }
}
