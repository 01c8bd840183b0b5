package org.derkit.edi;

import static org.derkit.edi.Envelopes.ISA;
import static org.derkit.edi.Envelopes.ack;
import static org.derkit.edi.Envelopes.codes;
import static org.derkit.edi.Envelopes.group;
import static org.derkit.edi.Envelopes.gs;
import static org.derkit.edi.Envelopes.interchange;
import static org.derkit.edi.Envelopes.isa;
import static org.derkit.edi.Envelopes.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The envelope state machine of the reader: which segment is refused where (with its code, detail
 * and location), how groups and interchanges are closed and reported, and how control numbers and
 * counts compare.
 */
class EnvelopeBoundariesTest {

    @Test
    void a_well_formed_interchange_is_read_without_a_problem() {
        X12Reader r = readAll(interchange("000000001", group("1", ack("0001"))));
        assertEquals(List.of(), r.problems());
        assertTrue(r.groupReports().get(0).accepted());
        assertTrue(r.interchangeReports().get(0).accepted());
    }

    @Test
    void an_ST_before_any_GS_is_data_outside_the_envelope_and_its_set_is_skipped() {
        X12Reader r = readAll(isa("000000001") + ack("0001") + group("1", ack("0002")) + "IEA*1*000000001~");
        X12Problem p = r.problems().get(0);
        assertEquals(X12ErrorCode.DATA_OUTSIDE_ENVELOPE, p.code());
        assertEquals("ST outside a functional group", p.detail());
        assertEquals("ST", p.location().segmentTag());
        assertEquals(1, p.location().line());
        assertEquals(106, p.location().byteOffset());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals(List.of("0002"), r.groupReports().get(0).transactions().stream()
                .map(TransactionReport::controlNumber).toList());
    }

    @Test
    void a_GE_without_its_GS_is_data_outside_the_envelope() {
        X12Reader r = readAll(isa("000000001") + "GE*0*1~" + "IEA*0*000000001~");
        assertEquals(List.of(X12ErrorCode.DATA_OUTSIDE_ENVELOPE), codes(r));
        assertEquals("GE without GS", r.problems().get(0).detail());
        assertEquals("GE", r.problems().get(0).location().segmentTag());
        assertEquals(List.of(), r.groupReports());
    }

    @Test
    void a_GS_inside_an_open_group_closes_that_group_as_missing_its_GE() {
        String x12 = isa("000000001") + gs("1") + ack("0001") + group("2", ack("0002")) + "IEA*2*000000001~";
        X12Reader r = readAll(x12);
        assertEquals(List.of(X12ErrorCode.GROUP_TRAILER_MISSING), codes(r));
        X12Problem p = r.problems().get(0);
        assertEquals("GE expected before GS", p.detail());
        assertEquals("GS", p.location().segmentTag());
        assertEquals("1", p.location().groupControlNumber());
        assertEquals(2, r.groupReports().size());
        GroupReport first = r.groupReports().get(0);
        assertEquals("1", first.header().controlNumber());
        assertFalse(first.accepted());
        assertEquals(List.of("0001"), first.transactions().stream().map(TransactionReport::controlNumber).toList());
        GroupReport second = r.groupReports().get(1);
        assertTrue(second.accepted(), second.toString());
        assertEquals(List.of("0002"), second.transactions().stream().map(TransactionReport::controlNumber).toList());
    }

    @Test
    void an_IEA_inside_an_open_group_closes_the_group_as_missing_its_GE() {
        X12Reader r = readAll(isa("000000001") + gs("1") + ack("0001") + "IEA*1*000000001~");
        assertEquals(List.of(X12ErrorCode.GROUP_TRAILER_MISSING), codes(r));
        assertEquals("GE expected before IEA", r.problems().get(0).detail());
        assertEquals("IEA", r.problems().get(0).location().segmentTag());
        assertEquals(1, r.groupReports().size());
        assertFalse(r.groupReports().get(0).accepted());
        assertEquals(1, r.interchangeReports().size());
    }

