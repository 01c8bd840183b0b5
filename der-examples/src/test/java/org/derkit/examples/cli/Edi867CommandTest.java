package org.derkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.derkit.examples.data.BundledData;
import org.derkit.metering.MeteringCsv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Edi867CommandTest {

    @TempDir
    Path dir;
    List<Path> files;

    @BeforeEach
    void copy() throws IOException {
        files = BundledData.copyUsageFiles(dir);
    }

    private String[] args(String sub, List<Path> paths) {
        String[] a = new String[paths.size() + 2];
        a[0] = "867";
        a[1] = sub;
        for (int i = 0; i < paths.size(); i++) {
            a[i + 2] = paths.get(i).toString();
        }
        return a;
    }

    @Test
    void intervals_lists_every_value_with_the_contract_columns_and_23_and_25_hour_days() throws IOException {
        CliRun run = CliRun.of(args("intervals", files));
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(String.join(",", MeteringCsv.INTERVAL_COLUMNS), run.lines().get(0));
        List<CSVRecord> rows = RulesAndScreenCommandTest.csv(run.out());
        long springAdditive = rows.stream().filter(r -> r.get("meter").equals("7000000")
                && r.get("interval_start").startsWith("2026-03-08T")).count();
        long fallAdditive = rows.stream().filter(r -> r.get("meter").equals("7000000")
                && r.get("interval_start").startsWith("2026-11-01T")).count();
        assertEquals(23, springAdditive);
        assertEquals(25, fallAdditive);
        assertTrue(rows.stream().anyMatch(r -> r.get("interval_start").equals("2026-03-08T01:00-06:00")
                && r.get("interval_end").equals("2026-03-08T03:00-05:00")), "the hour before the spring-forward gap");
        assertEquals(2, rows.stream().filter(r -> r.get("meter").equals("7000000")
                && r.get("interval_start").startsWith("2026-11-01T01:00")).count(), "01:00 twice on the fall-back day");
        assertTrue(rows.stream().anyMatch(r -> r.get("role").equals("S")), "a subtractive meter");
        assertTrue(rows.stream().allMatch(r -> r.get("unit").equals("kWh")));
        assertTrue(rows.stream().allMatch(r -> r.get("quality").equals("ACTUAL") || r.get("quality").equals("ESTIMATED")));
        assertEquals(rows.get(0).get("value"), new BigDecimal(rows.get(0).get("value")).toPlainString());
    }

    @Test
    void series_sums_the_split_hour_and_does_not_depend_on_file_order() {
        CliRun forward = CliRun.of(args("series", files));
        CliRun backward = CliRun.of(args("series", List.of(files.get(2), files.get(1), files.get(0))));
        assertEquals(ExitCode.OK, forward.code(), forward.err());
        assertEquals(forward.out(), backward.out());
        assertEquals(String.join(",", MeteringCsv.SERIES_COLUMNS), forward.lines().get(0));
        List<String> split = forward.lines().stream().filter(l -> l.endsWith(",2")).toList();
        assertEquals(1, split.size(), split.toString());
        assertTrue(split.get(0).startsWith("90000000,kWh,2026-03-11T14:00-05:00,2026-03-11T15:00-05:00,"), split.get(0));
    }

    @Test
    void series_net_is_additive_minus_subtractive_for_every_hour() throws IOException {
        List<CSVRecord> intervals = RulesAndScreenCommandTest.csv(CliRun.of(args("intervals", files)).out());
        List<CSVRecord> series = RulesAndScreenCommandTest.csv(CliRun.of(args("series", files)).out());
        for (CSVRecord s : series) {
            BigDecimal expected = BigDecimal.ZERO;
            for (CSVRecord i : intervals) {
                if (i.get("interval_start").equals(s.get("interval_start"))) {
                    BigDecimal v = new BigDecimal(i.get("value"));
                    expected = i.get("role").equals("A") ? expected.add(v) : expected.subtract(v);
                }
            }
            assertEquals(0, expected.compareTo(new BigDecimal(s.get("value"))), s.toString());
        }
    }

    @Test
    void a_duplicate_label_exits_2_naming_file_segment_and_reason_with_nothing_on_stdout() throws IOException {
        Path bad = dir.resolve("duplicate.x12");
        String text = Files.readString(files.get(0), StandardCharsets.ISO_8859_1);
        Files.writeString(bad, text.replaceFirst("DTM\\*582\\*20260304\\*1600", "DTM*582*20260304*1500"),
                StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("867", "intervals", files.get(1).toString(), bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("duplicate.x12"), run.err());
        assertTrue(run.err().toLowerCase().contains("duplicate"), run.err());
        assertTrue(run.err().contains("segment DTM at position 21"), run.err());
    }

    @Test
    void a_gap_exits_2_naming_file_transaction_segment_and_reason() throws IOException {
        Path bad = dir.resolve("gap.x12");
        String text = Files.readString(files.get(0), StandardCharsets.ISO_8859_1);
        String cut = text.replaceFirst("QTY\\*QD\\*[0-9.]+\\*KH~\\nDTM\\*582\\*20260305\\*0300~\\n", "");
        java.util.regex.Matcher se = java.util.regex.Pattern.compile("SE\\*(\\d+)\\*0001~").matcher(cut);
        assertTrue(se.find());
        cut = cut.replace(se.group(), "SE*" + (Integer.parseInt(se.group(1)) - 2) + "*0001~");
        Files.writeString(bad, cut, StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("867", "series", bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("derkit 867 series: " + bad + ": ") && run.err().contains("transaction set 867 0001"), run.err());
        // der-edi refuses the hole first: the meter's QTY total no longer equals its interval sum (issue 15 item 4)
        assertTrue(run.err().contains("TOTAL_MISMATCH") && run.err().contains("the 167 intervals sum to"), run.err());
        assertTrue(run.err().matches("(?s).*segment (\\d+|SE at position \\d+).*"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void a_bad_quantity_exits_2_with_the_x12_location() throws IOException {
        Path bad = dir.resolve("syntax.x12");
        String text = Files.readString(files.get(0), StandardCharsets.ISO_8859_1);
        Files.writeString(bad, text.replaceFirst("QTY\\*QD\\*([0-9.]+)\\*KH~\\nDTM\\*582", "QTY*QD*12x*KH~\nDTM*582"),
                StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("867", "series", bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("syntax.x12") && run.err().contains("segment QTY"), run.err());
    }

    /** The bundled October file made a cancellation (BPT*01) of itself, as a supplier receives one. */
    private Path cancellationOfOctober(String bpt09) throws IOException {
        String text = Files.readString(files.get(2), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher bpt = java.util.regex.Pattern.compile("BPT\\*00\\*([^*~]+)\\*([0-9]{8})\\*C1~").matcher(text);
        assertTrue(bpt.find());
        Path cancel = dir.resolve("cancel.x12");
        Files.writeString(cancel, text.replace(bpt.group(), "BPT*01*CANCEL-1*" + bpt.group(2) + "*C1*****"
                + (bpt09 == null ? bpt.group(1) : bpt09) + "~"), StandardCharsets.ISO_8859_1);
        return cancel;
    }

    @Test
    void a_cancellation_removes_the_report_it_names_from_intervals_and_series_and_is_named_on_stderr()
            throws IOException {
        Path cancel = cancellationOfOctober(null);
        List<Path> all = List.of(cancel, files.get(0), files.get(1), files.get(2));
        CliRun intervals = CliRun.of(args("intervals", all));
        assertEquals(ExitCode.OK, intervals.code(), intervals.err());
        assertEquals(CliRun.of(args("intervals", files.subList(0, 2))).out().lines().skip(1).toList(),
                intervals.out().lines().skip(1).toList(), "the March rows, nothing of October nor of the cancellation");
        assertTrue(intervals.err().matches("derkit 867 intervals: note: .*cancel\\.x12 transaction set 867 0001 \\(group \\d+, "
                + "interchange \\d+\\) cancels report '[^']+' \\(.*ameren-867-2026-10-28\\.x12 transaction set 867 0001 .*\\): its "
                + "usage is not output\\R"), intervals.err());
        CliRun series = CliRun.of(args("series", all));
        assertEquals(ExitCode.OK, series.code(), series.err());
        assertEquals(CliRun.of(args("series", files.subList(0, 2))).out(), series.out());
        assertTrue(series.err().startsWith("derkit 867 series: note: "), series.err());
    }

    @Test
    void a_cancellation_naming_no_report_read_or_a_file_given_twice_exits_2_with_nothing_on_stdout() throws IOException {
        Path cancel = cancellationOfOctober("NOT-READ");
        CliRun run = CliRun.of(args("intervals", List.of(files.get(2), cancel)));
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("names report 'NOT-READ' (BPT09), which none of the inputs read holds"), run.err());
        CliRun twice = CliRun.of(args("series", List.of(files.get(0), files.get(0))));
        assertEquals(ExitCode.BAD_INPUT, twice.code());
        assertEquals("", twice.out());
        assertTrue(twice.err().contains("was already read from " + files.get(0)), twice.err());
    }

    @Test
    void missing_files_are_bad_input_and_missing_arguments_bad_usage() {
        assertEquals(ExitCode.BAD_INPUT, CliRun.of("867", "intervals", dir.resolve("none.x12").toString()).code());
        assertEquals(ExitCode.USAGE, CliRun.of("867", "intervals").code());
        assertEquals(ExitCode.USAGE, CliRun.of("867").code());
        assertEquals(ExitCode.USAGE, CliRun.of("867", "totals", "a.x12").code());
    }

    @Test
    void generate_is_deterministic_per_seed_and_its_output_reads_back() throws IOException {
        Path a = dir.resolve("a.x12");
        Path b = dir.resolve("b.x12");
        String[] options = {"--service-points", "2", "--meters", "2", "--subtractive", "--start", "2026-03-01",
            "--end", "2026-03-10", "--periods", "2", "--split-hours", "--units", "kWh,kvarh"};
        assertEquals(ExitCode.OK, CliRun.of(concat(new String[] {"867", "generate", "--seed", "5"}, options,
                new String[] {"--output", a.toString()})).code());
        assertEquals(ExitCode.OK, CliRun.of(concat(new String[] {"867", "generate"}, options,
                new String[] {"--seed", "5", "--output", b.toString()})).code());
        assertEquals(Files.readString(a), Files.readString(b));
        CliRun series = CliRun.of("867", "series", a.toString());
        assertEquals(ExitCode.OK, series.code(), series.err());
        assertTrue(series.out().contains(",kvarh,"), "second unit");
        assertEquals(2, series.lines().stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count());
        CliRun stdout = CliRun.of("867", "generate", "--seed", "5");
        assertTrue(stdout.out().startsWith("ISA*"), stdout.out().substring(0, 10));
    }

    @Test
    void generate_refuses_bad_options_as_bad_usage() {
        for (String[] bad : List.of(new String[] {"--meters", "0"}, new String[] {"--start", "2026-13-01", "--end", "2026-12-01"},
                new String[] {"--units", "MWh"}, new String[] {"--colour"}, new String[] {"--seed"},
                new String[] {"--start", "2026-01-01"})) {
            CliRun run = CliRun.of(concat(new String[] {"867", "generate"}, bad));
            assertEquals(ExitCode.USAGE, run.code(), String.join(" ", bad) + ": " + run.err());
            assertEquals("", run.out());
        }
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
