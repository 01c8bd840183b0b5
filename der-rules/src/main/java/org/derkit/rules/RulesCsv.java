package org.derkit.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV of {@code derkit rules} (the book from code) and of {@code derkit screen} (findings per
 * application), as cli.md specifies: RFC 4180 quoting, lines ending in {@code \n}.
 */
public final class RulesCsv {

    /** The columns of {@code derkit rules}. */
    public static final List<String> RULES_HEADER = List.of("id", "source", "section", "kind", "topic", "limits");

    /** The columns of {@code derkit screen}. */
    public static final List<String> SCREEN_HEADER =
            List.of("application_id", "requirement", "outcome", "value", "explanation");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private RulesCsv() {
    }

    /**
     * Writes the header and one line per rule: id, source file, section, kind (catalogue
     * spelling), topic, and the limits as {@code <input> <at least|at most|greater than|less than>
     * <value with unit> (<inclusive|exclusive>)} joined by {@code "; "}.
     *
     * @param rules the rules
     * @param out where the text is written
     */
    public static void writeRules(Iterable<? extends Rule<?>> rules, Appendable out) {
        Objects.requireNonNull(rules, "rules");
        try {
            CSVPrinter p = new CSVPrinter(Objects.requireNonNull(out, "out"), FORMAT);
            p.printRecord(RULES_HEADER);
            for (Rule<?> r : rules) {
                p.printRecord(r.id(), r.citation().source().fileName(), r.citation().section(),
                        r.kind().catalogueName(), r.topic().name(),
                        r.limits().stream().map(Limit::toString).collect(Collectors.joining("; ")));
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the rules CSV", e);
        }
    }

    /**
     * The rules CSV as a string, header included.
     *
     * @param rules the rules
     * @return the rules CSV as a string, header included
     */
    public static String rules(Iterable<? extends Rule<?>> rules) {
        StringBuilder s = new StringBuilder();
        writeRules(rules, s);
        return s.toString();
    }

    /**
     * Writes the header line of {@code derkit screen}.
     *
     * @param out where the text is written
     */
    public static void writeScreenHeader(Appendable out) {
        try {
            new CSVPrinter(Objects.requireNonNull(out, "out"), FORMAT).printRecord(SCREEN_HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the screen CSV", e);
        }
    }

    /**
     * Writes one line per finding for one application (no header): application id, requirement
     * id, outcome, value (empty if none), explanation.
     *
     * @param applicationId the application id
     * @param findings the findings
     * @param out where the text is written
     */
    public static void writeScreenRows(String applicationId, Findings findings, Appendable out) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(findings, "findings");
        try {
            CSVPrinter p = new CSVPrinter(Objects.requireNonNull(out, "out"), FORMAT);
            for (Finding f : findings) {
                p.printRecord(applicationId, f.id(), f.outcome().name(), f.value().orElse(""), f.explanation());
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the screen CSV", e);
        }
    }

    /**
     * The screen CSV of one application as a string, header included.
     *
     * @param applicationId the application id
     * @param findings the findings
     * @return the screen CSV of one application as a string, header included
     */
    public static String screen(String applicationId, Findings findings) {
        StringBuilder s = new StringBuilder();
        writeScreenHeader(s);
        writeScreenRows(applicationId, findings, s);
        return s.toString();
    }
}
