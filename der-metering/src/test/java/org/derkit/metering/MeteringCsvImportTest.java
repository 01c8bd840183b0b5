package org.derkit.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;

/** {@link MeteringCsv}'s import: what it reads back, and the rows and files it refuses. */
class MeteringCsvImportTest {

    private static final IntervalClock CLOCK = IntervalClock.ameren();
    private static final String SERIES_HEADER = "service_point,unit,interval_start,interval_end,value,parts\n";
    private static final String INTERVALS_HEADER = "service_point,meter,role,unit,interval_start,interval_end,value,quality\n";

    private static List<IntervalSeries> series(String csv) {
        return MeteringCsv.readSeries(new StringReader(csv), "s.csv", CLOCK);
    }

    private static MeteringException refusedSeries(String csv) {
        return assertThrows(MeteringException.class, () -> series(csv));
    }

    @Test
    void written_series_and_intervals_are_read_back_equal() {
        long h = Instant.parse("2026-11-01T05:00:00Z").getEpochSecond();
        IntervalSeries net = IntervalSeries.netBuilder(ServicePointId.of("900001"), MeterUnit.KWH, 60)
                .add(h, 125, 2, 2, false).add(h + 3600, -3, 0, 127, false).add(h + 7200, 0, 3, 1, false).build();
        StringBuilder out = new StringBuilder();
        MeteringCsv.writeSeries(out, List.of(net), CLOCK);
        assertEquals(List.of(net), series(out.toString()));

        IntervalSeries meter = IntervalSeries.meterBuilder(ServicePointId.of("900001"), MeterNumber.of("7001"),
                MeterRole.SUBTRACTIVE, MeterUnit.KWH, 60).add(h, 5, 1, 1, true).add(h + 3600, 7, 0, 1, false).build();
        StringBuilder intervals = new StringBuilder();
        MeteringCsv.writeIntervals(intervals, List.of(meter), CLOCK);
        List<IntervalSeries> back = MeteringCsv.readIntervals(new StringReader(intervals.toString()), "i.csv", CLOCK);
        assertEquals(List.of(meter), back);
        assertEquals(new BigDecimal("7.5"), back.get(0).total());
    }

    @Test
    void an_empty_input_is_refused_naming_the_expected_header() {
        MeteringException e = refusedSeries("");
        assertEquals(1, e.problems().size());
        assertEquals("s.csv, line 1", e.problems().get(0).location());
        assertEquals("the input is empty; expected the header service_point,unit,interval_start,interval_end,value,parts",
                e.problems().get(0).detail());
        MeteringException intervals = assertThrows(MeteringException.class,
                () -> MeteringCsv.readIntervals(new StringReader("\n\n"), "i.csv", CLOCK));
        assertEquals(MeteringProblem.Kind.CSV_FORMAT, intervals.problems().get(0).kind());
    }

    @Test
    void a_header_alone_is_no_series() {
        assertEquals(List.of(), series(SERIES_HEADER));
    }

    @Test
    void a_part_count_of_127_is_read_and_128_refused() {
        String row = "900001,kWh,2026-03-10T00:00-05:00,2026-03-10T01:00-05:00,1.5,";
        assertEquals(127, series(SERIES_HEADER + row + "127\n").get(0).parts(0));
        MeteringException e = refusedSeries(SERIES_HEADER + row + "128\n");
        assertEquals("s.csv, line 2, column 6 (parts)", e.problems().get(0).location());
    }

    @Test
    void an_interval_that_ends_where_it_starts_is_refused() {
        MeteringException e = refusedSeries(SERIES_HEADER
                + "900001,kWh,2026-03-10T00:00-05:00,2026-03-10T00:00-05:00,1.5,1\n");
        assertEquals(1, e.problems().size());
        assertEquals("s.csv, line 2, column 4 (interval_end)", e.problems().get(0).location());
        assertEquals("interval from 2026-03-10T00:00-05:00 to 2026-03-10T00:00-05:00 is not a divisor of 60 minutes long",
                e.problems().get(0).detail());
    }

    @Test
    void quarter_hour_rows_are_read_as_a_quarter_hour_series() {
        List<IntervalSeries> s = series(SERIES_HEADER
                + "900001,kWh,2026-03-10T00:00-05:00,2026-03-10T00:15-05:00,1,1\n"
                + "900001,kWh,2026-03-10T00:15-05:00,2026-03-10T00:30-05:00,2,1\n");
        assertEquals(1, s.size());
        assertEquals(15, s.get(0).intervalMinutes());
        assertEquals(2, s.get(0).size());
    }

    @Test
    void reading_stops_at_100_problems() {
        StringBuilder csv = new StringBuilder(INTERVALS_HEADER);
        for (int i = 0; i < 150; i++) {
            csv.append("900001,7001,X,kWh,2026-03-10T00:00-05:00,2026-03-10T01:00-05:00,1,ACTUAL\n");
        }
        MeteringException e = assertThrows(MeteringException.class,
                () -> MeteringCsv.readIntervals(new StringReader(csv.toString()), "i.csv", CLOCK));
        assertEquals(100, e.problems().size());
        assertEquals("i.csv, line 101, column 3 (role)", e.problems().get(99).location());
    }
}
