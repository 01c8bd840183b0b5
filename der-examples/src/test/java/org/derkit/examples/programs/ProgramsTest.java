package org.derkit.examples.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.derkit.examples.data.BundledData;
import org.derkit.metering.ServicePointUsage;
import org.derkit.rules.Findings;
import org.derkit.rules.Outcome;
import org.derkit.rules.book.AmerenRuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example program, run on the bundled data. */
class ProgramsTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void BTM_01_screen_application_lists_the_production_meter_for_the_commercial_250_kW_system() {
        Findings findings = ScreenApplication.run("COMMERCIAL-250KW", out);
        assertEquals(AmerenRuleBook.book().rules().size(), findings.size());
        assertEquals(Outcome.REQUIRED, findings.byId("BTM-01").orElseThrow().outcome());
        assertTrue(printed().contains("BTM_METERING\n  BTM-01 REQUIRED: aggregate AC nameplate 250 kW >= 200 kW"), printed());
    }

    @Test
    void dst_day_profile_prints_23_and_25_hours_of_the_bundled_files(@TempDir Path dir)
            throws IOException {
        Map<LocalDate, Integer> hours = DstDayProfile.run(BundledData.copyUsageFiles(dir), out);
        assertEquals(Map.of(LocalDate.of(2026, 3, 8), 23, LocalDate.of(2026, 11, 1), 25), hours);
        assertTrue(printed().contains("2026-11-01 (25 hours), service point 90000000, net kWh:"), printed());
        assertTrue(printed().contains("  2026-11-01T01:00-05:00  ") && printed().contains("  2026-11-01T01:00-06:00  "));
        assertTrue(!printed().contains("2026-03-08T02:"), "no 2 a.m. on the spring-forward day");
    }

    @Test
    void ct_pt_multiplier_of_600_5_and_288_120_is_288() {
        assertEquals(0, new BigDecimal("360").compareTo(CtPtMultiplier.run(out)));
        assertTrue(printed().contains("CT 600:5 x PT 288:120 = multiplier 288"), printed());
    }

    @Test
    void ride_through_regions_of_the_seed_and_ieee_tables() {
        RideThroughRegions.run(List.of(85.0, 100.0), List.of(62.5), out);
        List<String> lines = printed().lines().toList();
        assertEquals(3, lines.size(), printed());
        assertTrue(lines.get(0).startsWith("85.0 % of nominal: seed LV1 "), lines.get(0));
        assertTrue(lines.get(0).contains("ride through 20 s, trip within 21 s"), lines.get(0));
        assertTrue(lines.get(1).startsWith("100.0 % of nominal: seed NN "), lines.get(1));
        assertTrue(lines.get(2).startsWith("62.5 Hz: seed HF2 ") && lines.get(2).contains("trip within 0.16 s"), lines.get(2));
    }

    @Test
    void generate_and_read_867_conserves_energy_for_both_service_points() {
        List<ServicePointUsage> usage = GenerateAndRead867.run(42, out);
        assertEquals(2, usage.size());
        for (ServicePointUsage u : usage) {
            assertEquals(2, u.periods().size());
            assertTrue(u.isEnergyConserved());
            assertEquals(2, u.splitHours().size(), "one split hour per meter");
        }
        assertTrue(printed().contains("4 867 transaction sets"), printed());
    }
}
