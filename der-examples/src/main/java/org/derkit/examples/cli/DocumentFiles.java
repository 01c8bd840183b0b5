package org.derkit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.retail.Enrollment;
import org.derkit.rules.document.JsonDocumentException;
import org.derkit.rules.document.JsonDocuments;
import org.derkit.rules.document.JsonProblem;

/** The commands' access to JSON and JSON Lines document files, and how they report a refusal. */
final class DocumentFiles {

    private DocumentFiles() {
    }

    static InterconnectionApplication readApplication(Path file) throws IOException {
        return JsonDocuments.readApplication(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Enrollment readEnrollment(Path file) throws IOException {
        return JsonDocuments.readEnrollment(Files.readString(file, StandardCharsets.UTF_8));
    }

    static void checkApplicationLines(Path file) throws IOException {
        eachApplicationLine(file, a -> { });
    }

    static void eachApplicationLine(Path file, Consumer<InterconnectionApplication> each) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonDocuments.readApplicationLines(in, (line, a) -> each.accept(a));
        }
    }

    static void checkEnrollmentLines(Path file) throws IOException {
        eachEnrollmentLine(file, (line, e) -> { });
    }

    static void eachEnrollmentLine(Path file, java.util.function.BiConsumer<Long, Enrollment> each) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonDocuments.readEnrollmentLines(in, each);
        }
    }

    /** Prints a refused document's problems, one per line, after a line naming the file. */
    static void report(String command, String file, JsonDocumentException e, PrintStream err) {
        int n = e.problems().size();
        err.println(command + ": " + file + ": " + e.field() + " refused, " + n + (n == 1 ? " problem:" : " problems:"));
        for (JsonProblem p : e.problems()) {
            err.println("  " + p);
        }
    }
}
