package org.derkit.bench.edi;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.derkit.edi.Edi867Generator;

/**
 * The generated Ameren-profile 867 file the EDI benchmarks read: at least 100 MB (110 MB by
 * default), seeded, written once to {@code java.io.tmpdir} (or the path in the system property
 * {@code derkit.bench.edi.file}) and reused while its size matches. Never committed.
 */
final class BenchFile {

    /** Target size in bytes (system property {@code derkit.bench.edi.bytes}, default 110,000,000). */
    static final long BYTES = Long.getLong("derkit.bench.edi.bytes", 110_000_000L);

    private BenchFile() {
    }

    /** The generator: two meters per service point (one subtractive), 31-day periods across the fall-back day. */
    static Edi867Generator generator() {
        return Edi867Generator.withSeed(20240415L).withServicePoints(1000).withMetersPerServicePoint(2)
                .withSubtractiveMeters(true).withMultipliers(true).withEstimatedPercent(2)
                .withPeriod(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 20));
    }

    /** The file, generated if missing. */
    static synchronized Path path() {
        Path p = Path.of(System.getProperty("derkit.bench.edi.file",
                Path.of(System.getProperty("java.io.tmpdir"), "derkit-edi867-bench-" + BYTES + ".x12").toString()));
        try {
            if (Files.exists(p) && Files.size(p) >= BYTES) {
                return p;
            }
            Path tmp = Files.createTempFile(p.toAbsolutePath().getParent(), "derkit-edi867-", ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                generator().writeAtLeast(out, BYTES);
            }
            Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return p;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
