package org.derkit.edi;

import static org.derkit.edi.Edi814LoopStructureTest.read;
import static org.derkit.edi.Edi814LoopStructureTest.interchange;
import static org.derkit.edi.Edi814LoopStructureTest.txn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 810 reader's loops (N1, IT1 with its SAC and PID loops, the summary's SAC and ISS loops):
 * the loop each problem is placed in (AK303), segments refused outside their loop or out of the
 * summary's order, and what each transaction set and loop keeps.
 */
class Edi810LoopStructureTest {

    private static Edi814LoopStructureTest.Read read810(String... body) {
        return read(interchange("IN", txn("810", "0001", body)));
    }

    @Test
    void each_problem_is_placed_in_the_loop_of_its_segment() {
        List<String> p = read810("BIG*20260305*INV1", "REF*AJ", "N1*8S*AMEREN*1*0", "N3*" + "X".repeat(56),
                "IT1*1*1X", "REF*NH", "PID*F****" + "P".repeat(81), "TXI*LS*1X", "SAC*X", "TXI*LS*2X",
                "TDS*1X", "TXI*LS*3X", "SAC*Y", "TXI*LS*4X", "ISS*1X", "PID*F****" + "Q".repeat(81)).problems();
        assertEquals(List.of("REF@3.2 []", "N1@4.4 [N1]", "N3@5.1 [N1]", "IT1@6.2 [IT1]", "REF@7.2 [IT1]",
                "PID@8.5 [PID]", "TXI@9.2 [IT1]", "SAC@10.1 [SAC]", "TXI@11.2 [SAC]", "TDS@12.1 []", "TXI@13.2 []",
                "SAC@14.1 [SAC]", "TXI@15.2 [SAC]", "ISS@16.1 [ISS]", "PID@17.5 [ISS]"),
                p.stream().map(s -> s.substring(s.indexOf(' ') + 1, s.indexOf(']') + 1)).toList(), p.toString());
        assertEquals("INVALID_CODE_VALUE SAC@10.1 [SAC] SAC01 'X' (valid values C, A, N)", p.get(7));
    }

    @Test
    void segments_outside_their_loop_are_refused() {
        assertEquals(List.of(
                "UNEXPECTED_SEGMENT DTM@3.0 [] DTM is not expected here",
                "UNEXPECTED_SEGMENT SAC@4.0 [] SAC is not expected here",
                "UNEXPECTED_SEGMENT TXI@5.0 [] TXI is not expected here",
                "UNEXPECTED_SEGMENT N1@7.0 [IT1] N1 is not expected here",
                "UNEXPECTED_SEGMENT BAL@8.0 [IT1] BAL is not expected here",
                "UNEXPECTED_SEGMENT BIG@9.0 [IT1] BIG is not expected here",
                "UNEXPECTED_SEGMENT QTY@10.0 [IT1] QTY is not expected here",
                "UNEXPECTED_SEGMENT REF@12.0 [] REF is not expected here"),
                read810("BIG*20260305*INV1", "DTM*150*20260201", "SAC*C****100", "TXI*LS*1", "IT1*1", "N1*8R*X",
                        "BAL*M*YB*1", "BIG*20260305*INV2", "QTY*QD*1", "TDS*100", "REF*AJ*X").problems());
    }

    @Test
    void the_summary_keeps_its_order_and_cad_and_ctt_come_at_most_once() {
        String order = " is not expected here: the 810 summary after TDS is TXI, CAD, AMT, SAC loop (SAC, TXI), ISS loop"
                + " (ISS, PID), CTT, in this order, CAD and CTT at most once";
        assertEquals(List.of("UNEXPECTED_SEGMENT CAD@6.0 [] CAD" + order,
                "UNEXPECTED_SEGMENT TXI@8.0 [] TXI" + order,
                "UNEXPECTED_SEGMENT CTT@10.0 [] CTT" + order),
                read810("BIG*20260305*INV1", "IT1*1", "TDS*100", "CAD*M", "CAD*M", "AMT*BAP*1", "TXI*LS*1", "CTT*1",
                        "CTT*1").problems());
    }

    @Test
    void the_summary_keeps_every_sac_loop_with_its_taxes_and_every_iss_loop_with_its_descriptions() {
        Edi814LoopStructureTest.Read r = read810("BIG*20260305*INV1", "TDS*100", "SAC*C****100", "TXI*LS*1",
                "SAC*A****50", "ISS*1", "PID*F****FIRST", "ISS*2", "PID*F****SECOND", "PID*F****THIRD");
        assertEquals(List.of(), r.problems());
        Edi810.Summary s = ((Edi810) r.transactions().get(0)).summary();
        assertEquals(2, s.charges().size());
        assertEquals(1, s.charges().get(0).taxes().size());
        assertEquals(List.of(), s.charges().get(1).taxes());
        assertEquals(2, s.shipments().size());
        assertEquals(List.of("FIRST"), s.shipments().get(0).descriptions());
        assertEquals(List.of("SECOND", "THIRD"), s.shipments().get(1).descriptions());
        assertNull(s.totals());
    }

    @Test
    void each_transaction_set_keeps_only_its_own_references_parties_and_shipments() {
        Edi814LoopStructureTest.Read r = read(interchange("IN",
                txn("810", "0001", "BIG*20260305*INV1", "REF*AJ*A", "N1*8S*AMEREN", "TDS*100", "ISS*1"),
                txn("810", "0002", "BIG*20260305*INV2", "TDS*200", "CTT*0")));
        assertEquals(List.of(), r.problems());
        Edi810 second = (Edi810) r.transactions().get(1);
        assertEquals(List.of(), second.references());
        assertEquals(List.of(), second.parties());
        assertEquals(List.of(), second.summary().shipments());
        assertEquals(0, second.summary().totals().lineItems());
        assertEquals(new BigDecimal("2.00"), second.total());
    }

    @Test
    void big_and_tds_are_required() {
        assertEquals(List.of("MANDATORY_SEGMENT_MISSING SE@2.0 [] BIG is required in an 810"), read810().problems());
        assertEquals(List.of("MANDATORY_SEGMENT_MISSING IT1@2.0 [IT1] BIG must follow ST",
                "MANDATORY_SEGMENT_MISSING SE@3.0 [] TDS is required in an 810"), read810("IT1*1").problems());
    }
}
