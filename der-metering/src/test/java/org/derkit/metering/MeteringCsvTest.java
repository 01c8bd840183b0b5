package org.derkit.metering;

import org.derkit.model.retail.ReadingQuality;
import org.derkit.model.retail.IntervalClock;
import static org.derkit.metering.Fixtures.M1;
import static org.derkit.metering.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;

class MeteringCsvTest {

    private static final IntervalClock CLOCK = IntervalClock.ameren();
    private static final LocalDate FALL = LocalDate.of(2026, 11, 1);

    private ReconstructedPeriod fallBack() {
        MeterChannel c = MeterChannel.builder(M1, MeterRole.SUBTRACTIVE, MeterUnit.KWH)
                .add(FALL, "0100", new BigDecimal("1.50"), ReadingQuality.ACTUAL)
                .add(FALL, "0200", new BigDecimal("-2"), ReadingQuality.ESTIMATED)
                .add(FALL, "0300", new BigDecimal("0.000"), ReadingQuality.ACTUAL).build();
        return IntervalReconstructor.ameren().reconstruct(report(FALL, FALL, c));
    }

    @Test
    void RES_20_intervals_csv_keeps_both_fall_back_hours_with_their_offsets_and_exact_decimals() {
        StringBuilder out = new StringBuilder();
        MeteringCsv.writePeriodIntervals(out, List.of(fallBack()), CLOCK);
        assertEquals("service_point,meter,role,unit,interval_start,interval_end,value,quality\n"
                + "90000001,7000001,S,kWh,2026-11-01T00:00-05:00,2026-11-01T01:00-05:00,1.50,ACTUAL\n"
                + "90000001,7000001,S,kWh,2026-11-01T01:00-05:00,2026-11-01T01:00-06:00,-2,ESTIMATED\n"
                + "90000001,7000001,S,kWh,2026-11-01T01:00-06:00,2026-11-01T02:00-06:00,0.000,ACTUAL\n", out.toString());
    }

    @Test
    void series_csv_has_the_cli_columns_and_parts() {
        StringBuilder out = new StringBuilder();
        MeteringCsv.writeUsageSeries(out, List.of(Stitcher.stitch(List.of(fallBack()))), CLOCK);
        assertEquals("service_point,unit,interval_start,interval_end,value,parts\n"
                + "90000001,kWh,2026-11-01T00:00-05:00,2026-11-01T01:00-05:00,-1.50,1\n"
                + "90000001,kWh,2026-11-01T01:00-05:00,2026-11-01T01:00-06:00,2,1\n"
                + "90000001,kWh,2026-11-01T01:00-06:00,2026-11-01T02:00-06:00,0.000,1\n", out.toString());
    }

    @Test
    void formula_cells_are_neutralised_on_export_and_restored_on_import() {
        MeterChannel c = MeterChannel.builder(MeterNumber.of("=HYPERLINK(1)"), MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(FALL, "0100", BigDecimal.ONE, ReadingQuality.ACTUAL).build();
        ReconstructedPeriod p = IntervalReconstructor.ameren().reconstruct(
                new UsageReport(ServicePointId.of("@sp"), new BillingPeriod(FALL, FALL), "", List.of(c)));
        StringBuilder out = new StringBuilder();
        MeteringCsv.writePeriodIntervals(out, List.of(p), CLOCK);
        assertEquals("'@sp,'=HYPERLINK(1),A,kWh", out.toString().split("\n")[1].substring(0, 25));
        assertEquals(p.meters(), MeteringCsv.readIntervals(new StringReader(out.toString()), "x.csv", CLOCK));
    }

    @Test
    void import_errors_name_line_and_column() {
        String csv = "service_point,meter,role,unit,interval_start,interval_end,value,quality\n"
                + "90000001,7000001,A,kWh,2026-11-01T00:00-05:00,2026-11-01T01:00-05:00,1.5,ACTUAL\n"
                + "90000001,7000001,X,kWh,2026-11-01T01:00-05:00,2026-11-01T01:00-06:00,1e3,ACTUAL\n"
                + "90000001,7000001,A,kWh,2026-11-01T02:00-05:00,2026-11-01T02:00-06:00,1,ACTUAL\n";
        MeteringException e = assertThrows(MeteringException.class,
                () -> MeteringCsv.readIntervals(new StringReader(csv), "in.csv", CLOCK));
        assertEquals(3, e.problems().size());
        assertEquals("in.csv, line 3, column 3 (role)", e.problems().get(0).location());
        assertEquals("in.csv, line 3, column 7 (value)", e.problems().get(1).location());
        assertEquals("'1e3' is not a plain decimal (optional minus, digits, optional point; at most 18 digits)",
                e.problems().get(1).detail());
        assertEquals("in.csv, line 4, column 5 (interval_start)", e.problems().get(2).location());
        assertEquals("'2026-11-01T02:00-05:00' is not the America/Chicago form of its instant, which is "
                + "2026-11-01T01:00-06:00", e.problems().get(2).detail());
    }

    @Test
    void a_wrong_header_is_reported_on_line_1() {
        MeteringException e = assertThrows(MeteringException.class,
                () -> MeteringCsv.readSeries(new StringReader("a,b\n"), "s.csv", CLOCK));
        assertEquals("s.csv, line 1", e.problems().get(0).location());
    }
}
