package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcknowledgementTest {

    private static Edi997 ackOf(String fixture) {
        try (X12Reader r = Fixtures.collecting(Fixtures.bytes(fixture))) {
            r.readInterchanges();
            return Edi997.acknowledging(r.groupReports().get(0), "0001");
        }
    }

    @Test
    void accepted_group_is_acknowledged_with_AK5_A_and_AK9_A() {
        Edi997 ack = ackOf("867/subtractive-meter.x12");
        assertEquals("PT", ack.functionalId());
        assertEquals("1", ack.groupControlNumber());
        assertEquals("A", ack.groupStatus());
        assertEquals(1, ack.accepted());
        assertEquals("A", ack.transactions().get(0).status());
        assertTrue(ack.transactions().get(0).notes().isEmpty());
    }

    @Test
    void rejected_transaction_gets_AK3_and_AK4_with_the_997_codes() {
        Edi997 ack = ackOf("867/mixed-good-bad-good.x12");
        assertEquals("P", ack.groupStatus());
        assertEquals(3, ack.received());
        assertEquals(2, ack.accepted());
        Edi997.TransactionAck bad = ack.transactions().get(1);
        assertEquals("0002", bad.controlNumber());
        assertEquals("R", bad.status());
        assertEquals(List.of("5"), bad.errors());
        Edi997.SegmentNote note = bad.notes().get(0);
        assertEquals("QTY", note.tag());
        assertEquals(16, note.position());
        assertEquals("8", note.code());
        assertEquals(2, note.elements().get(0).position());
        assertEquals("6", note.elements().get(0).code());
    }

    @Test
    void count_errors_become_AK5_codes() {
        Edi997 ack = ackOf("867/bad-wrong-se01.x12");
        assertEquals("R", ack.groupStatus());
        assertEquals(List.of("4"), ack.transactions().get(0).errors());
    }

    @Test
    void the_997_is_written_and_read_back_equal() {
        Edi997 ack = ackOf("867/mixed-good-bad-good.x12");
        Interchange i = new Interchange(InterchangeHeader.of("987654321", "006936017", "260310", "1300", "000000005"),
                List.of(new FunctionalGroup(GroupHeader.of("FA", "987654321", "006936017", "20260310", "1300", "5"),
                        List.of(ack))));
        byte[] bytes = Fixtures.write(List.of(i), LineEnding.LF);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("AK2*867*0002~\nAK3*QTY*16*QTY*8~\nAK4*2*380*6*1O.5~\nAK5*R*5~\n"), text);
        assertTrue(text.contains("AK9*P*3*3*2~"), text);
        try (X12Reader r = Fixtures.strict(bytes)) {
            assertEquals(ack, r.next());
        }
    }

    /** Reads the text to the end and acknowledges its only interchange with control number 7. */
    private static String acknowledge(String x12) {
        try (X12Reader r = Fixtures.collecting(x12.getBytes(StandardCharsets.ISO_8859_1))) {
            while (r.hasNext()) {
                r.next();
            }
            assertEquals(1, r.interchangeReports().size());
            Interchange ack = Edi997.acknowledging(r.interchangeReports().get(0), 7, LocalDateTime.of(2026, 3, 11, 8, 5));
            return new String(Fixtures.write(List.of(ack), LineEnding.LF), StandardCharsets.ISO_8859_1);
        }
    }

    private static String text(String fixture) {
        return new String(Fixtures.bytes(fixture), StandardCharsets.ISO_8859_1);
    }

    @Test
    void an_accepted_interchange_is_answered_from_receiver_to_sender_with_AK5_A_and_AK9_A() {
        assertEquals("""
                ISA*00*          *00*          *01*987654321      *01*006936017      *260311*0805*U*00401*000000007*0*P*>~
                GS*FA*987654321*006936017*20260311*0805*7*X*004010~
                ST*997*0001~
                AK1*GE*1~
                AK2*814*0001~
                AK5*A~
                AK9*A*1*1*1~
                SE*6*0001~
                GE*1*7~
                IEA*1*000000007~
                """, acknowledge(text("814/enrollment-request.x12")));
    }

    @Test
    void a_rejected_set_gets_an_AK3_per_segment_in_error_and_an_AK4_per_element_problem_with_its_copy() {
        String ack = acknowledge(text("867/mixed-good-bad-good.x12"));
        assertTrue(ack.contains("""
                AK1*PT*1~
                AK2*867*0001~
                AK5*A~
                AK2*867*0002~
                AK3*QTY*16*QTY*8~
                AK4*2*380*6*1O.5~
                AK5*R*5~
                AK2*867*0003~
                AK5*A~
                AK9*P*3*3*2~
                """), ack);
    }

    @Test
    void the_notes_match_the_readers_problems_one_for_one() {
        // three element problems in two segments of one 814, and an unknown action code
        String x12 = text("814/enrollment-request.x12").replace("BGN*13*REQ0001*20260105~", "BGN*13*REQ0001*2026013X~")
                .replace("ASI*7*021~", "ASI*9*~").replace("DTM*150*20260201~", "DTM*150*20260231*2599~");
        List<X12Problem> problems;
        try (X12Reader r = Fixtures.collecting(x12.getBytes(StandardCharsets.ISO_8859_1))) {
            r.readInterchanges();
            problems = r.problems();
        }
        Edi997 ack;
        try (X12Reader r = Fixtures.collecting(x12.getBytes(StandardCharsets.ISO_8859_1))) {
            r.readInterchanges();
            ack = Edi997.acknowledging(r.groupReports().get(0), "0001");
        }
        Edi997.TransactionAck set = ack.transactions().get(0);
        assertEquals("R", set.status());
        List<String> fromProblems = problems.stream().map(p -> p.location().segmentTag() + "@"
                + p.location().segmentPosition() + "/" + p.location().elementPosition() + ":" + p.code().x12Code()).toList();
        List<String> fromNotes = set.notes().stream().flatMap(n -> n.elements().stream()
                .map(e -> n.tag() + "@" + n.position() + "/" + e.position() + ":" + e.code())).toList();
        assertEquals(fromProblems, fromNotes);
        assertEquals(List.of("BGN", "ASI", "DTM"), set.notes().stream().map(Edi997.SegmentNote::tag).toList());
        assertTrue(set.notes().stream().allMatch(n -> n.code().equals("8")));
        String written = acknowledge(x12);
        assertTrue(written.contains("""
                AK2*814*0001~
                AK3*BGN*2**8~
                AK4*3*373*8*2026013X~
                AK3*ASI*7*LIN*8~
                AK4*1*306*7*9~
                AK4*2*875*1~
                AK3*DTM*12*LIN*8~
                AK4*2*373*8*20260231~
                AK4*3*337*9*2599~
                AK5*R*5~
                AK9*R*1*1*0~
                """), written);
    }

    @Test
    void a_missing_segment_is_named_in_AK301_at_the_position_where_it_was_expected() {
        String x12 = text("814/enrollment-request.x12").replace("BGN*13*REQ0001*20260105~\n", "")
                .replace("SE*13*0001~", "SE*12*0001~");
        String ack = acknowledge(x12);
        assertTrue(ack.contains("AK2*814*0001~\nAK3*BGN*2**3~\nAK5*R*5~\nAK9*R*1*1*0~\n"), ack);
    }

    @Test
    void envelope_errors_of_the_set_and_the_group_become_AK5_and_AK9_codes() {
        String x12 = text("814/enrollment-request.x12").replace("SE*13*0001~", "SE*14*0001~")
                .replace("GE*1*1~", "GE*2*9~");
        String ack = acknowledge(x12);
        assertTrue(ack.contains("AK2*814*0001~\nAK5*R*4~\nAK9*R*2*1*0*5*4~\n"), ack);
        String groupOnly = acknowledge(text("814/enrollment-request.x12").replace("GE*1*1~", "GE*3*1~"));
        assertTrue(groupOnly.contains("AK5*A~\nAK9*E*3*1*1*5~\n"), groupOnly);
    }

    @Test
    void an_unsupported_set_is_rejected_with_AK502_1() {
        String x12 = text("814/enrollment-request.x12").replace("ST*814*0001~", "ST*824*0001~")
                .replace("SE*13*0001~", "SE*13*0001~\nST*814*0002~\nBGN*13*REQ0002*20260105~\nLIN*1*SH*EL*SH*CE~\nASI*7*021~\nSE*5*0002~")
                .replace("GE*1*1~", "GE*2*1~");
        String ack = acknowledge(x12);
        assertTrue(ack.contains("AK2*824*0001~\nAK5*R*1~\nAK2*814*0002~\nAK5*A~\nAK9*P*2*2*1~\n"), ack);
    }

    @Test
    void each_interchange_of_a_file_has_its_report_and_997s_are_not_acknowledged() {
        String two = text("814/enrollment-request.x12") + text("810/invoice.x12").replace("000000001", "000000002");
        try (X12Reader r = Fixtures.collecting(two.getBytes(StandardCharsets.ISO_8859_1))) {
            r.readInterchanges();
            assertEquals(List.of("000000001", "000000002"), r.interchangeReports().stream()
                    .map(i -> i.header().controlNumber()).toList());
            assertEquals("IN", r.interchangeReports().get(1).groups().get(0).header().functionalId());
            assertTrue(r.interchangeReports().get(1).accepted());
        }
        String ack = acknowledge(text("814/enrollment-request.x12"));
        String ackOfAck = acknowledge(ack);
        assertTrue(ackOfAck.contains("IEA*0*000000007~"), ackOfAck);
        assertFalse(ackOfAck.contains("GS*"), ackOfAck);
    }

    @Test
    void a_truncated_file_keeps_its_interchange_problem_out_of_the_997() {
        String cut = text("814/enrollment-request.x12");
        cut = cut.substring(0, cut.indexOf("REF*PC"));
        try (X12Reader r = Fixtures.collecting(cut.getBytes(StandardCharsets.ISO_8859_1))) {
            r.readInterchanges();
            InterchangeReport report = r.interchangeReports().get(0);
            assertFalse(report.accepted());
            assertEquals(List.of(X12ErrorCode.INTERCHANGE_TRAILER_MISSING), report.problems().stream()
                    .map(X12Problem::code).toList());
            Interchange ack = Edi997.acknowledging(report, 8, LocalDateTime.of(2026, 3, 11, 8, 5));
            Edi997 only = (Edi997) ack.groups().get(0).transactions().get(0);
            assertEquals("R", only.groupStatus());
            assertEquals(List.of("3"), only.groupErrors());
            assertEquals(List.of("2"), only.transactions().get(0).errors());
        }
    }

    @Test
    void an_element_copy_is_kept_to_99_characters_and_left_out_when_unprintable_or_a_delimiter() {
        String x12 = text("814/enrollment-request.x12").replace("BGN*13*REQ0001*20260105~",
                "BGN*13*REQ0001*2026\u00010105~").replace("DTM*150*20260201~", "DTM*150*2026>0201~")
                .replace("ASI*7*021~", "ASI*" + "Z".repeat(150) + "*021~");
        String ack = acknowledge(x12);
        assertTrue(ack.contains("AK3*BGN*2**8~\nAK4*3*373*8~\n"), ack);
        assertTrue(ack.contains("AK4*1*306*7*" + "Z".repeat(99) + "~\n"), ack);
        assertTrue(ack.contains("AK3*DTM*12*LIN*8~\nAK4*2*373*8~\n"), ack);
    }

    @Test
    void writer_refuses_data_that_contains_a_delimiter() {
        Edi814 t = (Edi814) Fixtures.only("814/enrollment-request.x12");
        Edi814 bad = new Edi814(t.controlNumber(), t.purpose(), "REF*1", t.date(), t.time(), t.originalReference(),
                t.parties(), t.lines());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (X12Writer w = X12Factory.newFactory().newWriter(out)) {
            w.beginInterchange(InterchangeHeader.of("1", "2", "260101", "0000", "1")).beginGroup(
                    GroupHeader.of("GE", "1", "2", "20260101", "0000", "1"));
            IllegalArgumentException ex = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> w.write(bad));
            assertTrue(ex.getMessage().startsWith("Invalid value for BGN02"), ex.getMessage());
        }
    }

    @Test
    void ak303_names_the_innermost_loop_and_ak402_the_data_element_reference_number() {
        String x12 = text("867/mixed-good-bad-good.x12");
        String n1 = x12.replaceFirst("N1\\*([^*~]*)\\*([^*~]*)\\*([^*~]*)\\*([^*~]*)~", "N1*$1*$2*$3*$4*Q~");
        String ack = acknowledge(n1);
        assertTrue(ack.matches("(?s).*AK3\\*N1\\*\\d+\\*N1\\*8~\nAK4\\*5\\*706\\*4\\*Q~\n.*"), ack);
        assertEquals("380", org.derkit.edi.internal.Segments.referenceNumber("QTY", 2, 0));
        assertEquals("355", org.derkit.edi.internal.Segments.referenceNumber("QTY", 3, 1));
        assertEquals("127", org.derkit.edi.internal.Segments.referenceNumber("REF", 4, 2));
        assertEquals("329", org.derkit.edi.internal.Segments.referenceNumber("SE", 2, 0));
        assertEquals("1528", org.derkit.edi.internal.Segments.referenceNumber("AK4", 1, 2));
        assertEquals("", org.derkit.edi.internal.Segments.referenceNumber("QTY", 5, 0));
        assertEquals("", org.derkit.edi.internal.Segments.referenceNumber("ZZZ", 1, 0));
    }
}
