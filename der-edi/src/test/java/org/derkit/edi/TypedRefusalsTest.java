package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.derkit.model.InvalidValueException;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;

/**
 * Every refusal der-edi throws at a caller is typed and says where and why: values as
 * {@link InvalidValueException} (the writer's as {@link X12WriteException} with the output
 * location), calls out of envelope order as {@link X12SequenceException}.
 */
class TypedRefusalsTest {

    private static final InterchangeHeader ISA = InterchangeHeader.of("987654321", "006936017", "260310", "1200",
            "000000001");
    private static final GroupHeader GS = GroupHeader.of("GE", "987654321", "006936017", "20260310", "1200", "1");

    @Test
    void a_value_holding_a_delimiter_is_refused_at_its_element_and_byte_in_the_output() {
        Edi814 t = (Edi814) Fixtures.only("814/enrollment-request.x12");
        Edi814 bad = new Edi814(t.controlNumber(), t.purpose(), "REF*1", t.date(), t.time(), t.originalReference(),
                t.parties(), t.lines());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        X12WriteException ex;
        try (X12Writer w = X12Factory.newFactory().withLineEnding(LineEnding.LF).newWriter(out)) {
            w.beginInterchange(ISA).beginGroup(GS);
            ex = assertThrows(X12WriteException.class, () -> w.write(bad));
        }
        // the good set written the same way puts BGN02 at this byte
        ByteArrayOutputStream good = new ByteArrayOutputStream();
        try (X12Writer w = X12Factory.newFactory().withLineEnding(LineEnding.LF).newWriter(good)) {
            w.beginInterchange(ISA).beginGroup(GS).write(t);
        }
        String text = good.toString(StandardCharsets.ISO_8859_1);
        long bgn02 = text.indexOf("BGN*13*") + "BGN*13*".length();
        assertEquals("Invalid value for BGN02 (valid values text without the delimiters *>~): REF*1 in segment BGN at "
                + "position 2, element 2 of transaction set 814 0001 (group 1, interchange 000000001), line 4, byte "
                + bgn02, ex.getMessage());
        assertEquals("BGN02", ex.field());
        assertEquals("REF*1", ex.value());
        assertEquals(new Location("000000001", "1", "814", "0001", "BGN", 2, 2, 0, 4, bgn02), ex.location());
    }

    @Test
    void an_amount_with_more_decimals_than_its_n2_element_is_refused_not_rounded() {
        Edi810 t = (Edi810) Fixtures.only("810/summary-cad-iss-pid-terms.x12");
        Edi810.Summary s = t.summary();
        Edi810 bad = new Edi810(t.controlNumber(), t.invoiceDate(), t.invoiceNumber(), t.orderDate(), t.purchaseOrder(),
                t.releaseNumber(), t.changeOrder(), t.transactionType(), t.purpose(), t.references(), t.parties(),
                t.balances(), t.lines(), t.total(), new Edi810.Summary(new BigDecimal("825.505"),
                        s.discountedAmountDue(), s.termsDiscount(), s.taxes(), s.carrier(), s.amounts(), s.charges(),
                        s.shipments(), s.totals()));
        X12WriteException ex;
        try (X12Writer w = X12Factory.newFactory().newWriter(new ByteArrayOutputStream())) {
            w.beginInterchange(ISA).beginGroup(GroupHeader.of("IN", "987654321", "006936017", "20260310", "1200", "4"));
            ex = assertThrows(X12WriteException.class, () -> w.write(bad));
        }
        ByteArrayOutputStream good = new ByteArrayOutputStream();
        try (X12Writer w = X12Factory.newFactory().newWriter(good)) {
            w.beginInterchange(ISA).beginGroup(GroupHeader.of("IN", "987654321", "006936017", "20260310", "1200", "4"))
                    .write(t);
        }
        long tds02 = good.toString(StandardCharsets.ISO_8859_1).indexOf("TDS*90365*") + "TDS*90365*".length();
        assertEquals("TDS02", ex.field());
        assertEquals("Invalid value for TDS02 (valid values amounts with at most 2 decimals (N2)): 825.505 in segment "
                + "TDS at position 7, element 2 of transaction set 810 0001 (group 4, interchange 000000001), line 9, "
                + "byte " + tds02, ex.getMessage());
    }

