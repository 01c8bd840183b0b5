package org.derkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.derkit.edi.ErrorMode;
import org.derkit.edi.GroupHeader;
import org.derkit.edi.InterchangeHeader;
import org.derkit.edi.Transaction;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Problem;
import org.derkit.edi.X12Reader;

/**
 * Reads the transaction sets of one kind (814, 810, 997) from X12 files for the commands that
 * print them: every file is read to its end in collecting mode, every problem of the envelope or of
 * a set of that kind is printed with the file's name, and sets of other kinds are counted and said.
 */
final class X12Files {

    /** Problems printed per file before the rest are counted. */
    static final int MAX_PRINTED = 20;

    /**
     * One transaction set read, with its envelope.
     *
     * @param file the file it came from
     * @param interchange its ISA
     * @param group its GS
     * @param transaction the set
     */
    record Delivered(Path file, InterchangeHeader interchange, GroupHeader group, Transaction transaction) {
    }

    private X12Files() {
    }

    /**
     * Reads the transaction sets with ST01 {@code code} from every file.
     *
     * @param command the command's name for messages, such as {@code derkit 814}
     * @param code the ST01 to keep
     * @param files the files
     * @param err where problems and notes go
     * @return the sets in file order, or null when a file is missing, unreadable or holds a problem
     *         of its envelope or of a set of this kind, or no set of this kind (each said on err)
     */
    static List<Delivered> read(String command, String code, List<Path> files, PrintStream err) {
        List<Delivered> out = new ArrayList<>();
        boolean bad = false;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println(command + ": " + f + ": no such file");
                bad = true;
                continue;
            }
            int found = 0;
            Map<String, Integer> others = new TreeMap<>();
            List<X12Problem> problems = new ArrayList<>();
            try (InputStream in = Files.newInputStream(f);
                    X12Reader r = X12Factory.newFactory().withMode(ErrorMode.COLLECTING).newReader(in)) {
                while (r.hasNext()) {
                    Transaction t = r.next();
                    if (t.transactionSetCode().equals(code)) {
                        out.add(new Delivered(f, r.interchangeHeader(), r.groupHeader(), t));
                        found++;
                    } else {
                        others.merge(t.transactionSetCode(), 1, Integer::sum);
                    }
                }
                for (X12Problem p : r.problems()) {
                    String set = p.location().transactionSetCode();
                    if (set.isEmpty() || set.equals(code)) {
                        problems.add(p);
                    } else {
                        others.merge(set + " with problems", 1, Integer::sum);
                    }
                }
            } catch (NoSuchFileException e) {
                err.println(command + ": " + f + ": no such file");
                bad = true;
                continue;
            } catch (IOException | UncheckedIOException e) {
                err.println(command + ": " + f + ": cannot be read: " + e.getMessage());
                bad = true;
                continue;
            }
            for (int i = 0; i < problems.size() && i < MAX_PRINTED; i++) {
                err.println(command + ": " + f + ": " + problems.get(i).message());
            }
            if (problems.size() > MAX_PRINTED) {
                err.println(command + ": " + f + ": and " + (problems.size() - MAX_PRINTED) + " more problems");
            }
            bad |= !problems.isEmpty();
            if (!others.isEmpty()) {
                StringBuilder said = new StringBuilder();
                others.forEach((k, n) -> said.append(said.length() == 0 ? "" : ", ").append(n).append(" x ").append(k));
                err.println(command + ": " + f + ": skipped transaction sets that are not " + code + ": " + said);
            }
            if (found == 0 && problems.isEmpty()) {
                err.println(command + ": " + f + ": no " + code + " transaction set in the file");
                bad = true;
            }
        }
        return bad ? null : out;
    }

    /**
     * The files named by the arguments; no options are known.
     *
     * @param code the set's code, for the message
     * @param args the arguments after the command's name
     * @return the paths
     * @throws UsageException when there is none or an argument looks like an option
     */
    static List<Path> files(String code, List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("no " + code + " file given");
        }
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) {
                throw new UsageException("unknown option '" + a + "'");
            }
            files.add(Path.of(a));
        }
        return files;
    }
}
