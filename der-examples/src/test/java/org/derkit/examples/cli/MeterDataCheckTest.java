package org.derkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.derkit.examples.data.BundledData;
import org.derkit.model.retail.DeliveryVoltageLevel;
import org.derkit.rules.RulesCsv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code derkit 867 check}: RES-17 to RES-25 on the bundled 867 files. */
class MeterDataCheckTest {

    private static final String MARCH_1 = "90000000/2026-03-04..2026-03-11";
    private static final String MARCH_2 = "90000000/2026-03-11..2026-03-18";
    private static final String AUTUMN = "90000000/2026-10-28..2026-11-04";

    @TempDir
    Path dir;
    List<Path> files;
    Path enrollment;

    @BeforeEach
    void copy() throws IOException {
        files = BundledData.copyUsageFiles(dir);
        BundledData.copyJson(dir);
        enrollment = dir.resolve(BundledData.USAGE_ACCOUNT_ENROLLMENT);
    }

    private CliRun check(List<Path> usage, String... options) {
        List<String> args = new ArrayList<>(List.of("867", "check"));
        usage.forEach(f -> args.add(f.toString()));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Outcome and value per row id and requirement, such as {@code PASS} or {@code VALUE 23}. */
    private static Map<String, String> results(CliRun run) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (CSVRecord r : RulesAndScreenCommandTest.csv(run.out())) {
            out.put(r.get("application_id") + " " + r.get("requirement"),
                    r.get("outcome") + (r.get("value").isEmpty() ? "" : " " + r.get("value")));
        }
        return out;
    }

    @Test
    void should_print_the_meter_data_rules_per_service_point_and_period_in_the_screen_csv() throws IOException {
        CliRun run = check(files);
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals(String.join(",", RulesCsv.SCREEN_HEADER), run.lines().get(0));
        assertEquals(1 + 3 * 6, run.lines().size(), run.out());
        Map<String, String> r = results(run);
        assertEquals(List.of("RES-17", "RES-18", "RES-20", "RES-21", "RES-24", "RES-25"),
                r.keySet().stream().filter(k -> k.startsWith(MARCH_1)).map(k -> k.substring(k.indexOf(' ') + 1)).toList(),
                "the meter-data rules in catalogue order");
        for (String period : List.of(MARCH_1, MARCH_2, AUTUMN)) {
            assertEquals("PASS", r.get(period + " RES-17"), "one 867 for the service point in its billing");
            assertEquals("PASS", r.get(period + " RES-18"), "PTD*SU equals the additive minus the subtractive meter");
            assertEquals("INSUFFICIENT_DATA", r.get(period + " RES-24"), "no delivery voltage or system load given");
            assertEquals("INFO", r.get(period + " RES-25"));
        }
        assertEquals("VALUE 23", r.get(MARCH_1 + " RES-20"), "the spring-forward day 2026-03-08");
        assertEquals("VALUE 24", r.get(MARCH_2 + " RES-20"), "no DST day: the period's first day");
        assertEquals("VALUE 25", r.get(AUTUMN + " RES-20"), "the fall-back day 2026-11-01");
        assertEquals("VALUE 56.39", r.get(MARCH_1 + " RES-21"), "the split hour, as `867 series` sums it");
        assertEquals("VALUE 56.39", r.get(MARCH_2 + " RES-21"), "the same hour seen from the next period");
        assertEquals("INSUFFICIENT_DATA", r.get(AUTUMN + " RES-21"), "no neighbouring period among the files");
    }

    @Test
    void should_count_the_accounts_service_points_and_compute_the_loss_factor_when_given() throws IOException {
        CliRun run = check(files, "--enrollment", enrollment.toString(), "--delivery-voltage", "SECONDARY",
                "--system-load-mw", "9000");
        assertEquals(ExitCode.OK, run.code(), run.err());
        Map<String, String> r = results(run);
        assertEquals("FAIL", r.get(MARCH_1 + " RES-17"), "service point 90000001 of the account has no 867");
        String explanation = RulesAndScreenCommandTest.csv(run.out()).stream()
                .filter(x -> x.get("application_id").equals(MARCH_1) && x.get("requirement").equals("RES-17"))
                .findFirst().orElseThrow().get("explanation");
        assertTrue(explanation.contains("1"), explanation);
        String factor = r.get(MARCH_1 + " RES-24");
        assertTrue(factor.startsWith("VALUE "), factor);
        assertEquals(0, DeliveryVoltageLevel.SECONDARY.lossFactor(new BigDecimal("9000"))
                .compareTo(new BigDecimal(factor.substring("VALUE ".length()))), factor);
    }

