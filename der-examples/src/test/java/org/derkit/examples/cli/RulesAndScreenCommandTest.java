package org.derkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.derkit.examples.data.BundledData;
import org.derkit.rules.Outcome;
import org.derkit.rules.RulesCsv;
import org.derkit.rules.book.AmerenRuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndScreenCommandTest {

    @TempDir
    Path dir;

    static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void rules_lists_exactly_the_ids_of_the_book_in_catalogue_order_with_the_contract_header() throws IOException {
        CliRun run = CliRun.of("rules");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(String.join(",", RulesCsv.RULES_HEADER), run.lines().get(0));
        List<String> ids = csv(run.out()).stream().map(r -> r.get("id")).toList();
        assertEquals(AmerenRuleBook.book().rules().ids(), ids);
        List<String> catalogueOrder = new ArrayList<>(AmerenRuleBook.book().catalogue().ids());
        catalogueOrder.retainAll(ids);
        assertEquals(catalogueOrder, ids);
    }

    @Test
    void rules_with_an_argument_is_bad_usage() {
        CliRun run = CliRun.of("rules", "extra");
        assertEquals(ExitCode.USAGE, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("extra"), run.err());
    }

    @Test
    void screen_has_one_row_per_application_and_catalogue_id_in_catalogue_order() throws IOException {
        Path file = BundledData.copyApplications(dir);
        CliRun run = CliRun.of("screen", file.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("application_id,requirement,outcome,value,explanation", run.lines().get(0));
        List<CSVRecord> rows = csv(run.out());
        List<String> catalogue = AmerenRuleBook.book().catalogue().ids();
        List<String> apps = BundledData.applications().stream().map(a -> a.id().value()).toList();
        assertEquals(apps.size() * catalogue.size(), rows.size());
        for (int a = 0; a < apps.size(); a++) {
            for (int i = 0; i < catalogue.size(); i++) {
                CSVRecord r = rows.get(a * catalogue.size() + i);
                assertEquals(apps.get(a), r.get("application_id"));
                assertEquals(catalogue.get(i), r.get("requirement"));
                Outcome.valueOf(r.get("outcome"));
                assertTrue(!r.get("explanation").isBlank(), r.toString());
            }
        }
    }

    @Test
    void BTM_01_screen_requires_a_production_meter_for_the_250_kW_commercial_application() throws IOException {
        CliRun run = CliRun.of("screen", BundledData.copyApplications(dir).toString());
        CSVRecord btm01 = csv(run.out()).stream()
                .filter(r -> r.get("application_id").equals("COMMERCIAL-250KW") && r.get("requirement").equals("BTM-01"))
                .findFirst().orElseThrow();
        assertEquals("REQUIRED", btm01.get("outcome"));
        assertTrue(btm01.get("explanation").contains("250 kW"), btm01.get("explanation"));
    }

    @Test
    void screen_refuses_an_unknown_column_with_file_line_and_column_and_prints_nothing() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "application_id,nameplate_kw,colour\nA-1,10,red\n");
        CliRun run = CliRun.of("screen", bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("bad.csv: line 1, column colour: unknown column"), run.err());
    }

    @Test
    void screen_refuses_a_bad_cell_with_its_line_and_column() throws IOException {
        Path bad = dir.resolve("cells.csv");
        Files.writeString(bad, "application_id,nameplate_kw\nA-1,10\nA-2,ten\n");
        CliRun run = CliRun.of("screen", bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("cells.csv: line 3, column nameplate_kw: not a decimal number: 'ten'"), run.err());
    }

    @Test
    void screen_without_a_file_is_bad_usage_and_a_missing_file_is_bad_input() {
        assertEquals(ExitCode.USAGE, CliRun.of("screen").code());
        CliRun missing = CliRun.of("screen", dir.resolve("nope.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("nope.csv"), missing.err());
    }

    @Test
    void screen_help_documents_every_input_column() {
        CliRun run = CliRun.of("screen", "--help");
        assertEquals(ExitCode.OK, run.code());
        for (String column : List.of("application_id", "siting", "poi_kv", "fault_current_contribution_pct",
                "ct_ratio", "gas_vent_clearance_ft")) {
            assertTrue(run.out().contains(column), column);
        }
    }

    @Test
    void every_command_has_help_and_unknown_commands_are_bad_usage() {
        for (String c : List.of("demo", "867", "screen", "rules", "shell")) {
            CliRun run = CliRun.of(c, "--help");
            assertEquals(ExitCode.OK, run.code(), c);
            assertTrue(run.out().startsWith("Usage: "), c + ": " + run.out());
        }
        assertEquals(ExitCode.USAGE, CliRun.of("frobnicate").code());
        assertEquals(ExitCode.USAGE, CliRun.of().code());
        assertEquals(ExitCode.OK, CliRun.of("--help").code());
    }
}
