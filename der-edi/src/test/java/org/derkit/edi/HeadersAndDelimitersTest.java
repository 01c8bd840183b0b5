package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.derkit.model.InvalidValueException;
import org.derkit.model.DunsNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value types a user builds or reads: delimiters, interchange and group headers, parties,
 * locations, problems and reports, and the factory's settings. Each refuses what X12 cannot carry.
 */
class HeadersAndDelimitersTest {

    @ParameterizedTest(name = "{0}{1}{2}{3}")
    @CsvSource({"A, >, ~, ''", "*, A, ~, ''", "*, >, A, ''", "*, >, ~, A", "1, >, ~, ''", "*, >, ~, ' '",
        "*, *, ~, ''", "*, >, *, ''", "*, >, >, ''", "*, >, ~, *", "*, >, ~, >", "*, >, ~, ~"})
    void delimiters_must_be_distinct_special_characters(String element, String component, String segment,
            String repetition) {
        assertThrows(InvalidValueException.class, () -> new Delimiters(element.charAt(0), component.charAt(0),
                segment.charAt(0), repetition.isEmpty() ? '\0' : repetition.charAt(0)));
    }

    @Test
    void delimiters_above_the_printable_ascii_range_are_refused() {
        assertThrows(InvalidValueException.class, () -> new Delimiters('\u007f', '>', '~', '\0'));
        assertThrows(InvalidValueException.class, () -> new Delimiters('*', '\u00e9', '~', '\0'));
        assertThrows(InvalidValueException.class, () -> new Delimiters('*', '>', '\u0080', '\0'));
        assertThrows(InvalidValueException.class, () -> new Delimiters('*', '>', '~', '\u00a7'));
        Delimiters d = new Delimiters('|', '\\', '\n', '^');
        assertEquals('^', d.repetition());
    }

    @Test
    void only_the_delimiters_in_use_occur_in_a_text() {
        assertTrue(Delimiters.AMEREN.occursIn("A*B"));
        assertTrue(Delimiters.AMEREN.occursIn("A>B"));
        assertTrue(Delimiters.AMEREN.occursIn("AB~"));
        assertFalse(Delimiters.AMEREN.occursIn("A^B:C"));
        assertFalse(Delimiters.AMEREN.occursIn("A\u0000B"), "no repetition separator: NUL is no delimiter");
        Delimiters v5 = new Delimiters('*', ':', '~', '^');
        assertTrue(v5.occursIn("A^B"));
        assertFalse(v5.occursIn("A>B"));
    }

    @Test
    void a_delimiter_can_be_replaced_and_the_result_is_checked_again() {
        assertEquals(new Delimiters('*', '>', '\n', '\0'), Delimiters.AMEREN.withSegment('\n'));
        assertEquals(new Delimiters('*', ':', '~', '\0'), Delimiters.AMEREN.withComponent(':'));
        assertThrows(InvalidValueException.class, () -> Delimiters.AMEREN.withSegment('*'));
        assertThrows(InvalidValueException.class, () -> Delimiters.AMEREN.withComponent('~'));
    }

