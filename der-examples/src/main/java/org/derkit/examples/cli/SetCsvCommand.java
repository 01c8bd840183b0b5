package org.derkit.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A command that prints the transaction sets of one kind as CSV ({@code derkit 814}, {@code 810},
 * {@code 997}): the files are read whole first, so a file with a problem leaves stdout empty.
 */
abstract class SetCsvCommand implements Command {

    /** RFC 4180 with LF line ends, like the other commands' CSV. */
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** The ST01 this command prints. */
    abstract String code();

    /** The CSV header. */
    abstract List<String> columns();

    /**
     * Prints the rows of one transaction set.
     *
     * @param set the set with its envelope
     * @param csv the printer
     * @throws IOException never for the in-memory printer
     */
    abstract void rows(X12Files.Delivered set, CSVPrinter csv) throws IOException;

    @Override
    public String name() {
        return code();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> files;
        try {
            files = X12Files.files(code(), args);
        } catch (UsageException e) {
            err.println("derkit " + code() + ": " + e.getMessage() + " (derkit " + code() + " --help)");
            return ExitCode.USAGE;
        }
        List<X12Files.Delivered> sets = X12Files.read("derkit " + code(), code(), files, err);
        if (sets == null) {
            return ExitCode.BAD_INPUT;
        }
        StringBuilder text = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(text, CSV)) {
            csv.printRecord(columns());
            for (X12Files.Delivered set : sets) {
                rows(set, csv);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print(text);
        return ExitCode.OK;
    }

    /** The help's last paragraph: what the exit codes mean for these commands. */
    static String exitCodes(String code) {
        return """
                Every file is read to its end first. A problem in the envelope or in %2$s %1$s transaction set
                (each said on stderr with the file, the transaction set, the segment, its position, the
                element, the line and the byte), a missing file or a file without %2$s %1$s exits 2 with
                nothing on stdout; transaction sets of other kinds are skipped and counted on stderr.
                Bad usage exits 64.
                """.formatted(code, code.startsWith("8") ? "an" : "a");
    }
}
