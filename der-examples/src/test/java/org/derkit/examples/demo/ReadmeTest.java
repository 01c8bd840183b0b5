package org.derkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derkit.examples.cli.Derkit;
import org.derkit.examples.data.BundledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples are the code the build runs, and its sample outputs are what they print. */
class ReadmeTest {

    @TempDir
    Path tmp;

    static final Path ROOT = Path.of("..");

    static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    @Test
    void the_first_example_is_the_screening_script_that_the_build_runs() throws IOException {
        String text = readme();
        int start = text.indexOf("```java\n") + "```java\n".length();
        String firstBlock = text.substring(start, text.indexOf("```", start));
        assertEquals(Files.readString(Path.of("jshell", "screen-application.jsh")), firstBlock);
        assertTrue(firstBlock.lines().count() <= 12, "about ten lines");
        assertTrue(text.indexOf("```java\n") < 1200, "on the first screen");
    }

    @Test
    void the_two_commands_are_there() throws IOException {
        assertTrue(readme().contains("mvn -B verify "));
        assertTrue(readme().contains("./derkit demo "));
    }

    @Test
    void every_jshell_script_is_described_and_every_image_exists() throws IOException {
        String text = readme();
        try (var scripts = Files.list(Path.of("jshell"))) {
            for (Path s : scripts.filter(p -> !p.endsWith("startup.jsh")).toList()) {
                assertTrue(text.contains(s.getFileName().toString()), s.toString());
            }
        }
        Matcher images = Pattern.compile("!\\[[^]]*\\]\\(([^)]+)\\)").matcher(text);
        int count = 0;
        while (images.find()) {
            assertTrue(Files.size(ROOT.resolve(images.group(1))) > 1000, images.group(1));
            count++;
        }
        assertEquals(4, count);
    }

    @Test
    void the_property_test_example_is_the_compiled_test() throws IOException {
        String text = readme();
        String test = Files.readString(Path.of("src/test/java/org/derkit/examples/programs/CustomRulePropertyTest.java"));
        String normalisedTest = test.replaceAll("\\s+", " ");
        int start = text.indexOf("## Property-test your own rules");
        int code = text.indexOf("```java\n", start) + "```java\n".length();
        String block = text.substring(code, text.indexOf("```", code));
        for (String line : List.of(block.split("\n"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("record Site") || l.startsWith("qt()") || l.startsWith("}")) {
                continue;
            }
            assertTrue(normalisedTest.contains(l.replaceAll("\\s+", " ")), "not in the test: " + l);
        }
    }

    /**
     * Each {@code $ ./derkit ...} sample of the README runs in this JVM on the bundled data, and
     * prints what the README shows. {@code broken.x12} is the first bundled 867 with its first
     * interval (a DTM and its QTY) given twice, as the README says.
     */
    @Test
    void every_derkit_command_sample_prints_what_the_readme_shows() throws IOException {
        BundledData.copyUsageFiles(tmp);
        BundledData.copyApplications(tmp);
        List<String> first = Files.readAllLines(tmp.resolve("ameren-867-2026-03-04.x12"));
        List<String> broken = new ArrayList<>(first.subList(0, 22));
        broken.addAll(first.subList(20, 22));
        broken.addAll(first.subList(22, first.size()));
        Files.write(tmp.resolve("broken.x12"), broken);

        List<ReadmeSamples> samples = ReadmeSamples.startingWith("./derkit ");
        int checked = 0;
        for (ReadmeSamples sample : samples) {
            String command = sample.command();
            if (command.equals("./derkit shell") || command.startsWith("./derkit shell ") || command.equals("./derkit demo")) {
                continue; // jshell samples: JshellScriptsTest; the demo: the_demo_ends_as_the_readme_shows
            }
            if (command.contains(".json")) {
                continue; // the JSON document samples, with the documents shown beside them: ReadmeJsonTest
            }
            boolean echoExit = command.endsWith("; echo \"exit $?\"");
            String[] pipeline = command.replace("; echo \"exit $?\"", "").split(" \\| ");
            List<String> args = new ArrayList<>();
            for (String word : pipeline[0].substring("./derkit ".length()).split(" ")) {
                args.add(Files.exists(tmp.resolve(word)) ? tmp.resolve(word).toString() : word);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code;
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                code = new Derkit(o, e).run(args);
            }
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            for (int i = 1; i < pipeline.length; i++) {
                String grep = pipeline[i].strip();
                assertTrue(grep.startsWith("grep "), "a README pipe the test knows: " + grep);
                Pattern pattern = Pattern.compile(grep.substring("grep ".length()).replace("'", ""));
                lines = lines.stream().filter(l -> pattern.matcher(l).find()).toList();
            }
            String printed = String.join("\n", lines) + "\n" + err.toString(StandardCharsets.UTF_8)
                    .replace(tmp.toString() + java.io.File.separator, "");
            List<String> expected = new ArrayList<>(sample.output());
            if (echoExit) {
                String exit = expected.remove(expected.size() - 1);
                assertEquals("exit " + code, exit, command);
            } else {
                assertEquals(0, code, command + " failed: " + err);
            }
            assertTrue(ReadmeSamples.shows(expected, printed),
                    "README shows for " + command + ":\n" + String.join("\n", expected) + "\nbut it prints:\n" + printed);
            checked++;
        }
        assertEquals(5, checked, "the README's derkit command samples");
    }

    @Test
    void the_demo_ends_as_the_readme_shows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            code = new Derkit(o, o).run(List.of("demo", "--out", tmp.resolve("derkit-demo-out").toString()));
        }
        assertEquals(0, code);
        List<String> shown = ReadmeSamples.blockAfter("It ends like this:");
        String printed = out.toString(StandardCharsets.UTF_8).replace(tmp.toString() + java.io.File.separator, "");
        List<String> last = printed.lines().toList();
        last = last.subList(Math.max(0, last.size() - shown.size()), last.size());
        assertTrue(ReadmeSamples.shows(shown, String.join("\n", last)),
                "README shows:\n" + String.join("\n", shown) + "\nbut the demo ends:\n" + String.join("\n", last));
    }
}