    @Test
    void calls_out_of_envelope_order_say_what_was_asked_and_where_the_writer_stands() {
        Edi814 t = (Edi814) Fixtures.only("814/enrollment-request.x12");
        try (X12Writer w = X12Factory.newFactory().newWriter(new ByteArrayOutputStream())) {
            assertEquals("cannot write transaction set 814 0001: no functional group is open and no interchange "
                    + "(beginInterchange(..) then beginGroup(..) open them)",
                    assertThrows(X12SequenceException.class, () -> w.write(t)).getMessage());
            assertEquals("cannot begin group 1: no interchange is open (beginInterchange(..) opens one)",
                    assertThrows(X12SequenceException.class, () -> w.beginGroup(GS)).getMessage());
            w.beginInterchange(ISA);
            assertEquals("cannot write transaction set 814 0001: no functional group is open in interchange 000000001 "
                    + "(beginGroup(..) opens one)", assertThrows(X12SequenceException.class, () -> w.write(t)).getMessage());
            assertEquals("cannot end a group: no functional group is open in interchange 000000001",
                    assertThrows(X12SequenceException.class, w::endGroup).getMessage());
            w.beginGroup(GS);
            assertEquals("cannot begin interchange 000000001: interchange 000000001 is still open (endInterchange() "
                    + "closes it)", assertThrows(X12SequenceException.class, () -> w.beginInterchange(ISA)).getMessage());
            assertEquals("cannot begin group 1: group 1 of interchange 000000001 is still open (endGroup() closes it)",
                    assertThrows(X12SequenceException.class, () -> w.beginGroup(GS)).getMessage());
            assertEquals("cannot end an interchange: group 1 of interchange 000000001 is still open (endGroup() closes "
                    + "it)", assertThrows(X12SequenceException.class, w::endInterchange).getMessage());
            w.endGroup().endInterchange();
        }
        try (X12Reader r = Fixtures.strict(Fixtures.bytes("814/enrollment-request.x12"))) {
            assertEquals("no interchange header yet: next() has not returned a transaction set",
                    assertThrows(X12SequenceException.class, r::interchangeHeader).getMessage());
            assertEquals("no group header yet: next() has not returned a transaction set",
                    assertThrows(X12SequenceException.class, r::groupHeader).getMessage());
        }
    }

    @Test
    void refused_values_of_the_typed_model_are_invalid_value_exceptions_naming_field_range_and_value() {
        List<Runnable> refusals = List.of(
                () -> new Reference("", "1", ""),
                () -> new Party("", "NAME", "1", "2"),
                () -> GroupHeader.functionalIdOf("820"),
                () -> new Delimiters('*', '*', '~', '\0'),
                () -> new Delimiters('A', '>', '~', '\0'),
                () -> new InvoiceLine.Charge("X", "", "", "", null, null, "", null, ""),
                () -> new Edi810.Totals(-1, null, null, "", null, "", ""),
                () -> new Location("", "", "", "", "", -1, 0, 0, 1, 0),
                () -> Edi867Generator.withSeed(1).withUnits(Set.of()),
                () -> IntervalChannel.builder(MeterUnit.KWH, AmerenProfile.DEFAULT)
                        .add(BigDecimal.ONE, ReadingQuality.ACTUAL, LocalDate.of(2026, 4, 15), "1x00"),
                () -> IntervalChannel.builder(MeterUnit.KWH, AmerenProfile.DEFAULT)
                        .add(BigDecimal.ONE, ReadingQuality.ACTUAL, LocalDate.of(2026, 3, 8), "2400"));
        List<String> messages = refusals.stream()
                .map(r -> assertThrows(InvalidValueException.class, r::run).getMessage()).toList();
        assertEquals(List.of(
                "Invalid value for qualifier (valid values REF01 codes): ''",
                "Invalid value for entityCode (valid values N101 codes such as 8S, SJ): ''",
                "Invalid value for transactionSetCode (valid values 867, 814, 810, 997, 824): 820",
                "Invalid value for delimiters (valid values distinct characters): **~",
                "Invalid value for element delimiter (valid values ASCII special characters other than space): 'A'",
                "Invalid value for SAC01 (valid values C, A, N): X",
                "Invalid value for CTT01 line items (valid values >= 0): -1",
                "Invalid value for location positions (segment/element/component/line/byte) (valid values >= 0): "
                        + "-1/0/0/1/0",
                "Invalid value for units (valid values at least one of KH, K1, K3): []",
                "Invalid value for time (valid values HHMM or HHMMSS): 1x00",
                "Invalid value for interval label (DTM*582 date and time) (valid values up to the length of the day in "
                        + "America/Chicago): 20260308 2400"), messages);
    }

    @Test
    void an_867_built_by_hand_with_an_unknown_purpose_names_bpt01_and_its_transaction_set() {
        Edi867 read = (Edi867) Fixtures.only("867/normal-day.x12");
        Edi867 odd = new Edi867(read.controlNumber(), "22", read.reference(), read.reportDate(), read.reportType(),
                read.parties(), read.references(), read.loops(), read.originalReference());
        assertEquals("Invalid value for BPT01 purpose of transaction set 867 " + read.controlNumber()
                + " (valid values 00 original, 01 cancellation, 05 replacement): '22'",
                assertThrows(InvalidValueException.class, odd::reportPurpose).getMessage());
    }
}
