package org.derkit.edi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A 997 functional acknowledgement of one functional group: AK1, one AK2 loop per transaction set
 * (with AK3 segment notes, AK4 element notes and the AK5 verdict) and the AK9 group verdict.
 *
 * <p>Build one from a reader's findings with {@link #acknowledging(GroupReport, String)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param controlNumber ST02
 * @param functionalId AK101, the GS01 of the acknowledged group
 * @param groupControlNumber AK102, the GS06 of the acknowledged group
 * @param transactions AK2 loops
 * @param groupStatus AK901: {@code A} accepted, {@code E} accepted with errors, {@code P} partially accepted, {@code R} rejected
 * @param included AK902, transaction sets included
 * @param received AK903, transaction sets received
 * @param accepted AK904, transaction sets accepted
 * @param groupErrors AK905..AK909 codes
 */
public record Edi997(String controlNumber, String functionalId, String groupControlNumber,
        List<TransactionAck> transactions, String groupStatus, int included, int received, int accepted,
        List<String> groupErrors) implements Transaction {

    /** Refuses nulls; copies the lists. */
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
     * The 997 for a group the reader has read: accepted transaction sets get AK5*A, the others
     * AK5*R with an AK3 per segment problem, an AK4 per element problem and the AK502 codes of
     * transaction-level problems.
     *
     * @param group the reader's report of the group
     * @param controlNumber ST02 of the 997
     * @return the acknowledgement
     */
    public static Edi997 acknowledging(GroupReport group, String controlNumber) {
        Objects.requireNonNull(group, "group");
        List<TransactionAck> acks = new ArrayList<>();
        int accepted = 0;
        for (TransactionReport t : group.transactions()) {
            List<SegmentNote> notes = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (X12Problem p : t.problems()) {
                X12ErrorCode c = p.code();
                Location l = p.location();
                switch (c.level()) {
                    case SEGMENT:
                        notes.add(new SegmentNote(l.segmentTag(), l.segmentPosition(), "", c.x12Code(), List.of()));
                        break;
                    case ELEMENT:
                        ElementNote e = new ElementNote(l.elementPosition(), l.componentPosition(), "", c.x12Code(), "");
                        SegmentNote last = notes.isEmpty() ? null : notes.get(notes.size() - 1);
                        if (last != null && last.position() == l.segmentPosition() && last.code().equals("8")) {
                            List<ElementNote> es = new ArrayList<>(last.elements());
                            es.add(e);
                            notes.set(notes.size() - 1, new SegmentNote(last.tag(), last.position(), "", "8", es));
                        } else {
                            notes.add(new SegmentNote(l.segmentTag(), l.segmentPosition(), "", "8", List.of(e)));
                        }
                        break;
                    default:
                        if (!codes.contains(c.x12Code()) && codes.size() < 5) {
                            codes.add(c.x12Code());
                        }
                }
            }
            boolean ok = t.problems().isEmpty();
            if (!ok && codes.isEmpty()) {
                codes.add("5");
            }
            if (ok) {
                accepted++;
            }
            acks.add(new TransactionAck(t.transactionSetCode(), t.controlNumber(), notes, ok ? "A" : "R", codes));
        }
        List<String> groupErrors = new ArrayList<>();
        for (X12Problem p : group.problems()) {
            if (p.code().level() == X12ErrorCode.Level.GROUP && groupErrors.size() < 5
                    && !groupErrors.contains(p.code().x12Code())) {
                groupErrors.add(p.code().x12Code());
            }
        }
        int received = group.transactions().size();
        String status;
        if (!groupErrors.isEmpty() || accepted == 0 && received > 0) {
            status = accepted == 0 ? "R" : "P";
        } else {
            status = accepted == received ? "A" : "P";
        }
        return new Edi997(controlNumber, group.header().functionalId(), group.header().controlNumber(), acks, status,
                received, received, accepted, groupErrors);
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
        /** Refuses nulls; copies the lists. */
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
        /** Refuses nulls; copies the list. */
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
        /** Refuses nulls. */
        public ElementNote {
            Objects.requireNonNull(referenceNumber, "referenceNumber");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(badValue, "badValue");
        }
    }
}
