package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The X12 004010 810 summary after TDS (TXI, CAD, AMT, SAC loop with TXI, ISS loop with PID, CTT):
 * read exactly (N2 amounts with their implied decimals, R amounts as written), kept in
 * {@link Edi810.Summary}, written back byte for byte, refused out of order or miscounted.
 */
class Edi810SummaryTest {

    @Test
    void summary_taxes_amounts_and_sac_loops_of_a_single_retailer_invoice_are_read_exactly() {
        Edi810 inv = (Edi810) Fixtures.only("810/summary-txi-amt-sac-loop-ctt.x12");
        assertEquals(new BigDecimal("1613.31"), inv.total());
        Edi810.Summary s = inv.summary();
        assertEquals(new BigDecimal("1500.00"), s.amountSubjectToDiscount());
        assertNull(s.discountedAmountDue());
        assertNull(s.termsDiscount());
        assertEquals(List.of("LS", "GR"), s.taxes().stream().map(InvoiceLine.Tax::type).toList());
        assertEquals(new BigDecimal("93.75"), s.taxes().get(0).amount());
        assertEquals(new BigDecimal("6.25"), s.taxes().get(0).percent());
        assertEquals(new BigDecimal("3.00"), s.taxes().get(1).amount());
        assertEquals(List.of(new Edi810.Amount("BAP", new BigDecimal("1613.31"), "")), s.amounts());
        assertEquals(2, s.charges().size());
        Edi810.SummaryCharge late = s.charges().get(0);
        assertEquals("C", late.charge().indicator());
        assertEquals(new BigDecimal("25.00"), late.charge().amount());
        assertEquals("LATE PAYMENT CHARGE", late.charge().description());
        assertEquals(new BigDecimal("1.56"), late.taxes().get(0).amount());
        Edi810.SummaryCharge credit = s.charges().get(1);
        assertEquals("A", credit.charge().indicator());
        assertEquals(new BigDecimal("10.00"), credit.charge().amount());
        assertEquals(List.of(), credit.taxes());
        assertEquals(1, s.totals().lineItems());
        assertNull(s.carrier());
        // the line's SAC keeps its own charge: the summary's taxes are not added to the IT1 loop
        assertEquals(1, inv.lines().get(0).charges().size());
        assertEquals(List.of(), inv.lines().get(0).taxes());
        // the invoice adds up: line charges + summary taxes + summary charges and their taxes - allowances = TDS01
        BigDecimal sum = inv.lines().get(0).charges().get(0).amount().add(s.taxes().get(0).amount())
                .add(s.taxes().get(1).amount()).add(late.charge().amount()).add(late.taxes().get(0).amount())
                .subtract(credit.charge().amount());
        assertEquals(inv.total(), sum);
    }

    @Test
    void carrier_terms_shipment_and_transaction_totals_of_the_004010_table_are_read() {
        Edi810 inv = (Edi810) Fixtures.only("810/summary-cad-iss-pid-terms.x12");
        Edi810.Summary s = inv.summary();
        assertEquals(new BigDecimal("903.65"), inv.total());
        assertEquals(new BigDecimal("825.50"), s.amountSubjectToDiscount());
        assertEquals(new BigDecimal("808.99"), s.discountedAmountDue());
        assertEquals(new BigDecimal("16.51"), s.termsDiscount());
        assertEquals(new Edi810.Carrier("M", "", "", "", "UTILITY FLEET", "", "", "", ""), s.carrier());
        assertEquals(List.of(new Edi810.Amount("1", new BigDecimal("825.50"), "D")), s.amounts());
        assertEquals("D240", s.charges().get(0).charge().code());
        assertEquals(new Edi810.Shipment(new BigDecimal("3"), "EA", new BigDecimal("42.5"), "LB", null, "", null, null,
                List.of("2 METERS 1 CT")), s.shipments().get(0));
        assertEquals(new Edi810.Totals(2, new BigDecimal("3"), null, "", null, "", ""), s.totals());
        assertEquals(2, inv.lines().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"810/summary-txi-amt-sac-loop-ctt", "810/summary-cad-iss-pid-terms"})
    void invoices_with_a_summary_are_written_back_byte_for_byte(String name) {
        byte[] data = Fixtures.bytes(name + ".x12");
        assertArrayEquals(data, Fixtures.write(Fixtures.read(name + ".x12"), LineEnding.LF));
    }

