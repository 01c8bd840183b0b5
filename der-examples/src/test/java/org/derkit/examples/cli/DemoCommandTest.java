package org.derkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demo_writes_the_csvs_and_svgs_and_reports_conservation_and_the_dst_days() throws IOException {
        CliRun run = CliRun.of("demo", "--out", dir.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        for (String f : List.of("screening-report.txt", "screening.csv", "intervals.csv", "series.csv", "volt-var.svg",
                "ride-through-voltage.svg", "ride-through-frequency.svg", "dst-days.svg",
                "867/ameren-867-2026-03-04.x12")) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        assertTrue(run.out().contains("derkit demo: energy conserved: yes"), run.out());
        assertTrue(run.out().contains("2026-03-08 (23 hours) and 2026-11-01 (25 hours)"), run.out());
        assertTrue(run.out().contains("derkit demo: wrote 11 files to " + dir), run.out());
        assertTrue(run.out().contains("BTM metering"), "grouped by topic");
        String dst = Files.readString(dir.resolve("dst-days.svg"));
        assertTrue(dst.contains("2026-03-08 (23 values, 23 h)") && dst.contains("2026-11-01 (25 values, 25 h)"));
    }

    @Test
    void demo_refuses_unknown_arguments() {
        assertEquals(ExitCode.USAGE, CliRun.of("demo", "now").code());
    }
}
