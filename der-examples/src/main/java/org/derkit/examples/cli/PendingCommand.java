package org.derkit.examples.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the contract that this build does not provide yet: it says so plainly and exits
 * with {@link ExitCode#USAGE}, rather than pretending to work.
 */
final class PendingCommand implements Command {

    private final String name;
    private final String summary;

    PendingCommand(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary + " (not available in this build yet)";
    }

    @Override
    public String help() {
        return "Usage: derkit " + name + "\n\n" + summary + ".\n\nThis command is part of the derkit "
                + "contract but is not available in this build yet.\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("derkit: '" + name + "' is not available in this build yet; "
                + "see 'derkit --help' for the commands that are.");
        return ExitCode.USAGE;
    }
}
