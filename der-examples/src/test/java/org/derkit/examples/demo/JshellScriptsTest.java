package org.derkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.derkit.rules.book.AmerenRuleBook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every script of der-examples/jshell in the jshell tool, on the module path of this test run,
 * with the same startup file as {@code ./derkit shell}, and checks what each prints.
 */
class JshellScriptsTest {

    static final Path SCRIPTS = Path.of("jshell");
    static final Map<String, String> OUTPUT = new LinkedHashMap<>();
    static final Map<String, String> ERRORS = new LinkedHashMap<>();

    @TempDir
    static Path tmp;

    static final String PATIENT_ENGINE = "failover:0(jdi:hostname(127.0.0.1),timeout(60000)),"
            + "1(jdi:launch(true),timeout(60000)),2(jdi:timeout(60000))";

    @BeforeAll
    static void run_every_script() throws IOException, InterruptedException {
        String modulePath = System.getProperty("jdk.module.path");
        assertTrue(modulePath != null && !modulePath.isEmpty(), "tests run on the module path");
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Map<String, Process> running = new LinkedHashMap<>();
        Map<String, Path> logs = new LinkedHashMap<>();
        Map<String, Path> errors = new LinkedHashMap<>();
        try (var scripts = Files.list(SCRIPTS)) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".jsh") && !p.endsWith("startup.jsh"))
                    .sorted().toList()) {
                String name = script.getFileName().toString();
                Path log = tmp.resolve(name + ".out");
                // stderr apart: the JDK logs one-time notes there (e.g. creating the user preferences
                // directory on a fresh machine) that are not the script's output
                Path err = tmp.resolve(name + ".err");
                // jshell's default engine gives its remote JVM 5 s to connect, which a loaded build
                // machine can miss ("Launching JShell execution engine threw: FailOverExecutionControl
                // Provider: FAILED"); the same engines with a minute each
                ProcessBuilder pb = new ProcessBuilder(jshell.toString(), "--execution", PATIENT_ENGINE,
                        "--module-path", modulePath,
                        "--add-modules", "org.derkit.examples", "-R-Djava.awt.headless=true",
                        "-R-DQT_SEED=" + Long.getLong("QT_SEED", 20240415L),
                        "--startup", "DEFAULT", "--startup", SCRIPTS.resolve("startup.jsh").toString(), script.toString())
                        .redirectOutput(log.toFile()).redirectError(err.toFile());
                running.put(name, pb.start());
                logs.put(name, log);
                errors.put(name, err);
            }
        }
        for (Map.Entry<String, Process> e : running.entrySet()) {
            Process p = e.getValue();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(e.getKey() + " did not finish within 120 s");
            }
            OUTPUT.put(e.getKey(), Files.readString(logs.get(e.getKey()), StandardCharsets.UTF_8));
            ERRORS.put(e.getKey(), Files.readString(errors.get(e.getKey()), StandardCharsets.UTF_8));
        }
    }

    static List<String> lines(String script) {
        String out = OUTPUT.get(script);
        assertTrue(out != null, script + " was not run");
        String err = ERRORS.getOrDefault(script, "");
        assertTrue(!out.contains("Error:") && !out.contains("Exception") && !err.contains("Error")
                && !err.contains("Exception"), script + " failed:\n" + out + err);
        return out.lines().toList();
    }

    @Test
    void every_script_ran_without_an_error() {
        assertEquals(List.of("property-test-rule.jsh", "read-867-dst-day.jsh", "screen-application.jsh"),
                List.copyOf(OUTPUT.keySet()));
        OUTPUT.keySet().forEach(JshellScriptsTest::lines);
    }

    @Test
    void BTM_01_screen_application_script_requires_the_meter_at_250_kW_and_evaluates_the_whole_book() {
        List<String> out = lines("screen-application.jsh");
        assertTrue(out.get(0).startsWith("BTM-01 REQUIRED: aggregate AC nameplate 250 kW >= 200 kW"), out.get(0));
        assertTrue(out.get(1).startsWith(AmerenRuleBook.book().rules().size() + " findings: {"), out.get(1));
    }

    @Test
    void read_867_script_prints_the_25_hours_of_the_fall_back_day() {
        List<String> out = lines("read-867-dst-day.jsh");
        assertEquals(26, out.size(), String.join("\n", out));
        // the values of DTM*582*20261101*0100, 0200 and 0300 of the first meter in the bundled file:
        // the label 0200 is the second 01:00 (CST), the label 0300 the hour after it
        assertEquals("2026-11-01T00:00-05:00 .. 2026-11-01T01:00-05:00  22.16 kWh", out.get(0));
        assertEquals("2026-11-01T01:00-05:00 .. 2026-11-01T01:00-06:00  24.43 kWh", out.get(1));
        assertEquals("2026-11-01T01:00-06:00 .. 2026-11-01T02:00-06:00  24.48 kWh", out.get(2));
        assertEquals("2026-11-01 has 25 hourly intervals; energy conserved: true", out.get(25));
    }

    @Test
    void property_test_script_checks_the_boundary_cases_and_the_property() {
        List<String> out = lines("property-test-rule.jsh");
        assertEquals(List.of("BELOW 24.999 kW -> PASS", "AT 25 kW -> PASS", "ABOVE 25.001 kW -> FAIL"), out.subList(0, 3));
        assertTrue(out.get(3).matches("property held for 1000 of 1000 sites \\(seed -?\\d+\\), \\d+ exactly at 25 kW"),
                out.get(3));
    }

    @Test
    void the_readme_shows_what_the_scripts_print() throws IOException {
        // the first example's output, right after the script in the README
        List<String> first = ReadmeSamples.blockAfter("/exit");
        assertTrue(ReadmeSamples.shows(first, OUTPUT.get("screen-application.jsh")),
                "README shows:\n" + String.join("\n", first) + "\nbut the script prints:\n" + OUTPUT.get("screen-application.jsh"));
        List<ReadmeSamples> shell = ReadmeSamples.startingWith("./derkit shell der-examples/jshell/");
        assertEquals(1, shell.size());
        for (ReadmeSamples sample : shell) {
            String script = Path.of(sample.command().substring("./derkit shell ".length())).getFileName().toString();
            assertTrue(ReadmeSamples.shows(sample.output(), OUTPUT.get(script)),
                    "README shows:\n" + String.join("\n", sample.output()) + "\nbut " + script + " prints:\n" + OUTPUT.get(script));
        }
    }
}
