package org.derkit.metering;

import static org.derkit.metering.PurposeAndCompletenessTest.bpt02;
import static org.derkit.metering.PurposeAndCompletenessTest.generated;
import static org.derkit.metering.PurposeAndCompletenessTest.withPurpose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportLedger}: the conflicts between reports it refuses, and what it says when there are none. */
class ReportPurposeConflictsTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.ISO_8859_1);
        return f;
    }

    private static UsageReadException refused(List<Path> files) {
        return assertThrows(UsageReadException.class, () -> UsageReader.ameren().readAndStitch(files));
    }

    @Test
    void a_ledger_of_originals_only_has_no_cancellations_or_replacements_and_every_report_stands() throws IOException {
        Path a = file("a.x12", generated(1));
        ReportLedger ledger = new ReportLedger();
        List<TransactionUsage> all = UsageReader.ameren().readAll(List.of(a));
        all.forEach(ledger::record);
        ledger.check();
        assertFalse(ledger.hasCancellationsOrReplacements());
        assertTrue(ledger.stands(all.get(0)));
        assertEquals(List.of(), ledger.notices());
    }

    @Test
    void a_replacement_that_names_itself_names_no_report_read() throws IOException {
        String own = "R-SELF";
        Path r = file("r.x12", withPurpose(generated(2), "05", own, own));
        UsageReadException e = refused(List.of(r));
        assertEquals(List.of("ORIGINAL_NOT_FOUND"), e.problems().stream().map(UsageProblem::code).toList());
        assertTrue(e.getMessage().contains("the replacement (BPT 05 'R-SELF') names report 'R-SELF' (BPT09), which none"),
                e.getMessage());
    }

    @Test
    void a_replacement_with_the_reference_of_an_original_read_is_refused_as_a_duplicate_report() throws IOException {
        String original = generated(1);
        Path a = file("a.x12", original);
        Path r = file("r.x12", withPurpose(generated(2), "05", bpt02(original), "SOMETHING-ELSE"));
        UsageReadException e = refused(List.of(a, r));
        assertEquals("DUPLICATE_REPORT", e.problems().get(0).code());
        assertTrue(e.problems().get(0).detail().endsWith("report '" + bpt02(original) + "' (BPT02) was already read in "
                + a + " transaction set 867 0001 (group 1, interchange 000000001) with purpose 00: a later cancellation"
                + " or replacement could not tell them apart"), e.problems().get(0).detail());
    }

    @Test
    void a_cancellation_of_another_service_points_report_is_refused_naming_both() throws IOException {
        String original = generated(1);
        Matcher sp = Pattern.compile("REF\\*LU\\*([0-9]+)~").matcher(original);
        assertTrue(sp.find());
        String other = sp.group(1).substring(0, sp.group(1).length() - 1)
                + (sp.group(1).endsWith("9") ? "8" : "9");
        Path a = file("a.x12", original);
        Path c = file("c.x12", withPurpose(original, "01", "C1", bpt02(original)).replace(sp.group(),
                "REF*LU*" + other + "~"));
        UsageReadException e = refused(List.of(a, c));
        assertEquals(List.of("SERVICE_POINT_MISMATCH"), e.problems().stream().map(UsageProblem::code).toList());
        assertTrue(e.problems().get(0).detail().contains("the cancellation of service point " + other + " names report '"
                + bpt02(original) + "' of service point " + sp.group(1) + " (" + a + " transaction set"),
                e.problems().get(0).detail());
    }
}
