package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Elements read by their first component (QTY03, MEA04) and DTM segments told apart by their
 * qualifier: what a reader returns and what a problem copies back for the 997's AK404.
 */
class ComponentsAndIntervalQualifiersTest {

    private static final String DAY = new String(Fixtures.bytes("867/normal-day.x12"), StandardCharsets.ISO_8859_1);
    private static final String MEA_FIXTURE = new String(Fixtures.bytes("867/standard-elements-n106-ptd05-mea07.x12"),
            StandardCharsets.ISO_8859_1);
    private static final String MEA = "MEA*AA*PRQ*618.00*KH*1234567*1235145*51~";

    private static List<X12Problem> problems(String x12) {
        try (X12Reader r = Fixtures.collecting(x12.getBytes(StandardCharsets.ISO_8859_1))) {
            r.readInterchanges();
            return r.problems();
        }
    }

    private static X12Problem only(String x12) {
        List<X12Problem> all = problems(x12);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void a_too_long_first_component_is_reported_and_copied_without_the_other_components() {
        X12Problem p = only(DAY.replace("QTY*QD*30.75*KH~", "QTY*QD*30.75*KHX>Y~"));
        assertEquals(X12ErrorCode.ELEMENT_TOO_LONG, p.code());
        assertEquals(3, p.location().elementPosition());
        assertEquals(1, p.location().componentPosition());
        assertEquals("KHX", p.elementCopy());
        assertEquals("QTY03 'KHX' has 3 characters, QTY03 at most 2", p.detail());
    }

    @Test
    void a_composite_without_a_component_separator_is_copied_whole() {
        X12Problem p = only(DAY.replace("QTY*QD*30.75*KH~", "QTY*QD*30.75*KHXX~"));
        assertEquals(X12ErrorCode.ELEMENT_TOO_LONG, p.code());
        assertEquals(1, p.location().componentPosition());
        assertEquals("KHXX", p.elementCopy());
    }

    private static List<MeterMeasurement> registerReads(String mea) {
        try (X12Reader r = Fixtures.strict(MEA_FIXTURE.replace(MEA, mea).getBytes(StandardCharsets.ISO_8859_1))) {
            Edi867 t = (Edi867) r.next();
            return t.meters().stream().flatMap(m -> m.registerReads().stream()).toList();
        }
    }

    @Test
    void a_register_read_has_the_unit_of_the_first_component_of_MEA04() {
        assertEquals(List.of(new MeterMeasurement("AA", "PRQ", new java.math.BigDecimal("618.00"), "KH")),
                registerReads(MEA));
        assertEquals("KH", registerReads(MEA.replace("*KH*", "*KH>X*")).get(0).unit());
        assertEquals("", registerReads(MEA.replace("*KH*", "**")).get(0).unit());
    }

    @Test
    void a_DTM_582_without_its_date_is_read_as_an_interval_missing_its_date() {
        X12Problem p = only(DAY.replace("DTM*582*20260415*0100~", "DTM*582~"));
        assertEquals(X12ErrorCode.MANDATORY_ELEMENT_MISSING, p.code());
        assertEquals("DTM", p.location().segmentTag());
        assertEquals(2, p.location().elementPosition());
        assertTrue(p.detail().contains("CCYYMMDD"), p.detail());
    }

    @Test
    void a_DTM_without_any_element_misses_its_qualifier_and_date() {
        List<X12Problem> all = problems(DAY.replace("DTM*582*20260415*0100~", "DTM~"));
        assertEquals(List.of("DTM01 is required", "DTM02 (date) is required"),
                all.stream().map(X12Problem::detail).toList());
    }

    @Test
    void a_DTM_qualifier_that_only_starts_like_582_is_not_an_interval() {
        X12Problem shorter = only(DAY.replace("DTM*582*20260415*0100~", "DTM*58*20260415*0100~"));
        assertEquals(X12ErrorCode.ELEMENT_TOO_SHORT, shorter.code());
        assertEquals("58", shorter.elementCopy());
        X12Problem longer = only(DAY.replace("DTM*582*20260415*0100~", "DTM*5820*20260415*0100~"));
        assertEquals(X12ErrorCode.ELEMENT_TOO_LONG, longer.code());
        assertEquals("5820", longer.elementCopy());
    }
}
