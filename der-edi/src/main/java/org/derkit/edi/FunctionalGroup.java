package org.derkit.edi;

import java.util.List;
import java.util.Objects;

/**
 * One functional group: the GS header and its transaction sets in file order.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param header the GS header
 * @param transactions the transaction sets
 */
public record FunctionalGroup(GroupHeader header, List<Transaction> transactions) {

    /**
     * Refuses nulls; copies the list.
     *
     * @param header the GS header
     * @param transactions the transaction sets
     */
    public FunctionalGroup {
        Objects.requireNonNull(header, "header");
        transactions = List.copyOf(transactions);
    }
}
