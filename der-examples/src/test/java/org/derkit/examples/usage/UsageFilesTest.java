package org.derkit.examples.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derkit.examples.data.BundledData;
import org.derkit.metering.Multiplier;
import org.derkit.metering.UsageReport;
import org.derkit.model.retail.MeterRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_bundled_867_becomes_one_report_with_an_additive_and_a_subtractive_meter_multiplier_40()
            throws IOException, UsageInputException {
        List<UsageReport> reports = UsageFiles.read(BundledData.copyUsageFiles(dir).get(0));
        assertEquals(1, reports.size());
        UsageReport r = reports.get(0);
        assertEquals("90000000", r.servicePoint().value());
        assertTrue(r.source().endsWith("ameren-867-2026-03-04.x12 ST 0001"), r.source());
        assertEquals(List.of(MeterRole.ADDITIVE, MeterRole.SUBTRACTIVE), r.channels().stream().map(c -> c.role()).toList());
        assertEquals(Multiplier.of(new BigDecimal("40")), r.channels().get(1).multiplier());
        assertTrue(r.channels().get(1).isScaled(), "Ameren's 867 values already include the multiplier");
    }

    @Test
    void an_867_without_a_service_point_is_refused_naming_file_and_transaction_set() throws IOException {
        Path file = BundledData.copyUsageFiles(dir).get(0);
        Path bad = dir.resolve("no-sp.x12");
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        Files.writeString(bad, text.replace("REF*LU*90000000~", "REF*XX*90000000~"), StandardCharsets.ISO_8859_1);
        UsageInputException e = assertThrows(UsageInputException.class, () -> UsageFiles.read(bad));
        assertEquals(bad.toString() + ": transaction set 867 0001: no service point (REF*LU)", e.getMessage());
    }

    @Test
    void the_segment_index_finds_the_QTY_of_every_interval_value() throws IOException {
        byte[] bytes = Files.readAllBytes(BundledData.copyUsageFiles(dir).get(0));
        SegmentIndex index = SegmentIndex.scan(bytes);
        int[] first = index.positions(0, 1, "KH");
        assertEquals(168, first.length, "7 days of hourly values, read at 14:00");
        String[] segments = new String(bytes, StandardCharsets.ISO_8859_1).split("~\n");
        int st = java.util.Arrays.asList(segments).indexOf("ST*867*0001");
        assertTrue(segments[st + first[0] - 1].startsWith("QTY*QD*"), segments[st + first[0] - 1]);
        assertTrue(segments[st + first[0]].startsWith("DTM*582*20260304*1500"), segments[st + first[0]]);
    }
}
