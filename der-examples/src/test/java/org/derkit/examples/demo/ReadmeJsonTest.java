package org.derkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derkit.examples.cli.Derkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's JSON application and its screening are what {@code derkit screen} prints. */
class ReadmeJsonTest {

    @TempDir
    Path dir;

    private static String section() throws IOException {
        String text = ReadmeTest.readme();
        return text.substring(text.indexOf("### JSON documents"));
    }

    private static String block(String text, String fence) {
        int start = text.indexOf(fence) + fence.length();
        return text.substring(start, text.indexOf("```", start));
    }

    private record Run(int code, String out, String err) {
    }

    private Run screen(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new Derkit(o, e).run(List.of("screen", file.getFileName().toString()));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void should_print_what_the_readme_shows_when_its_json_application_is_screened() throws IOException {
        String section = section();
        String json = block(section, "```json\n");
        String shell = block(section.substring(section.indexOf("```json\n") + 8 + json.length() + 3), "```\n");
        List<String> lines = shell.lines().toList();
        // the grep of the first command, applied to the real output
        Path small = Files.writeString(Path.of("small.json").toAbsolutePath(), json);
        try {
            Run run = screen(Path.of("small.json"));
            assertEquals(0, run.code(), run.err());
            String shown = String.join("\n", lines.subList(1, lines.indexOf(lines.stream()
                    .filter(l -> l.startsWith("$ ./derkit screen bad.json")).findFirst().orElseThrow())));
            String actual = String.join("\n", run.out().lines()
                    .filter(l -> l.matches("[^,]*,(BTM-01|POL-03|POL-07),.*")).toList());
            assertEquals(shown, actual);
        } finally {
            Files.deleteIfExists(small);
        }
        Path bad = Path.of("bad.json").toAbsolutePath();
        Files.writeString(bad, json.replace("\"nameplate\": \"30 kW\"", "\"nameplate\": \"30 kVA\"")
                .replace("\"THREE\"", "\"TWO\""));
        try {
            Run run = screen(Path.of("bad.json"));
            int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("$ ./derkit screen bad.json"))
                    .findFirst().orElseThrow());
            assertEquals(String.join("\n", lines.subList(at + 1, lines.size() - 1)) + "\n", run.err());
            assertEquals("exit " + run.code(), lines.get(lines.size() - 1));
            assertEquals("", run.out());
        } finally {
            Files.deleteIfExists(bad);
        }
    }
}
