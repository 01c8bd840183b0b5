package org.derkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.derkit.edi.Edi867;
import org.derkit.edi.IntervalReading;
import org.derkit.edi.Transaction;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Reader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Derkit867SourceTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    static SparkSession spark() {
        return SparkTests.spark();
    }

    static Dataset<Row> read(String... paths) {
        return spark().read().format("derkit-867").load(paths);
    }

    static String bundledGlob() {
        return SparkTests.bundled().resolve("*.x12").toString();
    }

    @Nested
    class Schema {
        @Test
        void should_list_the_documented_columns_and_the_corrupt_record_column_when_permissive() {
            StructType schema = read(bundledGlob()).schema();
            assertEquals(List.of("source_file", "interchange_control", "transaction_control", "report_reference",
                    "report_date", "purpose", "original_reference", "service_point", "period_start", "period_end", "meter", "role", "unit",
                    "multiplier", "interval_start", "interval_end", "utc_offset", "value", "quality", "_corrupt_record"),
                    List.of(schema.fieldNames()));
            assertEquals(DataTypes.TimestampType, schema.apply("interval_start").dataType());
            assertEquals(DataTypes.createDecimalType(38, 18), schema.apply("value").dataType());
            assertEquals(DataTypes.DateType, schema.apply("period_end").dataType());
        }

        @Test
        void should_have_no_corrupt_record_column_when_failfast_or_dropmalformed() {
            for (String mode : List.of("FAILFAST", "dropMalformed")) {
                StructType schema = spark().read().format("derkit-867").option("mode", mode).load(bundledGlob())
                        .schema();
                assertEquals(IntervalColumns.schema(), schema);
            }
        }

        @Test
        void should_name_the_corrupt_record_column_as_asked() {
            StructType schema = spark().read().format("derkit-867").option("columnNameOfCorruptRecord", "bad")
                    .load(bundledGlob()).schema();
            assertEquals("bad", schema.fieldNames()[schema.size() - 1]);
        }

        @Test
        void should_refuse_an_unknown_mode() {
            Exception e = assertThrows(Exception.class,
                    () -> spark().read().format("derkit-867").option("mode", "LENIENT").load(bundledGlob()).schema());
            assertTrue(e.getMessage().contains("LENIENT"), e.getMessage());
            assertTrue(e.getMessage().contains("PERMISSIVE, DROPMALFORMED or FAILFAST"), e.getMessage());
        }
    }

    @Nested
    class BundledFiles {
        @Test
        void should_read_each_file_in_its_own_task() {
            assertEquals(3, read(bundledGlob()).rdd().getNumPartitions());
        }

        @Test
        void should_give_every_interval_of_der_edi_once_with_its_exact_value_and_end() throws IOException {
            // the independent reading: der-edi's typed 867s, their interval ends by der-edi's day clock
            Map<String, BigDecimal> expected = new HashMap<>();
            try (var files = Files.list(SparkTests.bundled())) {
                for (Path f : files.filter(p -> p.toString().endsWith(".x12")).toList()) {
                    try (InputStream in = Files.newInputStream(f); X12Reader r = X12Factory.newFactory().newReader(in)) {
                        while (r.hasNext()) {
                            Transaction t = r.next();
                            for (IntervalReading i : ((Edi867) t).intervals()) {
                                expected.put(f.getFileName() + " " + i.meter() + " " + i.unit().symbol() + " "
                                        + i.intervalEnd(), i.billingValue());
                            }
                        }
                    }
                }
            }
            List<Row> rows = read(bundledGlob())
                    .selectExpr("source_file", "meter", "unit", "interval_end", "value", "_corrupt_record").collectAsList();
            assertEquals(expected.size(), rows.size());
            Map<String, BigDecimal> actual = new HashMap<>();
            for (Row r : rows) {
                assertTrue(r.isNullAt(5), r.toString());
                String file = r.getString(0).substring(r.getString(0).lastIndexOf('/') + 1);
                actual.put(file + " " + r.getString(1) + " " + r.getString(2) + " "
                        + ((Timestamp) r.get(3)).toInstant(), r.getDecimal(4).stripTrailingZeros());
            }
            assertEquals(expected.keySet(), actual.keySet());
            expected.forEach((k, v) -> assertEquals(0, v.compareTo(actual.get(k)), k));
        }

        @Test
        void should_carry_envelope_purpose_party_and_meter_columns() {
            Row r = read(SparkTests.bundled().resolve("ameren-867-2026-03-04.x12").toString())
                    .filter("meter = '7000001'").orderBy("interval_start").first();
            assertEquals("000000001", r.getAs("interchange_control"));
            assertEquals("0001", r.getAs("transaction_control"));
            assertEquals("AIC2026031100001", r.getAs("report_reference"));
            assertEquals("original", r.getAs("purpose"));
            assertEquals("90000000", r.getAs("service_point"));
            assertEquals(LocalDate.of(2026, 3, 4), ((java.sql.Date) r.getAs("period_start")).toLocalDate());
            assertEquals(LocalDate.of(2026, 3, 11), ((java.sql.Date) r.getAs("period_end")).toLocalDate());
            assertEquals("S", r.getAs("role"));
            assertEquals("kWh", r.getAs("unit"));
            assertEquals(0, new BigDecimal("40").compareTo(r.getAs("multiplier")));
            assertTrue(List.of("actual", "estimated").contains(r.<String>getAs("quality")));
            // the period starts at the read, 14:00 CST: the first interval is 14:00-15:00 local
            assertEquals(Instant.parse("2026-03-04T20:00:00Z"), ((Timestamp) r.getAs("interval_start")).toInstant());
            assertEquals(Instant.parse("2026-03-04T21:00:00Z"), ((Timestamp) r.getAs("interval_end")).toInstant());
            assertEquals("-06:00", r.getAs("utc_offset"));
        }
    }

    @Nested
    class DstDays {
        private List<Row> day(LocalDate date) {
            Instant from = date.atStartOfDay(CHICAGO).toInstant();
            Instant to = date.plusDays(1).atStartOfDay(CHICAGO).toInstant();
            return read(bundledGlob()).filter("meter = '7000000'")
                    .filter(org.apache.spark.sql.functions.col("interval_start").geq(Timestamp.from(from)))
                    .filter(org.apache.spark.sql.functions.col("interval_start").lt(Timestamp.from(to)))
                    .orderBy("interval_start").select("interval_start", "interval_end", "utc_offset").collectAsList();
        }

        @Test
        void should_give_23_hours_on_the_spring_forward_day() {
            List<Row> rows = day(LocalDate.of(2026, 3, 8));
            assertEquals(23, rows.size());
            // 01:00 CST is followed by 03:00 CDT, an hour later
            assertEquals(Instant.parse("2026-03-08T07:00:00Z"), ((Timestamp) rows.get(1).get(0)).toInstant());
            assertEquals("-06:00", rows.get(1).getString(2));
            assertEquals(Instant.parse("2026-03-08T08:00:00Z"), ((Timestamp) rows.get(2).get(0)).toInstant());
            assertEquals("-05:00", rows.get(2).getString(2));
        }

        @Test
        void should_give_25_hours_with_01_00_twice_on_the_fall_back_day() {
            List<Row> rows = day(LocalDate.of(2026, 11, 1));
            assertEquals(25, rows.size());
            assertEquals(Instant.parse("2026-11-01T06:00:00Z"), ((Timestamp) rows.get(1).get(0)).toInstant());
            assertEquals("-05:00", rows.get(1).getString(2));
            assertEquals(Instant.parse("2026-11-01T07:00:00Z"), ((Timestamp) rows.get(2).get(0)).toInstant());
            assertEquals("-06:00", rows.get(2).getString(2));
            for (Row r : rows) {
                long hour = ((Timestamp) r.get(1)).toInstant().getEpochSecond()
                        - ((Timestamp) r.get(0)).toInstant().getEpochSecond();
                assertEquals(3600, hour);
            }
        }
    }

    @Nested
    class Paths {
        @Test
        void should_read_directories_recursively_skipping_hidden_names_and_decompress_gzip(@TempDir Path dir)
                throws IOException {
            Path a = SparkTests.bundled().resolve("ameren-867-2026-03-04.x12");
            Path b = SparkTests.bundled().resolve("ameren-867-2026-03-11.x12");
            Files.createDirectories(dir.resolve("2026/03"));
            Files.copy(a, dir.resolve("2026/03/a.x12"));
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("2026/03/b.x12.gz")))) {
                Files.copy(b, out);
            }
            Files.copy(a, dir.resolve("2026/_SUCCESS"));
            Files.copy(a, dir.resolve("2026/.a.x12.crc"));
            Dataset<Row> all = read(dir.toString());
            assertEquals(2, all.rdd().getNumPartitions());
            long expected = read(a.toString()).count() + read(b.toString()).count();
            assertEquals(expected, all.count());
            assertEquals(0, all.filter("_corrupt_record is not null").count());
        }

        @Test
        void should_read_several_paths_and_globs_without_reading_a_file_twice() {
            String one = SparkTests.bundled().resolve("ameren-867-2026-03-04.x12").toString();
            assertEquals(read(bundledGlob()).count(), read(one, bundledGlob()).count());
        }

        @Test
        void should_fail_naming_a_path_that_does_not_exist(@TempDir Path dir) {
            String missing = dir.resolve("none-*.x12").toString();
            Exception e = assertThrows(Exception.class, () -> read(missing).count());
            assertTrue(String.valueOf(e.getMessage()).contains("path does not exist: " + missing), e.getMessage());
        }
    }

    /** Used by other tests: the rows of files, collected. */
    static List<Row> rows(Dataset<Row> df) {
        return new ArrayList<>(df.collectAsList());
    }

    static boolean noCorrupt(Dataset<Row> df) {
        return df.filter("_corrupt_record is not null").isEmpty();
    }

    @Test
    void should_give_no_corrupt_rows_for_the_bundled_files() {
        assertFalse(read(bundledGlob()).isEmpty());
        assertTrue(noCorrupt(read(bundledGlob())));
    }
}
