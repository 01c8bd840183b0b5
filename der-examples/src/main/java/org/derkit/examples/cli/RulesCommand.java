package org.derkit.examples.cli;

import java.io.PrintStream;
import java.util.List;
import org.derkit.rules.RulesCsv;
import org.derkit.rules.book.AmerenRuleBook;

/** {@code derkit rules}: the rule book from the code, as CSV. */
final class RulesCommand implements Command {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String summary() {
        return "List the rule book with its limits and units, as CSV";
    }

    @Override
    public String help() {
        return "Usage: derkit rules\n\n"
                + "Lists every rule of the Ameren rule book, from the code, in catalogue order, as CSV on stdout:\n\n"
                + "  " + String.join(",", RulesCsv.RULES_HEADER) + "\n\n"
                + "  id       catalogue id, such as BTM-01\n"
                + "  source   the source document's file name\n"
                + "  section  the section of the source\n"
                + "  kind     rule, computation, advisory, process or informational (catalogue spelling)\n"
                + "  topic    the requirement topic, such as BTM_METERING\n"
                + "  limits   each limit as '<input> <at least|at most|greater than|less than> <value unit>\n"
                + "           (<inclusive|exclusive>)', joined by '; '\n\n"
                + "The book has " + AmerenRuleBook.book().rules().size() + " of "
                + AmerenRuleBook.book().catalogue().entries().size() + " catalogue ids in this build.\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("derkit rules: unexpected argument '" + args.get(0) + "' (derkit rules --help)");
            return ExitCode.USAGE;
        }
        out.print(RulesCsv.rules(AmerenRuleBook.book().rules().rules()));
        return ExitCode.OK;
    }
}
