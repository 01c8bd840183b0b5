package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import org.derkit.model.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The interchange of 997s built for a received interchange: ISA13 range and GS06 numbering. */
class AcknowledgementEnvelopeTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 11, 9, 30);

    private static InterchangeReport received(String text) {
        try (X12Reader r = Fixtures.collecting(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
            r.readInterchanges();
            return r.interchangeReports().get(0);
        }
    }

    /** Two groups from different senders: each gets its own FA group. */
    private static String twoSenders() {
        String isa = "ISA*00*          *00*          *01*006936017      *01*987654321      *260310*1200*U*00401*000000001*0*P*>~\n";
        String g1 = "GS*GE*111111111*987654321*20260310*1200*1*X*004010~\nST*814*0001~\nBGN*13*R1*20260105~\n"
                + "LIN*1*SH*EL~\nASI*7*021~\nSE*5*0001~\nGE*1*1~\n";
        String g2 = "GS*GE*222222222*987654321*20260310*1200*2*X*004010~\nST*814*0001~\nBGN*13*R2*20260105~\n"
                + "LIN*1*SH*EL~\nASI*7*021~\nSE*5*0001~\nGE*1*2~\n";
        return isa + g1 + g2 + "IEA*2*000000001~\n";
    }

    @Test
    void the_control_number_is_an_isa13_from_1_to_999999999() {
        InterchangeReport r = received(twoSenders());
        assertEquals("000000001", Edi997.acknowledging(r, 1, AT).header().controlNumber());
        assertEquals("999999999", Edi997.acknowledging(r, 999_999_999, AT).header().controlNumber());
        assertThrows(InvalidValueException.class, () -> Edi997.acknowledging(r, 0, AT));
        assertThrows(InvalidValueException.class, () -> Edi997.acknowledging(r, 1_000_000_000, AT));
    }

    @Test
    void group_control_numbers_count_up_from_the_interchange_control_number_and_wrap_after_999999999() {
        InterchangeReport r = received(twoSenders());
        assertEquals(List.of("41", "42"), Edi997.acknowledging(r, 41, AT).groups().stream()
                .map(g -> g.header().controlNumber()).toList());
        assertEquals(List.of("999999999", "1"), Edi997.acknowledging(r, 999_999_999, AT).groups().stream()
                .map(g -> g.header().controlNumber()).toList());
        assertEquals(List.of("111111111", "222222222"), Edi997.acknowledging(r, 41, AT).groups().stream()
                .map(g -> g.header().receiverCode()).toList());
    }
}
