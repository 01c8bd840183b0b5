package org.derkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sample outputs of the README: each command line ({@code $ ...}) of a plain fenced block with
 * the lines printed after it. The README may shorten an output: a line that ends in {@code ...}
 * stands for that start of a line, a line {@code ...} alone for any lines, and a trailing
 * {@code <- note} is the README's comment, not output. Wrapped lines compare equal to the unwrapped
 * output (whitespace is compared as single spaces).
 */
record ReadmeSamples(String command, List<String> output) {

    /** The README's plain fenced blocks (no language), each with the text before it, in order. */
    static List<List<String>> plainBlocks(List<String> before) throws IOException {
        List<List<String>> blocks = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        List<String> block = null;
        boolean inOther = false;
        for (String line : Files.readAllLines(ReadmeTest.ROOT.resolve("README.md"))) {
            if (line.startsWith("```")) {
                if (block != null) {
                    blocks.add(List.copyOf(block));
                    block = null;
                } else if (inOther) {
                    inOther = false;
                } else if (line.equals("```")) {
                    block = new ArrayList<>();
                    before.add(prose.toString());
                } else {
                    inOther = true;
                }
            } else if (block != null) {
                block.add(line);
            } else {
                prose.append(line).append('\n');
            }
        }
        return blocks;
    }

    /** Every command of the README's plain fenced blocks that starts with the given prefix. */
    static List<ReadmeSamples> startingWith(String prefix) throws IOException {
        List<ReadmeSamples> samples = new ArrayList<>();
        for (List<String> lines : plainBlocks(new ArrayList<>())) {
            String command = null;
            List<String> output = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("$ ")) {
                    if (command != null && command.startsWith(prefix)) {
                        samples.add(new ReadmeSamples(command, List.copyOf(output)));
                    }
                    command = line.substring(2).strip();
                    output.clear();
                } else if (command != null) {
                    output.add(line);
                }
            }
            if (command != null && command.startsWith(prefix)) {
                samples.add(new ReadmeSamples(command, List.copyOf(output)));
            }
        }
        return samples;
    }

    /** The first plain README block after the first mention of {@code marker}. */
    static List<String> blockAfter(String marker) throws IOException {
        String text = Files.readString(ReadmeTest.ROOT.resolve("README.md"));
        int mention = text.indexOf(marker);
        assertTrue(mention >= 0, "README mentions " + marker);
        // the first plain fenced block (opened by three backticks alone) after the marker; blocks
        // with a language (```java) are passed over whole
        // a marker inside a fenced block (the /exit of a script) starts the scan inside that block
        boolean inside = text.substring(0, mention).lines().filter(l -> l.startsWith("```")).count() % 2 == 1;
        List<String> lines = text.substring(mention).lines().skip(1).toList();
        List<String> block = null;
        for (String line : lines) {
            if (line.startsWith("```")) {
                if (block != null) {
                    return block;
                }
                if (!inside && line.equals("```")) {
                    block = new ArrayList<>();
                }
                inside = !inside;
            } else if (block != null) {
                block.add(line);
            }
        }
        throw new AssertionError("no plain block after " + marker);
    }

    /** Characters of fence and block lines before {@code index}: prose offsets leave them out. */
    private static int countFenced(String text, int index) {
        int fenced = 0;
        boolean in = false;
        for (String line : text.substring(0, index).split("\n", -1)) {
            if (line.startsWith("```")) {
                in = !in;
                fenced += line.length() + 1;
            } else if (in) {
                fenced += line.length() + 1;
            }
        }
        return fenced;
    }

    /** Whether {@code actual} is what the README's {@code expected} lines show. */
    static boolean shows(List<String> expected, String actual) {
        StringBuilder regex = new StringBuilder();
        for (String line : expected) {
            String shown = line.replaceAll("\\s+<- .*$", "").strip();
            if (shown.equals("...")) {
                regex.append(".*");
                continue;
            }
            boolean prefix = shown.endsWith("...");
            if (prefix) {
                shown = shown.substring(0, shown.length() - 3).strip();
            }
            regex.append(Pattern.quote(normalise(shown))).append(prefix ? "[^\n]*" : "").append("\n");
        }
        String lines = actual.lines().map(ReadmeSamples::normalise).reduce("", (a, b) -> a + b + "\n");
        String flat = regex.toString().replace("\n", " ");
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(lines).matches()
                || Pattern.compile(flat.replace("[^ ]*", ".*"), Pattern.DOTALL).matcher(normalise(actual) + " ").matches();
    }

    static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
