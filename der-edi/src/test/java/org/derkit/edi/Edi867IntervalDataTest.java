package org.derkit.edi;

import static org.derkit.edi.Edi867Texts.assertProblem;
import static org.derkit.edi.Edi867Texts.body;
import static org.derkit.edi.Edi867Texts.meter;
import static org.derkit.edi.Edi867Texts.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.derkit.edi.Edi867Texts.Read;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The QTY + DTM*582 pairs of interval data: every QTY shape the reader reads and the exact value,
 * quality and unit it gives; every shape it refuses and the problem it names; interval labels with
 * seconds, time codes and across midnight.
 */
class Edi867IntervalDataTest {

    private static IntervalChannel channel(Edi867 t, MeterUnit unit) {
        return t.loops().get(0).channel(unit).orElseThrow();
    }

    private static List<String> values(IntervalChannel c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            out.add(c.value(i).toString() + (c.quality(i) == ReadingQuality.ESTIMATED ? "E" : ""));
        }
        return out;
    }

    @Test
    void every_qty_shape_is_read_with_its_exact_value_quality_and_unit() {
        Edi867 t = read(meter("QTY*QD*1.5*KH", "DTM*582*20260415*0100", "QTY*KA*-2*KH", "DTM*582*20260415*0200",
                "QTY*QD*000000000000000003.25*KH", "DTM*582*20260415*0300", "QTY*QD*4*KH>1", "DTM*582*20260415*0400",
                "QTY*KA*5.0*K1", "DTM*582*20260415*0100", "QTY*QD*6*K3", "DTM*582*20260415*0100",
                "QTY*QD*7*K1>1", "DTM*582*20260415*0200", "QTY*KA*8*K3>1", "DTM*582*20260415*0200",
                "QTY*KA*9.75*KH>1", "DTM*582*20260415*0500")).only();
        assertEquals(List.of("1.5", "-2E", "3.25", "4", "9.75E"), values(channel(t, MeterUnit.KWH)));
        assertEquals(List.of("5.0E", "7"), values(channel(t, MeterUnit.KW)));
        assertEquals(List.of("6", "8E"), values(channel(t, MeterUnit.KVARH)));
        assertEquals(List.of(MeterUnit.KWH, MeterUnit.KW, MeterUnit.KVARH),
                t.loops().get(0).channels().stream().map(IntervalChannel::unit).toList());
    }

    /** The refused QTY at position 5, then a good pair so that the set holds usage. */
    private static List<X12Problem> refusedQty(String qty) {
        Read r = read(meter(qty, "DTM*582*20260415*0100", "QTY*QD*1*KH", "DTM*582*20260415*0200"));
        assertEquals(List.of(), r.sets());
        return r.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "QTY*QD*1.5*KW|INVALID_CODE_VALUE|3|unit 'KW' (valid values KH, K1, K3)",
        "QTY*QD*5*KW|INVALID_CODE_VALUE|3|unit 'KW' (valid values KH, K1, K3)",
        "QTY*QD*1.5*XH|INVALID_CODE_VALUE|3|unit 'XH' (valid values KH, K1, K3)",
        "QTY*QD*1.5*KX|INVALID_CODE_VALUE|3|unit 'KX' (valid values KH, K1, K3)",
        "QTY*QD*1.5*K2>1|INVALID_CODE_VALUE|3|unit 'K2>1' (valid values KH, K1, K3)",
        "QTY*QD*1.5|MANDATORY_ELEMENT_MISSING|3|unit '' (valid values KH, K1, K3)",
        "QTY*QD*5|MANDATORY_ELEMENT_MISSING|3|unit '' (valid values KH, K1, K3)",
        "QTY*QD*1.5*KHX|ELEMENT_TOO_LONG|3|QTY03 'KHX' has 3 characters, QTY03 at most 2",
        "QTY*QD*1.5*K|ELEMENT_TOO_SHORT|3|QTY03 'K' has 1 character, QTY03 at least 2",
        "QTY*QD*1.5*KH*5|TOO_MANY_ELEMENTS|4|QTY04 '5' is a free-form quantity: this reader needs the number in QTY02",
        "QTY*XX*1.5*KH|INVALID_CODE_VALUE|1|quality 'XX' (valid values QD actual, KA estimated)",
        "QTY*KD*1.5*KH|INVALID_CODE_VALUE|1|quality 'KD' (valid values QD actual, KA estimated)",
        "QTY*QA*1.5*KH|INVALID_CODE_VALUE|1|quality 'QA' (valid values QD actual, KA estimated)",
        "QTY*KK*1.5*KH|INVALID_CODE_VALUE|1|quality 'KK' (valid values QD actual, KA estimated)",
        "QTY*DD*1.5*KH|INVALID_CODE_VALUE|1|quality 'DD' (valid values QD actual, KA estimated)",
        "QTY**1.5*KH|MANDATORY_ELEMENT_MISSING|1|quality '' (valid values QD actual, KA estimated)",
        "QTY*Q*1.5*KH|ELEMENT_TOO_SHORT|1|QTY01 'Q' has 1 character, QTY01 at least 2",
        "QTY*QDX*1*KH|ELEMENT_TOO_LONG|1|QTY01 'QDX' has 3 characters, QTY01 at most 2",
        "QTY*QD**KH|MANDATORY_ELEMENT_MISSING|2|QTY02 (quantity) is required",
        "QTY*QD*1.5.1*KH|INVALID_NUMBER|2|QTY02 '1.5.1' is not an X12 R number (optional minus, digits, optional decimal point)",
        "QTY*QD*1234567890123456*KH|ELEMENT_TOO_LONG|2|QTY02 '1234567890123456' has 16 digits, QTY02 at most 15",
    })
    void a_refused_qty_names_its_element_once(String qty, X12ErrorCode code, int element, String detail) {
        List<X12Problem> problems = refusedQty(qty);
        assertEquals(1, problems.size(), problems.toString());
        assertProblem(problems.get(0), code, "QTY", 5, element, "QTY", detail);
    }

    @Test
    void a_qty_without_quantity_and_unit_names_both() {
        List<X12Problem> problems = refusedQty("QTY*QD");
        assertEquals(2, problems.size(), problems.toString());
        assertProblem(problems.get(0), X12ErrorCode.MANDATORY_ELEMENT_MISSING, "QTY", 5, 2, "QTY",
                "QTY02 (quantity) is required");
        assertProblem(problems.get(1), X12ErrorCode.MANDATORY_ELEMENT_MISSING, "QTY", 5, 3, "QTY",
                "unit '' (valid values KH, K1, K3)");
        assertEquals(1, problems.get(1).location().componentPosition());
    }

    @Test
    void a_free_form_quantity_instead_of_QTY02_is_refused_as_no_number() {
        List<X12Problem> problems = refusedQty("QTY*QD**KH*5");
        assertEquals(2, problems.size(), problems.toString());
        assertProblem(problems.get(0), X12ErrorCode.MANDATORY_ELEMENT_MISSING, "QTY", 5, 2, "QTY",
                "QTY02 (quantity) is required");
        assertProblem(problems.get(1), X12ErrorCode.INVALID_NUMBER, "QTY", 5, 4, "QTY",
                "QTY04 '5' is a free-form quantity: this reader needs the number in QTY02");
    }

    /** The refused label at position 6, then a good pair. */
    private static List<X12Problem> refusedLabel(String label) {
        Read r = read(meter("QTY*QD*1*KH", label, "QTY*QD*1*KH", "DTM*582*20260415*0300"));
        assertEquals(List.of(), r.sets());
        return r.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DTM*582|MANDATORY_ELEMENT_MISSING|2|'' is not a CCYYMMDD date",
        "DTM*582*20260415|MANDATORY_ELEMENT_MISSING|3|'' is not an HHMM interval label",
        "DTM*582*20260415*0100001|INVALID_TIME|3|'0100001' is not an HHMM interval label",
        "DTM*582*20260415*0160|INVALID_TIME|3|DTM03 '0160' is not an HHMM, HHMMSS or HHMMSSd time",
        "DTM*582*20260415*/100|INVALID_TIME|3|DTM03 '/100' is not an HHMM, HHMMSS or HHMMSSd time",
        "DTM*582*20260415*0/00|INVALID_TIME|3|DTM03 '0/00' is not an HHMM, HHMMSS or HHMMSSd time",
        "DTM*582*20260415*01/0|INVALID_TIME|3|DTM03 '01/0' is not an HHMM, HHMMSS or HHMMSSd time",
        "DTM*582*20260415*010/|INVALID_TIME|3|DTM03 '010/' is not an HHMM, HHMMSS or HHMMSSd time",
        "DTM*582*20260415*2601|INVALID_TIME|3|DTM03 '2601' is not an HHMM, HHMMSS or HHMMSSd time",
        "DTM*582*20261315*0100|INVALID_DATE|2|DTM02 '20261315' is not a CCYYMMDD date",
        "DTM*582*20260415*2500|INVALID_TIME|3|label 20260415 2500 lies beyond the end of a day of 24 hours",
        "DTM*582*20260308*2400|INVALID_TIME|3|label 20260308 2400 lies beyond the end of a day of 23 hours",
        "DTM*582*20260415*0100*CX|INVALID_CODE_VALUE|4|time code 'CX' (valid values CS, CD, CT, ES, ED, ET, ...)",
        "DTM*582*20260415*0100*ZZ|INVALID_CODE_VALUE|4|time code 'ZZ' (valid values CS, CD, CT, ES, ED, ET, ...)",
        "DTM*582*20260415*0100*CSX|ELEMENT_TOO_LONG|4|DTM04 'CSX' has 3 characters, DTM04 at most 2",
    })
    void a_refused_interval_label_names_its_element_once(String label, X12ErrorCode code, int element,
            String detail) {
        List<X12Problem> problems = refusedLabel(label);
        assertEquals(1, problems.size(), problems.toString());
        assertProblem(problems.get(0), code, "DTM", 6, element, "QTY", detail);
    }

    @Test
    void a_label_given_twice_in_a_loop_is_refused_as_a_duplicate() {
        X12Problem p = read(meter("QTY*QD*1*KH", "DTM*582*20260415*0100", "QTY*QD*1*KH", "DTM*582*20260415*0100"))
                .problem();
        assertProblem(p, X12ErrorCode.DUPLICATE_INTERVAL, "DTM", 8, 0, "QTY",
                "unit KH, label 20260415 0100 was already given in this loop");
        X12Problem earlier = read(meter("QTY*QD*1*KH", "DTM*582*20260415*0100", "QTY*QD*1*KH", "DTM*582*20260415*0200",
                "QTY*QD*1*KH", "DTM*582*20260415*0100")).problem();
        assertEquals("unit KH, label 20260415 0100 was already given in this loop", earlier.detail());
        assertEquals(10, earlier.location().segmentPosition());
    }

    @Test
    void labels_out_of_order_are_kept_in_input_order_and_are_no_duplicates() {
        Edi867 t = read(meter("QTY*QD*2*KH", "DTM*582*20260415*0200", "QTY*QD*1*KH", "DTM*582*20260415*0100")).only();
        IntervalChannel c = channel(t, MeterUnit.KWH);
        assertEquals(List.of("0200", "0100"), List.of(c.labelTimeText(0), c.labelTimeText(1)));
    }

    @Test
    void the_labels_of_an_earlier_loop_are_no_duplicates_in_the_next() {
        Edi867 t = read(body("PTD*PM", "REF*MG*7000001", "QTY*QD*1*KH", "DTM*582*20260415*0100", "QTY*QD*2*KH",
                "DTM*582*20260415*0200", "PTD*PM", "REF*MG*7000002", "QTY*QD*3*KH", "DTM*582*20260415*0300",
                "QTY*QD*4*KH", "DTM*582*20260415*0200")).only();
        IntervalChannel second = t.loops().get(1).channel(MeterUnit.KWH).orElseThrow();
        assertEquals(List.of("3", "4"), values(second));
        assertEquals(List.of("0300", "0200"), List.of(second.labelTimeText(0), second.labelTimeText(1)));
    }

    @Test
    void labels_with_seconds_time_codes_and_across_midnight_are_read_as_sent() {
        Edi867 t = read(meter("QTY*QD*1*KH", "DTM*582*20260415*010000", "QTY*QD*2*KH", "DTM*582*20260415*0200*CD",
                "QTY*QD*3*KH", "DTM*582*20260415*053031", "QTY*QD*4*KH", "DTM*582*20260415*1500", "QTY*QD*5*KH",
                "DTM*582*20260415*2359", "QTY*QD*6*KH", "DTM*582*20260416*0100", "QTY*QD*7*KH",
                "DTM*582*20260416*000000", "QTY*QD*8*KH", "DTM*582*20260416*1200*ES")).only();
        IntervalChannel c = channel(t, MeterUnit.KWH);
        assertEquals(8, c.size());
        List<String> labels = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            labels.add(c.labelDateText(i) + " " + c.labelTimeText(i) + " " + c.labelHhmm(i) + " " + c.hasSeconds(i)
                    + " " + c.timeCode(i));
            ends.add(c.intervalEndLocal(i).toString());
        }
        assertEquals(List.of("20260415 010000 100 true ", "20260415 0200 200 false CD", "20260415 053031 530 true ",
                "20260415 1500 1500 false ", "20260415 2359 2359 false ", "20260416 0100 100 false ",
                "20260416 000000 0 true ", "20260416 1200 1200 false ES"), labels);
        assertEquals(List.of("2026-04-15T01:00-05:00", "2026-04-15T02:00-05:00", "2026-04-15T05:30-05:00",
                "2026-04-15T15:00-05:00", "2026-04-15T23:59-05:00", "2026-04-16T01:00-05:00", "2026-04-16T00:00-05:00",
                "2026-04-16T12:00-05:00"), ends);
        assertEquals(53031, c.labelTimeValue(2));
        assertEquals(LocalDate.of(2026, 4, 16), c.labelDate(5));
        assertEquals(20260416, c.labelDateValue(6));
    }

    @Test
    void each_value_remembers_the_position_line_and_byte_of_its_QTY() {
        Read r = read(meter("QTY*QD*1*KH", "DTM*582*20260415*0100", "QTY*QD*2*KH", "DTM*582*20260415*020000"));
        IntervalChannel c = channel(r.only(), MeterUnit.KWH);
        assertEquals(List.of(5, 7), List.of(c.segmentPosition(0), c.segmentPosition(1)));
        assertEquals(List.of(7L, 9L), List.of(c.segmentLine(0), c.segmentLine(1)));
        assertEquals(List.of((long) r.text().indexOf("QTY*QD*1*KH"), (long) r.text().indexOf("QTY*QD*2*KH")),
                List.of(c.segmentOffset(0), c.segmentOffset(1)));
    }

    @Test
    void a_DTM_other_than_582_after_a_QTY_makes_the_QTY_a_total() {
        Edi867 t = read(meter("QTY*QD*1*KH", "DTM*150*20260415*0100", "QTY*QD*1*KH", "DTM*582*20260415*0100")).only();
        UsageLoop loop = t.loops().get(0);
        assertEquals(List.of(new UsageQuantity(ReadingQuality.ACTUAL, BigDecimal.ONE, MeterUnit.KWH)), loop.quantities());
        assertEquals(1, loop.intervalCount());
        assertEquals(LocalDate.of(2026, 4, 15), loop.periodStart().orElseThrow());
    }

    @Test
    void a_bad_time_on_a_period_DTM_is_refused_at_DTM03() {
        X12Problem p = read(meter("DTM*150*20260415*2601", "QTY*QD*1*KH", "DTM*582*20260415*0100")).problem();
        assertProblem(p, X12ErrorCode.INVALID_TIME, "DTM", 5, 3, "PTD",
                "DTM03 '2601' is not an HHMM, HHMMSS or HHMMSSd time");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"20260415, CD", "20260415, CT", "20260415, ES", "20260415, ET", "20260115, CS", "20260115, CT"})
    void time_codes_that_agree_with_the_offset_are_read(String date, String code) {
        Edi867 t = read(meter("QTY*QD*1*KH", "DTM*582*" + date + "*0100*" + code)).only();
        assertEquals(code, channel(t, MeterUnit.KWH).timeCode(0));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"20260415, CS, -05:00", "20260415, ED, -05:00", "20260415, PT, -05:00", "20260415, MD, -05:00",
        "20260415, UT, -05:00", "20260415, GM, -05:00", "20260115, CD, -06:00", "20260115, ET, -06:00"})
    void a_time_code_that_disagrees_with_the_offset_is_refused_and_its_value_not_kept(String date, String code,
            String offset) {
        // the same label follows with a good code: had the refused value been kept, it would be a duplicate
        X12Problem p = read(meter("QTY*QD*1*KH", "DTM*582*" + date + "*0100*" + code, "QTY*QD*1*KH",
                "DTM*582*" + date + "*0100*CT")).problem();
        assertProblem(p, X12ErrorCode.TIME_CODE_MISMATCH, "DTM", 6, 4, "QTY",
                "time code " + code + " but the interval ends at UTC" + offset + " in America/Chicago");
    }

    @Test
    void an_unknown_time_code_is_refused_and_its_value_not_kept() {
        X12Problem p = read(meter("QTY*QD*1*KH", "DTM*582*20260415*0100*CX", "QTY*QD*1*KH",
                "DTM*582*20260415*0100*CT")).problem();
        assertEquals(X12ErrorCode.INVALID_CODE_VALUE, p.code());
    }

    @Test
    void interval_data_in_a_loop_the_profile_does_not_read_is_reported_once_per_loop() {
        Read r = read(body("PTD*BQ", "QTY*QD*1*KH", "DTM*582*20260415*0100", "QTY*QD*1*KH", "DTM*582*20260415*0200",
                "PTD*BQ", "QTY*QD*1*KH", "DTM*582*20260415*0100"));
        assertEquals(2, r.problems().size(), r.problems().toString());
        String detail = "interval data in a PTD*BQ loop: the profile reads intervals only from PTD*PM loops "
                + "(AmerenProfile.intervalLoopCodes); its values are not read";
        assertProblem(r.problems().get(0), X12ErrorCode.UNEXPECTED_SEGMENT, "DTM", 5, 0, "QTY", detail);
        assertProblem(r.problems().get(1), X12ErrorCode.UNEXPECTED_SEGMENT, "DTM", 10, 0, "QTY", detail);
        AmerenProfile readsBq = AmerenProfile.DEFAULT.withIntervalLoopCodes(Set.of("PM", "BQ"));
        Edi867 t = read(readsBq, body("PTD*BQ", "QTY*QD*1*KH", "DTM*582*20260415*0100", "QTY*QD*1*KH",
                "DTM*582*20260415*0200")).only();
        assertEquals(2, t.loops().get(0).intervalCount());
    }

    @Test
    void a_cancellation_needs_no_interval_data_and_its_totals_are_not_compared() {
        Edi867 t = read("BPT*01*AIC2*20260416*C1*****AIC1", "PTD*PM", "REF*MG*7000001", "QTY*QD*9*KH", "QTY*QD*1*KH",
                "DTM*582*20260415*0100").only();
        assertFalse(t.isOriginal());
        assertTrue(t.loops().get(0).channel(MeterUnit.KWH).isPresent());
    }
}
