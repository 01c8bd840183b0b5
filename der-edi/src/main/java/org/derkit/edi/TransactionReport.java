package org.derkit.edi;

import java.util.List;
import java.util.Objects;

/**
 * What a reader found in one transaction set: its identity and its problems (none when accepted).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param transactionSetCode ST01
 * @param controlNumber ST02
 * @param problems the problems of this transaction set, in input order
 */
public record TransactionReport(String transactionSetCode, String controlNumber, List<X12Problem> problems) {

    /**
     * Refuses nulls; copies the list.
     *
     * @param controlNumber ST02
     * @param problems the problems of this transaction set, in input order
     * @param transactionSetCode ST01
     */
    public TransactionReport {
        Objects.requireNonNull(transactionSetCode, "transactionSetCode");
        Objects.requireNonNull(controlNumber, "controlNumber");
        problems = List.copyOf(problems);
    }

    /** {@return whether the transaction set had no problem (and was delivered)} */
    public boolean accepted() {
        return problems.isEmpty();
    }
}
