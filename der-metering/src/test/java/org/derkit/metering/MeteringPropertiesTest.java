package org.derkit.metering;

import org.derkit.model.retail.EndOfDayStyle;
import org.derkit.model.retail.IntervalLabel;
import org.derkit.model.retail.IntervalClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The properties of issue 5, with QuickTheories and the module's own seeded generators. */
class MeteringPropertiesTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);
    private static final IntervalClock CLOCK = IntervalClock.ameren();

    /** A seeded day 1970-2100, a transition day one time in three (thin adapter over IntervalGenerators). */
    private static Gen<LocalDate> days() {
        return longs().all().map(seed -> IntervalGenerators.seeded(seed).day(CLOCK.zone()));
    }

    private static IntervalGenerators.GeneratedServicePoint servicePoint(long seed) {
        IntervalGenerators g = IntervalGenerators.seeded(seed);
        LocalDate first = g.day(CLOCK.zone()).minusDays(g.nextInt(3));
        int hours = 24 + g.nextInt(24 * 20);
        int periods = 1 + g.nextInt(5);
        return g.servicePoint(ServicePointId.of("SP" + (seed & 0xff)), first, hours, periods, 1 + g.nextInt(2),
                g.nextInt(3));
    }

    private static List<ReconstructedPeriod> reconstruct(IntervalGenerators.GeneratedServicePoint sp) {
        List<ReconstructedPeriod> out = new ArrayList<>();
        for (UsageReport r : sp.reports()) {
            out.add(IntervalReconstructor.ameren().reconstruct(r));
        }
        return out;
    }

    @Test
    void RES_20_every_local_day_1970_to_2100_reconstructs_as_the_zone_rules_say() {
        IntervalReconstructor r = IntervalReconstructor.ameren();
        List<LocalDate> days = IntervalGenerators.seeded(SEED).daysDstFirst(CLOCK.zone());
        assertEquals(LocalDate.of(1970, 1, 1).until(LocalDate.of(2101, 1, 1)).toTotalMonths() > 0, true);
        assertEquals(LocalDate.of(2101, 1, 1).toEpochDay() - LocalDate.of(1970, 1, 1).toEpochDay(), days.size());
        int shortDays = 0;
        int longDays = 0;
        for (LocalDate d : days) {
            ZonedDateTime sod = d.atStartOfDay(CLOCK.zone());
            int n = (int) Duration.between(sod, d.plusDays(1).atStartOfDay(CLOCK.zone())).toHours();
            shortDays += n == 23 ? 1 : 0;
            longDays += n == 25 ? 1 : 0;
            MeterChannel.Builder b = MeterChannel.builder(Fixtures.M1, MeterRole.ADDITIVE, MeterUnit.KWH);
            for (int h = 1; h <= n; h++) {
                b.addUnscaled(d.toEpochDay(), h * 60, h, 0, false, 0);
            }
            IntervalSeries s = r.reconstruct(Fixtures.report(d, d, b.build())).meters().get(0);
            assertEquals(n, s.size(), d::toString);
            for (int h = 0; h < n; h++) {
                assertEquals(sod.plusHours(h).toInstant(), s.start(h), d::toString);
            }
            assertEquals(d.plusDays(1).atStartOfDay(CLOCK.zone()).toInstant(), s.end(n - 1), d::toString);
            b.addUnscaled(d.toEpochDay(), n * 60, 0, 0, false, 0);
            assertFalse(r.check(Fixtures.report(d, d.plusDays(1), b.build())).isEmpty(), d::toString);
        }
        // 1970-2100: one spring-forward and one fall-back day a year (Chicago observed DST throughout)
        assertEquals(131, shortDays);
        assertEquals(131, longDays);
    }

    @Test
    void RES_20_label_to_instant_to_label_round_trips_in_both_styles_and_both_lengths() {
        Gen<LabelCase> cases = days().zip(integers().between(0, 1000), integers().between(0, 1),
                (d, k, len) -> new LabelCase(d, k, len == 0 ? 60 : 15));
        qt().withFixedSeed(SEED).withExamples(2000).forAll(cases).describedAs(LabelCase::toString)
                .checkAssert(c -> {
                    LocalDate d = c.day();
                    int k = c.k();
                    IntervalClock clock = CLOCK.withIntervalMinutes(c.minutes());
                    int count = clock.intervalsIn(d);
                    int index = 1 + k % count;
                    IntervalLabel label = new IntervalLabel(d, index * clock.intervalMinutes());
                    Instant end = clock.intervalEnd(label);
                    assertEquals(label, clock.label(end, EndOfDayStyle.END_OF_DAY_2400));
                    IntervalLabel midnight = clock.label(end, EndOfDayStyle.MIDNIGHT_NEXT_DAY);
                    assertEquals(end, clock.intervalEnd(midnight));
                    assertEquals(index == count, midnight.minutes() == 0);
                    assertEquals(d.atStartOfDay(clock.zone()).plusMinutes((long) index * clock.intervalMinutes())
                            .toInstant(), end);
                });
    }

    /** One case of the round trip: a day, a seed for the interval index, an interval length. */
    private record LabelCase(LocalDate day, int k, int minutes) {
    }

    @Test
    void RES_21_stitching_is_independent_of_file_order_and_reproduces_the_split_hours() {
        qt().withFixedSeed(SEED).withExamples(150).forAll(longs().all()).describedAs(s -> "generator seed " + s)
                .checkAssert(seed -> {
                    IntervalGenerators.GeneratedServicePoint sp = servicePoint(seed);
                    List<ReconstructedPeriod> periods = reconstruct(sp);
                    ServicePointUsage inOrder = Stitcher.stitch(periods);
                    List<ReconstructedPeriod> shuffled = new ArrayList<>(periods);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertEquals(inOrder, Stitcher.stitch(shuffled));
                    Collections.reverse(shuffled);
                    assertEquals(inOrder, Stitcher.stitch(shuffled));
                    assertEquals(sp.truth(), inOrder.meterSeries());
                });
    }

    @Test
    void RES_21_stitching_conserves_energy_exactly() {
        qt().withFixedSeed(SEED).withExamples(150).forAll(longs().all()).describedAs(s -> "generator seed " + s)
                .checkAssert(seed -> {
                    IntervalGenerators.GeneratedServicePoint sp = servicePoint(seed);
                    ServicePointUsage u = Stitcher.stitch(reconstruct(sp));
                    BigDecimal in = BigDecimal.ZERO;
                    for (UsageReport r : sp.reports()) {
                        for (MeterChannel c : r.channels()) {
                            for (int i = 0; i < c.size(); i++) {
                                in = in.add(c.value(i));
                            }
                        }
                    }
                    BigDecimal out = BigDecimal.ZERO;
                    for (IntervalSeries s : u.meterSeries()) {
                        out = out.add(s.total());
                    }
                    assertEquals(0, in.compareTo(out), "input " + in + " stitched " + out);
                    BigDecimal periodNet = BigDecimal.ZERO;
                    for (PeriodUsage p : u.periodView()) {
                        periodNet = periodNet.add(p.net());
                    }
                    assertEquals(0, periodNet.compareTo(u.net(MeterUnit.KWH).orElseThrow().total()));
                    assertTrue(u.isEnergyConserved());
                });
    }

    @Test
    void RES_18_net_is_sum_of_additive_minus_sum_of_subtractive_hour_by_hour() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(longs().all()).describedAs(s -> "generator seed " + s)
                .checkAssert(seed -> {
                    ServicePointUsage u = Stitcher.stitch(reconstruct(servicePoint(seed)));
                    IntervalSeries net = u.net(MeterUnit.KWH).orElseThrow();
                    assertEquals(u.meterSeries().get(0).size(), net.size());
                    for (int i = 0; i < net.size(); i++) {
                        BigDecimal expected = BigDecimal.ZERO;
                        for (IntervalSeries m : u.meterSeries()) {
                            BigDecimal v = m.valueAt(net.start(i)).orElse(BigDecimal.ZERO);
                            expected = m.role().orElseThrow() == MeterRole.ADDITIVE ? expected.add(v) : expected.subtract(v);
                        }
                        assertEquals(0, expected.compareTo(net.value(i)), net.start(i)::toString);
                    }
                });
    }

    @Test
    void csv_export_then_import_is_the_identity() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(longs().all()).describedAs(s -> "generator seed " + s)
                .checkAssert(seed -> {
                    List<ReconstructedPeriod> periods = reconstruct(servicePoint(seed));
                    ServicePointUsage u = Stitcher.stitch(periods);

                    for (ReconstructedPeriod p : periods) {
                        StringBuilder meters = new StringBuilder();
                        MeteringCsv.writeIntervals(meters, p.meters(), CLOCK);
                        assertEquals(p.meters(), MeteringCsv.readIntervals(new StringReader(meters.toString()), "m", CLOCK));
                    }

                    StringBuilder series = new StringBuilder();
                    MeteringCsv.writeUsageSeries(series, List.of(u), CLOCK);
                    assertEquals(u.netSeries(), MeteringCsv.readSeries(new StringReader(series.toString()), "s", CLOCK));

                    StringBuilder rows = new StringBuilder();
                    MeteringCsv.writePeriodIntervals(rows, periods, CLOCK);
                    StringBuilder again = new StringBuilder();
                    MeteringCsv.writeIntervals(again, MeteringCsv.readIntervals(new StringReader(rows.toString()), "p", CLOCK),
                            CLOCK);
                    assertEquals(rows.toString(), again.toString());
                });
    }
}
