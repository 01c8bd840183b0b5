package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 3: the X12 004010 segment definitions, not the profile's subset, decide what is well
 * formed. Elements the standard defines are accepted; types and lengths are checked with the codes a
 * 997 reports (AK403).
 */
class SegmentDefinitionsTest {

    @Test
    void an_867_with_n105_n106_ptd04_ptd05_and_a_seven_element_mea_reads() {
        Edi867 t = (Edi867) Fixtures.only("867/standard-elements-n106-ptd05-mea07.x12");
        assertEquals("006936017", t.party("8S").orElseThrow().id());
        UsageLoop meter = t.meters().get(0);
        assertEquals("7000001", meter.meterNumber().orElseThrow().value());
        IntervalChannel kwh = meter.channel(MeterUnit.KWH).orElseThrow();
        assertEquals(24, kwh.size());
        assertEquals(new BigDecimal("20.00"), kwh.value(0));
        assertEquals(new BigDecimal("31.50"), kwh.value(23));
        assertEquals(new BigDecimal("618.00"), meter.registerReads().get(0).value());
        assertEquals(BigDecimal.ONE, meter.multiplier());
    }

    @Test
    void an_810_with_the_n1_loop_nte_pid_an_eleven_element_it1_and_ctt_reads() {
        Edi810 inv = (Edi810) Fixtures.only("810/standard-segments-n1-loop-nte-pid-ctt.x12");
        assertEquals("INV0002", inv.invoiceNumber());
        assertEquals(2, inv.parties().size());
        assertEquals(new BigDecimal("112.45"), inv.total());
        InvoiceLine line = inv.lines().get(0);
        assertEquals(new BigDecimal("1953.125"), line.quantity());
        assertEquals(new BigDecimal("0.0512"), line.unitPrice());
        assertEquals(new BigDecimal("100.00"), line.charges().get(0).amount());
        assertEquals(new BigDecimal("5.35"), line.taxes().get(0).amount());
    }

    @Test
    void an_over_long_bpt02_is_refused_with_ak4_code_5_and_a_cut_value() {
        X12Exception ex = assertThrows(X12Exception.class, () -> Fixtures.read("867/bad-bpt02-too-long.x12"));
        assertEquals(X12ErrorCode.ELEMENT_TOO_LONG, ex.code());
        assertEquals("5", ex.code().x12Code());
        assertEquals("ELEMENT_TOO_LONG: the element is too long (BPT02 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA...' "
                + "(1000 characters) has 1000 characters, BPT02 at most 30) in segment BPT at position 2, element 2 of "
                + "transaction set 867 0001 (group 1, interchange 000000001), line 4, byte 179", ex.getMessage());
    }

    @Test
    void an_element_beyond_the_standard_is_ak4_code_3_and_a_short_one_code_4() {
        String isa = "ISA*00*          *00*          *01*006936017      *01*987654321      *260310*1200*U*00401*"
                + "000000001*0*P*>~GS*PT*006936017*987654321*20260310*1200*1*X*004010~ST*867*0001~";
        String tail = "~PTD*PM~REF*MG*7000001~QTY*QD*1.5*KH~DTM*582*20260415*0100~SE*7*0001~GE*1*1~IEA*1*000000001~";
        X12Exception many = assertThrows(X12Exception.class, () -> Fixtures.strict(
                (isa + "BPT*00*R1*20260416*C1~REF*LU*1*X*YY*EXTRA" + tail).getBytes()).next());
        assertEquals("TOO_MANY_ELEMENTS: the segment has more elements than the X12 standard defines ('EXTRA' in element "
                + "5, REF has 4 in X12 004010) in segment REF at position 3, element 5 of transaction set 867 0001 "
                + "(group 1, interchange 000000001), line 1, byte 205", many.getMessage());
        assertEquals("3", many.code().x12Code());
        X12Exception shortId = assertThrows(X12Exception.class, () -> Fixtures.strict(
                (isa + "BPT*0*R1*20260416*C1~REF*LU*1" + tail).getBytes()).next());
        assertEquals("ELEMENT_TOO_SHORT: the element is too short (BPT01 '0' has 1 character, BPT01 at least 2) in "
                + "segment BPT at position 2, element 1 of transaction set 867 0001 (group 1, interchange 000000001), "
                + "line 1, byte 173", shortId.getMessage());
        assertEquals("4", shortId.code().x12Code());
    }
}
