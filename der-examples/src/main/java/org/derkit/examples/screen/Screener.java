package org.derkit.examples.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    private final RuleBook<Screening> book;

    private Screener(RuleBook<Screening> book) {
        if (!book.comparison().missing().isEmpty()) {
            throw new IllegalArgumentException("Invalid value for book (valid values a book with a rule for every"
                    + " catalogue id): missing " + book.comparison().missing());
        }
        this.book = book;
    }

    /**
     * A screener with Ameren Illinois' rule book.
     *
     * @return a screener over {@link AmerenRuleBook#book()}
     */
    public static Screener ameren() {
        return new Screener(AmerenRuleBook.book());
    }

    /**
     * A screener with another book (tests, other editions).
     *
     * @param book a book with a rule for every id of its catalogue
     * @return a screener over that book
     * @throws IllegalArgumentException if the book misses a catalogue id; the message lists them
     */
    public static Screener of(RuleBook<Screening> book) {
        return new Screener(Objects.requireNonNull(book, "book"));
    }

    /**
     * The book this screener evaluates.
     *
     * @return the book
     */
    public RuleBook<Screening> book() {
        return book;
    }

    /**
     * One row of the screen output: one requirement of one application.
     *
     * @param applicationId the application's id
     * @param requirement the catalogue id, such as {@code BTM-01}
     * @param outcome the finding's outcome
     * @param value the measured or computed value as printed, or empty
     * @param explanation why the outcome was reached, citing the rule's source
     * @param finding the finding itself
     */
    public record Row(String applicationId, String requirement, Outcome outcome, String value, String explanation,
            Finding finding) {
        /**
         * Refuses null parts.
         *
         * @param applicationId the application's id
         * @param requirement the catalogue id
         * @param outcome the finding's outcome
         * @param value the value as printed, or empty
         * @param explanation why the outcome was reached
         * @param finding the finding itself
         * @throws NullPointerException naming the part that is null
         */
        public Row {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(finding, "finding");
        }
    }

    /**
     * Evaluates the whole book for one application.
     *
     * @param application the application
     * @return one finding per catalogue id
     */
    public Findings evaluate(InterconnectionApplication application) {
        return book.evaluate(Screening.of(application));
    }

    /**
     * Screens one application.
     *
     * @param application the application
     * @return one row per catalogue id, in catalogue order
     */
    public List<Row> rows(InterconnectionApplication application) {
        return rows(application.id().value(), evaluate(application));
    }

    /**
     * The rows of findings already evaluated for an application.
     *
     * @param applicationId the application's id, printed in each row
     * @param findings the book's findings for that application
     * @return one row per catalogue id, in catalogue order
     * @throws IllegalStateException if the findings miss a catalogue id
     */
    public List<Row> rows(String applicationId, Findings findings) {
        List<Row> rows = new ArrayList<>();
        for (CatalogueEntry entry : book.catalogue().entries()) {
            Finding f = findings.byId(entry.id()).orElseThrow(
                    () -> new IllegalStateException("the book gave no finding for " + entry.id()));
            rows.add(new Row(applicationId, f.id(), f.outcome(), f.value().orElse(""), f.explanation(), f));
        }
        return rows;
    }

    /**
     * Writes the header and the rows of every application, in the order given (the book
     * evaluates in catalogue order, so each application's rows are in catalogue order).
     *
     * @param applications the applications to screen
     * @param out where the CSV goes
     */
    public void writeCsv(List<InterconnectionApplication> applications, Appendable out) {
        RulesCsv.writeScreenHeader(out);
        for (InterconnectionApplication a : applications) {
            RulesCsv.writeScreenRows(a.id().value(), evaluate(a), out);
        }
    }
}
