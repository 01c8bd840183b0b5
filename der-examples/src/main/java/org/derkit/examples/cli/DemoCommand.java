package org.derkit.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.derkit.examples.demo.Demo;
import org.derkit.metering.UsageReadException;

/** {@code derkit demo}: the main job on the bundled sample data. */
final class DemoCommand implements Command {

    static final String DEFAULT_OUT = "derkit-demo-out";

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "Screen the bundled applications and read the bundled 867 files";
    }

    @Override
    public String help() {
        return "Usage: derkit demo [--out DIR]\n\n"
                + "Runs the main job on the bundled sample data, no arguments needed:\n"
                + "  - screens the five bundled applications against the whole rule book and prints a report\n"
                + "    grouped by requirement topic (screening-report.txt and screening.csv have every finding);\n"
                + "  - reads the bundled 867 files (spring-forward day, fall-back day, a split hour across two\n"
                + "    files, a subtractive meter with a CT/PT multiplier), writes intervals.csv and series.csv\n"
                + "    and checks that energy is conserved exactly;\n"
                + "  - draws volt-var.svg, ride-through-voltage.svg, ride-through-frequency.svg and dst-days.svg.\n\n"
                + "Everything is written into ./" + DEFAULT_OUT + "/ (or DIR).\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path dir = Path.of(DEFAULT_OUT);
        if (args.size() == 2 && args.get(0).equals("--out")) {
            dir = Path.of(args.get(1));
        } else if (!args.isEmpty()) {
            err.println("derkit demo: unexpected argument '" + args.get(0) + "' (derkit demo --help)");
            return ExitCode.USAGE;
        }
        try {
            Demo.run(dir, out);
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("derkit demo: cannot write " + dir + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (UsageReadException e) {
            err.println("derkit demo: a bundled 867 file is broken: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
