package org.derkit.edi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An 814 enrollment request ({@code BGN*13}) or response ({@code BGN*11}): the BGN header, the N1
 * parties and one or more LIN loops (one per service and action).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param controlNumber ST02
 * @param purpose BGN01: {@code 13} request, {@code 11} response
 * @param reference BGN02, the transaction reference
 * @param date BGN03
 * @param time BGN04 as sent, may be empty
 * @param originalReference BGN06 (e.g. {@code MANUAL} for utility-initiated), may be empty
 * @param parties N1 parties (8S LDC, SJ supplier, 8R customer) in file order
 * @param lines LIN loops in file order
 */
public record Edi814(String controlNumber, String purpose, String reference, LocalDate date, String time,
        String originalReference, List<Party> parties, List<EnrollmentLine> lines) implements Transaction {

    /** BGN01 of a request. */
    public static final String REQUEST = "13";
    /** BGN01 of a response. */
    public static final String RESPONSE = "11";

    /**
     * Refuses nulls; copies the lists.
     *
     * @param controlNumber ST02
     * @param date BGN03
     * @param lines LIN loops in file order
     * @param originalReference BGN06 (e.g. {@code MANUAL} for utility-initiated), may be empty
     * @param parties N1 parties (8S LDC, SJ supplier, 8R customer) in file order
     * @param purpose BGN01: {@code 13} request, {@code 11} response
     * @param reference BGN02, the transaction reference
     * @param time BGN04 as sent, may be empty
     */
    public Edi814 {
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(originalReference, "originalReference");
        parties = List.copyOf(parties);
        lines = List.copyOf(lines);
    }

    @Override
    public String transactionSetCode() {
        return "814";
    }

    /** {@return whether BGN01 is 13 (request)} */
    public boolean isRequest() {
        return REQUEST.equals(purpose);
    }

    /** {@return whether BGN01 is 11 (response)} */
    public boolean isResponse() {
        return RESPONSE.equals(purpose);
    }
}
