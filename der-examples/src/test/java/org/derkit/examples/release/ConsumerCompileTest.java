package org.derkit.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer that compiles against derkit with {@code -Xlint:all -Werror} gets no warning from
 * derkit's types, on the module path and on the class path.
 *
 * <p>The consumer names every public type of every exported package of the library modules, so the
 * compiler reads each class file (with its annotations) as a user's build would. The compile runs
 * without Immutables, which derkit uses only at compile time ({@code requires static}), exactly as a
 * consumer's build sees it. The derkit jars and their dependencies come from this test's own module path.
 */
class ConsumerCompileTest {

    static final List<String> LIBRARY_MODULES = List.of(
            "org.derkit.model", "org.derkit.rules", "org.derkit.edi", "org.derkit.metering", "org.derkit.examples");

    @TempDir
    Path tmp;

    /** Canonical names of the public types, nested ones included, of the module's exported packages. */
    static Set<String> exportedPublicTypes(String moduleName) throws IOException {
        ResolvedModule resolved = ModuleLayer.boot().configuration().findModule(moduleName)
                .orElseThrow(() -> new AssertionError(moduleName + " is not on this test's module path"));
        Module module = ModuleLayer.boot().findModule(moduleName).orElseThrow();
        Set<String> exported = resolved.reference().descriptor().exports().stream()
                .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        Set<String> types = new TreeSet<>();
        try (ModuleReader reader = resolved.reference().open(); Stream<String> entries = reader.list()) {
            for (String entry : entries.filter(e -> e.endsWith(".class")).toList()) {
                String binaryName = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                int dot = binaryName.lastIndexOf('.');
                if (dot < 0 || !exported.contains(binaryName.substring(0, dot)) || binaryName.endsWith("-info")) {
                    continue;
                }
                Class<?> type = Class.forName(module, binaryName);
                if (type != null && visibleToConsumers(type)) {
                    types.add(type.getCanonicalName());
                }
            }
        }
        return types;
    }

    static boolean visibleToConsumers(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.getCanonicalName() == null) {
                return false;
            }
        }
        return true;
    }

    /** A class that names each type once, so that the compiler reads every one of their class files. */
    static String consumerSource(String packageName) throws IOException {
        StringBuilder source = new StringBuilder("package " + packageName + ";\n\n")
                .append("/** Names every public type of derkit's exported packages. */\n")
                .append("public final class UsesDerkit {\n")
                .append("    private UsesDerkit() {\n    }\n\n")
                .append("    /** @return the types */\n")
                .append("    public static java.util.List<Class<?>> types() {\n")
                .append("        return java.util.List.of(\n");
        List<String> references = new ArrayList<>();
        for (String module : LIBRARY_MODULES) {
            for (String type : exportedPublicTypes(module)) {
                references.add("                " + type + ".class");
            }
        }
        assertTrue(references.size() > 100, "found the library's types: " + references.size());
        source.append(String.join(",\n", references)).append(");\n    }\n}\n");
        return source.toString();
    }

    /** The derkit jars (or class directories) and everything they need, without the test tools. */
    static List<String> libraryPath() {
        String modulePath = System.getProperty("jdk.module.path");
        assertTrue(modulePath != null && !modulePath.isEmpty(), "tests run on the module path");
        List<String> entries = new ArrayList<>();
        for (String entry : modulePath.split(java.io.File.pathSeparator)) {
            if (!entry.contains("test-classes")) {
                entries.add(entry);
            }
        }
        assertTrue(entries.stream().noneMatch(e -> e.contains("immutables")),
                "a consumer compiles without Immutables: " + entries);
        return entries;
    }

    String javac(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        command.addAll(List.of("--release", "17", "-Xlint:all", "-Werror", "-Xmaxwarns", "10000", "-d",
                tmp.resolve("out").toString()));
        command.addAll(arguments);
        Path log = tmp.resolve("javac.log");
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!javac.waitFor(180, TimeUnit.SECONDS)) {
            javac.destroyForcibly();
            throw new AssertionError("javac did not finish within 180 s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, javac.exitValue(), "the consumer's -Werror compile failed:\n" + output);
        return output;
    }

    @Test
    void a_consumer_on_the_module_path_compiles_without_a_warning() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src/consumer/org/example/consumer"));
        Files.writeString(src.resolve("UsesDerkit.java"), consumerSource("org.example.consumer"));
        Files.writeString(tmp.resolve("src/consumer/module-info.java"), "/** A consumer. */\nmodule org.example.consumer {\n"
                + LIBRARY_MODULES.stream().map(m -> "    requires " + m + ";\n").collect(Collectors.joining())
                + "    exports org.example.consumer;\n}\n");
        String output = javac(List.of("--module-path", String.join(java.io.File.pathSeparator, libraryPath()),
                tmp.resolve("src/consumer/module-info.java").toString(), src.resolve("UsesDerkit.java").toString()));
        assertEquals("", output.strip(), "javac printed warnings");
    }

    @Test
    void a_consumer_on_the_class_path_compiles_without_a_warning() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src/org/example/consumer"));
        Files.writeString(src.resolve("UsesDerkit.java"), consumerSource("org.example.consumer"));
        String output = javac(List.of("-classpath", String.join(java.io.File.pathSeparator, libraryPath()),
                src.resolve("UsesDerkit.java").toString()));
        assertEquals("", output.strip(), "javac printed warnings");
    }
}
