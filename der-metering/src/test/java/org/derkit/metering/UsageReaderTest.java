package org.derkit.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi867;
import org.derkit.edi.Edi867Generator;
import org.derkit.edi.IntervalChannel;
import org.derkit.edi.Location;
import org.derkit.edi.UsageLoop;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.IntervalLabel;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link UsageReader}: 867 files to usage, streaming and whole, with the reader's own error locations. */
class UsageReaderTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);
    private static final IntervalClock CLOCK = IntervalClock.ameren();

    @TempDir
    Path dir;

    /** A seeded generator of 867 files: 1-3 service points, 1-3 meters, 1-3 periods, split hours or not. */
    static Edi867Generator generator(long seed) {
        Random r = new Random(seed);
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(7 * 365));
        return Edi867Generator.withSeed(seed).withServicePoints(1 + r.nextInt(3))
                .withMetersPerServicePoint(1 + r.nextInt(3)).withSubtractiveMeters(r.nextBoolean())
                .withMultipliers(r.nextBoolean()).withPeriod(start, start.plusDays(3 + r.nextInt(30)))
                .withPeriods(1 + r.nextInt(3)).withSplitHours(r.nextBoolean())
                .withUnits(r.nextBoolean() ? EnumSet.of(MeterUnit.KWH) : EnumSet.of(MeterUnit.KWH, MeterUnit.KW))
                .withEstimatedPercent(r.nextInt(10));
    }

    Path write(String name, Edi867Generator g) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            g.writeTo(out);
        }
        return file;
    }

    /**
     * The reference glue: what a user had to write before the API (exact BigDecimal values, labels
     * parsed from their text, {@link MeterChannel} and {@link IntervalReconstructor}).
     */
    static List<ReconstructedPeriod> reference(Path file) throws IOException {
        List<ReconstructedPeriod> out = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(file);
        try (org.derkit.edi.X12Reader reader = org.derkit.edi.X12Factory.newFactory()
                .newReader(new ByteArrayInputStream(bytes))) {
            while (reader.hasNext()) {
                Edi867 t = (Edi867) reader.next();
                List<MeterChannel> channels = new ArrayList<>();
                for (UsageLoop loop : t.meters(AmerenProfile.DEFAULT)) {
                    for (IntervalChannel ch : loop.channels()) {
                        MeterChannel.Builder b = MeterChannel.builder(loop.meterNumber().orElseThrow(), loop.role(),
                                ch.unit()).multiplier(Multiplier.of(loop.multiplier()), true);
                        for (int i = 0; i < ch.size(); i++) {
                            b.add(IntervalLabel.parse(ch.labelDate(i), ch.labelTimeText(i)), ch.value(i), ch.quality(i));
                        }
                        channels.add(b.build());
                    }
                }
                UsageReport report = new UsageReport(t.servicePoint().orElseThrow(),
                        new org.derkit.model.retail.BillingPeriod(t.periodStart().orElseThrow(),
                                t.periodEnd().orElseThrow()), file + " ST " + t.controlNumber(), channels);
                out.add(IntervalReconstructor.ameren().reconstruct(report));
            }
        }
        return out;
    }

    static List<ReconstructedPeriod> streamed(Path file) throws IOException {
        List<ReconstructedPeriod> out = new ArrayList<>();
        UsageReader.ameren().read(file, t -> out.add(t.period()));
        return out;
    }

    @Nested
    class Streaming {

        @Test
        void should_deliver_the_same_periods_as_the_reference_glue_and_as_stream_and_readAll_when_files_are_generated()
                throws IOException {
            Random seeds = new Random(SEED);
            for (int k = 0; k < 25; k++) {
                long seed = seeds.nextLong();
                Path file = write("g" + k + ".x12", generator(seed));
                List<ReconstructedPeriod> streamed = streamed(file);
                assertEquals(reference(file), streamed, "generator seed " + seed);
                try (Stream<TransactionUsage> s = UsageReader.ameren().stream(file)) {
                    assertEquals(streamed, s.map(TransactionUsage::period).toList(), "stream, seed " + seed);
                }
                assertEquals(streamed, UsageReader.ameren().readAll(List.of(file)).stream()
                        .map(TransactionUsage::period).toList(), "readAll, seed " + seed);
            }
        }

        @Test
        void should_name_each_transaction_set_by_its_control_numbers() throws IOException {
            Path file = write("two.x12", Edi867Generator.withSeed(3).withServicePoints(2));
            List<TransactionUsage> all = UsageReader.ameren().readAll(List.of(file));
            assertEquals(2, all.size());
            assertEquals("0001", all.get(0).transactionSet().transactionControlNumber());
            assertEquals("0002", all.get(1).transactionSet().transactionControlNumber());
            assertEquals(all.get(0).transaction().controlNumber(), all.get(0).transactionSet().transactionControlNumber());
            assertFalse(all.get(0).transactionSet().interchangeControlNumber().isEmpty());
            assertEquals(file.toString(), all.get(0).source());
            assertEquals(List.of(), all.get(0).problems());
        }
    }

    @Nested
    class WholeResult {

        @Test
        void should_stitch_files_given_in_any_order_to_the_same_usage_with_energy_conserved() throws IOException {
            Random seeds = new Random(SEED + 1);
            for (int k = 0; k < 15; k++) {
                long seed = seeds.nextLong();
                Edi867Generator g = generator(seed).withPeriods(1);
                LocalDate start = LocalDate.of(2025, 1, 1).plusDays(new Random(seed).nextInt(2000));
                List<Path> files = new ArrayList<>();
                for (int p = 0; p < 3; p++) {
                    files.add(write("s" + k + "-" + p + ".x12",
                            g.withPeriod(start.plusDays(10L * p), start.plusDays(10L * p + 10))));
                }
                List<ServicePointUsage> forward = UsageReader.ameren().readAndStitch(files);
                List<Path> reversed = new ArrayList<>(files);
                java.util.Collections.reverse(reversed);
                List<ServicePointUsage> backward = UsageReader.ameren().readAndStitch(reversed);
                assertEquals(forward.size(), backward.size());
                for (int i = 0; i < forward.size(); i++) {
                    assertEquals(forward.get(i).netSeries(), backward.get(i).netSeries(), "seed " + seed);
                    assertTrue(forward.get(i).isEnergyConserved(), "seed " + seed);
                    assertNetIsAdditiveMinusSubtractive(forward.get(i));
                }
            }
        }

        @Test
        void should_give_the_same_results_from_8_threads_reading_different_files_as_from_one() throws Exception {
            List<Path> files = new ArrayList<>();
            Random seeds = new Random(SEED + 2);
            for (int k = 0; k < 16; k++) {
                files.add(write("t" + k + ".x12", generator(seeds.nextLong())));
            }
            List<List<ReconstructedPeriod>> one = new ArrayList<>();
            for (Path f : files) {
                one.add(streamed(f));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<ReconstructedPeriod>>> futures = new ArrayList<>();
                for (Path f : files) {
                    futures.add(pool.submit(() -> streamed(f)));
                }
                for (int k = 0; k < files.size(); k++) {
                    assertEquals(one.get(k), futures.get(k).get(), files.get(k).toString());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    static void assertNetIsAdditiveMinusSubtractive(ServicePointUsage u) {
        for (IntervalSeries net : u.netSeries()) {
            BigDecimal expected = BigDecimal.ZERO;
            BigDecimal fromPeriods = BigDecimal.ZERO;
            for (IntervalSeries s : u.meterSeries()) {
                if (s.unit() == net.unit()) {
                    expected = s.role().orElseThrow() == MeterRole.ADDITIVE ? expected.add(s.total())
                            : expected.subtract(s.total());
                }
            }
            for (ReconstructedPeriod p : u.periods()) {
                for (IntervalSeries s : p.meters()) {
                    if (s.unit() == net.unit()) {
                        fromPeriods = s.role().orElseThrow() == MeterRole.ADDITIVE ? fromPeriods.add(s.total())
                                : fromPeriods.subtract(s.total());
                    }
                }
            }
            assertEquals(0, expected.compareTo(net.total()), "A minus S of " + net);
            if (net.unit().isEnergy()) {
                assertEquals(0, fromPeriods.compareTo(net.total()), "energy of the periods conserved in " + net);
            }
        }
    }

    @Nested
    class Dst {

        @Test
        void should_give_23_and_25_hour_days_on_every_transition_of_2024_to_2030() throws IOException {
            for (int year = 2024; year <= 2030; year++) {
                for (LocalDate day : transitions(year)) {
                    Path file = write("dst-" + day + ".x12", Edi867Generator.withSeed(year)
                            .withPeriod(day.minusDays(2), day.plusDays(2)).withMetersPerServicePoint(2)
                            .withSubtractiveMeters(true));
                    ServicePointUsage u = UsageReader.ameren().readAndStitch(List.of(file)).get(0);
                    IntervalSeries net = u.net(MeterUnit.KWH).orElseThrow();
                    int hours = 0;
                    for (int i = 0; i < net.size(); i++) {
                        if (LocalDate.ofInstant(net.start(i), CLOCK.zone()).equals(day)) {
                            hours++;
                        }
                    }
                    assertEquals(CLOCK.intervalsIn(day), hours, day.toString());
                    assertTrue(hours == 23 || hours == 25, day.toString());
                    assertTrue(u.isEnergyConserved(), day.toString());
                    assertNetIsAdditiveMinusSubtractive(u);
                }
            }
        }

        private List<LocalDate> transitions(int year) {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (CLOCK.dayMinutes(d) != 24 * 60) {
                    days.add(d);
                }
            }
            assertEquals(2, days.size(), "two transitions in " + year);
            return days;
        }
    }

    @Nested
    class Errors {

        @Test
        void should_locate_a_gap_at_the_QTY_segment_after_it_with_the_readers_line_and_byte() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Edi867Generator.withSeed(5).withPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5)).writeTo(bytes);
            String text = bytes.toString(StandardCharsets.ISO_8859_1);
            int qty = nth(text, "QTY*", 10);
            int dtm = text.indexOf("DTM*582", qty);
            int after = text.indexOf("QTY*", dtm);
            // the removed hour's energy moves to the next hour, so the meter's QTY totals still equal the
            // interval sums (der-edi refuses a total mismatch first) and the hole is the only problem
            String removed = text.substring(qty, text.indexOf('~', qty)).split("\\*")[2];
            int afterEnd = text.indexOf('~', after);
            String[] following = text.substring(after, afterEnd).split("\\*");
            following[2] = new java.math.BigDecimal(following[2]).add(new java.math.BigDecimal(removed)).toPlainString();
            String cut = text.substring(0, qty) + String.join("*", following) + text.substring(afterEnd);
            int se = cut.indexOf("SE*");
            int seEnd = cut.indexOf('*', se + 3);
            int count = Integer.parseInt(cut.substring(se + 3, seEnd));
            cut = cut.substring(0, se + 3) + (count - 2) + cut.substring(seEnd);
            Path file = dir.resolve("gap.x12");
            Files.writeString(file, cut, StandardCharsets.ISO_8859_1);

            UsageReadException e = assertThrows(UsageReadException.class, () -> streamed(file));
            assertEquals(file.toString(), e.source());
            UsageProblem p = e.problems().get(0);
            assertEquals("GAP", p.code());
            Location at = p.location().orElseThrow();
            int next = qty; // the QTY after the removed pair now starts where the removed one did
            assertEquals("QTY", at.segmentTag());
            assertEquals(next, at.byteOffset());
            assertEquals(cut.substring(0, next).chars().filter(c -> c == '\n').count() + 1, at.line());
            int st = cut.lastIndexOf("ST*867*", next);
            assertEquals(cut.substring(st, next).chars().filter(c -> c == '~').count() + 1, at.segmentPosition());
            assertEquals("867", at.transactionSetCode());
            assertTrue(e.getMessage().startsWith(file + ": gap: 1 intervals missing from "), e.getMessage());
            assertTrue(e.getMessage().contains("(meter "), e.getMessage());
            assertTrue(e.getMessage().endsWith(" in segment QTY at position " + at.segmentPosition()
                    + " of transaction set 867 0001 (group " + at.groupControlNumber() + ", interchange "
                    + at.interchangeControlNumber() + "), line " + at.line() + ", byte " + at.byteOffset()),
                    e.getMessage());
        }

        @Test
        void should_refuse_an_867_without_a_service_point_naming_file_and_transaction_set() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Edi867Generator.withSeed(5).writeTo(bytes);
            String text = bytes.toString(StandardCharsets.ISO_8859_1).replaceFirst("REF\\*LU\\*", "REF*XX*");
            Path file = dir.resolve("no-sp.x12");
            Files.writeString(file, text, StandardCharsets.ISO_8859_1);
            UsageReadException e = assertThrows(UsageReadException.class, () -> streamed(file));
            assertTrue(e.getMessage().startsWith(file + ": transaction set 867 0001 (group "), e.getMessage());
            assertTrue(e.getMessage().endsWith("): no service point (REF*LU)"), e.getMessage());
        }

        @Test
        void should_report_an_X12_problem_with_the_readers_location() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Edi867Generator.withSeed(5).writeTo(bytes);
            String text = bytes.toString(StandardCharsets.ISO_8859_1);
            int qty = nth(text, "QTY*QD*", 3);
            int star = text.indexOf('*', qty + 7);
            String bad = text.substring(0, qty + 7) + "12x4" + text.substring(star);
            Path file = dir.resolve("bad-number.x12");
            Files.writeString(file, bad, StandardCharsets.ISO_8859_1);
            UsageReadException e = assertThrows(UsageReadException.class, () -> streamed(file));
            Location at = e.problems().get(0).location().orElseThrow();
            assertEquals("QTY", at.segmentTag());
            assertEquals(2, at.elementPosition());
            assertEquals(qty + 7, at.byteOffset());
        }

        @Test
        void should_refuse_a_file_without_an_867() throws IOException {
            Path file = dir.resolve("empty.x12");
            Files.writeString(file, "");
            UsageReadException e = assertThrows(UsageReadException.class, () -> streamed(file));
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        }

        private int nth(String text, String what, int n) {
            int at = -1;
            for (int i = 0; i < n; i++) {
                at = text.indexOf(what, at + 1);
            }
            return at;
        }
    }
}
