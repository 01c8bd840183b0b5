package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mutation classes of issue 15 applied to every named sample: zero-padded and over-long
 * numbers, truncation at every segment boundary, duplicated interchanges, padding after IEA
 * (Ctrl-Z, NUL, whitespace) and control bytes inside elements. Every mutant keeps
 * {@link ReaderProperties#check(byte[])}. One mutant of each class is in the Jazzer seed corpus.
 */
class X12MutationsTest {

    /** Numeric elements (tag, position) of the sets der-edi reads. */
    private static final Map<String, Set<Integer>> NUMBERS = Map.of("QTY", Set.of(2), "MEA", Set.of(3),
            "BAL", Set.of(3), "IT1", Set.of(2, 4), "SAC", Set.of(5, 8, 10), "TXI", Set.of(2, 3), "TDS", Set.of(1));

    static List<Path> samples() {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/x12"))) {
            return files.filter(p -> p.toString().endsWith(".x12")).sorted().toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String text(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Every mutant of every class for one sample, by name. */
    static Map<String, String> mutants(String x12) {
        Map<String, String> out = new LinkedHashMap<>();
        if (x12.length() < 106 || !x12.startsWith("ISA")) {
            out.put("as is", x12);
            return out;
        }
        char es = x12.charAt(3);
        char term = x12.charAt(105);
        for (int width : new int[] {15, 18, 19, 20, 25, 40}) {
            out.put("numbers zero-padded to " + width, numbers(x12, es, term, n -> pad(n, width)));
        }
        for (String big : List.of("9223372036854775807", "9223372036854775808", "-9223372036854775809",
                "12345678901234567890.123456789", "0.00000000000000000001", "99999999999999999999999999999999999999")) {
            out.put("numbers replaced by " + big, numbers(x12, es, term, n -> big));
        }
        for (int i = x12.indexOf(term); i >= 0; i = x12.indexOf(term, i + 1)) {
            out.put("truncated after byte " + i, x12.substring(0, i + 1));
            out.put("truncated before byte " + i, x12.substring(0, i));
        }
        out.put("interchange twice", x12 + x12);
        out.put("interchange twice, second renumbered", x12 + x12.replace("000000001", "000000002"));
        out.put("interchange twice without line break", x12.stripTrailing() + x12);
        for (String pad : List.of("\u001A", "\u0000\u0000\u0000\u0000", "   \r\n\t\n", "\r\n\u001A", "\u0000 \u001A\n")) {
            out.put("padded with " + escape(pad), x12 + pad);
        }
        String[] controls = {"\u0000", "\u0001", "\u001A", "\u007F", "\u00FF", "\r", "\n", "\t"};
        int k = 0;
        Matcher segment = Pattern.compile(Pattern.quote(String.valueOf(es)) + "([^" + Pattern.quote(String.valueOf(es))
                + Pattern.quote(String.valueOf(term)) + "]+)").matcher(x12);
        while (segment.find()) {
            if (segment.start() < 106) {
                continue;
            }
            String c = controls[k++ % controls.length];
            int mid = segment.start(1) + segment.group(1).length() / 2;
            out.put("control " + escape(c) + " at byte " + mid, x12.substring(0, mid) + c + x12.substring(mid));
        }
        return out;
    }

    /** The sample with every numeric element replaced. */
    static String numbers(String x12, char es, char term, UnaryOperator<String> replace) {
        StringBuilder out = new StringBuilder(x12.length() + 256);
        int from = 0;
        for (int end = x12.indexOf(term, 106); end >= 0; end = x12.indexOf(term, end + 1)) {
            String segment = x12.substring(from, end);
            String lead = segment.substring(0, segment.length() - segment.stripLeading().length());
            String[] e = segment.stripLeading().split(Pattern.quote(String.valueOf(es)), -1);
            Set<Integer> numeric = NUMBERS.getOrDefault(e[0], Set.of());
            for (int i = 1; i < e.length; i++) {
                if (numeric.contains(i) && e[i].matches("-?[0-9.]+")) {
                    e[i] = replace.apply(e[i]);
                }
            }
            out.append(lead).append(String.join(String.valueOf(es), e)).append(term);
            from = end + 1;
        }
        return out.append(x12.substring(from)).toString();
    }

    static String pad(String number, int width) {
        boolean negative = number.startsWith("-");
        String digits = negative ? number.substring(1) : number;
        String zeros = "0".repeat(Math.max(0, width - number.length()));
        return (negative ? "-" : "") + zeros + digits;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02X", (int) c));
        }
        return b.toString();
    }

    @Test
    void every_mutant_of_every_sample_keeps_the_reader_properties() {
        List<String> broken = new ArrayList<>();
        int count = 0;
        for (Path sample : samples()) {
            for (Map.Entry<String, String> m : mutants(text(sample)).entrySet()) {
                count++;
                try {
                    ReaderProperties.check(m.getValue().getBytes(StandardCharsets.ISO_8859_1));
                } catch (AssertionError | RuntimeException ex) {
                    broken.add(sample.getFileName() + ", " + m.getKey() + ": " + ex);
                }
            }
        }
        assertTrue(count > 2000, "mutants: " + count);
        assertEquals(List.of(), broken, broken.size() + " of " + count + " broken");
    }

    @Test
    void zero_padded_numbers_read_as_the_same_exact_values() {
        String x12 = text(Path.of("src/test/resources/x12/867/normal-day.x12"));
        String padded = numbers(x12, '*', '~', n -> pad(n, 30));
        assertTrue(padded.contains("*000000000000000000000000"), padded);
        List<Interchange> plain;
        List<Interchange> zeros;
        try (X12Reader r = Fixtures.collecting(x12.getBytes(StandardCharsets.ISO_8859_1))) {
            plain = r.readInterchanges();
        }
        try (X12Reader r = Fixtures.collecting(padded.getBytes(StandardCharsets.ISO_8859_1))) {
            zeros = r.readInterchanges();
            if (!r.problems().isEmpty()) {
                return; // a refusal (an element longer than X12 allows) is an outcome; a wrong value is not
            }
        }
        assertEquals(plain, zeros);
    }

    @Test
    void the_seed_corpus_holds_one_mutant_of_each_class() throws IOException {
        Path dir = Path.of("src/test/resources/org/derkit/edi/X12ReaderFuzzTestInputs/reader_never_throws_anything_but_typed_problems");
        try (Stream<Path> seeds = Files.list(dir)) {
            List<String> names = seeds.map(p -> p.getFileName().toString()).toList();
            for (String mutation : List.of("zero-padded", "over-long", "truncated-at-boundary", "duplicated-interchange",
                    "padding-ctrl-z-nul", "control-bytes")) {
                assertTrue(names.stream().anyMatch(n -> n.startsWith(mutation)), mutation + " in " + names);
            }
        }
    }
}