    @Test
    void an_ISA_inside_an_open_interchange_ends_it_without_IEA_and_ends_the_reading() {
        String second = interchange("000000002", group("2", ack("0002")));
        X12Reader r = readAll(isa("000000001") + gs("1") + ack("0001") + second);
        assertEquals(List.of(X12ErrorCode.GROUP_TRAILER_MISSING, X12ErrorCode.INTERCHANGE_TRAILER_MISSING), codes(r));
        assertEquals("GE expected before ISA", r.problems().get(0).detail());
        assertEquals("IEA expected before ISA", r.problems().get(1).detail());
        assertEquals("ISA", r.problems().get(1).location().segmentTag());
        assertEquals("000000001", r.problems().get(1).location().interchangeControlNumber());
        assertEquals(1, r.groupReports().size());
        assertEquals(1, r.interchangeReports().size());
        assertFalse(r.interchangeReports().get(0).accepted());
        assertEquals(X12ErrorCode.INTERCHANGE_TRAILER_MISSING, r.interchangeReports().get(0).problems().get(0).code());
    }

    @Test
    void an_ISA_between_groups_of_an_open_interchange_is_refused_as_a_missing_IEA_only() {
        String x12 = isa("000000001") + group("1", ack("0001")) + interchange("000000002", group("2", ack("0002")));
        X12Reader r = readAll(x12);
        assertEquals(List.of(X12ErrorCode.INTERCHANGE_TRAILER_MISSING), codes(r));
        assertEquals(1, r.groupReports().size());
        assertTrue(r.groupReports().get(0).accepted());
        assertEquals(1, r.interchangeReports().size());
    }

    @Test
    void a_known_segment_between_groups_is_outside_the_envelope_and_an_unreadable_tag_is_unrecognised() {
        X12Reader known = readAll(interchange("000000001", group("1", ack("0001"))).replace("GS*", "N1*8S*X~GS*"));
        assertEquals(List.of(X12ErrorCode.DATA_OUTSIDE_ENVELOPE), codes(known));
        assertEquals("N1 outside a transaction set", known.problems().get(0).detail());
        X12Reader unknown = readAll(interchange("000000001", group("1", ack("0001"))).replace("GS*", "n1*8S*X~GS*"));
        assertEquals(List.of(X12ErrorCode.UNRECOGNIZED_SEGMENT), codes(unknown));
        assertEquals("n1 outside a transaction set", unknown.problems().get(0).detail());
        assertEquals(List.of(X12ErrorCode.UNRECOGNIZED_SEGMENT), unknown.interchangeReports().get(0).problems().stream()
                .map(X12Problem::code).toList());
    }

    @Test
    void an_unreadable_segment_between_sets_belongs_to_the_group_not_to_a_set() {
        String x12 = interchange("000000001", group("1", ack("0001"), ack("0002"))).replace("ST*997*0002",
                "n1*X~ST*997*0002");
        X12Reader r = readAll(x12);
        assertEquals(List.of(X12ErrorCode.UNRECOGNIZED_SEGMENT), codes(r));
        GroupReport g = r.groupReports().get(0);
        assertEquals(List.of(X12ErrorCode.UNRECOGNIZED_SEGMENT), g.problems().stream().map(X12Problem::code).toList());
        assertTrue(g.transactions().stream().allMatch(TransactionReport::accepted), g.toString());
        assertEquals("", r.problems().get(0).location().transactionSetCode());
    }

    @Test
    void zero_padded_control_numbers_and_counts_match_their_plain_values() {
        String x12 = isa("000000001") + gs("0001") + ack("0001") + "GE*001*1~IEA*01*1~";
        X12Reader r = readAll(x12);
        assertEquals(List.of(), r.problems());
    }

