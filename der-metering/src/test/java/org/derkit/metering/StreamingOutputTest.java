package org.derkit.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.derkit.edi.Edi867Generator;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming outputs of the {@code 867} commands equal the whole-result ones: {@link MeteringCsvWriter}
 * (the one writer, also behind {@link MeteringCsv}) writes the reference text of {@link ReferenceCsv}
 * byte for byte, {@link NetSeriesAccumulator} gives {@link Stitcher}'s net.
 */
class StreamingOutputTest {

    private static String writeSeries(IntervalSeries s, IntervalClock clock) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MeteringCsvWriter w = MeteringCsvWriter.series(out, clock);
        w.write(s);
        w.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);
    private static final IntervalClock CLOCK = IntervalClock.ameren();

    @TempDir
    Path dir;

    private List<ReconstructedPeriod> generated(long seed, int files) throws IOException {
        Random r = new Random(seed);
        Edi867Generator g = UsageReaderTest.generator(seed).withPeriods(1);
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(6 * 365));
        List<ReconstructedPeriod> periods = new ArrayList<>();
        for (int p = 0; p < files; p++) {
            Path file = dir.resolve("f" + seed + "-" + p + ".x12");
            try (OutputStream out = Files.newOutputStream(file)) {
                int days = 3 + r.nextInt(20);
                g.withPeriod(start, start.plusDays(days)).writeTo(out);
                start = start.plusDays(days);
            }
            UsageReader.ameren().read(file, t -> periods.add(t.period()));
        }
        return periods;
    }

    @Nested
    class CsvWriter {

        @Test
        void should_write_the_same_bytes_as_MeteringCsv_when_periods_are_generated() throws IOException {
            Random seeds = new Random(SEED);
            for (int k = 0; k < 12; k++) {
                long seed = seeds.nextLong();
                List<ReconstructedPeriod> periods = generated(seed, 2);
                List<IntervalSeries> meters = new ArrayList<>();
                periods.forEach(p -> meters.addAll(p.meters()));
                String expected = ReferenceCsv.intervals(meters, CLOCK);
                StringBuilder viaAppendable = new StringBuilder();
                MeteringCsv.writePeriodIntervals(viaAppendable, periods, CLOCK);
                assertEquals(expected, viaAppendable.toString(), "MeteringCsv intervals, seed " + seed);
                ByteArrayOutputStream actual = new ByteArrayOutputStream();
                MeteringCsvWriter w = MeteringCsvWriter.intervals(actual, CLOCK);
                periods.forEach(w::write);
                w.flush();
                assertEquals(expected, actual.toString(StandardCharsets.UTF_8), "intervals, seed " + seed);

                List<ServicePointUsage> usage = UsageReader.stitch(periods);
                List<IntervalSeries> nets = new ArrayList<>();
                usage.forEach(u -> nets.addAll(u.netSeries()));
                nets.sort(java.util.Comparator.comparing((IntervalSeries n) -> n.servicePoint().value())
                        .thenComparing(n -> n.unit().symbol()));
                String expectedSeries = ReferenceCsv.series(nets, CLOCK);
                StringBuilder seriesViaAppendable = new StringBuilder();
                MeteringCsv.writeUsageSeries(seriesViaAppendable, usage, CLOCK);
                assertEquals(expectedSeries, seriesViaAppendable.toString(), "MeteringCsv series, seed " + seed);
                NetSeriesAccumulator net = new NetSeriesAccumulator(CLOCK);
                periods.forEach(net::add);
                ByteArrayOutputStream series = new ByteArrayOutputStream();
                MeteringCsvWriter s = MeteringCsvWriter.series(series, CLOCK);
                net.forEachNet(s::write);
                s.flush();
                assertEquals(expectedSeries, series.toString(StandardCharsets.UTF_8), "series, seed " + seed);
            }
        }

        @Test
        void should_write_any_value_scale_sign_and_zone_offset_as_the_formatter_does() {
            Random r = new Random(SEED + 7);
            for (ZoneId zone : List.of(ZoneId.of("America/Chicago"), ZoneId.of("UTC"), ZoneId.of("Asia/Kolkata"),
                    ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/St_Johns"))) {
                IntervalClock clock = IntervalClock.of(zone, 15);
                IntervalSeries.Builder b = IntervalSeries.meterBuilder(ServicePointId.of("=SP,1"),
                        MeterNumber.of("M\"1"), MeterRole.SUBTRACTIVE, MeterUnit.KVARH, 15);
                long t = LocalDate.of(1890 + r.nextInt(200), 1, 1).atStartOfDay(zone).toEpochSecond() / 900 * 900;
                for (int i = 0; i < 3000; i++) {
                    t += 900L * (1 + (r.nextInt(50) == 0 ? r.nextInt(20000) : 0));
                    long unscaled = switch (r.nextInt(4)) {
                        case 0 -> 0;
                        case 1 -> r.nextLong();
                        case 2 -> r.nextInt(2000) - 1000;
                        default -> Long.MAX_VALUE - r.nextInt(3);
                    };
                    b.add(t, unscaled, r.nextInt(19), 1 + r.nextInt(3), r.nextBoolean());
                }
                IntervalSeries s = b.build();
                String expected = ReferenceCsv.intervals(List.of(s), clock);
                ByteArrayOutputStream actual = new ByteArrayOutputStream();
                MeteringCsvWriter w = MeteringCsvWriter.intervals(actual, clock);
                w.write(s);
                w.flush();
                assertEquals(expected, actual.toString(StandardCharsets.UTF_8), zone.toString());
                StringBuilder viaAppendable = new StringBuilder();
                MeteringCsv.writeIntervals(viaAppendable, List.of(s), clock);
                assertEquals(expected, viaAppendable.toString(), "MeteringCsv, " + zone);
                assertEquals(ReferenceCsv.series(List.of(s), clock), writeSeries(s, clock), "series, " + zone);
                IntervalSeries.Builder account = IntervalSeries.accountBuilder(ServicePointId.of("SP2"), MeterRole.ADDITIVE,
                        MeterUnit.KWH, 15);
                for (int i = 0; i < s.size(); i++) {
                    account.add(s.startSeconds(i), s.unscaled(i), s.scale(i), 1, r.nextBoolean());
                }
                String accountRows = ReferenceCsv.intervals(List.of(account.build()), clock);
                ByteArrayOutputStream accountOut = new ByteArrayOutputStream();
                MeteringCsvWriter aw = MeteringCsvWriter.intervals(accountOut, clock);
                aw.write(account.build());
                aw.flush();
                assertEquals(accountRows, accountOut.toString(StandardCharsets.UTF_8), "account-level, " + zone);
                assertTrue(accountRows.lines().skip(1).allMatch(l -> l.startsWith("SP2,,A,kWh,")), "empty meter cell");
            }
        }
    }

    @Nested
    class Accumulator {

        @Test
        void should_give_the_stitchers_net_series_for_periods_in_any_order() throws IOException {
            Random seeds = new Random(SEED + 1);
            for (int k = 0; k < 12; k++) {
                long seed = seeds.nextLong();
                List<ReconstructedPeriod> periods = generated(seed, 3);
                List<IntervalSeries> expected = new ArrayList<>();
                for (ServicePointUsage u : UsageReader.stitch(periods)) {
                    List<IntervalSeries> nets = new ArrayList<>(u.netSeries());
                    nets.sort(java.util.Comparator.comparing(s -> s.unit().symbol()));
                    expected.addAll(nets);
                }
                List<ReconstructedPeriod> shuffled = new ArrayList<>(periods);
                Collections.shuffle(shuffled, new Random(seed));
                NetSeriesAccumulator net = new NetSeriesAccumulator(CLOCK);
                shuffled.forEach(net::add);
                assertEquals(expected, net.netSeries(), "seed " + seed);
            }
        }

        private ReconstructedPeriod period(String source, MeterUnit unit, MeterRole role, long from, String... values) {
            IntervalSeries.Builder b = IntervalSeries.meterBuilder(ServicePointId.of("900001"), MeterNumber.of("7001"),
                    role, unit, 60);
            for (int i = 0; i < values.length; i++) {
                b.add(Instant.ofEpochSecond(from + i * 3600L), new BigDecimal(values[i]), ReadingQuality.ACTUAL);
            }
            return new ReconstructedPeriod(ServicePointId.of("900001"), new BillingPeriod(LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 31)), source, List.of(b.build()));
        }

        @Test
        void should_keep_the_larger_part_of_a_split_demand_hour_and_sum_a_split_energy_hour() {
            long h = LocalDate.of(2026, 3, 11).atStartOfDay(CLOCK.zone()).toEpochSecond() + 14 * 3600L;
            for (MeterUnit unit : List.of(MeterUnit.KW, MeterUnit.KWH)) {
                for (MeterRole role : MeterRole.values()) {
                    List<ReconstructedPeriod> periods = List.of(
                            period("b.x12 ST 0001", unit, role, h, "3.25", "7.5"),
                            period("a.x12 ST 0001", unit, role, h - 2 * 3600L, "1", "2.1", "4.5"));
                    NetSeriesAccumulator net = new NetSeriesAccumulator(CLOCK);
                    periods.forEach(net::add);
                    IntervalSeries s = net.netSeries().get(0);
                    // both at the larger scale of the two parts, as an exact sum would be
                    BigDecimal split = unit.isEnergy() ? new BigDecimal("7.75") : new BigDecimal("4.50");
                    BigDecimal signed = role == MeterRole.ADDITIVE ? split : split.negate();
                    assertEquals(4, s.size());
                    assertEquals(signed, s.valueAt(Instant.ofEpochSecond(h)).orElseThrow(), unit + " " + role);
                    assertEquals(2, s.parts(s.indexOf(Instant.ofEpochSecond(h))));
                    IntervalSeries whole = UsageReader.stitch(periods).get(0).net(unit).orElseThrow();
                    assertEquals(whole, s, "the stitcher says the same, " + unit + " " + role);
                }
            }
        }

        @Test
        void should_refuse_periods_of_a_meter_that_share_more_than_the_boundary_hour() {
            long h = LocalDate.of(2026, 3, 11).atStartOfDay(CLOCK.zone()).toEpochSecond();
            NetSeriesAccumulator net = new NetSeriesAccumulator(CLOCK);
            net.add(period("a.x12 ST 0001", MeterUnit.KWH, MeterRole.ADDITIVE, h, "1", "2", "3"));
            net.add(period("b.x12 ST 0001", MeterUnit.KWH, MeterRole.ADDITIVE, h + 3600L, "1", "2", "3"));
            UsageReadException e = assertThrows(UsageReadException.class, net::finish);
            assertEquals("OVERLAP", e.problems().get(0).code());
            assertTrue(e.getMessage().startsWith("a.x12, b.x12: overlaps service point 900001"), e.getMessage());
            assertThrows(IllegalStateException.class, () -> net.add(period("c.x12", MeterUnit.KWH,
                    MeterRole.ADDITIVE, h + 7200L, "1")));
        }
    }
}
