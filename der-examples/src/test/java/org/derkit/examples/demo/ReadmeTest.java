package org.derkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's examples are the code the build runs. */
class ReadmeTest {

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
}
