package org.derkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.derkit.edi.Edi867;
import org.derkit.edi.Edi867Generator;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Writer;
import org.derkit.metering.IntervalSeries;
import org.derkit.model.retail.ReadingQuality;
import org.derkit.metering.ServicePointUsage;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StitchedSeriesTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);

    static Dataset<Row> read(String... paths) {
        return SparkTests.spark().read().format("derkit-867").option("mode", "FAILFAST").load(paths);
    }

    /** Asserts that Spark's series and report equal der-metering's stitched usage, interval by interval. */
    static void assertParity(List<ServicePointUsage> expected, Dataset<Row> read) {
        Dataset<Row> intervals = read.cache();
        Map<String, List<Row>> series = new HashMap<>();
        for (Row r : StitchedSeries.series(intervals).orderBy("service_point", "unit", "interval_start").collectAsList()) {
            series.computeIfAbsent(r.getString(0) + " " + r.getString(1), k -> new ArrayList<>()).add(r);
        }
        int units = 0;
        for (ServicePointUsage u : expected) {
            for (IntervalSeries net : u.netSeries()) {
                units++;
                String key = u.servicePoint().value() + " " + net.unit().symbol();
                List<Row> rows = series.get(key);
                assertEquals(net.size(), rows == null ? 0 : rows.size(), key);
                for (int i = 0; i < net.size(); i++) {
                    Row r = rows.get(i);
                    String at = key + " " + net.start(i);
                    assertEquals(net.start(i), ((Timestamp) r.getAs("interval_start")).toInstant(), at);
                    assertEquals(net.end(i), ((Timestamp) r.getAs("interval_end")).toInstant(), at);
                    assertEquals(0, net.value(i).compareTo(r.getAs("value")), at + ": " + net.value(i) + " vs "
                            + r.getAs("value"));
                    assertEquals(net.parts(i), r.<Integer>getAs("parts"), at);
                    assertEquals(net.quality(i) == ReadingQuality.ESTIMATED ? "estimated" : "actual", r.getAs("quality"), at);
                }
            }
        }
        assertEquals(units, series.size());
        List<Row> report = StitchedSeries.report(intervals).collectAsList();
        assertEquals(units, report.size());
        Map<String, ServicePointUsage> bySp = new HashMap<>();
        expected.forEach(u -> bySp.put(u.servicePoint().value(), u));
        for (Row r : report) {
            assertNull(r.getAs("problems"), r.toString());
            ServicePointUsage u = bySp.get(r.<String>getAs("service_point"));
            MeterUnit unit = MeterUnit.parse(r.getAs("unit"));
            IntervalSeries net = u.net(unit).orElseThrow();
            assertEquals(0, net.total().compareTo(r.getAs("series_total")), r.toString());
            assertEquals(net.size(), r.<Integer>getAs("intervals"));
            int splits = 0;
            for (int i = 0; i < net.size(); i++) {
                splits += net.parts(i) > 1 ? 1 : 0;
            }
            assertEquals(splits, r.<Integer>getAs("split_hours"));
            assertEquals(u.periods().size(), r.<Integer>getAs("applied"));
            if (unit.isEnergy()) {
                assertEquals(Boolean.TRUE, r.getAs("energy_conserved"), r.toString());
                assertEquals(0, net.total().compareTo(r.getAs("input_total")), r.toString());
            } else {
                assertNull(r.getAs("energy_conserved"), r.toString());
            }
        }
        intervals.unpersist();
    }

    @Nested
    class BundledFiles {
        @Test
        void should_equal_der_metering_on_the_bundled_files() throws IOException {
            List<Path> files;
            try (var list = Files.list(SparkTests.bundled())) {
                files = list.filter(p -> p.toString().endsWith(".x12")).sorted().toList();
            }
            assertParity(MeteringReference.stitch(files), read(SparkTests.bundled().resolve("*.x12").toString()));
        }

        @Test
        void should_sum_the_hour_split_between_two_files_read_in_different_tasks() {
            Dataset<Row> intervals = read(SparkTests.bundled().resolve("ameren-867-2026-03-*.x12").toString());
            assertEquals(2, intervals.rdd().getNumPartitions());
            Timestamp split = Timestamp.from(Instant.parse("2026-03-11T19:00:00Z"));
            // the two parts of each meter, additive minus subtractive, as the rows have them
            BigDecimal parts = BigDecimal.ZERO;
            for (Row r : intervals.filter(org.apache.spark.sql.functions.col("interval_start").equalTo(split))
                    .select("role", "value", "transaction_control").collectAsList()) {
                parts = "S".equals(r.getString(0)) ? parts.subtract(r.getDecimal(1)) : parts.add(r.getDecimal(1));
            }
            Row hour = StitchedSeries.series(intervals)
                    .filter(org.apache.spark.sql.functions.col("interval_start").equalTo(split)).first();
            assertEquals(2, hour.<Integer>getAs("parts"));
            assertEquals(0, parts.compareTo(hour.getAs("value")), parts + " vs " + hour);
            assertEquals("-05:00", hour.getAs("utc_offset"));
        }
    }

    @Nested
    class GeneratedFiles {
        @TempDir
        Path dir;

        @Test
        void should_equal_der_metering_on_200_generated_files_one_billing_period_each() throws IOException {
            // 25 service points x 8 weekly periods across the fall-back day, read at half past an hour
            // (split hours), two meters (the second subtractive, multiplier 40), kWh and kW
            Edi867Generator gen = Edi867Generator.withSeed(SEED).withServicePoints(25).withPeriods(8)
                    .withPeriod(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 21)).withMetersPerServicePoint(2)
                    .withSubtractiveMeters(true).withMultipliers(true).withSplitHours(true)
                    .withUnits(EnumSet.of(MeterUnit.KWH, MeterUnit.KW));
            List<Path> files = new ArrayList<>();
            Iterator<Edi867> it = gen.transactions();
            for (int k = 1; it.hasNext(); k++) {
                Path f = dir.resolve(String.format("867-%03d.x12", k));
                try (OutputStream out = Files.newOutputStream(f);
                        X12Writer w = X12Factory.newFactory().newWriter(out)) {
                    w.beginInterchange(gen.interchangeHeader().withControlNumber(String.format("%09d", k)))
                            .beginGroup(gen.groupHeader()).write(it.next()).endGroup().endInterchange();
                }
                files.add(f);
            }
            assertEquals(200, files.size());
            Dataset<Row> intervals = read(dir.toString());
            assertEquals(200, intervals.rdd().getNumPartitions());
            assertParity(MeteringReference.stitch(files), intervals);
        }
    }

    @Nested
    class CancellationsAndReplacements {
        @TempDir
        Path dir;

        String bundled(String name) throws IOException {
            return Files.readString(SparkTests.bundled().resolve(name), StandardCharsets.ISO_8859_1);
        }

        @Test
        void should_drop_a_cancelled_period_and_use_a_replacement_instead_of_its_original() throws IOException {
            String march4 = bundled("ameren-867-2026-03-04.x12");
            String march11 = bundled("ameren-867-2026-03-11.x12");
            Files.writeString(dir.resolve("a.x12"), march4, StandardCharsets.ISO_8859_1);
            Files.writeString(dir.resolve("b.x12"), march11, StandardCharsets.ISO_8859_1);
            // BPT09 names the BPT02 of the report cancelled or replaced (PA/NJ/DE/MD 867 guides)
            Files.writeString(dir.resolve("a-cancel.x12"), march4.replace("BPT*00*AIC2026031100001*20260312*C1~",
                    "BPT*01*AIC2026032000001*20260320*C1*****AIC2026031100001~"), StandardCharsets.ISO_8859_1);
            // the replacement corrects the first hour of the additive meter (a split hour)
            String replacement = march11.replace("BPT*00*AIC2026031800002*20260319*C1~",
                    "BPT*05*AIC2026032000002*20260320*C1*****AIC2026031800002~")
                    .replaceFirst("(REF\\*JH\\*A~\\n(?:[^Q]*\\n)*?QTY\\*QD\\*[0-9.]+\\*KH~\\n)QTY\\*QD\\*[0-9.]+\\*KH~",
                            "$1QTY*QD*99.99*KH~")
                    // the meter's and the summary's QTY totals follow the corrected hour (35.96 -> 99.99 kWh),
                    // as der-edi requires them to equal the interval sums
                    .replace("QTY*QD*7499.45*KH~", "QTY*QD*7563.48*KH~")
                    .replace("QTY*QD*5615.91*KH~", "QTY*QD*5679.94*KH~");
            Files.writeString(dir.resolve("b-replace.x12"), replacement, StandardCharsets.ISO_8859_1);
            Path expectedFile = dir.resolve("expected/b.x12");
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, replacement.replace("BPT*05*AIC2026032000002*20260320*C1*****AIC2026031800002~",
                    "BPT*00*AIC2026032000002*20260320*C1~"), StandardCharsets.ISO_8859_1);

            Dataset<Row> intervals = read(dir.resolve("*.x12").toString());
            assertParity(MeteringReference.stitch(List.of(expectedFile)), intervals);
            Row report = StitchedSeries.report(intervals).first();
            assertEquals(4, report.<Integer>getAs("transactions"));
            assertEquals(1, report.<Integer>getAs("applied"));
            assertEquals(1, report.<Integer>getAs("cancelled"));
            assertEquals(1, report.<Integer>getAs("replaced"));
            Row first = StitchedSeries.series(intervals).orderBy("interval_start").first();
            assertEquals(1, first.<Integer>getAs("parts"));
        }

        @Test
        void should_report_and_refuse_a_report_read_twice() throws IOException {
            String march4 = bundled("ameren-867-2026-03-04.x12");
            Files.writeString(dir.resolve("a.x12"), march4, StandardCharsets.ISO_8859_1);
            Files.writeString(dir.resolve("a-again.x12"), march4, StandardCharsets.ISO_8859_1);
            Dataset<Row> intervals = read(dir.resolve("*.x12").toString());
            Row report = StitchedSeries.report(intervals).first();
            String problems = report.getAs("problems");
            assertTrue(problems.startsWith("original report 'AIC2026031100001' (BPT02) of file:"), problems);
            assertTrue(problems.contains("a.x12 ST 0001 (interchange 000000001) was already read in file:"), problems);
            assertTrue(problems.endsWith("a-again.x12 ST 0001 (interchange 000000001) (a duplicate?): its usage is not "
                    + "read twice"), problems);
            Exception e = assertThrows(Exception.class, () -> StitchedSeries.series(intervals).count());
            assertTrue(e.getMessage().contains("service point 90000000 does not stitch: original report"), e.getMessage());
        }

        @Test
        void should_report_in_report_and_fail_in_series_a_cancellation_naming_no_report_read() throws IOException {
            Files.writeString(dir.resolve("cancel.x12"), bundled("ameren-867-2026-03-04.x12")
                    .replace("BPT*00*AIC2026031100001*20260312*C1~", "BPT*01*AIC2026032000001*20260320*C1*****AIC2026031100001~"),
                    StandardCharsets.ISO_8859_1);
            Dataset<Row> intervals = read(dir.resolve("*.x12").toString());
            Row report = StitchedSeries.report(intervals).first();
            String problems = report.getAs("problems");
            assertTrue(problems.startsWith("the cancellation file:"), problems);
            assertTrue(problems.endsWith("cancel.x12 ST 0001 (interchange 000000001) (BPT02 'AIC2026032000001') names "
                    + "report 'AIC2026031100001' (BPT09), which no row of service point 90000000 holds: read it "
                    + "together with the report it cancels"), problems);
            Exception e = assertThrows(Exception.class, () -> StitchedSeries.series(intervals).count());
            assertTrue(e.getMessage().contains("service point 90000000 does not stitch: the cancellation file:"),
                    e.getMessage());
        }

        /** The 867 with its PTD loops cut out and SE01 recounted: a cancellation that repeats no usage. */
        private String withoutUsage(String x12) {
            String body = x12.substring(0, x12.indexOf("PTD*")) + x12.substring(x12.indexOf("SE*"));
            String st = body.substring(body.indexOf("ST*867"), body.indexOf("SE*"));
            long segments = st.chars().filter(c -> c == '~').count() + 1;
            return body.replaceFirst("SE\\*\\d+\\*", "SE*" + segments + "*");
        }

        @Test
        void should_apply_a_cancellation_without_usage_and_a_replacement_read_before_its_original()
                throws IOException {
            String march4 = bundled("ameren-867-2026-03-04.x12");
            String march11 = bundled("ameren-867-2026-03-11.x12");
            Files.writeString(dir.resolve("b.x12"), march4, StandardCharsets.ISO_8859_1);
            Files.writeString(dir.resolve("c.x12"), march11, StandardCharsets.ISO_8859_1);
            // the cancellation of march 4 carries only its header (PA/NJ/DE/MD guides: BPT09 names the report)
            Files.writeString(dir.resolve("d-cancel.x12"), withoutUsage(march4.replace(
                    "BPT*00*AIC2026031100001*20260312*C1~", "BPT*01*AIC2026032000001*20260320*C1*****AIC2026031100001~")),
                    StandardCharsets.ISO_8859_1);
            // the replacement of march 11 (same values, a new reference) sorts and is dated before its original
            Files.writeString(dir.resolve("a-replace.x12"), march11.replace("BPT*00*AIC2026031800002*20260319*C1~",
                    "BPT*05*AIC2026031000002*20260310*C1*****AIC2026031800002~"), StandardCharsets.ISO_8859_1);
            Dataset<Row> intervals = read(dir.resolve("*.x12").toString()).cache();
            List<Row> header = intervals.filter("purpose = 'cancellation'").collectAsList();
            assertEquals(1, header.size(), "one row for the cancellation without interval values");
            assertEquals("AIC2026031100001", header.get(0).getAs("original_reference"));
            assertEquals("AIC2026032000001", header.get(0).getAs("report_reference"));
            assertEquals("90000000", header.get(0).getAs("service_point"));
            assertNull(header.get(0).getAs("meter"));
            assertNull(header.get(0).getAs("value"));
            assertEquals("AIC2026031800002", intervals.filter("purpose = 'replacement'").first()
                    .getAs("original_reference"));
            assertNull(intervals.filter("purpose = 'original'").first().getAs("original_reference"));
            Row report = StitchedSeries.report(intervals).first();
            assertNull(report.getAs("problems"), report.toString());
            assertEquals(4, report.<Integer>getAs("transactions"));
            assertEquals(1, report.<Integer>getAs("applied"));
            assertEquals(1, report.<Integer>getAs("cancelled"));
            assertEquals(1, report.<Integer>getAs("replaced"));
            assertParity(MeteringReference.stitch(List.of(SparkTests.bundled().resolve("ameren-867-2026-03-11.x12"))),
                    intervals);
        }
    }

    @Test
    void should_refuse_rows_with_a_corrupt_record(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.x12"), "not X12", StandardCharsets.ISO_8859_1);
        Dataset<Row> intervals = SparkTests.spark().read().format("derkit-867").load(dir.toString());
        Exception e = assertThrows(Exception.class, () -> StitchedSeries.series(intervals).count());
        assertTrue(e.getMessage().contains("malformed input row of file:"), e.getMessage());
        assertTrue(e.getMessage().contains("NOT_AN_INTERCHANGE"), e.getMessage());
    }
}
