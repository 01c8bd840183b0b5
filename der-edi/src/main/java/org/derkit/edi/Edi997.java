package org.derkit.edi;

import java.util.List;
import java.util.Objects;

/**
 * A 997 functional acknowledgement of one functional group: AK1, one AK2 loop per transaction set
 * (with AK3 segment notes, AK4 element notes and the AK5 verdict) and the AK9 group verdict.
 *
 * <p>Build one from a reader's findings with {@link #acknowledging(GroupReport, String)}, or the
 * whole interchange to send back with {@link #acknowledging(InterchangeReport, int,
 * java.time.LocalDateTime)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param controlNumber ST02
 * @param functionalId AK101, the GS01 of the acknowledged group
 * @param groupControlNumber AK102, the GS06 of the acknowledged group
 * @param transactions AK2 loops
 * @param groupStatus AK901: {@code A} accepted, {@code E} accepted with errors, {@code P} partially
 * accepted, {@code R} rejected
 * @param included AK902, transaction sets included
 * @param received AK903, transaction sets received
 * @param accepted AK904, transaction sets accepted
 * @param groupErrors AK905..AK909 codes
 */
public record Edi997(String controlNumber, String functionalId, String groupControlNumber,
        List<TransactionAck> transactions, String groupStatus, int included, int received, int accepted,
        List<String> groupErrors) implements Transaction {

    /**
     * Refuses nulls; copies the lists.
     *
     * @param accepted AK904, transaction sets accepted
     * @param controlNumber ST02
     * @param functionalId AK101, the GS01 of the acknowledged group
     * @param groupControlNumber AK102, the GS06 of the acknowledged group
     * @param groupErrors AK905..AK909 codes
     * @param groupStatus AK901: {@code A} accepted, {@code E} accepted with errors, {@code P}
     * partially accepted, {@code R} rejected
     * @param included AK902, transaction sets included
     * @param received AK903, transaction sets received
     * @param transactions AK2 loops
     */
    public Edi997 {
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(functionalId, "functionalId");
        Objects.requireNonNull(groupControlNumber, "groupControlNumber");
        transactions = List.copyOf(transactions);
        Objects.requireNonNull(groupStatus, "groupStatus");
        groupErrors = List.copyOf(groupErrors);
    }

    @Override
    public String transactionSetCode() {
        return "997";
    }

    /**
     * The 997 for a functional group the reader has read (X12 004010 997 semantics):
     * <ul>
     * <li>AK1: the group's GS01 and GS06;</li>
     * <li>one AK2 per transaction set received, in input order;</li>
     * <li>one AK3 per segment in error, in segment position order: AK301 the segment (for a missing
     * segment, the one missing), AK302 its position in the set (ST = 1), AK304 the segment's code
     * ({@code 1} unrecognized, {@code 2} unexpected, {@code 3} mandatory segment missing, {@code 8}
     * data element errors), with an AK4 per element in error (AK401 position and component,
     * AK402 the element's X12 data element reference number, such as {@code 380} for QTY02 or, for a
     * composite, that of its component; AK403 the element's code, AK404 a copy of the element when it is printable; at most 99);</li>
     * <li>AK5: {@code A} for a set read without a problem, otherwise {@code R} with up to five AK502
     * codes ({@code 1} not supported, {@code 2} trailer missing, {@code 3} control numbers differ,
     * {@code 4} segment count wrong, {@code 5} segments in error, {@code 6}/{@code 7} ST01/ST02 bad);</li>
     * <li>AK9: {@code A} all sets accepted, {@code E} all accepted but the group trailer has errors,
     * {@code P} some rejected, {@code R} none accepted; AK902 GE01, AK903 the sets received, AK904
     * the sets accepted, AK905 up to five group codes ({@code 3} GE missing, {@code 4} GS06/GE02
     * differ, {@code 5} GE01 wrong).</li>
     * </ul>
     *
     * @param group the reader's report of the group ({@link X12Reader#groupReports()})
     * @param controlNumber ST02 of the 997
     * @return the acknowledgement
     */
    public static Edi997 acknowledging(GroupReport group, String controlNumber) {
        return Acknowledger.group(group, controlNumber);
    }

    /**
     * The interchange that acknowledges a received interchange: an ISA from the receiver back to the
     * sender (qualifiers and IDs swapped, the received version, usage indicator and delimiters, no
     * TA1 requested), one {@code FA} group per pair of application codes (GS02/GS03 swapped, GS06
     * counting up from {@code controlNumber}), and in it one 997 per functional group received
     * ({@link #acknowledging(GroupReport, String)}, ST02 {@code 0001}, {@code 0002}, ...). Groups of
     * 997s are not acknowledged, so an interchange of 997s gets an interchange without groups.
     * Element copies (AK404) that hold one of the delimiters are left out.
     *
     * <p>Interchange-level problems ({@link InterchangeReport#problems()}) belong in a TA1, not in
     * a 997; they do not change the 997s.
     *
     * @param received the reader's report of the interchange ({@link X12Reader#interchangeReports()})
     * @param controlNumber ISA13 (written with nine digits) and the first GS06, 1..999999999
     * @param at the date and time of the acknowledgement (ISA09/10, GS04/05)
     * @return the interchange to send back; write it with {@link X12Writer#write(Interchange)}
     * @throws org.derkit.model.InvalidValueException when the control number is out of range
     */
    public static Interchange acknowledging(InterchangeReport received, int controlNumber, java.time.LocalDateTime at) {
        return Acknowledger.interchange(received, controlNumber, at);
    }

    /**
     * The AK2/AK5 acknowledgement of one transaction set.
     *
     * @param transactionSetCode AK201
     * @param controlNumber AK202
     * @param notes AK3 loops
     * @param status AK501: {@code A} accepted, {@code E} accepted with errors, {@code R} rejected
     * @param errors AK502..AK506 codes
     */
    public record TransactionAck(String transactionSetCode, String controlNumber, List<SegmentNote> notes,
            String status, List<String> errors) {
        /**
         * Refuses nulls; copies the lists.
         *
         * @param controlNumber AK202
         * @param errors AK502..AK506 codes
         * @param notes AK3 loops
         * @param status AK501: {@code A} accepted, {@code E} accepted with errors, {@code R} rejected
         * @param transactionSetCode AK201
         */
        public TransactionAck {
            Objects.requireNonNull(transactionSetCode, "transactionSetCode");
            Objects.requireNonNull(controlNumber, "controlNumber");
            notes = List.copyOf(notes);
            Objects.requireNonNull(status, "status");
            errors = List.copyOf(errors);
        }
    }

    /**
     * An AK3 segment note with its AK4 element notes.
     *
     * @param tag AK301
     * @param position AK302, position in the transaction set
     * @param loopId AK303, may be empty
     * @param code AK304
     * @param elements AK4 notes
     */
    public record SegmentNote(String tag, int position, String loopId, String code, List<ElementNote> elements) {
        /**
         * Refuses nulls; copies the list.
         *
         * @param code AK304
         * @param elements AK4 notes
         * @param loopId AK303, may be empty
         * @param position AK302, position in the transaction set
         * @param tag AK301
         */
        public SegmentNote {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(loopId, "loopId");
            Objects.requireNonNull(code, "code");
            elements = List.copyOf(elements);
        }
    }

    /**
     * An AK4 element note.
     *
     * @param position AK401-1, element position
     * @param component AK401-2, component position, 0 for none
     * @param referenceNumber AK402, may be empty
     * @param code AK403
     * @param badValue AK404, may be empty
     */
    public record ElementNote(int position, int component, String referenceNumber, String code, String badValue) {
        /**
         * Refuses nulls.
         *
         * @param badValue AK404, may be empty
         * @param code AK403
         * @param component AK401-2, component position, 0 for none
         * @param position AK401-1, element position
         * @param referenceNumber AK402, may be empty
         */
        public ElementNote {
            Objects.requireNonNull(referenceNumber, "referenceNumber");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(badValue, "badValue");
        }
    }
}