    @Test
    void an_invoice_without_summary_segments_has_the_empty_summary() {
        assertEquals(Edi810.Summary.NONE, ((Edi810) Fixtures.only("810/invoice.x12")).summary());
    }

    private static String text(String fixture) {
        return new String(Fixtures.bytes(fixture), StandardCharsets.ISO_8859_1);
    }

    private static X12Exception refused(String x12) {
        return assertThrows(X12Exception.class,
                () -> Fixtures.strict(x12.getBytes(StandardCharsets.ISO_8859_1)).readInterchanges());
    }

    @Test
    void a_summary_segment_out_of_the_004010_order_is_refused_naming_the_order() {
        X12Exception ex = refused(text("810/summary-txi-amt-sac-loop-ctt.x12").replace("TXI*GR*3.00~\nAMT*BAP*1613.31~",
                "AMT*BAP*1613.31~\nTXI*GR*3.00~"));
        assertEquals(X12ErrorCode.UNEXPECTED_SEGMENT, ex.code());
        assertEquals("UNEXPECTED_SEGMENT: the segment is not expected here (TXI is not expected here: the 810 summary "
                + "after TDS is TXI, CAD, AMT, SAC loop (SAC, TXI), ISS loop (ISS, PID), CTT, in this order, CAD and CTT "
                + "at most once) in segment TXI at position 16 of transaction set 810 0001 (group 3, interchange "
                + "000000003), line 18, byte 505", ex.getMessage());
    }

    @Test
    void a_segment_after_ctt_and_a_second_cad_are_refused() {
        X12Exception afterCtt = refused(text("810/summary-txi-amt-sac-loop-ctt.x12").replace("CTT*1~",
                "CTT*1~\nSAC*C****100**********LATE~").replace("SE*21*0001~", "SE*22*0001~"));
        assertEquals(X12ErrorCode.UNEXPECTED_SEGMENT, afterCtt.code());
        assertEquals("SAC", afterCtt.location().segmentTag());
        assertEquals(21, afterCtt.location().segmentPosition());
        X12Exception twoCad = refused(text("810/summary-cad-iss-pid-terms.x12").replace("CAD*M****UTILITY FLEET~",
                "CAD*M****UTILITY FLEET~\nCAD*M~").replace("SE*16*0001~", "SE*17*0001~"));
        assertEquals(X12ErrorCode.UNEXPECTED_SEGMENT, twoCad.code());
        assertEquals(10, twoCad.location().segmentPosition());
    }

    @Test
    void ctt01_that_does_not_count_the_it1_loops_is_refused_with_both_figures() {
        X12Exception ex = refused(text("810/summary-cad-iss-pid-terms.x12").replace("CTT*2*3~", "CTT*3*3~"));
        assertEquals(X12ErrorCode.LINE_COUNT_MISMATCH, ex.code());
        assertEquals("LINE_COUNT_MISMATCH: CTT01 does not equal the number of IT1 line items (CTT01 is 3, the invoice "
                + "has 2 IT1 line items) in segment CTT at position 15, element 1 of transaction set 810 0001 (group 4, "
                + "interchange 000000004), line 17, byte 528", ex.getMessage());
    }

    @Test
    void a_bad_summary_amount_names_its_element_and_the_997_its_loop_and_reference_number() {
        String x12 = text("810/summary-txi-amt-sac-loop-ctt.x12").replace("SAC*C****2500*", "SAC*C****25.00*");
        X12Exception ex = refused(x12);
        assertEquals(X12ErrorCode.INVALID_NUMBER, ex.code());
        assertEquals("SAC", ex.location().loopId());
        assertEquals(5, ex.location().elementPosition());
        try (X12Reader r = Fixtures.collecting(x12.getBytes(StandardCharsets.ISO_8859_1))) {
            r.readInterchanges();
            Interchange ack = Edi997.acknowledging(r.interchangeReports().get(0), 9, LocalDateTime.of(2026, 3, 11, 8, 5));
            String written = new String(Fixtures.write(List.of(ack), LineEnding.LF), StandardCharsets.ISO_8859_1);
            assertEquals(true, written.contains("AK2*810*0001~\nAK3*SAC*17*SAC*8~\nAK4*5*610*6*25.00~\nAK5*R*5~\n"),
                    written);
        }
    }
}
