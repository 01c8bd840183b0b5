package org.derkit.examples.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code derkit} command: {@code derkit <command> [args]}. The {@code ./derkit} launcher at the
 * repository root builds the library if needed and runs this class on the module path;
 * {@code derkit shell} is handled by the launcher itself (it starts jshell).
 */
public final class Derkit {

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    /** A command line writing to the given streams, with every command of the contract. */
    public Derkit(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        for (Command c : List.<Command>of(
                new DemoCommand(),
                new Edi867Command(),
                new Edi814Command(),
                new Edi810Command(),
                new Edi997Command(),
                new AckCommand(),
                new ScreenCommand(),
                new EnrollmentCommand(),
                new RulesCommand(),
                new ShellCommand())) {
            commands.put(c.name(), c);
        }
    }

    public static void main(String[] args) {
        int code = new Derkit(System.out, System.err).run(List.of(args));
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code. */
    public int run(List<String> args) {
        if (args.isEmpty() || isHelp(args.get(0))) {
            out.print(usage());
            return args.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("derkit: unknown command '" + args.get(0) + "'");
            err.print(usage());
            return ExitCode.USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.stream().anyMatch(Derkit::isHelp)) {
            out.print(command.help());
            return ExitCode.OK;
        }
        return command.run(rest, out, err);
    }

    /** The text of {@code derkit --help}. */
    public String usage() {
        StringBuilder text = new StringBuilder("Usage: derkit <command> [arguments]\n\n"
                + "Ameren Illinois DER rules, EDI 867/814/810 and interval metering.\n\nCommands:\n");
        for (Command c : commands.values()) {
            text.append(String.format("  %-8s %s%n", c.name(), c.summary()));
        }
        text.append("\nEvery command has --help. Exit codes: 0 success, 2 bad input, 64 bad usage.\n");
        return text.toString();
    }

    static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }
}
