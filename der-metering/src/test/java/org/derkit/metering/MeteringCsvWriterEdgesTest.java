package org.derkit.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link MeteringCsvWriter}'s fast paths, found by PIT's surviving mutants: part counts
 * of two and three digits, output longer than the writer's 64 KB buffer, instants whose local text
 * the cached day cannot say (years before 0 or after 9999, offsets with seconds such as Chicago's
 * local mean time before 1883), the exact instant of a daylight-saving change, the smallest long,
 * the flush of a buffered output, and a series whose interval length is not the clock's. Each is
 * compared with {@link MeteringCsv}, the reference writer, and where it matters with the text itself.
 */
class MeteringCsvWriterEdgesTest {

    private static final ServicePointId SP = ServicePointId.of("SP-EDGE-1");
    private static final MeterNumber METER = MeterNumber.of("M-EDGE-1");

    private static String streamed(boolean intervals, IntervalClock clock, List<IntervalSeries> series) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MeteringCsvWriter csv = intervals ? MeteringCsvWriter.intervals(bytes, clock) : MeteringCsvWriter.series(bytes, clock);
        csv.writeAll(series);
        csv.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String reference(boolean intervals, IntervalClock clock, List<IntervalSeries> series) {
        StringBuilder text = new StringBuilder();
        if (intervals) {
            MeteringCsv.writeIntervals(text, series, clock);
        } else {
            MeteringCsv.writeSeries(text, series, clock);
        }
        return text.toString();
    }

    private static void assertSameAsReference(IntervalClock clock, IntervalSeries meterSeries) {
        List<IntervalSeries> one = List.of(meterSeries);
        assertEquals(reference(true, clock, one), streamed(true, clock, one), "intervals CSV");
        assertEquals(reference(false, clock, one), streamed(false, clock, one), "series CSV");
    }

    /** Hourly values 1.001, 1.002, ... from a start, one meter. */
    private static IntervalSeries hourly(Instant start, int hours, int minutes) {
        IntervalSeries.Builder b = IntervalSeries.meterBuilder(SP, METER, MeterRole.ADDITIVE, MeterUnit.KWH, minutes);
        for (int i = 0; i < hours; i++) {
            b.add(start.getEpochSecond() + i * 60L * minutes, 1000 + i, 3, 1, i % 7 == 0);
        }
        return b.build();
    }

    @Test
    void should_write_part_counts_of_one_two_and_three_digits() {
        IntervalClock clock = IntervalClock.ameren();
        IntervalSeries.Builder b = IntervalSeries.netBuilder(SP, MeterUnit.KWH, 60);
        long start = Instant.parse("2026-06-01T05:00:00Z").getEpochSecond();
        int[] parts = {1, 9, 10, 99, 100, 127};
        for (int i = 0; i < parts.length; i++) {
            b.add(start + i * 3600L, 25, 1, parts[i], false);
        }
        List<IntervalSeries> net = List.of(b.build());
        String text = streamed(false, clock, net);
        assertEquals(reference(false, clock, net), text);
        String[] rows = text.split("\n");
        assertEquals(1 + parts.length, rows.length);
        for (int i = 0; i < parts.length; i++) {
            assertTrue(rows[1 + i].endsWith(",2.5," + parts[i]), rows[1 + i]);
        }
        assertEquals("SP-EDGE-1,kWh,2026-06-01T02:00-05:00,2026-06-01T03:00-05:00,2.5,10", rows[3]);
    }

    @Test
    void should_write_the_same_bytes_as_the_reference_when_the_output_is_many_times_the_buffer() {
        // about 80 bytes a row: 5,000 rows are six buffers
        IntervalSeries year = hourly(Instant.parse("2026-01-01T06:00:00Z"), 5_000, 60);
        assertSameAsReference(IntervalClock.ameren(), year);
    }

    @Test
    void should_write_chicago_local_mean_time_as_the_formatter_does_over_many_buffers() {
        // before 1883-11-18 Chicago kept local mean time, UTC-05:50:36: an offset with seconds
        IntervalSeries lmt = hourly(Instant.parse("1850-06-01T05:00:00Z"), 3_000, 60);
        IntervalClock clock = IntervalClock.ameren();
        assertSameAsReference(clock, lmt);
        String first = streamed(true, clock, List.of(lmt)).split("\n")[1];
        assertEquals("SP-EDGE-1,M-EDGE-1,A,kWh,1850-05-31T23:09-05:50,1850-06-01T00:09-05:50,1.000,ESTIMATED", first);
    }

