package org.derkit.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derkit.rules.document.ApplicationCsv;
import org.derkit.rules.document.ApplicationCsvException;
import org.derkit.examples.screen.Screener;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.rules.Outcome;
import org.derkit.rules.RulesCsv;
import org.derkit.rules.document.JsonDocumentException;
import org.derkit.rules.document.JsonDocuments;

/** {@code derkit screen FILE.csv}: every requirement for every application row, as CSV. */
final class ScreenCommand implements Command {

    @Override
    public String name() {
        return "screen";
    }

    @Override
    public String summary() {
        return "Evaluate every requirement for each application of a CSV, JSON or JSON Lines file";
    }

    @Override
    public String help() {
        StringBuilder s = new StringBuilder("Usage: derkit screen FILE.csv|FILE.json|FILE.jsonl...\n\n"
                + "Reads interconnection applications (one per CSV row, one per .json file, one per .jsonl line)\n"
                + "and evaluates every requirement of the catalogue for each. Output, CSV on stdout, one row per application and catalogue id in catalogue order:\n\n"
                + "  " + String.join(",", RulesCsv.SCREEN_HEADER) + "\n\n"
                + "outcome: ");
        StringBuilder outcomes = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            outcomes.append(outcomes.length() == 0 ? "" : ", ").append(o.name());
        }
        s.append(outcomes).append(".\nvalue: the level (LEVEL_1..LEVEL_4, PART_467), money (600.00), the ESS type (1-NEx),\n"
                + "a range (min..max or min..), otherwise empty. explanation: one sentence with the measured\n"
                + "value, the limit with units and the source section. A catalogue id this build's rule book does\n"
                + "not encode yet is reported as REVIEW, saying so.\n\n"
                + "Input columns (header names; application_id required, any subset of the others; an empty cell\n"
                + "means unknown; an unknown column or a bad cell exits 2 naming file, line and column):\n\n");
        for (ApplicationCsv.Column c : ApplicationCsv.columns()) {
            s.append(String.format("  %-31s %s%n", c.name(), c.description()));
        }
        s.append("\nThe CSV is the flat subset. A JSON document states every input of every rule; its schema is\n"
                + "der-rules/src/main/resources/org/derkit/rules/document/" + JsonDocuments.APPLICATION_SCHEMA + ".\n"
                + "A refused document exits 2 listing every problem with its JSON path, and nothing goes to stdout.\n"
                + "\nExamples: der-examples/src/main/resources/org/derkit/examples/data/applications.csv\n"
                + "          der-examples/src/main/resources/org/derkit/examples/data/json/*.json\n");
        return s.toString();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("derkit screen: no application CSV file given (derkit screen --help)");
            return ExitCode.USAGE;
        }
        for (String a : args) {
            if (a.startsWith("-")) {
                err.println("derkit screen: unknown option '" + a + "' (derkit screen --help)");
                return ExitCode.USAGE;
            }
        }
        List<InterconnectionApplication> applications = new ArrayList<>();
        List<Path> jsonLines = new ArrayList<>();
        for (String file : args) {
            try {
                if (file.endsWith(".jsonl")) {
                    // checked whole now, screened line by line below: nothing on stdout for a bad file
                    DocumentFiles.checkApplicationLines(Path.of(file));
                    jsonLines.add(Path.of(file));
                } else if (file.endsWith(".json")) {
                    applications.add(DocumentFiles.readApplication(Path.of(file)));
                } else {
                    applications.addAll(ApplicationCsv.read(Path.of(file)));
                }
            } catch (ApplicationCsvException e) {
                err.println("derkit screen: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            } catch (JsonDocumentException e) {
                DocumentFiles.report("derkit screen", file, e, err);
                return ExitCode.BAD_INPUT;
            } catch (NoSuchFileException e) {
                err.println("derkit screen: " + file + ": no such file");
                return ExitCode.BAD_INPUT;
            } catch (IOException | UncheckedIOException e) {
                err.println("derkit screen: " + file + ": cannot be read: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        Screener screener = Screener.ameren();
        StringBuilder csv = new StringBuilder();
        screener.writeCsv(applications, csv);
        out.print(csv);
        for (Path file : jsonLines) {
            try {
                DocumentFiles.eachApplicationLine(file, a -> {
                    StringBuilder rows = new StringBuilder();
                    RulesCsv.writeScreenRows(a.id().value(), screener.evaluate(a), rows);
                    out.print(rows);
                });
            } catch (IOException | UncheckedIOException e) {
                err.println("derkit screen: " + file + ": cannot be read: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        return ExitCode.OK;
    }
}
