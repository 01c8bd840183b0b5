package org.derkit.edi;

import static org.derkit.edi.Edi814LoopStructureTest.read;
import static org.derkit.edi.Edi814LoopStructureTest.interchange;
import static org.derkit.edi.Edi814LoopStructureTest.txn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a 997: its AK1, AK2/AK3/AK4/AK5 and AK9 structure, and the problems of a malformed one. */
class Edi997ReadingTest {

    private static Edi814LoopStructureTest.Read read997(String... body) {
        return read(interchange("FA", txn("997", "0001", body)));
    }

    @Test
    void a_997_reads_with_every_note_code_and_group_error() {
        Edi814LoopStructureTest.Read r = read(interchange("FA",
                txn("997", "0001", "AK1*PT*7", "AK2*867*0001", "AK3*QTY*16**8", "AK4*2**6*X", "AK3*DTM*17**8",
                        "AK4*3>1*337*7", "AK5*R*1*2*3*4*5", "AK2*867*0002", "AK5*A", "AK9*P*2*2*1*1*2*3*4*5"),
                txn("997", "0002", "AK1*IN*8", "AK9*A*0*0*0")));
        assertEquals(List.of(), r.problems());
        Edi997 a = (Edi997) r.transactions().get(0);
        assertEquals("PT", a.functionalId());
        assertEquals(2, a.transactions().size());
        Edi997.TransactionAck first = a.transactions().get(0);
        assertEquals(List.of("1", "2", "3", "4", "5"), first.errors());
        assertEquals(2, first.notes().size());
        assertEquals(new Edi997.ElementNote(3, 1, "337", "7", ""), first.notes().get(1).elements().get(0));
        assertEquals(List.of("1", "2", "3", "4", "5"), a.groupErrors());
        assertEquals(List.of(2, 2, 1), List.of(a.included(), a.received(), a.accepted()));
        Edi997 b = (Edi997) r.transactions().get(1);
        assertEquals(List.of(), b.transactions());
        assertEquals("A", b.groupStatus());
    }

    @Test
    void extra_elements_are_refused_in_every_ak_segment() {
        assertEquals(List.of(
                "TOO_MANY_ELEMENTS AK1@2.3 [] 'X' in element 3, the segment has at most 2",
                "TOO_MANY_ELEMENTS AK2@3.3 [AK2] 'X' in element 3, the segment has at most 2",
                "TOO_MANY_ELEMENTS AK3@4.5 [AK3] 'X' in element 5, the segment has at most 4",
                "TOO_MANY_ELEMENTS AK4@5.5 [AK3] 'X' in element 5, the segment has at most 4",
                "TOO_MANY_ELEMENTS AK5@6.7 [AK2] 'X' in element 7, the segment has at most 6",
                "TOO_MANY_ELEMENTS AK9@7.10 [] 'X' in element 10, the segment has at most 9"),
                read997("AK1*PT*7*X", "AK2*867*0001*X", "AK3*QTY*16**8*X", "AK4*2**6**X", "AK5*R*1*****X",
                        "AK9*R*1*1*0******X").problems());
    }

    @Test
    void an_ak2_loop_must_be_closed_by_ak5() {
        assertEquals(List.of("MANDATORY_SEGMENT_MISSING AK2@4.0 [AK2] AK5 is required to close the AK2 loop",
                "MANDATORY_SEGMENT_MISSING AK9@5.0 [] AK5 is required to close the AK2 loop"),
                read997("AK1*PT*7", "AK2*867*0001", "AK2*867*0002", "AK9*R*2*2*0").problems());
    }

    @Test
    void ak_segments_out_of_place_are_refused() {
        assertEquals(List.of(
                "UNEXPECTED_SEGMENT AK2@2.0 [AK2] AK2 is not expected here",
                "UNEXPECTED_SEGMENT AK1@4.0 [] AK1 is not expected here",
                "UNEXPECTED_SEGMENT AK3@5.0 [AK3] AK3 is not expected here",
                "UNEXPECTED_SEGMENT AK4@6.0 [AK3] AK4 is not expected here",
                "UNEXPECTED_SEGMENT AK5@7.0 [AK2] AK5 is not expected here",
                "UNEXPECTED_SEGMENT NTE@8.0 [] NTE is not expected here",
                "UNEXPECTED_SEGMENT AK2@10.0 [AK2] AK2 is not expected here"),
                read997("AK2*867*0001", "AK1*PT*7", "AK1*PT*8", "AK3*QTY*1", "AK4*2**6", "AK5*A", "NTE*X",
                        "AK9*A*0*0*0", "AK2*867*0001").problems());
    }

    @Test
    void positions_must_be_whole_numbers_and_ak1_and_ak9_are_required() {
        assertEquals(List.of("INVALID_NUMBER AK3@4.2 [AK3] '1.5' is not a whole number",
                "INVALID_NUMBER AK4@5.1 [AK3] 'X' is not an element position"),
                read997("AK1*PT*7", "AK2*867*0001", "AK3*QTY*1.5", "AK4*X**6", "AK5*R*5", "AK9*R*1*1*0").problems());
        assertEquals(List.of("MANDATORY_SEGMENT_MISSING SE@2.0 [] AK1 is required"), read997().problems());
        assertEquals(List.of("MANDATORY_SEGMENT_MISSING SE@3.0 [] AK9 is required"), read997("AK1*PT*7").problems());
    }
}