    @Test
    void a_count_of_zeros_matches_an_empty_group_and_interchange() {
        X12Reader group = readAll(isa("000000001") + gs("1") + "GE*000*1~IEA*1*000000001~");
        assertEquals(List.of(), group.problems());
        X12Reader none = readAll(isa("000000001") + "IEA*00*000000001~");
        assertEquals(List.of(), none.problems());
    }

    @Test
    void control_numbers_that_differ_but_for_leading_zeros_of_a_non_number_do_not_match() {
        X12Reader r = readAll(isa("000000001") + gs("X") + ack("0001") + "GE*1*0X~IEA*1*000000001~");
        assertEquals(List.of(X12ErrorCode.GROUP_CONTROL_NUMBER_MISMATCH), codes(r));
        assertEquals("GE02 is 0X, GS06 is X", r.problems().get(0).detail());
    }

    @Test
    void count_mismatches_say_what_was_counted_in_singular_and_plural() {
        X12Reader one = readAll(isa("000000001") + gs("1") + ack("0001") + "GE*2*1~IEA*2*000000001~");
        assertEquals(List.of(X12ErrorCode.TRANSACTION_COUNT_MISMATCH, X12ErrorCode.GROUP_COUNT_MISMATCH), codes(one));
        assertEquals("GE01 is 2, counted 1 transaction set", one.problems().get(0).detail());
        assertEquals("IEA01 is 2, counted 1 functional group", one.problems().get(1).detail());
        X12Reader two = readAll(isa("000000001") + gs("1") + ack("0001") + ack("0002") + "GE*3*1~"
                + gs("2") + ack("0003") + "GE*1*2~IEA*3*000000001~");
        assertEquals("GE01 is 3, counted 2 transaction sets", two.problems().get(0).detail());
        assertEquals("IEA01 is 3, counted 2 functional groups", two.problems().get(1).detail());
    }

    @Test
    void the_group_report_says_how_many_sets_GE01_claims_when_it_is_a_number_of_up_to_six_digits() {
        assertEquals(10, included("10"));
        assertEquals(9, included("9"));
        assertEquals(9, included("000009"));
        assertEquals(1, included("0000009"), "seven digits: the counted number");
        assertEquals(1, included("1/"), "not a number: the counted number");
        assertEquals(1, included("1:"), "not a number: the counted number");
        assertEquals(1, included(""), "empty: the counted number");
    }

    private static int included(String ge01) {
        X12Reader r = readAll(isa("000000001") + gs("1") + ack("0001") + "GE*" + ge01 + "*1~IEA*1*000000001~");
        return r.groupReports().get(0).included();
    }

    @Test
    void each_group_report_holds_only_its_own_transaction_sets_and_problems() {
        String x12 = isa("000000001") + gs("1") + ack("0001") + "GE*1*9~" + group("2", ack("0002"), ack("0003"))
                + "IEA*2*000000001~";
        X12Reader r = readAll(x12);
        GroupReport first = r.groupReports().get(0);
        GroupReport second = r.groupReports().get(1);
        assertEquals(1, first.problems().size());
        assertEquals(List.of(), second.problems());
        assertTrue(second.accepted());
        assertEquals(List.of("0002", "0003"), second.transactions().stream().map(TransactionReport::controlNumber)
                .toList());
    }

    @Test
    void each_interchange_report_holds_only_its_own_problems() {
        String first = isa("000000001") + group("1", ack("0001")) + "IEA*5*000000001~";
        String second = interchange("000000002", group("2", ack("0002")));
        X12Reader r = readAll(first + second);
        assertEquals(List.of(X12ErrorCode.GROUP_COUNT_MISMATCH), codes(r));
        assertEquals(2, r.interchangeReports().size());
        assertFalse(r.interchangeReports().get(0).accepted());
        assertEquals(List.of(), r.interchangeReports().get(1).problems());
        assertTrue(r.interchangeReports().get(1).accepted());
    }

