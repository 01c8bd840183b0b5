package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 items 3 and 5: one line per problem (control bytes escaped, long values cut), padding after
 * the last IEA accepted, unsupported transaction sets skipped and listed beside the ones read.
 */
class ReadableMessagesTest {

    private static List<Transaction> readAll(X12Reader r) {
        List<Transaction> out = new ArrayList<>();
        while (r.hasNext()) {
            out.add(r.next());
        }
        return out;
    }

    @Test
    void ctrl_z_and_nul_padding_after_the_last_iea_is_accepted() {
        for (String name : List.of("867/trailing-ctrl-z-and-nul-padding.x12", "867/trailing-nul-padding-fixed-record.x12")) {
            try (X12Reader r = Fixtures.strict(Fixtures.bytes(name))) {
                List<Transaction> all = readAll(r);
                assertEquals(1, all.size(), name);
                assertEquals(24, ((Edi867) all.get(0)).intervalCount(), name);
                assertEquals(List.of(), r.problems(), name);
            }
        }
    }

    @Test
    void an_824_beside_an_867_is_skipped_and_listed_and_the_867_is_read() {
        byte[] data = Fixtures.bytes("867/unsupported-824-beside-867.x12");
        try (X12Reader r = Fixtures.strict(data)) {
            List<Transaction> all = readAll(r);
            assertEquals(List.of("0002"), all.stream().map(Transaction::controlNumber).toList());
            assertEquals(List.of(), r.problems());
            assertEquals(1, r.skipped().size());
            int at = new String(data, StandardCharsets.ISO_8859_1).indexOf("ST*824") + 3;
            assertEquals("TRANSACTION_SET_NOT_SUPPORTED: the transaction set is not supported (ST01 is '824' (supported "
                    + "867, 814, 810, 997): skipped) in segment ST at position 1, element 1 of transaction set 824 0001 "
                    + "(group 1, interchange 000000001), line 3, byte " + at, r.skipped().get(0).message());
            assertEquals(162, at);
        }
        X12Exception ex = assertThrows(X12Exception.class, () -> {
            try (X12Reader r = X12Factory.newFactory().withUnsupportedTransactionSetsRefused(true)
                    .newReader(new ByteArrayInputStream(data))) {
                readAll(r);
            }
        });
        assertEquals(X12ErrorCode.TRANSACTION_SET_NOT_SUPPORTED, ex.code());
    }

    @Test
    void control_bytes_inside_an_element_are_escaped_on_one_line() {
        byte[] data = Fixtures.bytes("867/bad-control-bytes-in-element.x12");
        X12Exception ex = assertThrows(X12Exception.class, () -> readAll(Fixtures.strict(data)));
        int at = new String(data, StandardCharsets.ISO_8859_1).indexOf("REF*LU*") + 7;
        assertEquals("INVALID_CHARACTER: the element holds an invalid character (REF02 '9000\\r\\n0001\\x00' holds the "
                + "control character \\r) in segment REF at position 3, element 2 of transaction set 867 0001 (group 1, "
                + "interchange 000000001), line 5, byte " + at, ex.getMessage());
        assertEquals(216, at);
        assertTrue(ex.getMessage().chars().allMatch(c -> c >= 0x20 && c < 0x7f), ex.getMessage());
    }

    @Test
    void a_million_character_element_is_cut_to_its_first_40_characters_and_its_length() {
        String text = new String(Fixtures.bytes("867/normal-day.x12"), StandardCharsets.ISO_8859_1)
                .replace("REF*LU*90000001~", "REF*LU*" + "9".repeat(1_000_000) + "~");
        X12Exception ex = assertThrows(X12Exception.class,
                () -> readAll(Fixtures.strict(text.getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals("ELEMENT_TOO_LONG: the element is too long (REF02 '" + "9".repeat(40) + "...' (1000000 characters) "
                + "has 1000000 characters, REF02 at most 30) in segment REF at position 6, element 2 of transaction set "
                + "867 0001 (group 1, interchange 000000001), line 8, byte " + (text.indexOf("REF*LU*") + 7), ex.getMessage());
    }

    @Test
    void a_value_of_40_characters_is_quoted_whole_and_one_of_41_is_cut() {
        assertEquals("'" + "9".repeat(40) + "'", org.derkit.edi.internal.Messages.quote("9".repeat(40)));
        assertEquals("'" + "9".repeat(40) + "...' (41 characters)", org.derkit.edi.internal.Messages.quote("9".repeat(41)));
        assertEquals("''", org.derkit.edi.internal.Messages.quote(""));
    }

    @Test
    void printable_ascii_is_shown_as_is_and_everything_else_escaped() {
        assertEquals(" !~", org.derkit.edi.internal.Messages.escape(" !~"));
        assertEquals("a b~c", org.derkit.edi.internal.Messages.escape("a b~c"));
        assertEquals("\\x1F \\x7F", org.derkit.edi.internal.Messages.escape("\u001f \u007f"));
        assertEquals("a\\r\\n\\tb", org.derkit.edi.internal.Messages.escape("a\r\n\tb"));
        assertEquals("x\\x00 \\x80\\xFF\\u0100\\u20AC", org.derkit.edi.internal.Messages.escape("x\u0000 \u0080\u00ff\u0100\u20ac"));
        assertEquals("\\xE9 then plain", org.derkit.edi.internal.Messages.escape("\u00e9 then plain"));
    }
}
