package org.derkit.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derkit.model.retail.Enrollment;
import org.derkit.rules.RuleBook;
import org.derkit.rules.RulesCsv;
import org.derkit.rules.book.AmerenRuleBook;
import org.derkit.rules.book.Screening;
import org.derkit.rules.document.JsonDocumentException;
import org.derkit.rules.document.JsonDocuments;

/** {@code derkit enrollment}: the retail enrollment rules (RES-01..16) over enrollment documents. */
final class EnrollmentCommand implements Command {

    @Override
    public String name() {
        return "enrollment";
    }

    @Override
    public String summary() {
        return "Evaluate every requirement for each retail enrollment of a JSON or JSON Lines file";
    }

    @Override
    public String help() {
        return "Usage: derkit enrollment FILE.json|FILE.jsonl...\n\n"
                + "Reads retail enrollments (one per .json file, one per .jsonl line: account, service points,\n"
                + "meters, supplier, billing option, requested and DASR dates) and evaluates every requirement of\n"
                + "the catalogue for each, as `derkit screen` does for applications; the enrollment rules RES-01 to\n"
                + "RES-16 decide, the interconnection rules are NOT_APPLICABLE. Output, CSV on stdout:\n\n"
                + "  " + String.join(",", RulesCsv.SCREEN_HEADER) + "\n\n"
                + "application_id is the enrollment's account number (else its first service point, else the\n"
                + "file and line). The document's schema is der-rules/src/main/resources/org/derkit/rules/document/"
                + JsonDocuments.ENROLLMENT_SCHEMA + ".\n"
                + "A refused document exits 2 listing every problem with its JSON path, and nothing goes to stdout.\n"
                + "\nExample: der-examples/src/main/resources/org/derkit/examples/data/json/enrollment.json\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("derkit enrollment: no enrollment file given (derkit enrollment --help)");
            return ExitCode.USAGE;
        }
        for (String a : args) {
            if (a.startsWith("-")) {
                err.println("derkit enrollment: unknown option '" + a + "' (derkit enrollment --help)");
                return ExitCode.USAGE;
            }
            if (!a.endsWith(".json") && !a.endsWith(".jsonl")) {
                err.println("derkit enrollment: " + a + ": a .json or .jsonl file expected (derkit enrollment --help)");
                return ExitCode.USAGE;
            }
        }
        List<Enrollment> documents = new ArrayList<>();
        List<String> documentIds = new ArrayList<>();
        for (String file : args) {
            try {
                if (file.endsWith(".jsonl")) {
                    DocumentFiles.checkEnrollmentLines(Path.of(file));
                } else {
                    Enrollment e = DocumentFiles.readEnrollment(Path.of(file));
                    documents.add(e);
                    documentIds.add(id(e, file, 0));
                }
            } catch (JsonDocumentException e) {
                DocumentFiles.report("derkit enrollment", file, e, err);
                return ExitCode.BAD_INPUT;
            } catch (NoSuchFileException e) {
                err.println("derkit enrollment: " + file + ": no such file");
                return ExitCode.BAD_INPUT;
            } catch (IOException | UncheckedIOException e) {
                err.println("derkit enrollment: " + file + ": cannot be read: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        RuleBook<Screening> book = AmerenRuleBook.book();
        StringBuilder header = new StringBuilder();
        RulesCsv.writeScreenHeader(header);
        out.print(header);
        int single = 0;
        for (String file : args) {
            try {
                if (file.endsWith(".jsonl")) {
                    DocumentFiles.eachEnrollmentLine(Path.of(file), (line, e) -> print(book, id(e, file, line), e, out));
                } else {
                    print(book, documentIds.get(single), documents.get(single), out);
                    single++;
                }
            } catch (IOException | UncheckedIOException e) {
                err.println("derkit enrollment: " + file + ": cannot be read: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        return ExitCode.OK;
    }

    private static void print(RuleBook<Screening> book, String id, Enrollment enrollment, PrintStream out) {
        StringBuilder rows = new StringBuilder();
        RulesCsv.writeScreenRows(id, book.evaluate(Screening.of(enrollment)), rows);
        out.print(rows);
    }

    private static String id(Enrollment e, String file, long line) {
        if (e.account().number().isPresent()) {
            return e.account().number().get().value();
        }
        if (!e.servicePoints().isEmpty()) {
            return e.servicePoints().get(0).value();
        }
        if (!e.account().servicePoints().isEmpty()) {
            return e.account().servicePoints().get(0).id().value();
        }
        return line > 0 ? file + ":" + line : file;
    }
}
