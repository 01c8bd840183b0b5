package org.derkit.examples.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.derkit.examples.screen.ApplicationCsv;
import org.derkit.examples.screen.ScreenInputException;
import org.derkit.model.application.InterconnectionApplication;

/**
 * The sample data bundled with der-examples: five interconnection applications (a residential
 * rooftop, a 250 kW commercial system with CTs and PTs, 3 MW community solar at 12.47 kV, 12 MVA at
 * 69 kV and a storage retrofit) and three 867 files of one service point (spring-forward day,
 * split hour across two files, fall-back day, a subtractive meter with multiplier 40).
 */
public final class BundledData {

    /** The bundled 867 files, in time order. */
    public static final List<String> USAGE_FILES = List.of(
            "ameren-867-2026-03-04.x12", "ameren-867-2026-03-11.x12", "ameren-867-2026-10-28.x12");

    /** The bundled application CSV's file name. */
    public static final String APPLICATIONS_FILE = "applications.csv";

    private BundledData() {
    }

    /** The bundled applications, in file order. */
    public static List<InterconnectionApplication> applications() {
        try (InputStream in = open(APPLICATIONS_FILE)) {
            return ApplicationCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), APPLICATIONS_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScreenInputException e) {
            throw new IllegalStateException("the bundled applications.csv is broken: " + e.getMessage(), e);
        }
    }

    /** One bundled application by its id, such as {@code COMMERCIAL-250KW}. */
    public static InterconnectionApplication application(String id) {
        Objects.requireNonNull(id, "id");
        return applications().stream().filter(a -> a.id().value().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Invalid value for application id (valid values "
                        + applications().stream().map(a -> a.id().value()).toList() + "): " + id));
    }

    /** Copies the bundled application CSV into a directory; returns the new file. */
    public static Path copyApplications(Path directory) throws IOException {
        return copy(APPLICATIONS_FILE, directory.resolve(APPLICATIONS_FILE));
    }

    /** Copies the bundled 867 files into a directory (created if needed); returns them in time order. */
    public static List<Path> copyUsageFiles(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (String name : USAGE_FILES) {
            files.add(copy("867/" + name, directory.resolve(name)));
        }
        return files;
    }

    private static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = open(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Opens a bundled file by its path below {@code org/derkit/examples/data/}. */
    static InputStream open(String resource) throws IOException {
        InputStream in = BundledData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("bundled data file missing: org/derkit/examples/data/" + resource);
        }
        return in;
    }
}
