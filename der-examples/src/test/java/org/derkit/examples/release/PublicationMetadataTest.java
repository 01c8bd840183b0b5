package org.derkit.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a utility's legal and build review reads before importing derkit: the license, the project's
 * coordinates, and a bill of materials that lists every library artifact at the reactor's version.
 */
class PublicationMetadataTest {

    static final Path ROOT = Path.of("..");

    /** Modules that are not artifacts a consumer imports: the benchmarks, the BOM itself and the architecture tests. */
    static final List<String> NOT_IN_BOM = List.of("der-bench", "der-bom", "der-architecture");

    static String pom(String module) throws IOException {
        return Files.readString(module.isEmpty() ? ROOT.resolve("pom.xml") : ROOT.resolve(module).resolve("pom.xml"));
    }

    static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String first(String text, String regex) {
        List<String> found = all(text, regex);
        assertTrue(!found.isEmpty(), "no match for " + regex);
        return found.get(0);
    }

    /** The project's own version: the first version after the parent's artifactId. */
    static String version(String pom) {
        return first(pom, "<artifactId>derkit-(?:parent|bom)</artifactId>\\s*<version>([^<]+)</version>");
    }

    static List<String> modules() throws IOException {
        return all(pom(""), "<module>([^<]+)</module>");
    }

    @Test
    void the_license_is_apache_2_in_the_file_and_in_the_poms() throws IOException {
        assertTrue(Files.readString(ROOT.resolve("LICENSE")).contains("Apache License\n                           Version 2.0"));
        for (String module : List.of("", "der-bom")) {
            String pom = pom(module);
            assertTrue(pom.contains("<name>Apache-2.0</name>"), module + " names the license by its SPDX id");
            for (String element : List.of("url", "scm", "developers", "issueManagement", "description")) {
                assertTrue(pom.contains("<" + element + ">"), module + " has no <" + element + ">");
            }
        }
    }

    @Test
    void every_module_describes_itself() throws IOException {
        for (String module : modules()) {
            String description = first(pom(module), "<description>([^<]+)</description>");
            assertTrue(description.length() > 20, module + ": " + description);
        }
    }

    @Test
    void the_bom_lists_every_library_artifact_at_the_reactor_version() throws IOException {
        String bom = pom("der-bom");
        assertEquals(version(pom("")), version(bom), "the BOM moves with the parent's version");
        assertTrue(!bom.contains("<parent>"), "the BOM must not inherit the parent's third-party versions");
        List<String> listed = all(bom, "<artifactId>(der-[^<]+)</artifactId>");
        List<String> expected = new ArrayList<>();
        for (String module : modules()) {
            if (!NOT_IN_BOM.contains(module)) {
                expected.add(first(pom(module), "</parent>\\s*<artifactId>([^<]+)</artifactId>"));
            }
        }
        assertEquals(expected, listed);
        assertTrue(!all(bom, "<version>([^<]+)</version>").stream().skip(1).anyMatch(v -> !v.equals("${project.version}")),
                "every artifact at the BOM's own version");
    }

    @Test
    void the_benchmarks_and_the_architecture_tests_are_never_installed_or_deployed() throws IOException {
        for (String module : List.of("der-bench", "der-architecture")) {
            String pom = pom(module);
            assertTrue(pom.contains("<maven.install.skip>true</maven.install.skip>"), module + " is installed");
            assertTrue(pom.contains("<maven.deploy.skip>true</maven.deploy.skip>"), module + " is deployed");
        }
    }
}