    @Test
    void should_find_a_second_867_for_the_same_service_point_and_period() throws IOException {
        Path copy = dir.resolve("again.x12");
        Files.copy(files.get(0), copy);
        Map<String, String> r = results(check(List.of(files.get(0), copy)));
        assertEquals("FAIL", r.get(MARCH_1 + " RES-17"), r.toString());
    }

    @Test
    void should_report_RES_18_FAIL_for_the_service_point_and_period_whose_total_differs_from_its_meters()
            throws IOException {
        Path bad = BundledData.copyTotalMismatch(dir);
        CliRun run = check(List.of(files.get(0), bad));
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("", run.err());
        Map<String, String> r = results(run);
        assertEquals("FAIL", r.get("90000009/2026-10-28..2026-11-04 RES-18"), r.toString());
        assertEquals("PASS", r.get(MARCH_1 + " RES-18"), "the other file's service point is unaffected");
        assertEquals("VALUE 25", r.get("90000009/2026-10-28..2026-11-04 RES-20"), "the other rules still run on it");
        String row = run.lines().stream().filter(l -> l.startsWith("90000009/2026-10-28..2026-11-04,RES-18,"))
                .findFirst().orElseThrow();
        assertTrue(row.contains("stated service point usage (PTD*SU) 5682.50 kWh != additive minus subtractive meters"
                + " 5672.50 kWh (the 867 states 10.00 kWh more)"), row);
    }

    @Test
    void should_still_refuse_it_for_intervals_and_series_and_a_meter_total_that_differs_from_its_intervals()
            throws IOException {
        Path bad = BundledData.copyTotalMismatch(dir);
        for (String command : List.of("intervals", "series")) {
            CliRun usage = CliRun.of("867", command, bad.toString());
            assertEquals(ExitCode.BAD_INPUT, usage.code(), command);
            assertEquals("", usage.out(), command);
            assertTrue(usage.err().contains("TOTAL_MISMATCH") && usage.err().contains("5682.50"), usage.err());
        }
        String text = Files.readString(files.get(2), StandardCharsets.US_ASCII);
        assertTrue(text.contains("REF*NH*DS3~QTY*QD*7561.10*KH~") || text.contains("REF*NH*DS3~\nQTY*QD*7561.10*KH~"),
                "the QTY total of meter 7000000 in the autumn file");
        Path meterTotal = dir.resolve("meter-total.x12");
        Files.writeString(meterTotal, text.replace("QTY*QD*7561.10*KH~", "QTY*QD*7561.11*KH~"),
                StandardCharsets.US_ASCII);
        CliRun run = check(List.of(meterTotal));
        assertEquals(ExitCode.BAD_INPUT, run.code(), run.out());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("derkit 867 check: ") && run.err().contains("TOTAL_MISMATCH")
                && run.err().contains("meter 7000000"), run.err());
    }

    @Test
    void should_refuse_bad_usage_with_exit_64_and_bad_files_with_exit_2() {
        assertEquals(ExitCode.USAGE, CliRun.of("867", "check").code());
        CliRun alone = check(files, "--delivery-voltage", "PRIMARY");
        assertEquals(ExitCode.USAGE, alone.code());
        assertEquals("derkit 867: check: --delivery-voltage and --system-load-mw go together (derkit 867 --help)\n",
                alone.err());
        CliRun voltage = check(files, "--delivery-voltage", "MEDIUM", "--system-load-mw", "1");
        assertEquals("derkit 867: check: --delivery-voltage: SECONDARY, PRIMARY or HIGH_VOLTAGE expected: 'MEDIUM'"
                + " (derkit 867 --help)\n", voltage.err());
        CliRun load = check(files, "--delivery-voltage", "PRIMARY", "--system-load-mw", "-1");
        assertEquals(ExitCode.USAGE, load.code());
        CliRun missing = check(List.of(dir.resolve("none.x12")));
        assertEquals(ExitCode.BAD_INPUT, missing.code());
        assertEquals("derkit 867 check: " + dir.resolve("none.x12") + ": no such file\n", missing.err());
        CliRun noEnrollment = check(files, "--enrollment", dir.resolve("none.json").toString());
        assertEquals(ExitCode.BAD_INPUT, noEnrollment.code());
        assertEquals("", noEnrollment.out());
    }

    @Test
    void should_describe_check_in_the_867_help() {
        CliRun run = CliRun.of("867", "--help");
        assertEquals(ExitCode.OK, run.code());
        assertTrue(run.out().contains("derkit 867 check FILE... [--enrollment FILE.json]"), run.out());
        assertTrue(run.out().contains("check      The retail meter-data rules"), run.out());
    }
}
