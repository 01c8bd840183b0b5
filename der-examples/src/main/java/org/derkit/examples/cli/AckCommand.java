package org.derkit.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.derkit.edi.Edi997;
import org.derkit.edi.ErrorMode;
import org.derkit.edi.GroupReport;
import org.derkit.edi.Interchange;
import org.derkit.edi.InterchangeReport;
import org.derkit.edi.LineEnding;
import org.derkit.edi.TransactionReport;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Problem;
import org.derkit.edi.X12Reader;
import org.derkit.edi.X12Writer;

/** {@code derkit ack FILE}: the 997 functional acknowledgement of a received file. */
final class AckCommand implements Command {

    @Override
    public String name() {
        return "ack";
    }

    @Override
    public String summary() {
        return "Write the 997 acknowledging a received X12 file (accepted, or rejected with AK3/AK4)";
    }

    @Override
    public String help() {
        return """
                Usage: derkit ack [--control-number N] [--at DATE-TIME] FILE

                Reads the X12 file (867, 814, 810; other transaction sets are rejected as not supported)
                and writes on stdout the interchange that acknowledges it: for each interchange received,
                an ISA from its receiver back to its sender (same version, usage indicator and delimiters),
                an FA functional group, and in it one 997 per functional group received:
                  AK1  the group's GS01 and GS06
                  AK2  each transaction set received, with
                  AK3  each segment in error: segment, position in the set (ST = 1), code (1 unrecognized,
                       2 unexpected, 3 mandatory segment missing, 8 data element errors)
                  AK4  each element in error: position (and component), code (1 mandatory missing, 5 too
                       long, 6 invalid character or number, 7 invalid code, 8 invalid date, 9 invalid
                       time) and a copy of the bad value
                  AK5  A accepted, or R rejected with codes (1 not supported, 2 no SE, 3 SE02 differs,
                       4 SE01 wrong, 5 segments in error)
                  AK9  A, E (GE in error), P (some sets rejected) or R, with the counts of sets included
                       (GE01), received and accepted, and group codes (3 no GE, 4 GE02 differs, 5 GE01 wrong)
                Groups of 997s are not acknowledged. The problems found are also said on stderr, one line
                each, followed by one line per group acknowledged.

                Options:
                  --control-number N   ISA13 and GS06 of the acknowledgement, 1..999999999 (default 1;
                                       the next interchange of the file gets N+1)
                  --at DATE-TIME       its date and time, ISO local time in America/Chicago such as
                                       2026-03-11T08:05 (default: now)

                Exit codes: 0 the 997 was written (whatever it accepts or rejects); 2 no 997 can be written:
                the file is missing, not X12, or its interchange envelope (ISA/IEA) is in error, which is
                a TA1 matter (said on stderr, nothing on stdout); 64 bad usage.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int controlNumber = 1;
        LocalDateTime at = null;
        Path file = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--control-number" -> controlNumber = controlNumber(value(args, ++i, a));
                    case "--at" -> at = LocalDateTime.parse(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("-")) {
                            throw new UsageException("unknown option '" + a + "'");
                        }
                        if (file != null) {
                            throw new UsageException("one file at a time: '" + file + "' and '" + a + "'");
                        }
                        file = Path.of(a);
                    }
                }
            }
            if (file == null) {
                throw new UsageException("no X12 file given");
            }
        } catch (DateTimeParseException e) {
            return usage(err, "--at: not an ISO local date-time such as 2026-03-11T08:05: '" + e.getParsedString() + "'");
        } catch (UsageException e) {
            return usage(err, e.getMessage());
        }
        if (at == null) {
            at = LocalDateTime.now(ZoneId.of("America/Chicago")).truncatedTo(ChronoUnit.MINUTES);
        }
        return acknowledge(file, controlNumber, at, out, err);
    }

    private static int acknowledge(Path file, int controlNumber, LocalDateTime at, PrintStream out, PrintStream err) {
        String who = "derkit ack: " + file + ": ";
        List<InterchangeReport> reports;
        List<X12Problem> problems;
        LineEnding ending;
        try (InputStream in = Files.newInputStream(file);
                X12Reader r = X12Factory.newFactory().withMode(ErrorMode.COLLECTING).withMaxProblems(Integer.MAX_VALUE)
                        .newReader(in)) {
            while (r.hasNext()) {
                r.next();
            }
            reports = r.interchangeReports();
            problems = r.problems();
            ending = r.lineEnding();
        } catch (NoSuchFileException e) {
            err.println(who + "no such file");
            return ExitCode.BAD_INPUT;
        } catch (IOException | UncheckedIOException e) {
            err.println(who + "cannot be read: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        for (X12Problem p : problems) {
            err.println(who + p.message());
        }
        List<X12Problem> envelope = new ArrayList<>();
        for (InterchangeReport report : reports) {
            envelope.addAll(report.problems());
        }
        if (reports.isEmpty() || !envelope.isEmpty()) {
            err.println(who + "no 997 written: " + (reports.isEmpty() ? "no interchange could be read"
                    : "the interchange envelope is in error (" + envelope.get(0).code() + "), which a TA1, not a 997, reports"));
            return ExitCode.BAD_INPUT;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int written = 0;
        try (X12Writer w = X12Factory.newFactory().withLineEnding(ending).newWriter(bytes)) {
            for (InterchangeReport report : reports) {
                Interchange ack = Edi997.acknowledging(report, (controlNumber - 1 + written) % 999_999_999 + 1, at);
                if (ack.groups().isEmpty()) {
                    continue;
                }
                w.write(ack);
                written++;
                for (GroupReport g : report.groups()) {
                    if (!g.header().functionalId().equals("FA")) {
                        err.println(who + summary(report, g));
                    }
                }
            }
        }
        if (written == 0) {
            err.println(who + "no 997 written: the file holds only 997s, which are not acknowledged");
            return ExitCode.BAD_INPUT;
        }
        out.print(bytes.toString(StandardCharsets.ISO_8859_1));
        return ExitCode.OK;
    }

    private static String summary(InterchangeReport report, GroupReport g) {
        long accepted = g.transactions().stream().filter(TransactionReport::accepted).count();
        int received = g.transactions().size();
        return "group " + g.header().controlNumber() + " (" + g.header().functionalId() + ") of interchange "
                + report.header().controlNumber() + ": " + received + " transaction set" + (received == 1 ? "" : "s")
                + " received, " + accepted + " accepted, " + (received - accepted) + " rejected"
                + (g.problems().isEmpty() ? "" : ", group trailer in error");
    }

    private static int controlNumber(String text) throws UsageException {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 999_999_999) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--control-number: not a whole number from 1 to 999999999: '" + text + "'");
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int usage(PrintStream err, String message) {
        err.println("derkit ack: " + message + " (derkit ack --help)");
        return ExitCode.USAGE;
    }
}
