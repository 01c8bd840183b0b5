package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the 814 reader walks BGN, the N1 loops and the LIN loops: what it keeps per loop and per
 * transaction set, and which segment it refuses where, with the code, position, element and loop
 * (AK303) a 997 would carry.
 */
class Edi814LoopStructureTest {

    static String interchange(String gs01, String... transactions) {
        StringBuilder sb = new StringBuilder("ISA*00*          *00*          *01*006936017      *01*987654321      "
                + "*260310*1200*U*00401*000000001*0*P*>~\n");
        sb.append("GS*").append(gs01).append("*006936017*987654321*20260310*1200*1*X*004010~\n");
        for (String t : transactions) {
            sb.append(t);
        }
        return sb.append("GE*").append(transactions.length).append("*1~\nIEA*1*000000001~\n").toString();
    }

    static String txn(String code, String control, String... body) {
        StringBuilder sb = new StringBuilder("ST*" + code + "*" + control + "~\n");
        for (String s : body) {
            sb.append(s).append("~\n");
        }
        return sb.append("SE*").append(body.length + 2).append('*').append(control).append("~\n").toString();
    }

    record Read(List<Transaction> transactions, List<String> problems) {
    }

    /** Reads collecting; each problem as "CODE TAG@position.element [loop] detail". */
    static Read read(String text) {
        try (X12Reader r = Fixtures.collecting(text.getBytes(StandardCharsets.ISO_8859_1))) {
            List<Transaction> all = new ArrayList<>();
            for (Interchange i : r.readInterchanges()) {
                for (FunctionalGroup g : i.groups()) {
                    all.addAll(g.transactions());
                }
            }
            return new Read(all, r.problems().stream().map(Edi814LoopStructureTest::brief).toList());
        }
    }

    static String brief(X12Problem p) {
        Location l = p.location();
        return p.code() + " " + l.segmentTag() + "@" + l.segmentPosition() + "." + l.elementPosition() + " ["
                + l.loopId() + "] " + p.detail();
    }

    static Read read814(String... body) {
        return read(interchange("GE", txn("814", "0001", body)));
    }

    private static final String BGN = "BGN*13*REQ0001*20260105";
    private static final String N1 = "N1*8S*AMEREN ILLINOIS*1*006936017";
    private static final String LIN = "LIN*1*SH*EL*SH*CE";

    @Test
    void a_clean_request_reads_without_problems_and_is_a_request_not_a_response() {
        Read r = read814(BGN, N1, "N3*1 MAIN ST", "N4*PEORIA*IL*61602", "PER*IC*JANE", LIN, "NTE*ADD*NOTE", "ASI*7*021",
                "REF*12*1234567890", "REF*MG*7000001", "REF*AB**ONLY A DESCRIPTION", "DTM*150*20260201*0000");
        assertEquals(List.of(), r.problems());
        Edi814 t = (Edi814) r.transactions().get(0);
        assertTrue(t.isRequest());
        assertFalse(t.isResponse());
        assertEquals(1, t.parties().size());
        Edi814 response = (Edi814) read814("BGN*11*RSP1*20260105", LIN, "ASI*WQ*021").transactions().get(0);
        assertTrue(response.isResponse());
        assertFalse(response.isRequest());
    }

    @Test
    void each_transaction_set_keeps_only_its_own_parties_and_lines() {
        Read r = read(interchange("GE",
                txn("814", "0001", BGN, N1, "N1*SJ*EXAMPLE RES LLC*1*987654321", LIN, "ASI*7*021", "LIN*2*SH*EL",
                        "ASI*7*021"),
                txn("814", "0002", "BGN*13*REQ0002*20260105", "N1*8R*JANE CUSTOMER", "LIN*9*SH*GAS", "ASI*U*021")));
        assertEquals(List.of(), r.problems());
        Edi814 second = (Edi814) r.transactions().get(1);
        assertEquals(List.of(new Party("8R", "JANE CUSTOMER", "", "")), second.parties());
        assertEquals(1, second.lines().size());
        assertEquals("9", second.lines().get(0).assignedId());
        assertEquals(2, ((Edi814) r.transactions().get(0)).lines().size());
    }

    @Test
    void each_lin_loop_keeps_only_its_own_references_and_dates_and_trailing_empty_ids_are_dropped() {
        Read r = read814(BGN, "LIN*1*SH*EL**", "ASI*7*021", "REF*12*1234567890", "DTM*150*20260201",
                "LIN*2*SH**SH*CE", "ASI*7*021", "REF*MG*7000001");
        assertEquals(List.of(), r.problems());
        List<EnrollmentLine> lines = ((Edi814) r.transactions().get(0)).lines();
        assertEquals(List.of("SH", "EL"), lines.get(0).productIds());
        assertEquals(List.of("SH", "", "SH", "CE"), lines.get(1).productIds());
        assertEquals(List.of(Reference.of("12", "1234567890")), lines.get(0).references());
        assertEquals(List.of(Reference.of("MG", "7000001")), lines.get(1).references());
        assertEquals(1, lines.get(0).dates().size());
        assertEquals(List.of(), lines.get(1).dates());
        assertEquals("7", lines.get(1).actionCode());
    }

