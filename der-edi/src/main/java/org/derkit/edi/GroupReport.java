package org.derkit.edi;

import java.util.List;
import java.util.Objects;

/**
 * What a reader found in one functional group: a report per transaction set and the group-level
 * problems (GE counts and control numbers). The input of {@link Edi997#acknowledging}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param header the GS header
 * @param transactions a report per transaction set, in input order
 * @param problems group-level problems
 */
public record GroupReport(GroupHeader header, List<TransactionReport> transactions, List<X12Problem> problems) {

    /** Refuses nulls; copies the lists. */
    public GroupReport {
        Objects.requireNonNull(header, "header");
        transactions = List.copyOf(transactions);
        problems = List.copyOf(problems);
    }
}
