package org.derkit.examples.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code derkit shell}: jshell on the library's module path with its packages imported. The
 * {@code ./derkit} launcher starts jshell itself; this class documents the command and explains
 * what to do when the entry point is run directly with {@code java -m}.
 */
final class ShellCommand implements Command {

    @Override
    public String name() {
        return "shell";
    }

    @Override
    public String summary() {
        return "Open jshell on the library's module path with its packages imported";
    }

    @Override
    public String help() {
        return "Usage: ./derkit shell [jshell options]\n\n"
                + "Opens jshell with every derkit module on the module path and the library's packages\n"
                + "and static factories (DerQuantities.*) imported (der-examples/jshell/startup.jsh).\n\n"
                + "Scripts, each run by the build with its output checked:\n"
                + "  ./derkit shell der-examples/jshell/screen-application.jsh   screen an application against the book\n"
                + "  ./derkit shell der-examples/jshell/read-867-dst-day.jsh     read the bundled 867s, print the fall-back day\n"
                + "  ./derkit shell der-examples/jshell/property-test-rule.jsh   property-test a rule of your own\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("derkit: 'shell' starts jshell and is handled by the ./derkit launcher; "
                + "run ./derkit shell from the repository root.");
        return ExitCode.USAGE;
    }
}
