package org.derkit.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derkit.examples.screen.ApplicationCsv;
import org.derkit.examples.screen.ScreenInputException;
import org.derkit.examples.screen.Screener;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.rules.Outcome;
import org.derkit.rules.RulesCsv;

/** {@code derkit screen FILE.csv}: every requirement for every application row, as CSV. */
final class ScreenCommand implements Command {

    @Override
    public String name() {
        return "screen";
    }

    @Override
    public String summary() {
        return "Evaluate every requirement for each application row of a CSV file";
    }

    @Override
    public String help() {
        StringBuilder s = new StringBuilder("Usage: derkit screen FILE.csv [FILE.csv...]\n\n"
                + "Reads one interconnection application per row and evaluates every requirement of the catalogue\n"
                + "for it. Output, CSV on stdout, one row per application and catalogue id in catalogue order:\n\n"
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
        s.append("\nExample: der-examples/src/main/resources/org/derkit/examples/data/applications.csv\n");
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
        for (String file : args) {
            try {
                applications.addAll(ApplicationCsv.read(Path.of(file)));
            } catch (ScreenInputException e) {
                err.println("derkit screen: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            } catch (NoSuchFileException e) {
                err.println("derkit screen: " + file + ": no such file");
                return ExitCode.BAD_INPUT;
            } catch (IOException e) {
                err.println("derkit screen: " + file + ": cannot be read: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        StringBuilder csv = new StringBuilder();
        Screener.ameren().writeCsv(applications, csv);
        out.print(csv);
        return ExitCode.OK;
    }
}
