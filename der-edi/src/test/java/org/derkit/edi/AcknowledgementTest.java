package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
        assertTrue(text.contains("AK2*867*0002~\nAK3*QTY*16**8~\nAK4*2**6~\nAK5*R*5~\n"), text);
        assertTrue(text.contains("AK9*P*3*3*2~"), text);
        try (X12Reader r = Fixtures.strict(bytes)) {
            assertEquals(ack, r.next());
        }
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
}
