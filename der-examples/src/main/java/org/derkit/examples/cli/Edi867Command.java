package org.derkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.derkit.edi.Edi867Generator;
import org.derkit.model.retail.MeterUnit;
import org.derkit.metering.UsageReadException;
import org.derkit.metering.UsageReader;
import org.derkit.metering.MeteringCsv;
import org.derkit.metering.MeteringCsvWriter;
import org.derkit.metering.NetSeriesAccumulator;
import org.derkit.metering.ReportLedger;

/** {@code derkit 867 intervals|series|generate}. */
final class Edi867Command implements Command {

    @Override
    public String name() {
        return "867";
    }

    @Override
    public String summary() {
        return "Read 867 files: '867 intervals', '867 series', '867 generate', '867 check'";
    }

    @Override
    public String help() {
        return """
                Usage: derkit 867 intervals FILE...
                       derkit 867 series FILE...
                       derkit 867 generate [options]
                       derkit 867 check FILE... [--enrollment FILE.json] [--delivery-voltage V --system-load-mw MW]

                intervals  Every interval of every meter in the 867 files, as CSV on stdout:
                             %s
                           meter empty for account-level intervals (PTD*BQ without REF*MG, read when the
                           profile's interval loop codes include BQ); role A (additive) or S
                           (subtractive, REF*JH); unit kWh, kW or kvarh; quality
                           ACTUAL or ESTIMATED; interval_start/_end ISO-8601 in America/Chicago with the
                           offset, e.g. 2026-03-08T03:00-05:00; value the exact decimal of the file (the
                           multiplier is applied only where the profile says the file has not).
                           Rows in file order, then meter order, then time order.

                series     The stitched net series per service point, as CSV on stdout:
                             %s
                           value = additive minus subtractive meters, the two parts of a split billing
                           hour summed (parts = 2); for demand (kW, not energy) the larger part; files in
                           any order. Sorted by service point, unit, interval start.

                generate   Writes a synthetic, valid Ameren-profile 867 interchange (seeded: the same
                           options give the same bytes). Options:
                             --seed N               random seed (default 1)
                             --service-points N     service points (default 1)
                             --meters N             meters per service point (default 1)
                             --subtractive          the last meter of each service point is subtractive
                             --multipliers          every second meter has multiplier 40 (MEA**MU)
                             --start DATE --end DATE  the first billing period (ISO dates;
                                                    default 2025-10-31 to 2025-12-01)
                             --periods N            consecutive billing periods (default 1)
                             --read-hour H          meters are read H elapsed hours into the day (default 14)
                             --split-hours          read at half past, splitting the boundary hour
                             --units LIST           kWh,kW,kvarh (default kWh)
                             --estimated-percent P  share of estimated values (default 2)
                             --output FILE          write to FILE instead of stdout

                Cancellations and replacements (BPT01 01 and 05) are applied across all files, in
                any order: a replacement's rows take the place of the report its BPT09 names, a
                cancelled report's rows are not written, and a cancellation writes none itself.
                Each one applied is named on stderr ("note: ... cancels report 'R1' (...)"), exit
                0. A cancellation or replacement naming no report read (ORIGINAL_NOT_FOUND), a
                report replaced twice, a report or interchange read twice (DUPLICATE_REPORT,
                DUPLICATE_INTERCHANGE), QTY totals other than the interval sums (TOTAL_MISMATCH) and
                intervals that do not cover the billing period (PERIOD_NOT_COVERED, naming the
                missing local times) are bad input.

                %s
                Bad input exits 2 with the file, the segment and the reason on stderr, and nothing on
                stdout: intervals checks every file before it writes a row (two passes, nothing
                buffered); series writes only after everything is stitched. Memory does not grow
                with the size of a file. Bad usage exits 64; out of memory or an internal error
                exits 70 with one line on stderr.
                """.formatted(String.join(",", MeteringCsv.INTERVAL_COLUMNS), String.join(",", MeteringCsv.SERIES_COLUMNS),
                        MeterDataCheck.help());
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("derkit 867: missing subcommand: intervals, series, generate or check (derkit 867 --help)");
            return ExitCode.USAGE;
        }
        String sub = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            switch (sub) {
                case "intervals":
                case "series":
                    return read(sub, files(sub, rest), out, err);
                case "generate":
                    return generate(rest, out, err);
                case "check":
                    return MeterDataCheck.run(rest, out, err);
                default:
                    throw new UsageException("unknown subcommand '" + sub + "': intervals, series, generate or check");
            }
        } catch (UsageException e) {
            err.println("derkit 867: " + e.getMessage() + " (derkit 867 --help)");
            return ExitCode.USAGE;
        }
    }

    private static List<Path> files(String sub, List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException(sub + ": no 867 file given");
        }
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) {
                throw new UsageException(sub + ": unknown option '" + a + "'");
            }
            files.add(Path.of(a));
        }
        return files;
    }

    private static int read(String sub, List<Path> files, PrintStream out, PrintStream err) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("derkit 867 " + sub + ": " + f + ": no such file");
                return ExitCode.BAD_INPUT;
            }
        }
        UsageReader reader = UsageReader.ameren();
        try {
            ReportLedger ledger = new ReportLedger();
            if (sub.equals("intervals")) {
                // nothing partial on stdout for a file that fails: a checking pass over every file
                // first (parser speed, only each 867's header kept, for cancellations and
                // replacements), then a second pass streams the rows of the reports that stand
                reader.read(files, ledger::record);
                ledger.check();
                MeteringCsvWriter csv = MeteringCsvWriter.intervals(out, reader.profile().clock());
                reader.read(files, t -> {
                    if (ledger.stands(t)) {
                        csv.write(t.period());
                    }
                });
                csv.flush();
            } else {
                // compact state per service point while reading; output only once everything is stitched.
                // A cancellation or replacement found on the way means a second pass over the reports that stand.
                NetSeriesAccumulator first = new NetSeriesAccumulator(reader.profile().clock());
                reader.read(files, t -> {
                    ledger.record(t);
                    if (t.isUsage()) {
                        first.add(t.period());
                    }
                });
                ledger.check();
                NetSeriesAccumulator net = first;
                if (ledger.hasCancellationsOrReplacements()) {
                    NetSeriesAccumulator standing = new NetSeriesAccumulator(reader.profile().clock());
                    reader.read(files, t -> {
                        if (ledger.stands(t)) {
                            standing.add(t.period());
                        }
                    });
                    net = standing;
                }
                net.finish();
                MeteringCsvWriter csv = MeteringCsvWriter.series(out, reader.profile().clock());
                net.forEachNet(csv::write);
                csv.flush();
            }
            for (String notice : ledger.notices()) {
                err.println("derkit 867 " + sub + ": note: " + notice);
            }
        } catch (UsageReadException e) {
            err.println("derkit 867 " + sub + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println("derkit 867 " + sub + ": " + e.getFile() + ": no such file");
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("derkit 867 " + sub + ": cannot read: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }

    private static int generate(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        LocalDate start = null;
        LocalDate end = null;
        Path output = null;
        Edi867Generator g;
        try {
            int seedAt = args.indexOf("--seed");
            g = Edi867Generator.withSeed(seedAt < 0 ? 1 : Long.parseLong(value(args, seedAt + 1, "--seed")));
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--seed" -> i++; // read first: every other setting applies to the seeded generator
                    case "--service-points" -> g = g.withServicePoints(Integer.parseInt(value(args, ++i, a)));
                    case "--meters" -> g = g.withMetersPerServicePoint(Integer.parseInt(value(args, ++i, a)));
                    case "--subtractive" -> g = g.withSubtractiveMeters(true);
                    case "--multipliers" -> g = g.withMultipliers(true);
                    case "--start" -> start = LocalDate.parse(value(args, ++i, a));
                    case "--end" -> end = LocalDate.parse(value(args, ++i, a));
                    case "--periods" -> g = g.withPeriods(Integer.parseInt(value(args, ++i, a)));
                    case "--read-hour" -> g = g.withReadHour(Integer.parseInt(value(args, ++i, a)));
                    case "--split-hours" -> g = g.withSplitHours(true);
                    case "--units" -> g = g.withUnits(units(value(args, ++i, a)));
                    case "--estimated-percent" -> g = g.withEstimatedPercent(Integer.parseInt(value(args, ++i, a)));
                    case "--output" -> output = Path.of(value(args, ++i, a));
                    default -> throw new UsageException("generate: unknown option '" + a + "'");
                }
            }
            if ((start == null) != (end == null)) {
                throw new UsageException("generate: --start and --end go together");
            }
            if (start != null) {
                g = g.withPeriod(start, end);
            }
        } catch (NumberFormatException e) {
            throw new UsageException("generate: not a whole number: " + e.getMessage());
        } catch (DateTimeParseException e) {
            throw new UsageException("generate: not an ISO date (yyyy-mm-dd): '" + e.getParsedString() + "'");
        } catch (IllegalArgumentException e) {
            throw new UsageException("generate: " + e.getMessage());
        }
        if (output == null) {
            g.writeTo(out);
            out.flush();
            return ExitCode.OK;
        }
        try (OutputStream file = Files.newOutputStream(output)) {
            g.writeTo(file);
        } catch (IOException e) {
            err.println("derkit 867 generate: " + output + ": cannot be written: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException("generate: " + option + " needs a value");
        }
        return args.get(i);
    }

    private static Set<MeterUnit> units(String list) throws UsageException {
        Set<MeterUnit> units = EnumSet.noneOf(MeterUnit.class);
        for (String u : list.split(",", -1)) {
            switch (u.strip().toLowerCase(Locale.ROOT)) {
                case "kwh" -> units.add(MeterUnit.KWH);
                case "kw" -> units.add(MeterUnit.KW);
                case "kvarh" -> units.add(MeterUnit.KVARH);
                default -> throw new UsageException("generate: unknown unit '" + u + "' (kWh, kW or kvarh)");
            }
        }
        return units;
    }
}
