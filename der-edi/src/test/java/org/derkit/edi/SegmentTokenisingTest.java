package org.derkit.edi;

import static org.derkit.edi.Envelopes.ISA;
import static org.derkit.edi.Envelopes.ack;
import static org.derkit.edi.Envelopes.codes;
import static org.derkit.edi.Envelopes.firstProblem;
import static org.derkit.edi.Envelopes.group;
import static org.derkit.edi.Envelopes.gs;
import static org.derkit.edi.Envelopes.interchange;
import static org.derkit.edi.Envelopes.isa;
import static org.derkit.edi.Envelopes.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.derkit.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the reader cuts its input into segments and elements: the fixed-width ISA and its delimiters,
 * segment tags, line endings and line numbers, padding between interchanges, and inputs that arrive
 * in small pieces or hold segments longer than the read buffer.
 */
class SegmentTokenisingTest {

    private static InterchangeHeader header(String isa) {
        String x12 = isa + group("1", ack("0001")).replace('~', isa.charAt(105)) + "IEA*1*000000001"
                + isa.charAt(105);
        try (X12Reader r = Fixtures.strict(Envelopes.bytes(x12))) {
            r.next();
            return r.interchangeHeader();
        }
    }

    @ParameterizedTest(name = "ISA11 {0} in version {1}")
    @CsvSource({"^, 00501, ^, ''", "^, 00402, ^, ''", "^, 00409, ^, ''", "^, 00401, '', ^", "^, 0050A, '', ^",
        "U, 00501, '', U"})
    void ISA11_is_the_repetition_separator_from_version_00402_on_and_the_standards_id_before(char isa11,
            String version, String repetition, String standardsId) {
        InterchangeHeader h = header(isa(isa11, version, '>', '~'));
        assertEquals(repetition.isEmpty() ? '\0' : repetition.charAt(0), h.delimiters().repetition());
        assertEquals(standardsId, h.standardsId());
        assertEquals(version, h.version());
    }

    @Test
    void a_NUL_ISA11_of_00501_is_no_repetition_separator_and_no_standards_id() {
        InterchangeHeader h = header(isa('\0', "00501", '>', '~'));
        assertEquals('\0', h.delimiters().repetition());
        assertEquals("", h.standardsId());
    }

    @ParameterizedTest(name = "ISA16 ''{0}''")
    @ValueSource(chars = {'@', '[', '`', '{', '/', ':', '!', '}', '\\'})
    void any_special_character_may_separate_components(char component) {
        assertEquals(component, header(isa('U', "00401", component, '~')).delimiters().component());
    }

    @ParameterizedTest(name = "ISA16 ''{0}''")
    @ValueSource(chars = {'A', 'M', 'Z', 'a', 'm', 'z', '0', '5', '9', ' '})
    void a_letter_digit_or_space_as_a_delimiter_is_a_delimiter_clash(char component) {
        X12Problem p = firstProblem(isa('U', "00401", component, '~') + "IEA*0*000000001~");
        assertEquals(X12ErrorCode.DELIMITER_CLASH, p.code());
        assertEquals(16, p.location().elementPosition());
        assertEquals("element '*', component '" + component + "', segment '~'", p.detail());
    }

    @ParameterizedTest(name = "ISA11 ''{0}''")
    @ValueSource(chars = {'>', '~', 'X'})
    void a_00501_repetition_separator_equal_to_another_delimiter_or_a_letter_is_a_delimiter_clash(char isa11) {
        X12Problem p = firstProblem(isa(isa11, "00501", '>', '~') + "IEA*0*000000001~");
        assertEquals(X12ErrorCode.DELIMITER_CLASH, p.code());
    }

    @Test
    void a_delimiter_clash_names_the_terminator_printable_or_as_a_hex_escape() {
        assertEquals("element '*', component '~', segment '~'",
                firstProblem(isa('U', "00401", '~', '~')).detail());
        assertEquals("element '*', component '>', segment ' '",
                firstProblem(isa('U', "00401", '>', ' ')).detail());
        assertEquals("element '*', component '\\n', segment '\\x0A'",
                firstProblem(isa('U', "00401", '\n', '\n')).detail());
        assertEquals("element '*', component '\\x7F', segment '\\x7F'",
                firstProblem(isa('U', "00401", '\u007f', '\u007f')).detail());
    }

    @Test
    void a_cut_ISA_says_how_many_of_its_characters_arrived() {
        X12Problem p = firstProblem("\r\n" + ISA.substring(0, 50));
        assertEquals(X12ErrorCode.ISA_TOO_SHORT, p.code());
        assertEquals("the input ends after 50 of the 106 ISA characters", p.detail());
        assertEquals(2, p.location().line());
        assertEquals(2, p.location().byteOffset());
        X12Problem tag = firstProblem("ISA");
        assertEquals(X12ErrorCode.ISA_TOO_SHORT, tag.code());
        assertEquals("the input ends after 3 of the 106 ISA characters", tag.detail());
    }