    @Test
    void whole_interchanges_are_rebuilt_with_their_own_groups_and_sets() {
        String x12 = interchange("000000001", group("1", ack("0001"), ack("0002")), group("2", ack("0003")))
                + interchange("000000002", group("3", ack("0004")));
        List<Interchange> all;
        try (X12Reader r = Fixtures.strict(Envelopes.bytes(x12))) {
            all = r.readInterchanges();
        }
        assertEquals(2, all.size());
        assertEquals("000000001", all.get(0).header().controlNumber());
        assertEquals(List.of("1", "2"), all.get(0).groups().stream().map(g -> g.header().controlNumber()).toList());
        assertEquals(2, all.get(0).groups().get(0).transactions().size());
        assertEquals("000000002", all.get(1).header().controlNumber());
        assertEquals(1, all.get(1).groups().size());
        assertEquals("0004", all.get(1).groups().get(0).transactions().get(0).controlNumber());
    }

    @Test
    void the_headers_of_the_last_delivered_set_are_available_only_after_next() {
        try (X12Reader r = Fixtures.strict(Envelopes.bytes(interchange("000000001", group("7", ack("0001")))))) {
            assertThrows(X12SequenceException.class, r::groupHeader);
            assertThrows(X12SequenceException.class, r::interchangeHeader);
            r.next();
            assertEquals("7", r.groupHeader().controlNumber());
            assertEquals("FA", r.groupHeader().functionalId());
            assertEquals("000000001", r.interchangeHeader().controlNumber());
            assertFalse(r.hasNext());
            assertFalse(r.hasNext(), "still nothing after the end");
            assertThrows(NoSuchElementException.class, r::next);
        }
    }

    @Test
    void closing_the_reader_closes_its_stream_and_ends_the_reading() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(Envelopes.bytes(interchange("000000001",
                group("1", ack("0001"))))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        X12Reader r = X12Factory.newFactory().newReader(in);
        r.close();
        assertTrue(closed[0]);
        assertFalse(r.hasNext());
    }

    @Test
    void an_ST_without_its_control_number_is_refused_at_ST02_in_that_set() {
        X12Problem p = Envelopes.firstProblem(interchange("000000001", group("1", ack("0001").replace("ST*997*0001",
                "ST*997*"))));
        assertEquals(X12ErrorCode.MANDATORY_ELEMENT_MISSING, p.code());
        assertEquals("ST02 (control number) is required", p.detail());
        assertEquals("ST", p.location().segmentTag());
        assertEquals(1, p.location().segmentPosition());
        assertEquals(2, p.location().elementPosition());
        assertEquals("997", p.location().transactionSetCode());
    }

    @Test
    void unsupported_sets_are_listed_up_to_the_maximum_number_of_problems() {
        String set824 = "ST*824*0001~BGN*00*R*20260310~SE*3*0001~";
        String x12 = interchange("000000001", group("1", set824, set824.replace("0001", "0002"), ack("0003")));
        X12Reader one = readAll(X12Factory.newFactory().withMaxProblems(1), x12);
        assertEquals(1, one.skipped().size());
        assertEquals("0001", one.skipped().get(0).location().transactionControlNumber());
        X12Reader two = readAll(X12Factory.newFactory().withMaxProblems(2), x12);
        assertEquals(2, two.skipped().size());
        assertEquals(List.of(), two.problems());
    }

    @Test
    void a_collecting_reader_stops_after_the_maximum_number_of_problems() {
        String bad = ack("0002").replace("SE*4*0002", "SE*9*0002");
        String x12 = interchange("000000001", group("1", ack("0001"), bad, ack("0003")));
        List<String> delivered = new java.util.ArrayList<>();
        X12Reader r = X12Factory.newFactory().withMode(ErrorMode.COLLECTING).withMaxProblems(1)
                .newReader(new ByteArrayInputStream(Envelopes.bytes(x12)));
        while (r.hasNext()) {
            delivered.add(r.next().controlNumber());
        }
        assertEquals(List.of("0001"), delivered);
        assertEquals(List.of(X12ErrorCode.SEGMENT_COUNT_MISMATCH), codes(r));
        assertFalse(r.hasNext());
        X12Reader all = readAll(X12Factory.newFactory().withMaxProblems(2), x12);
        assertEquals(1, all.problems().size());
        assertEquals(2, all.groupReports().get(0).transactions().stream().filter(TransactionReport::accepted).count());
    }

