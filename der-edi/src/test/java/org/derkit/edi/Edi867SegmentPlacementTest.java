package org.derkit.edi;

import static org.derkit.edi.Edi867Texts.assertProblem;
import static org.derkit.edi.Edi867Texts.body;
import static org.derkit.edi.Edi867Texts.meter;
import static org.derkit.edi.Edi867Texts.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.derkit.edi.Edi867Texts.Read;
import org.derkit.model.AccountNumber;
import org.derkit.model.InvalidValueException;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;

/**
 * Where each 867 segment may stand (BPT first, the header's REF and N1 loops, then PTD loops of
 * DTM, REF, MEA and QTY), what the reader refuses elsewhere, and the X12 loop identifier each
 * problem names (the AK303 of a 997).
 */
class Edi867SegmentPlacementTest {

    private static final String QTY = "QTY*QD*1.5*KH";
    private static final String LABEL = "DTM*582*20260415*0100";

    private static String message(Runnable refused) {
        return assertThrows(InvalidValueException.class, refused::run).getMessage();
    }

    // ------------------------------------------------------------------ the header

    @Test
    void an_empty_867_is_refused_at_its_SE_for_want_of_a_BPT() {
        X12Problem p = read().problem();
        assertProblem(p, X12ErrorCode.MANDATORY_SEGMENT_MISSING, "SE", 2, 0, "", "BPT is required in an 867");
    }

