package org.derkit.examples.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One {@code derkit} command, such as {@code derkit rules}. Commands write results to {@code out}
 * and diagnostics to {@code err}, and return an exit code of {@link ExitCode}.
 */
public interface Command {

    /**
     * The command's name.
     *
     * @return the word typed after {@code derkit}, such as {@code rules} or {@code 867}
     */
    String name();

    /**
     * What the command does, in one line.
     *
     * @return the line shown in the command list of {@code derkit --help}
     */
    String summary();

    /**
     * How to call the command: its arguments, options, output columns and exit codes.
     *
     * @return the text printed by {@code derkit <name> --help}
     */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name; {@code --help} is handled by the caller
     * @param out where results go (CSV, reports)
     * @param err where diagnostics go, one line per problem
     * @return the exit code, one of {@link ExitCode}'s
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
