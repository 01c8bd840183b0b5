package org.derkit.metering;

import java.util.List;
import java.util.Objects;
import org.derkit.edi.Edi867;

/**
 * The usage of one 867 transaction set, as {@link UsageReader} delivers it: where it came from
 * (the source and the transaction set's control numbers), the typed transaction set as der-edi
 * read it, and its billing period reconstructed into true intervals ({@link ReconstructedPeriod},
 * primary quantities).
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

    TransactionUsage(String source, TransactionSetId transactionSet, Edi867 transaction, ReconstructedPeriod period,
            List<UsageProblem> problems) {
        this.source = Objects.requireNonNull(source, "source");
        this.transactionSet = Objects.requireNonNull(transactionSet, "transactionSet");
        this.transaction = Objects.requireNonNull(transaction, "transaction");
        this.period = Objects.requireNonNull(period, "period");
        this.problems = List.copyOf(problems);
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
     * quantities, the partial first and last hours still attributed to this period.
     *
     * @return the period, not null
     */
    public ReconstructedPeriod period() {
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

    /** Such as {@code a.x12 transaction set 867 0001 (...): service point 900001 2025-10-31..2025-12-01}. */
    @Override
    public String toString() {
        return source + " " + transactionSet + ": service point " + period.servicePoint() + " " + period.period().start()
                + ".." + period.period().end();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TransactionUsage)) {
            return false;
        }
        TransactionUsage t = (TransactionUsage) o;
        return t.source.equals(source) && t.transactionSet.equals(transactionSet) && t.transaction.equals(transaction)
                && t.period.equals(period) && t.problems.equals(problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, transactionSet, period);
    }
}
