package org.derkit.examples.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.rules.CatalogueEntry;
import org.derkit.rules.Finding;
import org.derkit.rules.Findings;
import org.derkit.rules.Outcome;
import org.derkit.rules.RuleBook;
import org.derkit.rules.RulesCsv;
import org.derkit.rules.book.AmerenRuleBook;
import org.derkit.rules.book.Screening;

/**
 * Screens interconnection applications against the whole Ameren rule book and writes the
 * {@code derkit screen} CSV: one row per application and catalogue id, in catalogue order.
 *
 * <p>The book has a rule for every catalogue id (der-rules asserts it); a book without one is
 * refused here rather than reported as if screened.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Screener {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final RuleBook<Screening> book;

    private Screener(RuleBook<Screening> book) {
        if (!book.comparison().missing().isEmpty()) {
            throw new IllegalArgumentException("Invalid value for book (valid values a book with a rule for every"
                    + " catalogue id): missing " + book.comparison().missing());
        }
        this.book = book;
    }

    /** A screener with {@link AmerenRuleBook#book()}. */
    public static Screener ameren() {
        return new Screener(AmerenRuleBook.book());
    }

    /** A screener with another book (tests, other editions). */
    public static Screener of(RuleBook<Screening> book) {
        return new Screener(Objects.requireNonNull(book, "book"));
    }

    /** The book used. */
    public RuleBook<Screening> book() {
        return book;
    }

    /** One row of the screen output. */
    public record Row(String applicationId, String requirement, Outcome outcome, String value, String explanation,
            Finding finding) {
        /** Checks nothing is null. */
        public Row {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(finding, "finding");
        }
    }

    /** Evaluates the whole book for one application. */
    public Findings evaluate(InterconnectionApplication application) {
        return book.evaluate(Screening.of(application));
    }

    /** The rows of one application: every catalogue id in catalogue order. */
    public List<Row> rows(InterconnectionApplication application) {
        Findings findings = evaluate(application);
        String id = application.id().value();
        List<Row> rows = new ArrayList<>();
        for (CatalogueEntry entry : book.catalogue().entries()) {
            Finding f = findings.byId(entry.id()).orElseThrow(
                    () -> new IllegalStateException("the book gave no finding for " + entry.id()));
            rows.add(new Row(id, f.id(), f.outcome(), f.value().orElse(""), f.explanation(), f));
        }
        return rows;
    }

    /** Writes the header and the rows of every application, in the order given. */
    public void writeCsv(List<InterconnectionApplication> applications, Appendable out) {
        try {
            CSVPrinter p = new CSVPrinter(out, FORMAT);
            p.printRecord(RulesCsv.SCREEN_HEADER);
            for (InterconnectionApplication a : applications) {
                for (Row r : rows(a)) {
                    p.printRecord(r.applicationId(), r.requirement(), r.outcome().name(), r.value(), r.explanation());
                }
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the screen CSV", e);
        }
    }
}