    @Test
    void should_write_years_outside_0000_to_9999_as_the_formatter_does() {
        IntervalClock fixed = IntervalClock.of(ZoneOffset.ofHours(-6), 60);
        for (String start : List.of("-0001-12-31T20:00:00Z", "0000-01-01T04:00:00Z", "9999-12-31T20:00:00Z",
                "+10000-01-01T04:00:00Z")) {
            assertSameAsReference(fixed, hourly(Instant.parse(start), 8, 60));
        }
        String rows = streamed(false, fixed, List.of(hourly(Instant.parse("9999-12-31T23:00:00Z"), 3, 60)));
        assertTrue(rows.contains(",9999-12-31T17:00-06:00,9999-12-31T18:00-06:00,1.000,1\n"), rows);
        String after = streamed(false, fixed, List.of(hourly(Instant.parse("+10000-01-01T06:00:00Z"), 1, 60)));
        assertTrue(after.contains(",+10000-01-01T00:00-06:00,+10000-01-01T01:00-06:00,1.000,1\n"), after);
        String before = streamed(false, fixed, List.of(hourly(Instant.parse("0000-01-01T05:00:00Z"), 1, 60)));
        assertTrue(before.contains(",-0001-12-31T23:00-06:00,0000-01-01T00:00-06:00,1.000,1\n"), before);
    }

    @Test
    void should_change_the_offset_at_the_exact_second_of_a_daylight_saving_change() {
        IntervalClock quarterHours = IntervalClock.of(ZoneId.of("America/Chicago"), 15);
        // 2026-03-08 02:00 CST is 08:00Z; 2026-11-01 02:00 CDT is 07:00Z
        assertSameAsReference(quarterHours, hourly(Instant.parse("2026-03-08T07:00:00Z"), 12, 15));
        assertSameAsReference(quarterHours, hourly(Instant.parse("2026-11-01T06:00:00Z"), 12, 15));
        String spring = streamed(false, quarterHours, List.of(hourly(Instant.parse("2026-03-08T07:45:00Z"), 2, 15)));
        assertEquals("service_point,unit,interval_start,interval_end,value,parts\n"
                + "SP-EDGE-1,kWh,2026-03-08T01:45-06:00,2026-03-08T03:00-05:00,1.000,1\n"
                + "SP-EDGE-1,kWh,2026-03-08T03:00-05:00,2026-03-08T03:15-05:00,1.001,1\n", spring);
    }

    @Test
    void should_write_the_smallest_long_as_a_plain_decimal() {
        IntervalSeries.Builder b = IntervalSeries.meterBuilder(SP, METER, MeterRole.SUBTRACTIVE, MeterUnit.KWH, 60);
        b.add(Instant.parse("2026-06-01T05:00:00Z").getEpochSecond(), Long.MIN_VALUE, 3, 1, false);
        b.add(Instant.parse("2026-06-01T06:00:00Z").getEpochSecond(), -5, 3, 1, false);
        IntervalSeries s = b.build();
        assertSameAsReference(IntervalClock.ameren(), s);
        String[] rows = streamed(true, IntervalClock.ameren(), List.of(s)).split("\n");
        assertTrue(rows[1].endsWith(",-9223372036854775.808,ACTUAL"), rows[1]);
        assertTrue(rows[2].endsWith(",-0.005,ACTUAL"), rows[2]);
        assertEquals(new BigDecimal("-9223372036854775.808"), s.value(0));
    }

    @Test
    void should_hand_everything_to_a_buffered_output_when_flushed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (BufferedOutputStream buffered = new BufferedOutputStream(bytes, 1 << 20)) {
            MeteringCsvWriter csv = MeteringCsvWriter.series(buffered, IntervalClock.ameren());
            csv.write(hourly(Instant.parse("2026-06-01T05:00:00Z"), 2, 60));
            assertEquals(0, bytes.size(), "nothing reaches the output before the flush");
            csv.flush();
            assertEquals(reference(false, IntervalClock.ameren(), List.of(hourly(Instant.parse("2026-06-01T05:00:00Z"), 2, 60))),
                    bytes.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void should_end_each_interval_by_the_series_own_length_when_it_differs_from_the_clocks() {
        IntervalSeries quarterHours = hourly(Instant.parse("2026-06-01T05:00:00Z"), 4, 15);
        assertSameAsReference(IntervalClock.ameren(), quarterHours);
        String[] rows = streamed(false, IntervalClock.ameren(), List.of(quarterHours)).split("\n");
        assertEquals("SP-EDGE-1,kWh,2026-06-01T00:15-05:00,2026-06-01T00:30-05:00,1.001,1", rows[2]);
    }
}