    @Test
    void segments_outside_their_loop_are_refused_at_their_position() {
        Read r = read814(BGN, "ASI*7*021", "REF*12*1234567890", "DTM*150*20260201", "PER*IC*JANE", LIN, "NTE*ADD*X",
                "N1*8R*JANE", "BGN*13*AGAIN*20260105", "QTY*QD*1");
        assertEquals(List.of(
                "UNEXPECTED_SEGMENT ASI@3.0 [] ASI is not expected here",
                "UNEXPECTED_SEGMENT REF@4.0 [] REF is not expected here",
                "UNEXPECTED_SEGMENT DTM@5.0 [] DTM is not expected here",
                "UNEXPECTED_SEGMENT PER@6.0 [] PER is not expected here",
                "UNEXPECTED_SEGMENT N1@9.0 [LIN] N1 is not expected here",
                "UNEXPECTED_SEGMENT BGN@10.0 [LIN] BGN is not expected here",
                "UNEXPECTED_SEGMENT QTY@11.0 [LIN] QTY is not expected here"), r.problems());
        Read nte = read814(BGN, "NTE*ADD*X", LIN);
        assertEquals(List.of("UNEXPECTED_SEGMENT NTE@3.0 [] NTE is not expected here"), nte.problems());
    }

    @Test
    void an_unknown_tag_is_unrecognized_rather_than_unexpected() {
        Read r = read814(BGN, LIN, "zz*1", "ZZZ*1");
        assertEquals(List.of("UNRECOGNIZED_SEGMENT zz@4.0 [LIN] tag 'zz'", "UNEXPECTED_SEGMENT ZZZ@5.0 [LIN] ZZZ is not expected here"),
                r.problems());
    }

    @Test
    void bgn_must_come_first_name_a_known_purpose_and_carry_a_date() {
        assertEquals(List.of("INVALID_CODE_VALUE BGN@2.1 [] BGN01 '99' (valid values 13 request, 11 response)"),
                read814("BGN*99*REQ1*20260105", LIN).problems());
        assertEquals(List.of("MANDATORY_ELEMENT_MISSING BGN@2.3 [] BGN03 (date) is required"),
                read814("BGN*13*REQ1", LIN).problems());
        assertEquals(List.of("MANDATORY_SEGMENT_MISSING LIN@2.0 [LIN] BGN must follow ST"),
                read814(LIN, "ASI*7*021").problems());
        assertEquals(List.of("MANDATORY_SEGMENT_MISSING SE@2.0 [] BGN is required in an 814"),
                read814().problems());
        assertEquals(List.of("MANDATORY_SEGMENT_MISSING SE@4.0 [] an 814 needs at least one LIN loop"),
                read814(BGN, N1).problems());
    }

    @Test
    void the_n1_loop_detail_lines_are_checked_against_their_definition_in_loop_n1() {
        Read r = read814(BGN, N1, "N3*" + "X".repeat(56), LIN);
        assertEquals(List.of("ELEMENT_TOO_LONG N3@4.1 [N1] N301 '" + "X".repeat(40) + "...' (56 characters) has 56 characters, N301 at most 55"),
                r.problems());
    }

    @Test
    void account_and_meter_numbers_must_build_their_model_types_and_a_bad_element_is_reported_once() {
        Read r = read814(BGN, LIN, "REF*12*12 34", "REF*MG*A B", "REF*12*" + "1".repeat(31), "REF*AB");
        assertEquals(4, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).startsWith("INVALID_CHARACTER REF@4.2 [LIN] "), r.problems().get(0));
        assertTrue(r.problems().get(1).startsWith("INVALID_CHARACTER REF@5.2 [LIN] "), r.problems().get(1));
        assertTrue(r.problems().get(2).startsWith("ELEMENT_TOO_LONG REF@6.2 [LIN] REF02 '"), r.problems().get(2));
        assertEquals("MANDATORY_ELEMENT_MISSING REF@7.2 [LIN] REF02 or REF03 is required", r.problems().get(3));
    }

    @Test
    void a_dtm_time_is_checked_as_a_clock_time() {
        // HHMMSSd passes the element's TM definition but is not a clock time of a DTM
        assertEquals(List.of("INVALID_TIME DTM@4.3 [LIN] '1200001' is not HHMM or HHMMSS"),
                read814(BGN, LIN, "DTM*150*20260201*1200001", "DTM*150*20260201*2500").problems());
        assertEquals(List.of(), read814(BGN, LIN, "DTM*150*20260201*0000", "DTM*151*20260202*235959").problems());
    }
}
