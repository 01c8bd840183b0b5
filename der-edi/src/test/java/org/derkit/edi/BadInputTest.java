package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad sample: the strict reader stops with the expected code at the expected location. */
class BadInputTest {

    static Stream<Arguments> badInputs() {
        // fixture, code, segment tag, segment position, element, line, transaction control number
        return Stream.of(
                Arguments.of("867/bad-empty", X12ErrorCode.EMPTY_INPUT, "", 0, 0, 1, ""),
                Arguments.of("867/bad-binary-garbage", X12ErrorCode.NOT_AN_INTERCHANGE, "", 0, 0, 1, ""),
                Arguments.of("867/bad-isa-truncated", X12ErrorCode.ISA_TOO_SHORT, "ISA", 0, 0, 1, ""),
                Arguments.of("867/bad-isa-short-element", X12ErrorCode.ISA_FIELD_MISALIGNED, "ISA", 0, 6, 1, ""),
                Arguments.of("867/bad-delimiter-clash", X12ErrorCode.DELIMITER_CLASH, "ISA", 0, 16, 1, ""),
                Arguments.of("867/bad-wrong-se01", X12ErrorCode.SEGMENT_COUNT_MISMATCH, "SE", 20, 1, 22, "0001"),
                Arguments.of("867/bad-mismatched-se02", X12ErrorCode.TRANSACTION_CONTROL_NUMBER_MISMATCH, "SE", 20, 2, 22, "0001"),
                Arguments.of("867/bad-wrong-ge01", X12ErrorCode.TRANSACTION_COUNT_MISMATCH, "GE", 0, 1, 23, ""),
                Arguments.of("867/bad-mismatched-ge02", X12ErrorCode.GROUP_CONTROL_NUMBER_MISMATCH, "GE", 0, 2, 23, ""),
                Arguments.of("867/bad-wrong-iea01", X12ErrorCode.GROUP_COUNT_MISMATCH, "IEA", 0, 1, 24, ""),
                Arguments.of("867/bad-mismatched-iea02", X12ErrorCode.INTERCHANGE_CONTROL_NUMBER_MISMATCH, "IEA", 0, 2, 24, ""),
                Arguments.of("867/bad-missing-se", X12ErrorCode.TRANSACTION_TRAILER_MISSING, "ST", 20, 0, 22, "0001"),
                Arguments.of("867/bad-non-numeric-qty", X12ErrorCode.INVALID_NUMBER, "QTY", 16, 2, 18, "0001"),
                Arguments.of("867/bad-date", X12ErrorCode.INVALID_DATE, "DTM", 17, 2, 19, "0001"),
                Arguments.of("867/bad-truncated", X12ErrorCode.UNEXPECTED_END_OF_INPUT, "DTM", 17, 0, 19, "0001"),
                Arguments.of("867/bad-unknown-segment", X12ErrorCode.UNEXPECTED_SEGMENT, "NTE", 18, 0, 20, "0001"),
                Arguments.of("867/bad-unknown-meter-role", X12ErrorCode.INVALID_CODE_VALUE, "REF", 11, 2, 13, "0001"),
                Arguments.of("867/bad-duplicate-interval", X12ErrorCode.DUPLICATE_INTERVAL, "DTM", 21, 0, 23, "0001"),
                Arguments.of("867/bad-label-beyond-day", X12ErrorCode.INVALID_TIME, "DTM", 19, 3, 21, "0001"),
                Arguments.of("867/bad-time-code-mismatch", X12ErrorCode.TIME_CODE_MISMATCH, "DTM", 13, 4, 15, "0001"),
                Arguments.of("814/bad-unknown-action", X12ErrorCode.INVALID_CODE_VALUE, "ASI", 7, 1, 9, "0001"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInputs")
    void strict_reader_stops_with_the_code_and_location(String fixture, X12ErrorCode code, String tag, int position,
            int element, int line, String control) {
        byte[] data = Fixtures.bytes(fixture + ".x12");
        X12Exception ex = assertThrows(X12Exception.class, () -> {
            try (X12Reader r = Fixtures.strict(data)) {
                while (r.hasNext()) {
                    r.next();
                }
            }
        });
        Location at = ex.location();
        assertEquals(code, ex.code(), ex.getMessage());
        assertEquals(tag, at.segmentTag(), ex.getMessage());
        assertEquals(position, at.segmentPosition(), ex.getMessage());
        assertEquals(element, at.elementPosition(), ex.getMessage());
        assertEquals(line, at.line(), ex.getMessage());
        assertEquals(control, at.transactionControlNumber(), ex.getMessage());
        assertTrue(ex.getMessage().endsWith(at.toString()), ex.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInputs")
    void collecting_reader_reports_the_same_first_problem_and_never_throws(String fixture, X12ErrorCode code) {
        try (X12Reader r = Fixtures.collecting(Fixtures.bytes(fixture + ".x12"))) {
            while (r.hasNext()) {
                r.next();
            }
            assertFalse(r.problems().isEmpty());
            assertEquals(code, r.problems().get(0).code(), r.problems().toString());
        }
    }

    @Test
    void message_names_code_detail_and_location_in_one_sentence() {
        X12Exception ex = assertThrows(X12Exception.class,
                () -> Fixtures.read("867/bad-wrong-se01.x12"));
        assertEquals("SEGMENT_COUNT_MISMATCH: SE01 does not match the number of included segments "
                + "(SE01 is 99, counted 20 segments from ST to SE) in segment SE at position 20, element 1 of "
                + "transaction set 867 0001 (group 1, interchange 000000001), line 22, byte 538", ex.getMessage());
    }

    @Test
    void location_of_an_isa_problem_points_at_the_byte() {
        X12Exception ex = assertThrows(X12Exception.class, () -> Fixtures.read("867/bad-isa-short-element.x12"));
        assertEquals(50, ex.location().byteOffset());
    }

    @Test
    void collecting_reader_delivers_the_valid_transactions_around_a_bad_one() {
        try (X12Reader r = Fixtures.collecting(Fixtures.bytes("867/mixed-good-bad-good.x12"))) {
            List<Interchange> all = r.readInterchanges();
            List<Transaction> txns = all.get(0).groups().get(0).transactions();
            assertEquals(List.of("0001", "0003"), txns.stream().map(Transaction::controlNumber).toList());
            assertEquals(1, r.problems().size());
            X12Problem p = r.problems().get(0);
            assertEquals(X12ErrorCode.INVALID_NUMBER, p.code());
            assertEquals("0002", p.location().transactionControlNumber());
            GroupReport g = r.groupReports().get(0);
            assertEquals(3, g.transactions().size());
            assertFalse(g.transactions().get(1).accepted());
            assertTrue(g.transactions().get(2).accepted());
        }
    }

    @Test
    void collecting_reader_reports_every_count_problem_of_a_file() {
        try (X12Reader r = Fixtures.collecting(Fixtures.bytes("867/bad-missing-se.x12"))) {
            List<Interchange> all = r.readInterchanges();
            assertEquals(1, all.get(0).groups().get(0).transactions().size());
            assertEquals(List.of(X12ErrorCode.TRANSACTION_TRAILER_MISSING),
                    r.problems().stream().map(X12Problem::code).toList());
        }
    }
}
