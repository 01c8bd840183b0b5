package org.derkit.edi;

import org.derkit.model.retail.ReadingQuality;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Edi867ReadingTest {

    private static Edi867 usage(String fixture) {
        return (Edi867) Fixtures.only("867/" + fixture + ".x12");
    }

    private static IntervalChannel kwh(Edi867 t, int meter) {
        return t.meters().get(meter).channel(MeterUnit.KWH).orElseThrow();
    }

    @Nested
    class Dst {
        @Test
        void spring_forward_day_has_23_values_and_label_0200_ends_at_three_CDT() {
            IntervalChannel c = kwh(usage("spring-forward-day"), 0);
            assertEquals(23, c.size());
            assertEquals("0200", c.labelTimeText(1));
            assertEquals("2026-03-08T03:00-05:00", c.intervalEndLocal(1).toString());
            assertEquals("2026-03-08T01:00-06:00", c.intervalStartLocal(1).toString());
            assertEquals("2026-03-09T00:00-05:00", c.intervalEndLocal(22).toString());
            assertEquals(ReadingQuality.ESTIMATED, c.quality(4));
            assertEquals(ReadingQuality.ACTUAL, c.quality(3));
        }

        @Test
        void fall_back_day_has_25_values_and_keeps_both_one_oclock_hours() {
            IntervalChannel c = kwh(usage("fall-back-day"), 0);
            assertEquals(25, c.size());
            assertEquals("2026-11-01T01:00-05:00", c.intervalEndLocal(0).toString());
            assertEquals("2026-11-01T01:00-06:00", c.intervalEndLocal(1).toString());
            assertEquals("2026-11-01T02:00-06:00", c.intervalEndLocal(2).toString());
            assertEquals("2500", c.labelTimeText(24));
            assertEquals("2026-11-02T00:00-06:00", c.intervalEndLocal(24).toString());
        }

        @Test
        void normal_day_labels_equal_wall_clock_time() {
            IntervalChannel c = kwh(usage("normal-day"), 0);
            assertEquals(24, c.size());
            for (int i = 0; i < 23; i++) {
                assertEquals((i + 1) % 24, c.intervalEndLocal(i).getHour());
            }
        }

        @Test
        void end_of_day_labelled_0000_on_the_next_day_is_the_same_instant_as_2400() {
            IntervalChannel c = kwh(usage("end-of-day-0000-next-day"), 0);
            assertEquals(24, c.size());
            assertEquals("20260416", c.labelDateText(23));
            assertEquals("0000", c.labelTimeText(23));
            assertEquals("2026-04-16T00:00-05:00", c.intervalEndLocal(23).toString());
            assertEquals("2026-04-15T23:00-05:00", c.intervalStartLocal(23).toString());
        }

        @Test
        void time_codes_that_agree_with_the_offset_are_kept() {
            IntervalChannel c = kwh(usage("time-codes"), 0);
            assertEquals(List.of("CS", "CD", "CT"), List.of(c.timeCode(0), c.timeCode(1), c.timeCode(2)));
        }
    }

    @Test
    void split_hour_parts_stay_in_their_periods_and_sum_to_the_hour() {
        IntervalChannel first = kwh(usage("split-hour-period-1"), 0);
        IntervalChannel second = kwh(usage("split-hour-period-2"), 0);
        int last = first.size() - 1;
        assertEquals(first.intervalEnd(last), second.intervalEnd(0));
        assertEquals("1500", first.labelTimeText(last));
        assertEquals(new BigDecimal("33.00"), first.value(last).add(second.value(0)));
    }

    @Test
    void subtractive_meter_has_role_S_multiplier_40_and_the_summary_is_the_net() {
        Edi867 t = usage("subtractive-meter");
        UsageLoop additive = t.meters().get(0);
        UsageLoop subtractive = t.meters().get(1);
        assertEquals(MeterRole.ADDITIVE, additive.role());
        assertEquals(MeterRole.SUBTRACTIVE, subtractive.role());
        assertEquals(new BigDecimal("40"), subtractive.multiplier());
        assertEquals(BigDecimal.ONE, additive.multiplier());
        assertEquals(MeterNumber.of("7000002"), subtractive.meterNumber().orElseThrow());
        BigDecimal net = kwh(t, 0).sum().subtract(kwh(t, 1).sum());
        assertEquals(0, net.compareTo(t.summary().orElseThrow().quantities().get(0).value()));
        assertEquals(kwh(t, 0).sum(), additive.quantities().get(0).value());
    }

    @Test
    void intervals_carry_everything_the_csv_needs() {
        Edi867 t = usage("subtractive-meter");
        List<IntervalReading> rows = t.intervals();
        assertEquals(48, rows.size());
        IntervalReading r = rows.get(24);
        assertEquals(ServicePointId.of("90000001"), r.servicePoint());
        assertEquals(MeterNumber.of("7000002"), r.meter());
        assertEquals(MeterRole.SUBTRACTIVE, r.role());
        assertEquals(new BigDecimal("40"), r.multiplier());
        assertEquals("20260415", r.labelDate());
        assertEquals("0100", r.labelTime());
        assertEquals("2026-04-15T00:00-05:00", r.intervalStartLocal().toString());
        assertEquals(LocalDate.of(2026, 4, 15), r.periodStart());
        assertEquals(LocalDate.of(2026, 4, 16), r.periodEnd());
        assertEquals(r.value(), r.billingValue());
        BigDecimal scaled = t.intervals(AmerenProfile.DEFAULT.withIntervalsIncludeMultiplier(false)).get(24).billingValue();
        assertEquals(r.value().multiply(new BigDecimal("40")), scaled);
    }

    @Test
    void header_exposes_account_service_point_and_parties() {
        Edi867 t = usage("normal-day");
        assertEquals("1234567890", t.account().orElseThrow().value());
        assertEquals("90000001", t.servicePoint().orElseThrow().value());
        assertEquals("AMEREN ILLINOIS", t.party("8S").orElseThrow().name());
        assertEquals("006936017", t.party("8S").orElseThrow().duns().orElseThrow().value());
        assertEquals("C1", t.reportType());
        assertEquals(LocalDate.of(2026, 4, 15), t.periodStart().orElseThrow());
    }

    @Test
    void crlf_and_caret_component_separator_are_read() {
        byte[] data = Fixtures.bytes("867/crlf-caret-component.x12");
        try (X12Reader r = Fixtures.strict(data)) {
            Edi867 t = (Edi867) r.next();
            assertEquals('^', r.interchangeHeader().delimiters().component());
            assertEquals(LineEnding.CRLF, r.lineEnding());
            assertEquals(24, kwh(t, 0).size());
            assertEquals(MeterUnit.KWH, kwh(t, 0).unit());
        }
    }

    @Test
    void envelope_00501_with_repetition_separator_is_read_and_written_back() {
        byte[] data = Fixtures.bytes("867/envelope-00501.x12");
        List<Interchange> all = Fixtures.read("867/envelope-00501.x12");
        assertEquals("00501", all.get(0).header().version());
        assertEquals('|', all.get(0).header().delimiters().repetition());
        assertArrayEquals(data, Fixtures.write(all, LineEnding.LF));
    }

    @Test
    void bom_single_line_and_trailing_blank_lines_are_tolerated() {
        Edi867 t = usage("bom-one-line-trailing-blank-lines");
        assertEquals(24, kwh(t, 0).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring-forward-day", "fall-back-day", "normal-day", "end-of-day-0000-next-day",
        "split-hour-period-1", "split-hour-period-2", "subtractive-meter", "time-codes", "envelope-00501"})
    void canonical_867_files_are_reproduced_byte_for_byte(String name) {
        byte[] data = Fixtures.bytes("867/" + name + ".x12");
        byte[] again = Fixtures.write(Fixtures.read("867/" + name + ".x12"), LineEnding.LF);
        assertEquals(new String(data, StandardCharsets.ISO_8859_1), new String(again, StandardCharsets.ISO_8859_1));
    }

    @Test
    void a_one_line_file_is_reproduced_with_line_ending_none() {
        byte[] data = Fixtures.bytes("867/bom-one-line-trailing-blank-lines.x12");
        byte[] again = Fixtures.write(Fixtures.read("867/bom-one-line-trailing-blank-lines.x12"), LineEnding.NONE);
        String original = new String(data, StandardCharsets.UTF_8).strip().replace("\ufeff", "");
        assertTrue(original.startsWith("ISA"));
        assertEquals(original, new String(again, StandardCharsets.ISO_8859_1));
    }

    @Test
    void an_original_report_says_so_and_purpose_codes_are_the_BPT01_codes() {
        assertTrue(usage("normal-day").isOriginal());
        assertEquals("00", Edi867.Purpose.ORIGINAL.code());
        assertEquals("01", Edi867.Purpose.CANCELLATION.code());
        assertEquals("05", Edi867.Purpose.REPLACEMENT.code());
        assertEquals(java.util.Optional.of(Edi867.Purpose.REPLACEMENT), Edi867.Purpose.ofCode("05"));
        assertEquals(java.util.Optional.empty(), Edi867.Purpose.ofCode("07"));
    }

    @Test
    void a_meter_loop_names_its_rate_class_and_its_rows_their_interval_end() {
        Edi867 t = usage("normal-day");
        assertEquals(java.util.Optional.of("DS3"), t.meters().get(0).rateClass());
        assertEquals(java.util.Optional.empty(), t.summary().orElseThrow().rateClass());
        IntervalReading r = t.intervals().get(0);
        assertEquals("2026-04-15T01:00-05:00", r.intervalEndLocal().toString());
        assertEquals("2026-04-15T00:00-05:00", r.intervalStartLocal().toString());
    }

    @Test
    void the_period_is_the_summarys_else_that_of_the_first_loop_that_gives_one() {
        Edi867 fromMeter = Edi867Texts.read(Edi867Texts.body("PTD*SU", "QTY*QD*2.5*KH", "PTD*BO", "PTD*PM",
                "DTM*150*20260401", "DTM*151*20260402", "REF*MG*7000001", "QTY*QD*1.5*KH", "DTM*582*20260415*0100",
                "PTD*PM", "DTM*150*20260301", "DTM*151*20260302", "REF*MG*7000002", "QTY*QD*1*KH",
                "DTM*582*20260415*0100")).only();
        assertEquals(LocalDate.of(2026, 4, 1), fromMeter.periodStart().orElseThrow());
        assertEquals(LocalDate.of(2026, 4, 2), fromMeter.periodEnd().orElseThrow());
        Edi867 fromSummary = Edi867Texts.read(Edi867Texts.body("PTD*SU", "DTM*150*20260501", "DTM*151*20260502",
                "QTY*QD*1.5*KH", "PTD*PM", "DTM*150*20260401", "DTM*151*20260402", "REF*MG*7000001", "QTY*QD*1.5*KH",
                "DTM*582*20260415*0100")).only();
        assertEquals(LocalDate.of(2026, 5, 1), fromSummary.periodStart().orElseThrow());
        assertEquals(LocalDate.of(2026, 5, 2), fromSummary.periodEnd().orElseThrow());
        Edi867 none = Edi867Texts.read(Edi867Texts.meter("QTY*QD*1.5*KH", "DTM*582*20260415*0100")).only();
        assertEquals(java.util.Optional.empty(), none.periodStart());
        assertEquals(java.util.Optional.empty(), none.periodEnd());
    }
}
