package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.derkit.model.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Issue 15 item 2: interval data the profile does not read is reported, never dropped. */
class NoSilentDropTest {

    private static final AmerenProfile READS_BQ = AmerenProfile.DEFAULT.withIntervalLoopCodes(Set.of("PM", "BQ"));

    @Test
    void account_level_intervals_in_ptd_bq_are_refused_by_the_default_profile_naming_the_setting() {
        X12Exception ex = assertThrows(X12Exception.class, () -> Fixtures.read("867/account-intervals-ptd-bq.x12"));
        assertEquals(X12ErrorCode.UNEXPECTED_SEGMENT, ex.code());
        assertEquals("UNEXPECTED_SEGMENT: the segment is not expected here (interval data in a PTD*BQ loop: the "
                + "profile reads intervals only from PTD*PM loops (AmerenProfile.intervalLoopCodes); its values are "
                + "not read) in segment DTM at position 16 of transaction set 867 0001 (group 1, interchange "
                + "000000001), line 18, byte 457", ex.getMessage());
    }

    @Test
    void a_profile_that_names_bq_reads_its_intervals_as_the_service_points_usage() {
        byte[] data = Fixtures.bytes("867/account-intervals-ptd-bq.x12");
        try (X12Reader r = X12Factory.newFactory().withProfile(READS_BQ).newReader(new ByteArrayInputStream(data))) {
            Edi867 t = (Edi867) r.next();
            assertEquals(List.of("BQ"), t.intervalLoops(READS_BQ).stream().map(UsageLoop::ptdCode).toList());
            List<IntervalReading> rows = t.intervals(READS_BQ);
            assertEquals(10, rows.size());
            assertNull(rows.get(0).meter());
            assertEquals("90000001", rows.get(0).servicePoint().value());
            assertEquals(new BigDecimal("1.25"), rows.get(0).value());
            assertEquals(new BigDecimal("1.30"), rows.get(9).value());
            assertEquals("SU", t.summary(READS_BQ).orElseThrow().ptdCode());
        }
    }

    @Test
    void an_867_without_interval_data_is_a_problem_not_an_empty_success() {
        X12Exception ex = assertThrows(X12Exception.class, () -> Fixtures.read("867/bad-no-interval-data.x12"));
        assertEquals("MANDATORY_SEGMENT_MISSING: a mandatory segment is missing (no interval data (QTY with DTM*582) "
                + "in a PTD*PM loop: the transaction set holds no usage to read) in segment SE at position 12 of "
                + "transaction set 867 0001 (group 1, interchange 000000001), line 14, byte 397", ex.getMessage());
    }

    @Test
    void a_profile_needs_at_least_one_interval_loop_code() {
        InvalidValueException ex = assertThrows(InvalidValueException.class,
                () -> AmerenProfile.DEFAULT.withIntervalLoopCodes(Set.of()));
        assertEquals("Invalid value for intervalLoopCodes (valid values at least one PTD01 code): []", ex.getMessage());
    }
}
