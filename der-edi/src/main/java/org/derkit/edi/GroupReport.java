package org.derkit.edi;

import java.util.List;
import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * What a reader found in one functional group: a report per transaction set, the number of
 * transaction sets the group says it includes (GE01) and the group-level problems (GE counts and
 * control numbers, a missing GE). The input of {@link Edi997#acknowledging(GroupReport, String)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param header the GS header
 * @param transactions a report per transaction set received, in input order
 * @param problems group-level problems
 * @param included GE01, the number of transaction sets the sender says the group includes; the
 *        number received when the group has no GE or GE01 is not a number (AK902)
 */
public record GroupReport(GroupHeader header, List<TransactionReport> transactions, List<X12Problem> problems,
        int included) {

    /**
     * Refuses nulls and a negative count; copies the lists.
     *
     * @param header the GS header
     * @param transactions a report per transaction set received
     * @param problems group-level problems
     * @param included GE01
     * @throws InvalidValueException when {@code included} is negative
     */
    public GroupReport {
        Objects.requireNonNull(header, "header");
        transactions = List.copyOf(transactions);
        problems = List.copyOf(problems);
        if (included < 0) {
            throw new InvalidValueException("included", ">= 0 (GE01)", included);
        }
    }

    /**
     * A report whose GE01 equals the number of transaction sets received.
     *
     * @param header the GS header
     * @param transactions a report per transaction set received
     * @param problems group-level problems
     */
    public GroupReport(GroupHeader header, List<TransactionReport> transactions, List<X12Problem> problems) {
        this(header, transactions, problems, transactions.size());
    }

    /**
     * Whether the group and every transaction set in it were read without a problem.
     *
     * @return true when nothing was found
     */
    public boolean accepted() {
        return problems.isEmpty() && transactions.stream().allMatch(TransactionReport::accepted);
    }
}
