package org.derkit.edi;

import static org.derkit.edi.Edi814LoopStructureTest.read;
import static org.derkit.edi.Edi814LoopStructureTest.read814;
import static org.derkit.edi.Edi814LoopStructureTest.interchange;
import static org.derkit.edi.Edi814LoopStructureTest.txn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every element of a typed segment is checked against its X12 004010 definition (type, minimum and
 * maximum length) and reported once with the element's name, value and what is wrong.
 */
class ElementDefinitionChecksTest {

    private static final String LIN = "LIN*1*SH*EL";

    private static List<String> bgnTime(String time) {
        return read814("BGN*13*REQ1*20260105*" + time, LIN, "ASI*7*021").problems();
    }

    @Test
    void a_tm_element_takes_hhmm_hhmmss_or_hhmmssd_with_hours_up_to_25() {
        for (String ok : List.of("0000", "2559", "0959", "1959", "235959", "2359591", "12005912")) {
            assertEquals(List.of(), bgnTime(ok), ok);
        }
        for (String bad : List.of("123", "12345", "123456789", "2600", "3000", "1260", "0960", "120060", "125960",
                "12A0", "1200A0")) {
            assertEquals(List.of("INVALID_TIME BGN@2.4 [] BGN04 '" + bad + "' is not an HHMM, HHMMSS or HHMMSSd time"),
                    bgnTime(bad), bad);
        }
    }

    private static List<String> read810(String... body) {
        return read(interchange("IN", txn("810", "0001", body))).problems();
    }

    @Test
    void numeric_elements_are_checked_as_r_n0_and_n2_numbers() {
        assertEquals(List.of(
                "INVALID_NUMBER BAL@3.3 [] BAL03 '12X' is not an X12 R number (optional minus, digits, optional decimal point)",
                "INVALID_NUMBER TDS@4.1 [] TDS01 '12.5' is not an X12 N2 number (digits with 2 implied decimals)",
                "INVALID_NUMBER CTT@5.1 [] CTT01 '1X' is not an X12 N0 integer"),
                read810("BIG*20260305*INV1", "BAL*M*YB*12X", "TDS*12.5", "CTT*1X"));
        assertEquals(List.of("INVALID_NUMBER CTT@4.1 [] CTT01 '-' is not an X12 N0 integer"),
                read810("BIG*20260305*INV1", "TDS*100", "CTT*-"));
        assertEquals(List.of("INVALID_NUMBER CTT@4.1 [] CTT01 -1 is not a count of line items"),
                read810("BIG*20260305*INV1", "TDS*100", "CTT*-1"));
        assertEquals(List.of(), read810("BIG*20260305*INV1", "BAL*M*YB*-12.5", "TDS*-100", "CTT*0"));
    }

    @Test
    void a_too_long_number_counts_digits_and_other_elements_count_characters() {
        assertEquals(List.of(
                "ELEMENT_TOO_LONG BAL@3.3 [] BAL03 '1234567890123456789' has 19 digits, BAL03 at most 18",
                "ELEMENT_TOO_LONG TDS@4.1 [] TDS01 '1234567890123456' has 16 digits, TDS01 at most 15",
                "ELEMENT_TOO_LONG CTT@5.1 [] CTT01 '1234567' has 7 digits, CTT01 at most 6"),
                read810("BIG*20260305*INV1", "BAL*M*YB*1234567890123456789", "TDS*1234567890123456", "CTT*1234567"));
        assertEquals(List.of("ELEMENT_TOO_LONG BAL@3.1 [] BAL01 'MMM' has 3 characters, BAL01 at most 2"),
                read810("BIG*20260305*INV1", "BAL*MMM*YB*1", "TDS*100"));
    }

    @Test
    void a_too_short_element_and_a_control_character_are_reported_with_the_element() {
        assertEquals(List.of("ELEMENT_TOO_SHORT N1@3.4 [N1] N104 '0' has 1 character, N104 at least 2"),
                read810("BIG*20260305*INV1", "N1*8S*AMEREN*1*0", "TDS*100"));
        assertEquals(List.of(), read810("BIG*20260305*INV1", "N1*8S*AMEREN*1*00", "TDS*100"));
        List<String> ctl = read810("BIG*20260305*INV1", "REF*AJ*A\u0001B", "TDS*100");
        assertEquals(1, ctl.size(), ctl.toString());
        assertTrue(ctl.get(0).startsWith("INVALID_CHARACTER REF@3.2 [] REF02 "), ctl.get(0));
        assertTrue(ctl.get(0).contains("holds the control character"), ctl.get(0));
    }

    @Test
    void missing_mandatory_numbers_are_named_by_their_element() {
        assertEquals(List.of("MANDATORY_ELEMENT_MISSING BAL@3.3 [] BAL03 (number) is required",
                "MANDATORY_ELEMENT_MISSING TDS@4.1 [] TDS01 (amount) is required"),
                read810("BIG*20260305*INV1", "BAL*M*YB", "TDS**100"));
    }
}
