package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the writer hands its stream (flushes, close, delimiters, chaining) and where it locates a
 * refused value: interchange, group, line and byte, also far into a large output.
 */
class X12WriterStreamTest {

    private static final InterchangeHeader ISA = InterchangeHeader.of("987654321", "006936017", "260310", "1200",
            "000000001");
    private static final GroupHeader GE = GroupHeader.of("GE", "987654321", "006936017", "20260310", "1200", "7");

    /** Records flush and close calls. */
    private static final class Recording extends FilterOutputStream {
        int flushes;
        boolean closed;

        Recording(ByteArrayOutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void flush_hands_the_buffered_bytes_on_and_flushes_the_stream_and_close_closes_it() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Recording rec = new Recording(bytes);
        X12Writer w = X12Factory.newFactory().withLineEnding(LineEnding.LF).newWriter(rec);
        w.beginInterchange(ISA);
        assertEquals(0, bytes.size());
        w.flush();
        assertEquals(107, bytes.size());
        assertEquals(1, rec.flushes);
        assertFalse(rec.closed);
        w.close();
        assertTrue(rec.closed);
    }

    @Test
    void every_write_method_returns_the_writer_for_chaining() {
        Edi814 t = (Edi814) Fixtures.only("814/enrollment-request.x12");
        try (X12Writer w = X12Factory.newFactory().newWriter(new ByteArrayOutputStream())) {
            assertSame(w, w.beginInterchange(ISA));
            assertSame(w, w.beginGroup(GE));
            assertSame(w, w.write(t));
            assertSame(w, w.endGroup());
            assertSame(w, w.endInterchange());
            assertSame(w, w.write(new Interchange(ISA, List.of(new FunctionalGroup(GE, List.of(t))))));
        }
    }

    @Test
    void the_headers_delimiters_separate_every_segment_of_the_interchange() {
        Edi814 t = (Edi814) Fixtures.only("814/enrollment-request.x12");
        InterchangeHeader isa = ISA.withDelimiters(new Delimiters('|', '^', '!', '\0'));
        Interchange i = new Interchange(isa, List.of(new FunctionalGroup(GE, List.of(t))));
        byte[] out = Fixtures.write(List.of(i), LineEnding.LF);
        String text = new String(out, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("\nGS|GE|987654321|006936017|20260310|1200|7|X|004010!\n"), text);
        assertTrue(text.contains("\nBGN|13|REQ0001|20260105!\n"), text);
        assertFalse(text.contains("*"), text);
        try (X12Reader r = X12Factory.newFactory().newReader(new ByteArrayInputStream(out))) {
            assertEquals(List.of(t), r.readInterchanges().get(0).groups().get(0).transactions());
        }
    }

    @Test
    void a_refused_isa_value_is_located_at_the_start_of_its_isa() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (X12Writer w = X12Factory.newFactory().withLineEnding(LineEnding.LF).newWriter(out)) {
            w.beginInterchange(ISA).endInterchange();
            InterchangeHeader bad = new InterchangeHeader("00", "A*B", "00", "", "01", "987654321", "01", "006936017",
                    "260310", "1200", "U", "00401", "000000002", "0", "P", Delimiters.AMEREN);
            X12WriteException ex = assertThrows(X12WriteException.class, () -> w.beginInterchange(bad));
            assertEquals("ISA02", ex.field());
            // ISA (106 bytes and LF) and IEA*0*000000001~ with LF before it
            assertEquals(new Location("000000002", "", "", "", "ISA", 0, 2, 0, 3, 124), ex.location());
        }
    }

    @Test
    void a_refused_gs_value_is_located_in_its_group_and_without_line_endings_on_line_1() {
        GroupHeader bad = GroupHeader.of("GE", "987654321", "0069*36017", "20260310", "1200", "7");
        for (LineEnding ending : List.of(LineEnding.LF, LineEnding.NONE)) {
            try (X12Writer w = X12Factory.newFactory().withLineEnding(ending).newWriter(new ByteArrayOutputStream())) {
                w.beginInterchange(ISA);
                X12WriteException ex = assertThrows(X12WriteException.class, () -> w.beginGroup(bad));
                int isa = 106 + ending.text().length();
                assertEquals(new Location("000000001", "7", "", "", "GS", 0, 3, 0, ending == LineEnding.NONE ? 1 : 2,
                        isa + "GS*GE*987654321*".length()), ex.location(), ending.name());
            }
        }
    }

