package org.derkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.derkit.examples.data.BundledData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.generator.ModelGenerators;
import org.derkit.model.retail.Enrollment;
import org.derkit.rules.CatalogueEntry;
import org.derkit.rules.book.AmerenRuleBook;
import org.derkit.rules.document.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code derkit screen} on JSON and JSON Lines, and {@code derkit enrollment}. */
class JsonScreenCommandTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);

    @TempDir
    Path dir;

    @Test
    void should_print_what_the_csv_prints_when_the_same_applications_come_as_json_and_json_lines() throws IOException {
        Path csv = BundledData.copyApplications(dir);
        List<String> files = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        for (InterconnectionApplication a : BundledData.applications()) {
            Path file = dir.resolve(a.id().value() + ".json");
            Files.writeString(file, JsonDocuments.writeApplication(a));
            files.add(file.toString());
            jsonl.append(JsonDocuments.writeApplicationLine(a)).append('\n');
        }
        Path lines = Files.writeString(dir.resolve("all.jsonl"), jsonl);
        CliRun fromCsv = CliRun.of("screen", csv.toString());
        List<String> args = new ArrayList<>(List.of("screen"));
        args.addAll(files);
        CliRun fromJson = CliRun.of(args.toArray(String[]::new));
        CliRun fromLines = CliRun.of("screen", lines.toString());
        assertEquals(ExitCode.OK, fromCsv.code(), fromCsv.err());
        assertEquals(fromCsv.out(), fromJson.out());
        assertEquals(fromCsv.out(), fromLines.out());
        assertEquals("", fromJson.err() + fromLines.err());
    }

    @Test
    void should_exit_2_with_every_problem_and_nothing_on_stdout_when_a_json_application_is_bad() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), """
                {"id": "A-1", "facility": {"declaredApparentNameplate": "250 kW", "phases": "TWO"}}
                """);
        CliRun run = CliRun.of("screen", bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertEquals("derkit screen: " + bad + ": application document refused, 2 problems:\n"
                + "  $.facility.phases: one of SINGLE, THREE expected, got 'TWO'\n"
                + "  $.facility.declaredApparentNameplate: kVA expected, got kW\n", run.err().replace("\r", ""));
    }

    @Test
    void should_print_nothing_when_a_later_line_of_a_json_lines_file_is_bad() throws IOException {
        InterconnectionApplication good = BundledData.applications().get(0);
        Path file = Files.writeString(dir.resolve("mixed.jsonl"),
                JsonDocuments.writeApplicationLine(good) + "\n{\"id\": \"X\", \"colour\": 1}\n");
        CliRun run = CliRun.of("screen", file.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertEquals("derkit screen: " + file + ": application documents (JSON Lines) refused, 1 problem:\n"
                + "  line 2: $.colour: unknown property\n", run.err().replace("\r", ""));
    }

    @Test
    void should_evaluate_every_catalogue_id_per_enrollment_when_enrollments_come_as_json_and_json_lines()
            throws IOException {
        List<Enrollment> enrollments = ModelGenerators.enrollments().sample(SEED, 5);
        StringBuilder jsonl = new StringBuilder();
        List<String> args = new ArrayList<>(List.of("enrollment"));
        for (int i = 0; i < enrollments.size(); i++) {
            Path file = Files.writeString(dir.resolve("e" + i + ".json"), JsonDocuments.writeEnrollment(enrollments.get(i)));
            args.add(file.toString());
            jsonl.append(JsonDocuments.writeEnrollment(enrollments.get(i)).replace("\n", "")).append('\n');
        }
        CliRun single = CliRun.of(args.toArray(String[]::new));
        CliRun lines = CliRun.of("enrollment", Files.writeString(dir.resolve("all.jsonl"), jsonl).toString());
        assertEquals(ExitCode.OK, single.code(), single.err());
        assertEquals(single.out(), lines.out());
        List<CSVRecord> rows = RulesAndScreenCommandTest.csv(single.out());
        List<CatalogueEntry> catalogue = AmerenRuleBook.book().catalogue().entries();
        assertEquals(enrollments.size() * catalogue.size(), rows.size());
        long decided = rows.stream().filter(r -> r.get("requirement").startsWith("RES-"))
                .filter(r -> !r.get("outcome").equals("NOT_APPLICABLE")).count();
        assertNotEquals(0, decided);
        assertTrue(rows.stream().filter(r -> !r.get("requirement").startsWith("RES-"))
                .allMatch(r -> r.get("outcome").equals("NOT_APPLICABLE") || r.get("outcome").equals("INFO")),
                "an enrollment decides no interconnection rule");
    }

    @Test
    void should_exit_2_naming_the_path_when_an_enrollment_is_bad() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"cycle\": \"SOMETIME\"}");
        CliRun run = CliRun.of("enrollment", bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("$.account: required"), run.err());
        assertTrue(run.err().contains("$.cycle: one of "), run.err());
    }

    @Test
    void should_refuse_as_bad_usage_when_an_enrollment_file_is_not_json() {
        CliRun run = CliRun.of("enrollment", "enrollments.csv");
        assertEquals(ExitCode.USAGE, run.code());
        assertEquals("", run.out());
    }
}