    @Test
    void a_byte_order_mark_alone_is_an_empty_input() {
        X12Problem bom = firstProblem("\u00ef\u00bb\u00bf");
        assertEquals(X12ErrorCode.EMPTY_INPUT, bom.code());
        assertEquals(3, bom.location().byteOffset(), "where the input ends");
        X12Problem blank = firstProblem("\r\n \t\n");
        assertEquals(X12ErrorCode.EMPTY_INPUT, blank.code());
        assertEquals(5, blank.location().byteOffset(), "where the input ends");
    }

    @Test
    void an_input_that_is_not_X12_is_shown_by_its_first_eight_characters_where_they_start() {
        X12Problem p = firstProblem("\n\nHELLO WORLD, NOT X12");
        assertEquals(X12ErrorCode.NOT_AN_INTERCHANGE, p.code());
        assertEquals("the input starts with 'HELLO WO'", p.detail());
        assertEquals(3, p.location().line());
        assertEquals(2, p.location().byteOffset());
        assertEquals("the input starts with 'XY'", firstProblem("\nXY").detail());
        assertEquals("the input starts with 'HELLO WO'", firstProblem("\r\n\r\nHELLO WORLD").detail());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"AZ0", "9ZA", "N1", "Z9", "A0"})
    void a_tag_of_two_or_three_capitals_or_digits_is_a_segment_outside_the_envelope(String tag) {
        X12Reader r = readAll(interchange("000000001", group("1", ack("0001"))).replace("GS*", tag + "*1~GS*"));
        assertEquals(List.of(X12ErrorCode.DATA_OUTSIDE_ENVELOPE), codes(r));
        assertEquals(tag, r.problems().get(0).location().segmentTag());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"@Z0, @Z0", "[Z0, [Z0", "AZ/, AZ/", "A:Z, A:Z", "abc, abc", "ABCD, ABC", "A, A", "A B, A B", "@1, @1",
        "1[, 1["})
    void any_other_tag_is_unrecognised_and_shown_by_its_first_three_characters(String tag, String shown) {
        X12Reader r = readAll(interchange("000000001", group("1", ack("0001"))).replace("GS*", tag + "*1~GS*"));
        assertEquals(List.of(X12ErrorCode.UNRECOGNIZED_SEGMENT), codes(r));
        assertEquals(shown, r.problems().get(0).location().segmentTag());
        assertEquals(shown + " outside a transaction set", r.problems().get(0).detail());
    }

    @Test
    void a_control_byte_in_a_tag_is_shown_as_a_question_mark() {
        X12Reader r = readAll(interchange("000000001", group("1", ack("0001"))).replace("GS*", "A\u007fB*1~GS*"));
        assertEquals("A?B", r.problems().get(0).location().segmentTag());
    }

    @Test
    void a_trailer_with_no_element_is_still_a_trailer() {
        X12Reader r = readAll(isa("000000001") + gs("1") + ack("0001") + "GE~IEA*1*000000001~");
        assertEquals(List.of(X12ErrorCode.TRANSACTION_COUNT_MISMATCH, X12ErrorCode.GROUP_CONTROL_NUMBER_MISMATCH),
                codes(r));
        assertEquals("GE", r.problems().get(0).location().segmentTag());
        X12Reader iea = readAll(isa("000000001") + group("1", ack("0001")) + "IEA~");
        assertEquals(List.of(X12ErrorCode.GROUP_COUNT_MISMATCH, X12ErrorCode.INTERCHANGE_CONTROL_NUMBER_MISMATCH),
                codes(iea));
        assertEquals(1, iea.interchangeReports().size());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource({"'\r\n', CRLF", "'\n', LF", "'\r', NONE", "'', NONE"})
    void the_line_ending_after_the_ISA_terminator_is_remembered(String after, LineEnding expected) {
        String x12 = isa("000000001") + after + group("1", ack("0001")) + "IEA*1*000000001~";
        try (X12Reader r = Fixtures.strict(Envelopes.bytes(x12))) {
            r.next();
            assertEquals(expected, r.lineEnding());
        }
    }

    @Test
    void a_carriage_return_after_a_line_feed_terminator_is_no_line_ending() {
        String body = (group("1", ack("0001")) + "IEA*1*000000001~").replace('~', '\n');
        String x12 = isa('U', "00401", '>', '\n') + "\r" + body;
        try (X12Reader r = Fixtures.strict(Envelopes.bytes(x12))) {
            r.next();
            assertEquals(LineEnding.NONE, r.lineEnding());
        }
    }

    @Test
    void with_a_line_feed_terminator_a_blank_line_is_an_empty_segment_not_a_line_ending() {
        String body = (group("1", ack("0001")) + "IEA*1*000000001~").replace('~', '\n');
        try (X12Reader r = Envelopes.collecting(isa('U', "00401", '>', '\n') + "\n" + body)) {
            r.next();
            assertEquals(LineEnding.NONE, r.lineEnding());
            assertEquals(List.of(X12ErrorCode.UNRECOGNIZED_SEGMENT), codes(r));
            assertEquals(2, r.problems().get(0).location().line());
            assertEquals(106, r.problems().get(0).location().byteOffset());
        }
    }

    @Test
    void with_a_line_feed_terminator_each_segment_is_a_line() {
        String body = (group("1", ack("0001").replace("SE*4*", "SE*5*")) + "IEA*1*000000001~").replace('~', '\n');
        X12Problem p = firstProblem(isa('U', "00401", '>', '\n') + body);
        assertEquals(X12ErrorCode.SEGMENT_COUNT_MISMATCH, p.code());
        assertEquals(6, p.location().line());
        assertEquals(4, p.location().segmentPosition());
    }

    @Test
    void padding_between_interchanges_counts_its_lines() {
        String first = interchange("000000001", group("1", ack("0001")));
        String second = isa("000000002") + group("2", ack("0002")) + "IEA*1*000000009~";
        X12Reader r = readAll(first + "\n\u001a\n\u0000\r\n\n" + second);
        assertEquals(List.of(X12ErrorCode.INTERCHANGE_CONTROL_NUMBER_MISMATCH), codes(r));
        assertEquals(5, r.problems().get(0).location().line());
        assertEquals(first.length() + 7 + second.length() - 10, r.problems().get(0).location().byteOffset());
    }

    /** Hands out its bytes one at a time, as a slow network stream may. */
    private static InputStream trickle(String x12) {
        return new ByteArrayInputStream(Envelopes.bytes(x12)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void an_input_arriving_byte_by_byte_into_the_smallest_buffer_reads_like_a_whole_one() {
        List<String> sets = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            sets.add(ack("000" + i));
        }
        String x12 = "\r\n" + interchange("000000001", group("1", sets.toArray(String[]::new))) + "\n"
                + interchange("000000002", group("2", ack("0010")));
        List<String> read = new ArrayList<>();
        try (X12Reader r = X12Factory.newFactory().withBufferSize(256).newReader(trickle(x12))) {
            while (r.hasNext()) {
                read.add(r.next().controlNumber());
            }
            assertEquals(List.of(), r.problems());
            assertEquals(2, r.interchangeReports().size());
        }
        assertEquals(List.of("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010"), read);
    }

    @Test
    void a_segment_longer_than_the_buffer_is_read_whole_and_later_offsets_stay_exact() {
        String skipped = "ST*824*0001~OTI*" + "X".repeat(700) + "~SE*3*0001~";
        String bad = ack("0002").replace("SE*4*0002", "SE*4*0003");
        String head = isa("000000001") + gs("1") + skipped;
        String x12 = head + bad + "GE*2*1~IEA*1*000000001~";
        X12Reader r = readAll(X12Factory.newFactory().withBufferSize(256), x12);
        assertEquals(List.of(X12ErrorCode.TRANSACTION_CONTROL_NUMBER_MISMATCH), codes(r));
        assertEquals(1, r.skipped().size());
        int se02 = head.length() + bad.indexOf("SE*4*0003") + 5;
        assertEquals(se02, r.problems().get(0).location().byteOffset());
    }

    @Test
    void a_segment_longer_than_the_maximum_is_refused_where_it_starts() {
        String head = isa("000000001") + gs("1") + "ST*824*0001~";
        String x12 = head + "OTI*" + "X".repeat(400) + "~SE*3*0001~GE*1*1~IEA*1*000000001~";
        X12Reader r = readAll(X12Factory.newFactory().withBufferSize(256).withMaxSegmentLength(300), x12);
        X12Problem p = r.problems().get(0);
        assertEquals(X12ErrorCode.SEGMENT_TOO_LONG, p.code());
        assertEquals("no terminator within the maximum segment length", p.detail());
        assertEquals("OTI", p.location().segmentTag());
        assertEquals(head.length(), p.location().byteOffset());
        assertEquals(X12ErrorCode.TRANSACTION_TRAILER_MISSING, r.problems().get(1).code());
    }

    @Test
    void the_factory_refuses_a_maximum_segment_length_shorter_than_an_ISA() {
        assertThrows(InvalidValueException.class, () -> X12Factory.newFactory().withMaxSegmentLength(107));
        String x12 = interchange("000000001", group("1", ack("0001")));
        X12Reader r = readAll(X12Factory.newFactory().withMaxSegmentLength(108), x12);
        assertEquals(List.of(), r.problems());
    }
}
