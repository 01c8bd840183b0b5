package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 4: totals equal the interval sums exactly, BPT01 purposes are modelled with what they
 * cancel or replace, duplicate reports and interchanges are reported and not read twice.
 */
class CompletenessAndIntentTest {

    @Test
    void an_867_missing_its_last_12_hours_is_refused_naming_both_figures() {
        // normal-day.x12 with the last 12 QTY/DTM*582 pairs removed and SE01 fixed
        X12Exception ex = assertThrows(X12Exception.class, () -> Fixtures.read("867/bad-last-12-hours-removed.x12"));
        assertEquals("TOTAL_MISMATCH: the QTY total does not equal the sum of the intervals (meter 7000001 (PTD*PM "
                + "loop 2): QTY total 1415.96 KH, the 12 intervals sum to 697.20) in segment SE at position 42 of "
                + "transaction set 867 0001 (group 1, interchange 000000001), line 44, byte 959", ex.getMessage());
    }

    @Test
    void a_cancellation_names_the_report_it_cancels_and_is_not_original_usage() {
        Edi867 t = (Edi867) Fixtures.only("867/cancellation-bpt01.x12");
        assertEquals(Edi867.Purpose.CANCELLATION, t.reportPurpose());
        assertEquals("AIC2026030900001", t.originalReference());
        assertFalse(t.isOriginal());
        Edi867 original = (Edi867) Fixtures.only("867/normal-day.x12");
        assertEquals(Edi867.Purpose.ORIGINAL, original.reportPurpose());
        assertEquals("", original.originalReference());
    }

    @Test
    void a_cancellation_without_bpt09_is_refused() {
        X12Exception ex = assertThrows(X12Exception.class, () -> Fixtures.read("867/bad-cancellation-without-bpt09.x12"));
        assertEquals("MANDATORY_ELEMENT_MISSING: a mandatory element is missing (BPT09 (the BPT02 of the report it "
                + "cancels) is required when BPT01 is 01) in segment BPT at position 2, element 9 of transaction set 867 "
                + "0001 (group 1, interchange 000000001), line 4, byte 207", ex.getMessage());
    }

    @Test
    void the_same_interchange_twice_is_reported_and_its_usage_read_once() {
        X12Exception ex = assertThrows(X12Exception.class, () -> Fixtures.read("867/bad-duplicate-interchange.x12"));
        assertEquals("DUPLICATE_INTERCHANGE: the interchange was already read (same ISA06 sender and ISA13 control "
                + "number) (ISA06 '006936017', ISA13 '000000001' was already read: its transaction sets are not read "
                + "twice) in segment ISA, element 13 (interchange 000000001), line 71, byte " + (1474 + 90),
                ex.getMessage());
        try (X12Reader r = Fixtures.collecting(Fixtures.bytes("867/bad-duplicate-interchange.x12"))) {
            List<Transaction> read = new ArrayList<>();
            r.forEachRemaining(read::add);
            assertEquals(1, read.size());
            assertEquals(List.of(X12ErrorCode.DUPLICATE_INTERCHANGE, X12ErrorCode.DUPLICATE_REPORT),
                    r.problems().stream().map(X12Problem::code).toList());
            assertEquals("BPT 00 'AIC2026030900001' was already read in transaction set 867 0001: its usage is not "
                    + "read twice", r.problems().get(1).detail());
        }
    }
}
