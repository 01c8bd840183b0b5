package org.derkit.examples.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One {@code derkit} command, such as {@code derkit rules}. Commands write results to {@code out}
 * and diagnostics to {@code err}, and return an exit code of {@link ExitCode}.
 */
public interface Command {

    /** The name typed after {@code derkit}, such as {@code rules} or {@code 867}. */
    String name();

    /** One line for the command list of {@code derkit --help}. */
    String summary();

    /** The text printed by {@code derkit <name> --help}. */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name; {@code --help} is handled by the caller
     * @return the exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
