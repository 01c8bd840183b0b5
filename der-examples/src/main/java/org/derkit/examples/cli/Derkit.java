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

    /**
     * A command line writing to the given streams, with every command of the contract.
     *
     * @param out where the commands' results go
     * @param err where diagnostics go
     */
    public Derkit(PrintStream out, PrintStream err) {
        this(out, err, List.of(
                new DemoCommand(),
                new Edi867Command(),
                new Edi814Command(),
                new Edi810Command(),
                new Edi997Command(),
                new AckCommand(),
                new ScreenCommand(),
                new EnrollmentCommand(),
                new RulesCommand(),
                new ShellCommand()));
    }

    /** A command line with the given commands (tests use it to run a command that fails). */
    Derkit(PrintStream out, PrintStream err, List<Command> list) {
        this.out = out;
        this.err = err;
        for (Command c : list) {
            commands.put(c.name(), c);
        }
    }

    /**
     * Runs {@code derkit} on the process's streams and exits with the command's exit code.
     *
     * @param args the command and its arguments, such as {@code rules --json}
     */
    public static void main(String[] args) {
        int code = new Derkit(System.out, System.err).run(List.of(args));
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs one command line. An error the command did not expect (out of memory, a bug) becomes one
     * line on {@code err} and exit code {@link ExitCode#INTERNAL}, never a stack trace.
     *
     * @param args the command and its arguments
     * @return the exit code, one of {@link ExitCode}'s
     */
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
        try {
            return command.run(rest, out, err);
        } catch (OutOfMemoryError e) {
            return internal(command.name(), "out of memory (" + e.getMessage() + ", heap limit "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); try a larger heap: JAVA_TOOL_OPTIONS=-Xmx"
                    + suggestedHeapMb() + "m ./derkit " + String.join(" ", args));
        } catch (StackOverflowError e) {
            return internal(command.name(), "out of stack; try a larger thread stack: JAVA_TOOL_OPTIONS=-Xss8m ./derkit "
                    + String.join(" ", args));
        } catch (RuntimeException | Error e) {
            StackTraceElement[] at = e.getStackTrace();
            return internal(command.name(), "internal error: " + e.getClass().getName()
                    + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))
                    + (at.length > 0 ? " at " + at[0] : "") + "; please report it with the command line");
        }
    }

    /** One line on stderr, exit 70: what ran out or failed, and what to try. */
    private int internal(String command, String message) {
        out.flush();
        err.println("derkit " + command + ": " + message);
        err.flush();
        return ExitCode.INTERNAL;
    }

    /** Four times the current heap limit, at least 1 GB, in MB. */
    static long suggestedHeapMb() {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return Math.max(1024, Math.min(mb * 4, 64L * 1024));
    }

    private static String oneLine(String text) {
        String line = text.replace("\r", "\\r").replace("\n", "\\n");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /**
     * The command list.
     *
     * @return the text of {@code derkit --help}
     */
    public String usage() {
        StringBuilder text = new StringBuilder("Usage: derkit <command> [arguments]\n\n"
                + "Ameren Illinois DER rules, EDI 867/814/810 and interval metering.\n\nCommands:\n");
        for (Command c : commands.values()) {
            text.append(String.format("  %-8s %s%n", c.name(), c.summary()));
        }
        text.append("\nEvery command has --help. Exit codes: 0 success, 2 bad input, 64 bad usage,"
                + " 70 internal error (out of memory: one line on stderr with the JAVA_TOOL_OPTIONS=-Xmx... to try).\n");
        return text.toString();
    }

    static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }
}
