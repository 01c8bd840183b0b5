package org.derkit.examples.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import org.derkit.examples.data.BundledData;
import org.derkit.metering.IntervalSeries;
import org.derkit.metering.ServicePointUsage;
import org.derkit.metering.UsageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library is usable without der-examples: a small program in its own module that requires
 * only {@code org.derkit.metering} is compiled and run on a module path holding der-metering and
 * what it reads (der-edi, der-model and their libraries), never der-examples or der-rules, and
 * reads the bundled 867s to the stitched series.
 */
class MeteringConsumerTest {

    @TempDir
    Path dir;

    private static final String MODULE = "module consumer {\n    requires org.derkit.metering;\n}\n";

    private static final String MAIN = """
            package consumer;

            import java.nio.file.Path;
            import java.util.ArrayList;
            import java.util.List;
            import org.derkit.metering.IntervalSeries;
            import org.derkit.metering.ServicePointUsage;
            import org.derkit.metering.UsageReader;

            public final class Main {
                public static void main(String[] args) throws Exception {
                    List<Path> files = new ArrayList<>();
                    for (String a : args) {
                        files.add(Path.of(a));
                    }
                    for (ServicePointUsage u : UsageReader.ameren().readAndStitch(files)) {
                        for (IntervalSeries net : u.netSeries()) {
                            System.out.println(u.servicePoint().value() + " " + net.unit().symbol() + " " + net.size()
                                    + " " + net.total().toPlainString() + " " + u.isEnergyConserved());
                        }
                    }
                }
            }
            """;

    /** der-metering and every module it reads, transitively, as the test's module layer resolved them. */
    private static List<Path> modulePath() {
        Set<ResolvedModule> seen = new LinkedHashSet<>();
        Deque<ResolvedModule> todo = new ArrayDeque<>();
        todo.add(ModuleLayer.boot().configuration().findModule("org.derkit.metering").orElseThrow());
        while (!todo.isEmpty()) {
            ResolvedModule m = todo.pop();
            if (seen.add(m)) {
                todo.addAll(m.reads());
            }
        }
        List<Path> path = new ArrayList<>();
        for (ResolvedModule m : seen) {
            m.reference().location().filter(u -> u.getScheme().equals("file")).map(Path::of).ifPresent(path::add);
        }
        return path;
    }

    @Test
    void should_read_the_bundled_867s_to_the_stitched_series_from_a_module_requiring_only_der_metering()
            throws IOException, InterruptedException {
        List<Path> files = BundledData.copyUsageFiles(dir.resolve("867"));
        List<Path> path = modulePath();
        String joined = String.join(java.io.File.pathSeparator, path.stream().map(Path::toString).toList());
        assertFalse(joined.contains("der-examples") || joined.contains("der-rules"), joined);
        assertTrue(joined.contains("der-metering") && joined.contains("der-edi"), joined);

        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("consumer"));
        Files.writeString(src.resolve("module-info.java"), MODULE);
        Files.writeString(src.resolve("consumer/Main.java"), MAIN);
        Path classes = dir.resolve("classes");
        ByteArrayOutputStream javacOut = new ByteArrayOutputStream();
        int javac = ToolProvider.findFirst("javac").orElseThrow().run(
                new PrintWriter(javacOut, true, StandardCharsets.UTF_8), new PrintWriter(javacOut, true, StandardCharsets.UTF_8),
                "--release", "17", "-p", joined, "-d", classes.toString(), src.resolve("module-info.java").toString(),
                src.resolve("consumer/Main.java").toString());
        assertEquals(0, javac, javacOut.toString(StandardCharsets.UTF_8));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-p", classes + java.io.File.pathSeparator + joined, "-m", "consumer/consumer.Main"));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);

        StringBuilder expected = new StringBuilder();
        for (ServicePointUsage u : UsageReader.ameren().readAndStitch(files)) {
            for (IntervalSeries net : u.netSeries()) {
                expected.append(u.servicePoint().value()).append(' ').append(net.unit().symbol()).append(' ')
                        .append(net.size()).append(' ').append(net.total().toPlainString()).append(' ')
                        .append(u.isEnergyConserved()).append(System.lineSeparator());
            }
        }
        assertEquals(expected.toString(), output);
        assertTrue(output.contains(" true"), output);
    }
}