    @Test
    void a_refused_value_after_empty_elements_and_far_into_the_output_is_located_at_its_byte() {
        Edi814 t = (Edi814) Fixtures.only("814/enrollment-request.x12");
        Edi814 good = new Edi814(t.controlNumber(), t.purpose(), t.reference(), t.date(), "", "ORIG", t.parties(),
                t.lines());
        Edi814 bad = new Edi814(t.controlNumber(), t.purpose(), t.reference(), t.date(), "", "OR*IG", t.parties(),
                t.lines());
        ByteArrayOutputStream goodOut = new ByteArrayOutputStream();
        write(goodOut, good);
        String text = goodOut.toString(StandardCharsets.ISO_8859_1);
        assertTrue(text.length() > 200_000);
        long bgn06 = text.lastIndexOf("BGN*13*REQ0001*20260105***ORIG") + "BGN*13*REQ0001*20260105***".length();
        X12WriteException ex = assertThrows(X12WriteException.class, () -> write(new ByteArrayOutputStream(), bad));
        assertEquals("BGN06", ex.field());
        assertEquals(bgn06, ex.location().byteOffset());
        assertEquals(text.substring(0, (int) bgn06).chars().filter(c -> c == '\n').count() + 1, ex.location().line());
        assertEquals(2, ex.location().segmentPosition());
    }

    /** Some 200 kB of generated 867s, then one 814 group. */
    private static void write(ByteArrayOutputStream out, Edi814 last) {
        try (X12Writer w = X12Factory.newFactory().withLineEnding(LineEnding.LF).newWriter(out)) {
            w.beginInterchange(ISA).beginGroup(GroupHeader.of("PT", "987654321", "006936017", "20260310", "1200", "6"));
            Iterator<Edi867> it = Edi867Generator.withSeed(3).withServicePoints(12).transactions();
            it.forEachRemaining(w::write);
            w.endGroup().beginGroup(GE).write(last).endGroup().endInterchange();
        }
    }

    @Test
    void an_asi_is_written_when_either_of_its_codes_is_given() {
        Edi814 t = (Edi814) Fixtures.only("814/enrollment-request.x12");
        EnrollmentLine l = t.lines().get(0);
        String onlyMaintenance = text814(t, new EnrollmentLine(l.assignedId(), l.productIds(), "", "021", l.references(),
                l.dates()));
        assertTrue(onlyMaintenance.contains("\nASI**021~\n"), onlyMaintenance);
        String none = text814(t, new EnrollmentLine(l.assignedId(), l.productIds(), "", "", l.references(), l.dates()));
        assertFalse(none.contains("ASI"), none);
    }

    private static String text814(Edi814 t, EnrollmentLine line) {
        Edi814 x = new Edi814(t.controlNumber(), t.purpose(), t.reference(), t.date(), t.time(), t.originalReference(),
                t.parties(), List.of(line));
        return new String(Fixtures.write(List.of(new Interchange(ISA, List.of(new FunctionalGroup(GE, List.of(x))))),
                LineEnding.LF), StandardCharsets.ISO_8859_1);
    }

    @Test
    void an_ak4_names_the_component_after_the_component_separator() {
        Edi997 ack = new Edi997("0001", "PT", "7", List.of(new Edi997.TransactionAck("867", "0001", List.of(
                new Edi997.SegmentNote("DTM", 17, "", "8", List.of(new Edi997.ElementNote(3, 1, "337", "7", ""),
                        new Edi997.ElementNote(2, 0, "373", "8", "")))), "R", List.of("5"))), "R", 1, 1, 0, List.of());
        String text = new String(Fixtures.write(List.of(new Interchange(ISA, List.of(new FunctionalGroup(
                GroupHeader.of("FA", "987654321", "006936017", "20260310", "1200", "8"), List.of(ack))))), LineEnding.LF),
                StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("\nAK4*3>1*337*7~\nAK4*2*373*8~\n"), text);
    }
}
