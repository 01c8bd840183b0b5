package org.derkit.edi;

/**
 * One typed X12 transaction set: an 867 usage report, an 814 enrollment, an 810 invoice or a 997
 * functional acknowledgement.
 *
 * <p>Implementation Requirements: every implementation is immutable and thread-safe.
 */
public sealed interface Transaction permits Edi867, Edi814, Edi810, Edi997 {

    /** {@return ST01: {@code 867}, {@code 814}, {@code 810} or {@code 997}} */
    String transactionSetCode();

    /** {@return ST02, the transaction set control number} */
    String controlNumber();
}