    @Test
    void the_problems_kept_never_exceed_the_maximum_even_when_one_segment_raises_several() {
        String x12 = isa("000000001") + gs("1") + "ST*997*0001~AK1*PT*1~AK9*A*1";
        X12Reader all = readAll(x12);
        // the cut 997 also lacks its AK9
        assertEquals(List.of(X12ErrorCode.UNEXPECTED_END_OF_INPUT, X12ErrorCode.TRANSACTION_TRAILER_MISSING,
                X12ErrorCode.MANDATORY_SEGMENT_MISSING, X12ErrorCode.GROUP_TRAILER_MISSING, X12ErrorCode.INTERCHANGE_TRAILER_MISSING), codes(all));
        X12Reader two = readAll(X12Factory.newFactory().withMaxProblems(2), x12);
        assertEquals(2, two.problems().size());
    }

    @Test
    void a_truncated_skipped_set_is_reported_at_the_position_of_its_cut_segment() {
        String x12 = isa("000000001") + gs("1") + "ST*824*0001~BGN*00*R*20260310~OTI*TR";
        X12Reader r = readAll(x12);
        assertEquals(X12ErrorCode.UNEXPECTED_END_OF_INPUT, r.problems().get(0).code());
        assertEquals(3, r.problems().get(0).location().segmentPosition());
        assertEquals("OTI", r.problems().get(0).location().segmentTag());
        assertEquals(X12ErrorCode.TRANSACTION_TRAILER_MISSING, r.problems().get(1).code());
        assertEquals(3, r.problems().get(1).location().segmentPosition());
        assertEquals("824", r.problems().get(1).location().transactionSetCode());
    }

    @Test
    void a_file_cut_between_sets_is_reported_at_the_cut_segment_outside_any_set() {
        X12Reader r = readAll(isa("000000001") + gs("1") + ack("0001") + "GE*1");
        X12Problem p = r.problems().get(0);
        assertEquals(X12ErrorCode.UNEXPECTED_END_OF_INPUT, p.code());
        assertEquals("GE", p.location().segmentTag());
        assertEquals(0, p.location().segmentPosition());
        assertEquals("", p.location().transactionSetCode());
        assertEquals("no segment terminator '~' before the end of the input", p.detail());
    }

    @Test
    void a_long_detail_is_kept_whole_up_to_400_characters_and_cut_beyond() {
        // "SE01 is <n>, counted 4 segments from ST to SE" is 42 characters around the SE01 value
        String at400 = "9".repeat(358);
        X12Problem kept = Envelopes.firstProblem(interchange("000000001", group("1",
                ack("0001").replace("SE*4*", "SE*" + at400 + "*"))));
        assertEquals("SE01 is " + at400 + ", counted 4 segments from ST to SE", kept.detail());
        assertEquals(400, kept.detail().length());
        X12Problem cut = Envelopes.firstProblem(interchange("000000001", group("1",
                ack("0001").replace("SE*4*", "SE*" + at400 + "9*"))));
        assertEquals(("SE01 is " + at400 + "9, counted 4 segments from ST to SE").substring(0, 400)
                + "... (401 characters)", cut.detail());
    }

    @Test
    void the_same_interchange_read_twice_is_a_duplicate_at_ISA13() {
        String one = interchange("000000001", group("1", ack("0001")));
        X12Reader r = readAll(one + one);
        assertEquals(List.of(X12ErrorCode.DUPLICATE_INTERCHANGE), codes(r).subList(0, 1));
        assertEquals(13, r.problems().get(0).location().elementPosition());
        assertEquals(one.length() + 90, r.problems().get(0).location().byteOffset());
    }
}
