package org.derkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three modes on bad files: a file with a bad value in its first interchange and a good second
 * one, a file whose intervals do not reconstruct (two values for one hour), and a file that is not
 * X12 at all.
 */
class ReadModesTest {

    @TempDir
    static Path dir;
    static long goodRows;

    static String text(String name) throws IOException {
        return Files.readString(SparkTests.bundled().resolve(name), StandardCharsets.ISO_8859_1);
    }

    @BeforeAll
    static void files() throws IOException {
        String march4 = text("ameren-867-2026-03-04.x12");
        String march11 = text("ameren-867-2026-03-11.x12");
        // line 21 of the first interchange: a value that is not a number
        // the second interchange gets a control number of its own: the same ISA06 and ISA13 twice is a
        // duplicate interchange, which der-edi reports rather than reads twice
        Files.writeString(dir.resolve("bad-value.x12"), march4.replace("QTY*QD*41.92*KH~", "QTY*QD*4X.92*KH~")
                + march11.replace("*000000001*0*P*>~", "*000000002*0*P*>~").replace("IEA*1*000000001~", "IEA*1*000000002~"),
                StandardCharsets.ISO_8859_1);
        // 14:00-15:00 CDT on 2026-03-10 labelled twice: the label of the next hour repeats this one
        Files.writeString(dir.resolve("hour-twice.x12"),
                march4.replaceFirst("DTM\\*582\\*20260310\\*1600~", "DTM*582*20260310*1500~"),
                StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("not-x12.x12"), "meter,hour,kwh\n7000000,1,2.5\n", StandardCharsets.ISO_8859_1);
        goodRows = SparkTests.spark().read().format("derkit-867").load(SparkTests.bundled()
                .resolve("ameren-867-2026-03-11.x12").toString()).count();
    }

    static Dataset<Row> read(String mode) {
        return SparkTests.spark().read().format("derkit-867").option("mode", mode).load(dir.resolve("*.x12").toString());
    }

    @Test
    void should_write_one_corrupt_row_per_malformed_transaction_set_and_keep_the_good_ones_when_permissive() {
        Dataset<Row> df = read("PERMISSIVE").cache();
        List<Row> corrupt = df.filter("_corrupt_record is not null").orderBy("source_file")
                .select("source_file", "interchange_control", "transaction_control", "_corrupt_record", "value")
                .collectAsList();
        assertEquals(3, corrupt.size());
        Row value = corrupt.get(0);
        assertTrue(value.getString(0).endsWith("/bad-value.x12"), value.toString());
        assertEquals("000000001", value.getString(1));
        assertEquals("0001", value.getString(2));
        assertBadValueMessage(value.getString(3));
        assertTrue(value.isNullAt(4));
        Row twice = corrupt.get(1);
        assertTrue(twice.getString(0).endsWith("/hour-twice.x12"), twice.toString());
        assertTrue(twice.getString(3).contains("label 20260310 1500"), twice.getString(3));
        assertTrue(twice.getString(3).contains("in segment DTM at position "), twice.getString(3));
        Row notX12 = corrupt.get(2);
        assertTrue(notX12.getString(0).endsWith("/not-x12.x12"), notX12.toString());
        assertTrue(notX12.getString(3).startsWith("NOT_AN_INTERCHANGE"), notX12.getString(3));
        assertEquals(goodRows, df.filter("_corrupt_record is null").count());
        assertEquals(goodRows, df.filter("_corrupt_record is null and transaction_control = '0002'").count());
        df.unpersist();
    }

    /** The whole problem as der-edi states it, its location checked against the file's text. */
    static void assertBadValueMessage(String message) {
        String text;
        try {
            text = text("ameren-867-2026-03-04.x12");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        int at = text.indexOf("QTY*QD*41.92*KH~");
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        long bytes = at + "QTY*QD*".length();
        assertTrue(message.startsWith("INVALID_NUMBER: "), message);
        assertTrue(message.contains("'4X.92'"), message);
        assertTrue(message.contains("in segment QTY at position " + (line - 2) + ", element 2 of transaction set 867 0001"),
                message);
        assertTrue(message.endsWith("interchange 000000001), line " + line + ", byte " + bytes), message);
    }

    @Test
    void should_leave_malformed_transaction_sets_out_when_dropmalformed() {
        Dataset<Row> df = read("DROPMALFORMED");
        assertEquals(goodRows, df.count());
        assertEquals(List.of("0002"), df.select("transaction_control").distinct().as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList());
    }

    @Test
    void should_fail_naming_the_file_and_the_location_when_failfast() {
        Exception e = assertThrows(Exception.class, () -> SparkTests.spark().read().format("derkit-867")
                .option("mode", "FAILFAST").load(dir.resolve("bad-value.x12").toString()).count());
        Throwable cause = e;
        while (cause != null && !(cause instanceof Malformed867Exception)) {
            cause = cause.getCause();
        }
        assertTrue(cause != null, "no Malformed867Exception in " + e);
        Malformed867Exception m = (Malformed867Exception) cause;
        assertTrue(m.file().endsWith("/bad-value.x12"), m.file());
        assertTrue(m.getMessage().startsWith("malformed 867 in file:" + dir.resolve("bad-value.x12") + ": "),
                m.getMessage());
        assertBadValueMessage(m.problem());
        // Spark's own error names the cause too
        assertTrue(e.getMessage().contains("bad-value.x12"), e.getMessage());
    }
}
