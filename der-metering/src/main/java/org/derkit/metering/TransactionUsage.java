package org.derkit.metering;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.edi.Edi867;

/**
 * The usage of one 867 transaction set, as {@link UsageReader} delivers it: where it came from
 * (the source and the transaction set's control numbers), the typed transaction set as der-edi
 * read it, and its billing period reconstructed into true intervals ({@link ReconstructedPeriod},
 * primary quantities).
 *
 * <p>Its {@link #purpose()} (BPT01) says what the usage is: an {@link Edi867.Purpose#ORIGINAL original}
 * report is new usage; a {@link Edi867.Purpose#REPLACEMENT replacement} supersedes the report named
 * by {@link #originalReference()} (BPT09 = that report's BPT02); a
 * {@link Edi867.Purpose#CANCELLATION cancellation} removes the report it names and is never usage
 * itself: its period has no meter series, even when the 867 repeats the cancelled values.
 * {@link ReportLedger} applies cancellations and replacements over a set of files.
 *
 * <p>{@link #problems()} lists what is worth knowing but did not stop the reading (empty when the
 * transaction set is clean); problems that make the usage untrustworthy are thrown as
 * {@link UsageReadException} instead and the transaction set is not delivered.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class TransactionUsage {

    private final String source;
    private final TransactionSetId transactionSet;
    private final Edi867 transaction;
    private final ReconstructedPeriod period;
    private final List<UsageProblem> problems;
    /** ISA06, the interchange sender: with ISA13 it names the interchange. */
    private final String interchangeSender;

    TransactionUsage(String source, TransactionSetId transactionSet, String interchangeSender, Edi867 transaction,
            ReconstructedPeriod period, List<UsageProblem> problems) {
        this.source = Objects.requireNonNull(source, "source");
        this.transactionSet = Objects.requireNonNull(transactionSet, "transactionSet");
        this.interchangeSender = Objects.requireNonNull(interchangeSender, "interchangeSender");
        this.transaction = Objects.requireNonNull(transaction, "transaction");
        this.period = period;
        if (period == null && transaction.reportPurpose() != Edi867.Purpose.CANCELLATION) {
            throw new NullPointerException("period");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * What the 867 does with its usage (BPT01).
     *
     * @return original, cancellation or replacement, not null
     */
    public Edi867.Purpose purpose() {
        return transaction.reportPurpose();
    }

    /**
     * The report's own reference (BPT02), which a later cancellation or replacement names in its BPT09.
     *
     * @return BPT02, not null
     */
    public String reference() {
        return transaction.reference();
    }

    /**
     * The report a cancellation or replacement applies to (BPT09, the BPT02 of that report).
     *
     * @return BPT09; empty for an original
     */
    public Optional<String> originalReference() {
        return transaction.originalReference().isEmpty() ? Optional.empty()
                : Optional.of(transaction.originalReference());
    }

    /**
     * Whether this 867's intervals are usage by themselves: an original or a replacement. A
     * cancellation is not; whether a report still stands after later cancellations and replacements
     * is for {@link ReportLedger#stands(TransactionUsage)} to say.
     *
     * @return false for a cancellation
     */
    public boolean isUsage() {
        return purpose() != Edi867.Purpose.CANCELLATION;
    }

    /**
     * Whether {@link #period()} can be asked: always for originals and replacements; for a
     * cancellation only when it states its billing period (DTM*150 and DTM*151).
     *
     * @return true when there is a period
     */
    public boolean hasPeriod() {
        return period != null;
    }

    /** ISA06 of the interchange, for telling a repeated interchange from a new one. */
    String interchangeSender() {
        return interchangeSender;
    }

    /**
     * The input as given, such as a file name.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * The control numbers of the transaction set and its envelopes.
     *
     * @return the identity, not null
     */
    public TransactionSetId transactionSet() {
        return transactionSet;
    }

    /**
     * The transaction set as der-edi read it (purpose, parties, references, loops, raw channels).
     *
     * @return the typed 867, not null
     */
    public Edi867 transaction() {
        return transaction;
    }

    /**
     * The billing period with every meter channel reconstructed: true interval instants, primary
     * quantities, the partial first and last hours still attributed to this period. A cancellation's
     * period has no meter series (its values are not usage).
     *
     * @return the period, not null
     * @throws IllegalStateException for a cancellation that states no billing period ({@link #hasPeriod()} false)
     */
    public ReconstructedPeriod period() {
        if (period == null) {
            throw new IllegalStateException(this + " is a cancellation without a billing period (DTM*150, DTM*151)");
        }
        return period;
    }

    /**
     * What did not stop the reading but is worth knowing, in input order.
     *
     * @return the problems, empty when there is none
     */
    public List<UsageProblem> problems() {
        return problems;
    }

    /**
     * Such as {@code a.x12 transaction set 867 0001 (...): service point 900001 2025-10-31..2025-12-01},
     * then for a cancellation or replacement {@code , cancels report R1} or {@code , replaces report R1}.
     */
    @Override
    public String toString() {
        String what = switch (purpose()) {
            case ORIGINAL -> "";
            case CANCELLATION -> ", cancels report " + transaction.originalReference();
            case REPLACEMENT -> ", replaces report " + transaction.originalReference();
        };
        return source + " " + transactionSet + (period == null ? ""
                : ": service point " + period.servicePoint() + " " + period.period().start() + ".." + period.period().end())
                + what;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TransactionUsage)) {
            return false;
        }
        TransactionUsage t = (TransactionUsage) o;
        return t.source.equals(source) && t.transactionSet.equals(transactionSet) && t.transaction.equals(transaction)
                && Objects.equals(t.period, period) && t.problems.equals(problems)
                && t.interchangeSender.equals(interchangeSender);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, transactionSet, period);
    }
}
