package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.derkit.model.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * A reader of a part of a larger input ({@link X12Factory#newReader(java.io.InputStream, long, long)}),
 * as a task that reads one interchange of a big file uses it: its problems name the byte and line
 * of the whole input.
 */
class PartReadingTest {

    private static List<X12Problem> problems(X12Reader r) {
        try (r) {
            r.readInterchanges();
            return r.problems();
        }
    }

    @Test
    void a_problem_in_the_second_interchange_is_located_as_in_the_whole_file() {
        String good = new String(Fixtures.bytes("867/normal-day.x12"), StandardCharsets.ISO_8859_1);
        String bad = new String(Fixtures.bytes("867/bad-non-numeric-qty.x12"), StandardCharsets.ISO_8859_1)
                .replace("*000000001*0*P*", "*000000002*0*P*").replace("IEA*1*000000001~", "IEA*1*000000002~")
                .replace("BPT*00*AIC2026030900001*", "BPT*00*AIC2026030900002*");
        byte[] whole = (good + bad).getBytes(StandardCharsets.ISO_8859_1);
        List<X12Problem> fromWhole = problems(Fixtures.collecting(whole));
        long lines = good.chars().filter(c -> c == '\n').count();
        byte[] part = Arrays.copyOfRange(whole, good.length(), whole.length);
        List<X12Problem> fromPart = problems(X12Factory.newFactory().withMode(ErrorMode.COLLECTING)
                .newReader(new ByteArrayInputStream(part), good.length(), lines + 1));
        assertEquals(1, fromWhole.size(), fromWhole.toString());
        assertEquals(fromWhole, fromPart);
        org.junit.jupiter.api.Assertions.assertTrue(fromPart.get(0).location().byteOffset() > good.length());
        org.junit.jupiter.api.Assertions.assertTrue(fromPart.get(0).location().line() > lines);
    }

    @Test
    void a_part_cannot_start_before_the_input_or_on_line_zero() {
        X12Factory f = X12Factory.newFactory();
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]);
        assertEquals("Invalid value for firstByte (valid values >= 0): -1",
                assertThrows(InvalidValueException.class, () -> f.newReader(in, -1, 1)).getMessage());
        assertEquals("Invalid value for firstLine (valid values >= 1): 0",
                assertThrows(InvalidValueException.class, () -> f.newReader(in, 0, 0)).getMessage());
    }
}
