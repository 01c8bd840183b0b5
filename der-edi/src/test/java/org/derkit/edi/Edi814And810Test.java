package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.derkit.model.MeterNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Edi814And810Test {

    @Test
    void enrollment_request_exposes_billing_type_calculator_meter_and_date() {
        Edi814 t = (Edi814) Fixtures.only("814/enrollment-request.x12");
        assertTrue(t.isRequest());
        EnrollmentLine line = t.lines().get(0);
        assertEquals("7", line.actionCode());
        assertEquals("021", line.maintenanceCode());
        assertEquals("1234567890", line.account().orElseThrow().value());
        assertEquals("DUAL", line.billingType().orElseThrow());
        assertEquals("LDC", line.billCalculator().orElseThrow());
        assertEquals(List.of(MeterNumber.of("7000001")), line.meterNumbers());
        assertEquals(LocalDate.of(2026, 2, 1), line.effectiveDate().orElseThrow());
        assertEquals(List.of("SH", "EL", "SH", "CE"), line.productIds());
        assertEquals("JANE CUSTOMER", t.parties().get(2).name());
    }

    @Test
    void rejection_carries_reason_and_status_codes() {
        Edi814 t = (Edi814) Fixtures.only("814/enrollment-response-reject.x12");
        assertTrue(t.isResponse());
        EnrollmentLine line = t.lines().get(0);
        assertEquals("U", line.actionCode());
        assertEquals(List.of("A76"), line.reasonCodes());
        assertEquals(List.of("HIU"), line.statusCodes());
        assertEquals("ACCOUNT NOT FOUND", line.references().get(1).description());
    }

    @Test
    void unmetered_meter_number_and_manual_origin_are_kept() {
        Edi814 t = (Edi814) Fixtures.only("814/enrollment-response-unmetered-manual.x12");
        assertEquals("MANUAL", t.originalReference());
        assertTrue(t.lines().get(0).meterNumbers().get(0).isUnmetered());
        assertEquals("LDC", t.lines().get(0).billingType().orElseThrow());
    }

    @Test
    void invoice_reads_balances_lines_charges_taxes_and_the_N2_total() {
        Edi810 t = (Edi810) Fixtures.only("810/invoice.x12");
        assertEquals("INV0001", t.invoiceNumber());
        assertEquals(LocalDate.of(2026, 3, 5), t.invoiceDate());
        assertNull(t.orderDate());
        assertEquals(new BigDecimal("1234.56"), t.totalDue().orElseThrow());
        assertEquals(new BigDecimal("1234.56"), t.total());
        assertEquals(2, t.lines().size());
        InvoiceLine first = t.lines().get(0);
        assertEquals("DS3", first.rateClass().orElseThrow());
        assertEquals(3, first.charges().size());
        InvoiceLine.Charge delivery = first.charges().get(0);
        assertEquals("C", delivery.indicator());
        assertEquals(new BigDecimal("1000.00"), delivery.amount());
        assertEquals(new BigDecimal("0.0512"), delivery.rate());
        assertEquals(new BigDecimal("1953.125"), delivery.quantity());
        assertEquals("DELIVERY CHARGE", delivery.description());
        assertEquals(new BigDecimal("25.44"), first.charges().get(1).amount());
        assertEquals(new BigDecimal("55.35"), first.taxes().get(0).amount());
        assertEquals("A", first.taxes().get(0).relationshipCode());
        assertEquals("DUAL", t.referenceValue("BLT").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"814/enrollment-request", "814/enrollment-response-reject",
        "814/enrollment-response-unmetered-manual", "810/invoice"})
    void canonical_814_and_810_files_are_reproduced_byte_for_byte(String name) {
        byte[] data = Fixtures.bytes(name + ".x12");
        assertArrayEquals(data, Fixtures.write(Fixtures.read(name + ".x12"), LineEnding.LF));
    }
}
