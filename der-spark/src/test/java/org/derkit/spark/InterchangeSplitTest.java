package org.derkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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
 * One task per run of interchanges: a file of three interchanges read with {@code splitSize} 1
 * (one task per interchange) gives the same rows, and the same located problems, as one task for
 * the whole file.
 */
class InterchangeSplitTest {

    @TempDir
    static Path dir;
    static String three;

    static String text(String name) throws IOException {
        return Files.readString(SparkTests.bundled().resolve(name), StandardCharsets.ISO_8859_1);
    }

    static String control(String x12, int n) {
        String c = String.format("%09d", n);
        return x12.replace("*000000001*0*P*>~", "*" + c + "*0*P*>~").replace("IEA*1*000000001~", "IEA*1*" + c + "~");
    }

    @BeforeAll
    static void files() throws IOException {
        three = text("ameren-867-2026-03-04.x12") + control(text("ameren-867-2026-03-11.x12"), 2)
                + control(text("ameren-867-2026-10-28.x12"), 3);
        Files.writeString(dir.resolve("three.x12"), three, StandardCharsets.ISO_8859_1);
        // a value that is not a number in the third interchange
        int third = three.indexOf("ISA", three.indexOf("ISA", 1) + 1);
        int qty = three.indexOf("QTY*QD*", three.indexOf("DTM*582", third));
        String bad = three.substring(0, qty) + "QTY*QD*4X" + three.substring(qty + "QTY*QD*".length() + 1);
        Files.createDirectories(dir.resolve("bad"));
        Files.writeString(dir.resolve("bad/three-bad.x12"), bad, StandardCharsets.ISO_8859_1);
    }

    static Dataset<Row> read(String path, long splitSize) {
        return SparkTests.spark().read().format("derkit-867").option("splitSize", Long.toString(splitSize)).load(path);
    }

    @Test
    void should_find_the_interchange_starts_after_the_first_and_whether_an_867_is_there() throws IOException {
        InterchangeScan scan = InterchangeScan.of(new ByteArrayInputStream(three.getBytes(StandardCharsets.ISO_8859_1)));
        int second = three.indexOf("ISA", 1);
        int third = three.indexOf("ISA", second + 1);
        assertEquals(List.of((long) second, (long) third), scan.offsets);
        assertEquals(List.of(three.substring(0, second).chars().filter(c -> c == '\n').count() + 1,
                three.substring(0, third).chars().filter(c -> c == '\n').count() + 1), scan.lines);
        assertTrue(scan.has867);
        // "ISA" inside an element is no interchange; an 814-only file has no 867
        String enrollment = three.substring(0, second).replace("ST*867*", "ST*814*")
                .replace("N1*SJ*EXAMPLE RES LLC", "N1*SJ*ISA*EXAMPLE RES LLC");
        InterchangeScan none = InterchangeScan.of(new ByteArrayInputStream(
                (enrollment + enrollment).getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(List.of((long) enrollment.length()), none.offsets);
        assertFalse(none.has867);
    }

    @Test
    void should_read_one_task_per_interchange_and_give_the_same_rows_as_one_task_per_file() {
        String path = dir.resolve("three.x12").toString();
        Dataset<Row> whole = read(path, ReadOptions.DEFAULT_SPLIT_BYTES);
        Dataset<Row> split = read(path, 1);
        assertEquals(1, whole.rdd().getNumPartitions());
        assertEquals(3, split.rdd().getNumPartitions());
        List<Row> expected = whole.orderBy("interchange_control", "meter", "unit", "interval_start").collectAsList();
        List<Row> actual = split.orderBy("interchange_control", "meter", "unit", "interval_start").collectAsList();
        assertTrue(expected.size() > 1000, "rows: " + expected.size());
        assertEquals(expected, actual);
        assertEquals(List.of("000000001", "000000002", "000000003"), split.select("interchange_control").distinct()
                .orderBy("interchange_control").collectAsList().stream().map(r -> r.getString(0)).toList());
        // a split size that holds the first two interchanges but not the third: two tasks
        long third = three.indexOf("ISA", three.indexOf("ISA", 1) + 1);
        assertEquals(2, read(path, third + 1).rdd().getNumPartitions());
    }

    @Test
    void should_name_the_same_line_and_byte_of_the_file_for_a_problem_in_a_later_interchange() {
        String path = dir.resolve("bad/three-bad.x12").toString();
        List<Row> whole = read(path, ReadOptions.DEFAULT_SPLIT_BYTES).filter("_corrupt_record is not null")
                .select("interchange_control", "transaction_control", "_corrupt_record").collectAsList();
        List<Row> split = read(path, 1).filter("_corrupt_record is not null")
                .select("interchange_control", "transaction_control", "_corrupt_record").collectAsList();
        assertFalse(whole.isEmpty());
        assertEquals(whole, split);
        assertEquals("000000003", split.get(0).getString(0));
        assertTrue(split.get(0).getString(2).contains("INVALID_NUMBER"), split.get(0).getString(2));
        assertEquals(read(path, ReadOptions.DEFAULT_SPLIT_BYTES).filter("_corrupt_record is null").count(),
                read(path, 1).filter("_corrupt_record is null").count());
    }
}
