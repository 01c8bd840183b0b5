package org.derkit.metering;

import java.util.Objects;

/**
 * The identity of one transaction set in an X12 input: the control numbers of its interchange
 * (ISA13), functional group (GS06) and transaction set (ST02). Together with the file they name
 * one 867, so a duplicate or a replacement can be told apart from fresh usage.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param interchangeControlNumber ISA13, not null
 * @param groupControlNumber GS06, not null
 * @param transactionControlNumber ST02, not null
 */
public record TransactionSetId(String interchangeControlNumber, String groupControlNumber,
        String transactionControlNumber) {

    /**
     * Refuses nulls.
     *
     * @param interchangeControlNumber ISA13, not null
     * @param groupControlNumber GS06, not null
     * @param transactionControlNumber ST02, not null
     */
    public TransactionSetId {
        Objects.requireNonNull(interchangeControlNumber, "interchangeControlNumber");
        Objects.requireNonNull(groupControlNumber, "groupControlNumber");
        Objects.requireNonNull(transactionControlNumber, "transactionControlNumber");
    }

    /** Such as {@code transaction set 867 0001 (group 1, interchange 000000001)}, as der-edi's locations say it. */
    @Override
    public String toString() {
        return "transaction set 867 " + transactionControlNumber + " (group " + groupControlNumber + ", interchange "
                + interchangeControlNumber + ")";
    }
}