    @Test
    void an_interchange_header_refuses_an_element_wider_than_its_ISA_field() {
        InvalidValueException wide = assertThrows(InvalidValueException.class,
                () -> InterchangeHeader.of("0123456789012345", "987654321", "260310", "1200", "000000001"));
        assertTrue(wide.getMessage().contains("ISA06"), wide.getMessage());
        InvalidValueException control = assertThrows(InvalidValueException.class,
                () -> InterchangeHeader.of("006936017", "987654321", "260310", "1200", "0000000001"));
        assertTrue(control.getMessage().contains("ISA13"), control.getMessage());
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> InterchangeHeader.of(null, "987654321", "260310", "1200", "000000001"));
        assertEquals("ISA6", missing.getMessage());
        InterchangeHeader full = InterchangeHeader.of("012345678901234", "987654321", "260310", "1200", "000000001");
        assertEquals("012345678901234", full.senderId());
    }

    @Test
    void a_header_copy_changes_only_its_control_number_or_delimiters() {
        InterchangeHeader h = InterchangeHeader.of("006936017", "987654321", "260310", "1200", "000000001");
        InterchangeHeader renumbered = h.withControlNumber("000000002");
        assertEquals("000000002", renumbered.controlNumber());
        assertEquals(h.senderId(), renumbered.senderId());
        assertEquals(h.delimiters(), renumbered.delimiters());
        Delimiters d = new Delimiters('|', ':', '\n', '\0');
        InterchangeHeader redelimited = h.withDelimiters(d);
        assertSame(d, redelimited.delimiters());
        assertEquals("000000001", redelimited.controlNumber());
        assertThrows(InvalidValueException.class, () -> h.withControlNumber("1234567890"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"867, PT", "814, GE", "810, IN", "997, FA", "824, AG"})
    void each_transaction_set_has_its_functional_group_code(String set, String gs01) {
        assertEquals(gs01, GroupHeader.functionalIdOf(set));
    }

    @Test
    void a_transaction_set_without_a_functional_group_code_is_refused() {
        assertThrows(InvalidValueException.class, () -> GroupHeader.functionalIdOf("820"));
    }

    @Test
    void a_group_is_accepted_only_when_it_and_every_set_in_it_are_free_of_problems() {
        GroupHeader gh = GroupHeader.of("PT", "006936017", "987654321", "20260310", "1200", "1");
        X12Problem problem = new X12Problem(X12ErrorCode.GROUP_TRAILER_MISSING,
                new Location("", "1", "", "", "GS", 0, 0, 0, 1, 0), "");
        TransactionReport good = new TransactionReport("867", "0001", List.of());
        TransactionReport bad = new TransactionReport("867", "0002", List.of(problem));
        assertTrue(new GroupReport(gh, List.of(good), List.of()).accepted());
        assertFalse(new GroupReport(gh, List.of(good), List.of(problem)).accepted());
        assertFalse(new GroupReport(gh, List.of(good, bad), List.of()).accepted());
        assertEquals(2, new GroupReport(gh, List.of(good, bad), List.of()).included());
    }

    @Test
    void a_party_has_a_DUNS_number_only_when_N103_says_so_and_N104_holds_one() {
        assertEquals(Optional.of(DunsNumber.of("006936017")), new Party("8S", "AMEREN", "1", "006936017").duns());
        assertEquals(Optional.of(DunsNumber.of("0069360170001")),
                new Party("8S", "AMEREN", "9", "0069360170001").duns());
        assertEquals(Optional.empty(), new Party("8S", "AMEREN", "1", "").duns());
        assertEquals(Optional.empty(), new Party("8S", "AMEREN", "92", "006936017").duns());
        assertEquals(Optional.empty(), new Party("8S", "AMEREN", "", "006936017").duns());
    }

    @Test
    void a_location_at_the_very_start_is_valid_and_negative_positions_are_refused() {
        Location zero = new Location("", "", "", "", "", 0, 0, 0, 0, 0);
        assertEquals("at the start of a segment, line 0, byte 0", zero.toString());
        assertThrows(InvalidValueException.class, () -> new Location("", "", "", "", "", -1, 0, 0, 1, 0));
        assertThrows(InvalidValueException.class, () -> new Location("", "", "", "", "", 0, -1, 0, 1, 0));
        assertThrows(InvalidValueException.class, () -> new Location("", "", "", "", "", 0, 0, -1, 1, 0));
        assertThrows(InvalidValueException.class, () -> new Location("", "", "", "", "", 0, 0, 0, -1, 0));
        assertThrows(InvalidValueException.class, () -> new Location("", "", "", "", "", 0, 0, 0, 1, -1));
    }

    @Test
    void a_location_names_only_the_envelopes_it_knows() {
        assertEquals("in segment GE, element 1 (interchange 000000001), line 3, byte 90",
                new Location("000000001", "", "", "", "GE", 0, 1, 0, 3, 90).toString());
        assertEquals("in segment GE at position 2, element 1, component 2 (group 7), line 3, byte 90",
                new Location("", "7", "", "", "GE", 2, 1, 2, 3, 90).toString());
        assertEquals("in segment QTY at position 16 of transaction set 867 0002 (group 1, interchange 000000001), "
                + "line 18, byte 400", new Location("000000001", "1", "867", "0002", "QTY", 16, 0, 0, 18, 400)
                .toString());
    }

    @Test
    void a_problem_reads_as_its_message_and_keeps_at_most_99_characters_of_the_element() {
        Location at = new Location("000000001", "1", "867", "0002", "QTY", 16, 2, 0, 18, 400);
        X12Problem p = new X12Problem(X12ErrorCode.INVALID_NUMBER, at, "QTY02 '1O.5'", "1O.5");
        assertEquals("INVALID_NUMBER: the element is not a valid number (QTY02 '1O.5') " + at, p.toString());
        assertEquals(p.message(), p.toString());
        assertEquals("9".repeat(99), new X12Problem(X12ErrorCode.INVALID_NUMBER, at, "", "9".repeat(99)).elementCopy());
        assertEquals("9".repeat(99), new X12Problem(X12ErrorCode.INVALID_NUMBER, at, "", "9".repeat(100))
                .elementCopy());
        X12Exception ex = new X12Exception(p);
        assertSame(p, ex.problem());
        assertEquals(p.message(), ex.getMessage());
    }

    @Test
    void the_factory_keeps_its_settings_and_refuses_a_problem_limit_below_one() {
        X12Factory f = X12Factory.newFactory().withMode(ErrorMode.COLLECTING).withLineEnding(LineEnding.CRLF);
        assertEquals(ErrorMode.COLLECTING, f.mode());
        assertEquals(LineEnding.CRLF, f.lineEnding());
        assertSame(AmerenProfile.DEFAULT, f.profile());
        assertThrows(InvalidValueException.class, () -> f.withMaxProblems(0));
        assertEquals(ErrorMode.COLLECTING, f.withMaxProblems(1).mode());
        assertEquals(LineEnding.CRLF, f.withServicePointTotalsChecked(false).lineEnding());
        assertEquals(ErrorMode.STRICT, X12Factory.newFactory().mode());
    }
}
