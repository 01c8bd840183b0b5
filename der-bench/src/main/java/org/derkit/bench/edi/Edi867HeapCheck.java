package org.derkit.bench.edi;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.derkit.edi.Edi867;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Reader;

/**
 * Reads the generated 867 benchmark file with der-edi and prints the heap limit and the peak heap
 * use, to show that memory stays flat whatever the file size. Run it with a small heap:
 *
 * <pre>{@code java -Xmx64m -cp 'der-bench/target/classes:der-bench/target/lib/*' org.derkit.bench.edi.Edi867HeapCheck}</pre>
 */
public final class Edi867HeapCheck {

    private Edi867HeapCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path file = BenchFile.path();
        long transactions = 0;
        long values = 0;
        long start = System.nanoTime();
        try (X12Reader reader = X12Factory.newFactory().newReader(Files.newInputStream(file))) {
            while (reader.hasNext()) {
                values += ((Edi867) reader.next()).intervalCount();
                transactions++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "read %.1f MB: %d transaction sets, %d interval values in %.2f s; "
                + "max heap %.1f MB, peak heap used %.1f MB (sum of pool peaks)%n", Files.size(file) / 1e6,
                transactions, values, seconds, Runtime.getRuntime().maxMemory() / 1e6, peak / 1e6);
    }
}