    @Test
    void a_second_BPT_is_refused_as_unexpected_at_its_position() {
        X12Problem p = read(meter("BPT*00*AIC2*20260416*C1", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.UNEXPECTED_SEGMENT, "BPT", 5, 0, "PTD", "BPT is not expected here");
        X12Problem header = read(body("BPT*00*AIC2*20260416*C1", "PTD*PM", QTY, LABEL)).problem();
        assertProblem(header, X12ErrorCode.UNEXPECTED_SEGMENT, "BPT", 3, 0, "", "BPT is not expected here");
    }

    @Test
    void an_unknown_BPT01_purpose_is_refused_naming_the_valid_codes() {
        X12Problem p = read("BPT*07*AIC1*20260416*C1", "PTD*PM", QTY, LABEL).problem();
        assertProblem(p, X12ErrorCode.INVALID_CODE_VALUE, "BPT", 2, 1, "",
                "BPT01 '07' (valid values 00 original, 01 cancellation, 05 replacement)");
    }

    @Test
    void a_replacement_without_the_reference_it_replaces_is_refused_at_BPT09() {
        X12Problem p = read("BPT*05*AIC1*20260416*C1", "PTD*PM", QTY, LABEL).problem();
        assertProblem(p, X12ErrorCode.MANDATORY_ELEMENT_MISSING, "BPT", 2, 9, "",
                "BPT09 (the BPT02 of the report it replaces) is required when BPT01 is 05");
        Edi867 ok = read("BPT*05*AIC1*20260416*C1*****AIC0", "PTD*PM", QTY, LABEL).only();
        assertEquals("AIC0", ok.originalReference());
        assertEquals(false, ok.isOriginal());
    }

    @Test
    void a_REF_before_the_BPT_is_refused_as_unexpected() {
        X12Problem p = read("REF*12*1234567890", Edi867Texts.BPT, "PTD*PM", QTY, LABEL).problem();
        assertProblem(p, X12ErrorCode.UNEXPECTED_SEGMENT, "REF", 2, 0, "", "REF is not expected here");
    }

    @Test
    void a_DTM_before_the_first_PTD_loop_is_refused_as_unexpected() {
        X12Problem p = read(body("DTM*150*20260415", "PTD*PM", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.UNEXPECTED_SEGMENT, "DTM", 3, 0, "", "DTM is not expected here");
    }

    @Test
    void a_MEA_before_the_first_PTD_loop_is_refused_as_unexpected() {
        X12Problem p = read(body("MEA**MU*40", "PTD*PM", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.UNEXPECTED_SEGMENT, "MEA", 3, 0, "", "MEA is not expected here");
    }

    @Test
    void a_QTY_before_the_first_PTD_loop_is_refused_as_unexpected() {
        X12Problem p = read(body(QTY, "PTD*PM", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.UNEXPECTED_SEGMENT, "QTY", 3, 0, "", "QTY is not expected here");
    }

    @Test
    void a_PTD_before_the_BPT_is_refused_as_a_missing_BPT() {
        X12Problem p = read("PTD*PM", QTY, LABEL).problem();
        assertProblem(p, X12ErrorCode.MANDATORY_SEGMENT_MISSING, "PTD", 2, 0, "PTD",
                "BPT must precede the first PTD loop");
    }

    @Test
    void an_unknown_PTD01_loop_code_is_refused_naming_every_code_the_profile_knows() {
        X12Problem p = read(body("PTD*ZZ", "PTD*PM", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.INVALID_CODE_VALUE, "PTD", 3, 1, "PTD",
                "PTD01 'ZZ' (valid values BO, BQ, PL, PM, SU)");
    }

    @Test
    void every_loop_code_of_the_profile_is_accepted() {
        Edi867 t = read(body("PTD*SU", "PTD*BQ", "PTD*BO", "PTD*PL", "PTD*PM", QTY, LABEL)).only();
        assertEquals(List.of("SU", "BQ", "BO", "PL", "PM"), t.loops().stream().map(UsageLoop::ptdCode).toList());
    }

    @Test
    void the_header_N1_loops_take_their_name_address_and_contact_lines() {
        Edi867 t = read(body("N1*8S*AMEREN ILLINOIS*1*006936017", "N2*UTILITY", "N3*300 LIBERTY ST", "N4*PEORIA*IL*61602",
                "PER*IC*DESK", "N1*SJ*EXAMPLE RES LLC*1*987654321", "N3*1 MAIN ST", "REF*12*1234567890", "PTD*PM", QTY,
                LABEL)).only();
        assertEquals(List.of("8S", "SJ"), t.parties().stream().map(Party::entityCode).toList());
        assertEquals("1234567890", t.account().orElseThrow().value());
    }

    @Test
    void an_N1_before_the_BPT_is_refused_in_the_N1_loop() {
        X12Problem p = read("N1*8S*AMEREN ILLINOIS", Edi867Texts.BPT, "PTD*PM", QTY, LABEL).problem();
        assertProblem(p, X12ErrorCode.UNEXPECTED_SEGMENT, "N1", 2, 0, "N1", "N1 is not expected here");
    }

    @Test
    void an_N1_loop_inside_a_PTD_loop_is_refused_with_its_address_line() {
        Read r = read(meter("N1*8S*AMEREN ILLINOIS", "N3*300 LIBERTY ST", QTY, LABEL));
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertProblem(r.problems().get(0), X12ErrorCode.UNEXPECTED_SEGMENT, "N1", 5, 0, "PTD", "N1 is not expected here");
        assertProblem(r.problems().get(1), X12ErrorCode.UNEXPECTED_SEGMENT, "N3", 6, 0, "PTD", "N3 is not expected here");
    }

    @Test
    void an_address_line_outside_an_N1_loop_is_refused() {
        X12Problem p = read(body("REF*12*1234567890", "N3*300 LIBERTY ST", "PTD*PM", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.UNEXPECTED_SEGMENT, "N3", 4, 0, "", "N3 is not expected here");
        X12Problem first = read(body("N3*300 LIBERTY ST", "PTD*PM", QTY, LABEL)).problem();
        assertProblem(first, X12ErrorCode.UNEXPECTED_SEGMENT, "N3", 3, 0, "", "N3 is not expected here");
    }

    @Test
    void a_bad_address_line_of_an_N1_loop_is_located_in_the_N1_loop() {
        String street = "S".repeat(56);
        X12Problem p = read(body("N1*8S*AMEREN ILLINOIS", "N4*PEORIA*IL*61602", "N3*" + street, "PTD*PM", QTY, LABEL))
                .problem();
        assertProblem(p, X12ErrorCode.ELEMENT_TOO_LONG, "N3", 5, 1, "N1",
                "N301 '" + "S".repeat(40) + "...' (56 characters) has 56 characters, N301 at most 55");
    }

    // ------------------------------------------------------------------ identifiers

    @Test
    void a_header_account_number_that_is_no_account_number_is_refused_at_REF02() {
        X12Problem p = read(body("REF*12*12 34", "PTD*PM", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.INVALID_CHARACTER, "REF", 3, 2, "", message(() -> AccountNumber.of("12 34")));
    }

    @Test
    void a_header_service_point_that_is_no_service_point_is_refused_at_REF02() {
        X12Problem p = read(body("REF*LU*9000 0001", "PTD*PM", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.INVALID_CHARACTER, "REF", 3, 2, "",
                message(() -> ServicePointId.of("9000 0001")));
    }

    @Test
    void the_service_point_qualifier_is_the_profiles_and_other_header_references_are_kept_as_sent() {
        AmerenProfile esi = AmerenProfile.DEFAULT.withServicePointQualifier("ESI");
        X12Problem p = read(esi, body("REF*ESI*9000 0001", "PTD*PM", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.INVALID_CHARACTER, "REF", 3, 2, "",
                message(() -> ServicePointId.of("9000 0001")));
        Edi867 t = read(esi, body("REF*LU*9000 0001", "REF*ZZ*ANY TEXT", "PTD*PM", QTY, LABEL)).only();
        assertEquals(List.of("9000 0001", "ANY TEXT"), t.references().stream().map(Reference::value).toList());
    }

    @Test
    void a_meter_number_that_is_no_meter_number_is_refused_in_the_PTD_loop() {
        X12Problem p = read(body("PTD*PM", "REF*MG*70 01", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.INVALID_CHARACTER, "REF", 4, 2, "PTD", message(() -> MeterNumber.of("70 01")));
    }

    @Test
    void an_identifier_REF_without_REF02_is_one_problem_not_a_second_invalid_identifier() {
        for (String ref : List.of("REF*12", "REF*LU")) {
            X12Problem p = read(body(ref, "PTD*PM", QTY, LABEL)).problem();
            assertProblem(p, X12ErrorCode.MANDATORY_ELEMENT_MISSING, "REF", 3, 2, "", "REF02 or REF03 is required");
        }
        for (String ref : List.of("REF*MG", "REF*JH")) {
            X12Problem p = read(body("PTD*PM", ref, QTY, LABEL)).problem();
            assertProblem(p, X12ErrorCode.MANDATORY_ELEMENT_MISSING, "REF", 4, 2, "PTD", "REF02 or REF03 is required");
        }
    }

    @Test
    void an_identifier_REF_with_only_a_REF03_description_is_refused_for_its_missing_REF02() {
        X12Problem account = read(body("REF*12**CUSTOMER ACCOUNT", "PTD*PM", QTY, LABEL)).problem();
        assertProblem(account, X12ErrorCode.MANDATORY_ELEMENT_MISSING, "REF", 3, 2, "",
                "REF02 is required: REF01 '12' carries its identifier there");
        X12Problem meter = read(body("PTD*PM", "REF*MG**REVENUE METER", QTY, LABEL)).problem();
        assertProblem(meter, X12ErrorCode.MANDATORY_ELEMENT_MISSING, "REF", 4, 2, "PTD",
                "REF02 is required: REF01 'MG' carries its identifier there");
        Edi867 other = read(body("REF*ZZ**ONLY A DESCRIPTION", "PTD*PM", QTY, LABEL)).only();
        assertEquals("ONLY A DESCRIPTION", other.references().get(other.references().size() - 1).description());
    }

    // ------------------------------------------------------------------ loop identifiers of problems

    @Test
    void a_problem_before_the_first_QTY_of_a_PTD_loop_is_in_the_PTD_loop() {
        X12Problem p = read(meter("REF*JH*X", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.INVALID_CODE_VALUE, "REF", 5, 2, "PTD", "meter role 'X' (valid values A, S)");
    }

    @Test
    void a_problem_after_a_QTY_total_is_in_the_QTY_loop() {
        X12Problem p = read(meter(QTY, "REF*JH*X", "PTD*PM", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.INVALID_CODE_VALUE, "REF", 6, 2, "QTY", "meter role 'X' (valid values A, S)");
    }

    @Test
    void a_problem_after_an_interval_value_is_in_the_QTY_loop() {
        X12Problem p = read(meter(QTY, LABEL, "REF*JH*X")).problem();
        assertProblem(p, X12ErrorCode.INVALID_CODE_VALUE, "REF", 7, 2, "QTY", "meter role 'X' (valid values A, S)");
    }

    @Test
    void a_bad_segment_right_after_a_QTY_is_in_the_QTY_loop() {
        String rate = "R".repeat(31);
        X12Problem p = read(meter(QTY, "REF*NH*" + rate, "PTD*PM", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.ELEMENT_TOO_LONG, "REF", 6, 2, "QTY",
                "REF02 '" + rate + "' has 31 characters, REF02 at most 30");
    }

    @Test
    void an_interval_label_without_its_QTY_is_refused_in_the_QTY_loop() {
        X12Problem p = read(meter(LABEL, QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.UNEXPECTED_SEGMENT, "DTM", 5, 0, "QTY", "DTM is not expected here");
    }

    @Test
    void a_second_interval_label_after_one_QTY_is_refused() {
        X12Problem p = read(meter(QTY, LABEL, "DTM*582*20260415*0200")).problem();
        assertProblem(p, X12ErrorCode.UNEXPECTED_SEGMENT, "DTM", 7, 0, "QTY", "DTM is not expected here");
    }

    // ------------------------------------------------------------------ transaction sets in a row

    @Test
    void a_problem_in_one_transaction_set_does_not_excuse_the_totals_of_the_next() {
        Read r = read(X12Factory.newFactory(), List.of(meter("QTY*QD*1.5*KW", LABEL, QTY, "DTM*582*20260415*0200")),
                List.of(meter("QTY*QD*5*KH", QTY, LABEL)));
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertProblem(r.problems().get(0), X12ErrorCode.INVALID_CODE_VALUE, "QTY", 5, 3, "QTY",
                "unit 'KW' (valid values KH, K1, K3)");
        assertProblem(r.problems().get(1), X12ErrorCode.TOTAL_MISMATCH, "SE", 8, 0, "",
                "meter 7000001 (PTD*PM loop 1): QTY total 5 KH, the 1 intervals sum to 1.5");
        assertEquals("0002", r.problems().get(1).location().transactionControlNumber());
    }

    @Test
    void the_loops_of_one_transaction_set_do_not_leak_into_the_next() {
        Read r = read(X12Factory.newFactory(), List.of(meter(QTY, LABEL)),
                List.of(meter("QTY*QD*2*KH", "DTM*582*20260415*0200")));
        assertEquals(List.of(), r.problems());
        Edi867 second = (Edi867) r.sets().get(1);
        assertEquals(1, second.loops().size());
        IntervalChannel c = second.loops().get(0).channel(MeterUnit.KWH).orElseThrow();
        assertEquals(1, c.size());
        assertEquals("0200", c.labelTimeText(0));
    }

    @Test
    void a_QTY_at_the_end_of_the_last_loop_is_its_total() {
        Edi867 t = read(meter(QTY, LABEL, "QTY*KA*1.5*KH")).only();
        List<UsageQuantity> totals = t.loops().get(0).quantities();
        assertEquals(List.of(new UsageQuantity(ReadingQuality.ESTIMATED, new BigDecimal("1.5"), MeterUnit.KWH)), totals);
    }

    // ------------------------------------------------------------------ account against meter loops, totals

    @Test
    void account_intervals_beside_meter_intervals_are_refused_naming_the_first_loop_of_each() {
        X12Problem p = read(body("PTD*SU", "PTD*PM", QTY, LABEL, "PTD*PM", "REF*MG*7000001", QTY, LABEL,
                "PTD*PM", QTY, LABEL, "PTD*PM", "REF*MG*7000002", QTY, LABEL)).problem();
        assertProblem(p, X12ErrorCode.UNEXPECTED_SEGMENT, "SE", 18, 0, "", "PTD*PM loop 2 holds account-level "
                + "intervals (no REF*MG) and PTD*PM loop 3 meter intervals: reading both would count the usage twice");
        X12Problem meterFirst = read(body("PTD*PM", "REF*MG*7000001", QTY, LABEL, "PTD*PM", QTY, LABEL)).problem();
        assertEquals("PTD*PM loop 2 holds account-level intervals (no REF*MG) and PTD*PM loop 1 meter intervals: "
                + "reading both would count the usage twice", meterFirst.detail());
    }

    private static final String[] SUMMARY_AND_TWO_METERS = body("PTD*SU", "QTY*QD*100*KH", "PTD*PM", "REF*MG*7000001",
            "QTY*QD*1*KH", "DTM*582*20260415*0100", "QTY*QD*2*KH", "DTM*582*20260415*0200", "QTY*QD*3*KH", "PTD*PM",
            "REF*MG*7000002", "QTY*QD*4*KH", "DTM*582*20260415*0100", "QTY*QD*4*KH");

    @Test
    void a_summary_total_other_than_the_meters_net_is_refused() {
        X12Problem p = read(SUMMARY_AND_TWO_METERS).problem();
        assertProblem(p, X12ErrorCode.TOTAL_MISMATCH, "SE", 17, 0, "", "the summary (PTD*SU loop 1): QTY total 100 KH, "
                + "the meters' intervals net to 7 (additive minus subtractive)");
    }

    @Test
    void a_reader_that_leaves_the_summary_to_the_caller_delivers_its_stated_total() {
        Read r = read(X12Factory.newFactory().withServicePointTotalsChecked(false), List.of(SUMMARY_AND_TWO_METERS));
        assertEquals(List.of(), r.problems());
        Edi867 t = (Edi867) r.sets().get(0);
        assertEquals(new BigDecimal("100"), t.summary().orElseThrow().quantities().get(0).value());
    }

    @Test
    void meter_totals_equal_to_their_own_intervals_are_not_compared_with_the_net() {
        Edi867 t = read(body("PTD*SU", "QTY*QD*7*KH", "PTD*PM", "REF*MG*7000001", "QTY*QD*1*KH", "DTM*582*20260415*0100",
                "QTY*QD*2*KH", "DTM*582*20260415*0200", "QTY*QD*3*KH", "PTD*PM", "REF*MG*7000002", "QTY*QD*4*KH",
                "DTM*582*20260415*0100", "QTY*QD*4*KH")).only();
        assertEquals(3, t.loops().size());
    }

    @Test
    void demand_totals_and_totals_of_units_without_intervals_are_not_compared() {
        Edi867 t = read(body("PTD*SU", "QTY*QD*3*KH", "QTY*QD*99*K1", "QTY*QD*7*K3", "PTD*PM", "REF*MG*7000001",
                "QTY*QD*1*KH", "DTM*582*20260415*0100", "QTY*QD*2*KH", "DTM*582*20260415*0200", "QTY*QD*5*K1",
                "DTM*582*20260415*0100", "QTY*QD*50*K1")).only();
        assertEquals(3, t.summary().orElseThrow().quantities().size());
    }
}
