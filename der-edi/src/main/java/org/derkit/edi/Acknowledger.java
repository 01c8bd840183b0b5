package org.derkit.edi;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derkit.edi.internal.Segments;
import org.derkit.model.InvalidValueException;

/**
 * Builds 997 functional acknowledgements from a reader's reports (X12 004010 997): the code
 * behind {@link Edi997#acknowledging(GroupReport, String)} and
 * {@link Edi997#acknowledging(InterchangeReport, int, LocalDateTime)}.
 */
final class Acknowledger {

    /** AK3 loops per AK2, AK4 notes per AK3 and codes per AK5/AK9 the 997 allows. */
    private static final int MAX_ELEMENT_NOTES = 99;
    private static final int MAX_CODES = 5;

    /** The segment a "missing segment" problem names: "BGN is required", "BIG must follow ST", "at least one LIN loop". */
    private static final Pattern MISSING_TAG = Pattern.compile("\\b([A-Z][A-Z0-9]{1,2})\\b(?= is required| must| loop)");

    private Acknowledger() {
    }

    static Edi997 group(GroupReport group, String controlNumber) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(controlNumber, "controlNumber");
        List<Edi997.TransactionAck> acks = new ArrayList<>();
        int accepted = 0;
        for (TransactionReport t : group.transactions()) {
            Edi997.TransactionAck ack = transaction(t);
            if (ack.status().equals("A")) {
                accepted++;
            }
            acks.add(ack);
        }
        List<String> groupErrors = new ArrayList<>();
        for (X12Problem p : group.problems()) {
            if (p.code().level() == X12ErrorCode.Level.GROUP) {
                addCode(groupErrors, p.code().x12Code());
            }
        }
        int received = acks.size();
        String status;
        if (accepted == 0 && (received > 0 || !groupErrors.isEmpty())) {
            status = "R";
        } else if (accepted < received) {
            status = "P";
        } else {
            status = groupErrors.isEmpty() ? "A" : "E";
        }
        return new Edi997(controlNumber, group.header().functionalId(), group.header().controlNumber(), acks, status,
                group.included(), received, accepted, groupErrors);
    }

    /** AK2, AK3/AK4 per segment in error in position order, AK5. */
    private static Edi997.TransactionAck transaction(TransactionReport t) {
        Map<Integer, Note> notes = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        for (X12Problem p : t.problems()) {
            X12ErrorCode c = p.code();
            Location l = p.location();
            switch (c.level()) {
                case SEGMENT: {
                    String tag = l.segmentTag();
                    if (c == X12ErrorCode.MANDATORY_SEGMENT_MISSING) {
                        Matcher m = MISSING_TAG.matcher(p.detail());
                        if (m.find()) {
                            tag = m.group(1);
                        }
                    }
                    Note n = notes.computeIfAbsent(l.segmentPosition(), k -> new Note());
                    if (n.tag == null || n.code.equals("8")) {
                        n.tag = tag;
                        n.code = c.x12Code();
                        // a missing segment's loop is not the loop of the segment where it was missed
                        n.loopId = tag.equals(l.segmentTag()) ? l.loopId() : "";
                    }
                    break;
                }
                case ELEMENT:
                    if (l.segmentTag().equals("ST")) {
                        // ST01 and ST02 have AK502 codes of their own
                        addCode(codes, l.elementPosition() == 1 ? "6" : "7");
                        break;
                    }
                    Note n = notes.computeIfAbsent(l.segmentPosition(), k -> new Note());
                    if (n.tag == null) {
                        n.tag = l.segmentTag();
                        n.code = "8";
                        n.loopId = l.loopId();
                    }
                    if (n.elements.size() < MAX_ELEMENT_NOTES) {
                        n.elements.add(new Edi997.ElementNote(l.elementPosition(), l.componentPosition(),
                                Segments.referenceNumber(l.segmentTag(), l.elementPosition(), l.componentPosition()),
                                c.x12Code(), printable(p.elementCopy())));
                    }
                    break;
                default:
                    addCode(codes, c.x12Code());
            }
        }
        List<Edi997.SegmentNote> segmentNotes = new ArrayList<>();
        notes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> segmentNotes.add(
                new Edi997.SegmentNote(e.getValue().tag, e.getKey(), e.getValue().loopId, e.getValue().code,
                        e.getValue().elements)));
        if (!segmentNotes.isEmpty()) {
            addCode(codes, "5");
        }
        boolean ok = t.problems().isEmpty();
        if (!ok && codes.isEmpty()) {
            codes.add("5");
        }
        return new Edi997.TransactionAck(t.transactionSetCode(), t.controlNumber(), segmentNotes, ok ? "A" : "R", codes);
    }

    static Interchange interchange(InterchangeReport received, int controlNumber, LocalDateTime at) {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(at, "at");
        if (controlNumber < 1 || controlNumber > 999_999_999) {
            throw new InvalidValueException("controlNumber", "1..999999999 (ISA13)", controlNumber);
        }
        InterchangeHeader in = received.header();
        String control = String.format("%09d", controlNumber);
        InterchangeHeader isa = new InterchangeHeader("00", "", "00", "", in.receiverQualifier(), in.receiverId(),
                in.senderQualifier(), in.senderId(), at.format(DateTimeFormatter.ofPattern("yyMMdd")),
                at.format(DateTimeFormatter.ofPattern("HHmm")), in.standardsId(), in.version(), control, "0",
                in.usage(), in.delimiters());
        Map<List<String>, List<Transaction>> byParties = new LinkedHashMap<>();
        Map<List<String>, GroupReport> firstOf = new LinkedHashMap<>();
        for (GroupReport g : received.groups()) {
            if (g.header().functionalId().equals("FA")) {
                continue; // acknowledgements are not acknowledged
            }
            List<String> parties = List.of(g.header().receiverCode(), g.header().senderCode(), g.header().version());
            List<Transaction> acks = byParties.computeIfAbsent(parties, k -> new ArrayList<>());
            firstOf.putIfAbsent(parties, g);
            Edi997 ack = group(g, String.format("%04d", acks.size() + 1));
            acks.add(withoutDelimiters(ack, in.delimiters()));
        }
        List<FunctionalGroup> groups = new ArrayList<>();
        int k = 0;
        for (Map.Entry<List<String>, List<Transaction>> e : byParties.entrySet()) {
            List<String> parties = e.getKey();
            long gs06 = ((long) controlNumber - 1 + k++) % 999_999_999L + 1;
            GroupHeader gs = new GroupHeader("FA", parties.get(0), parties.get(1),
                    at.format(DateTimeFormatter.BASIC_ISO_DATE), at.format(DateTimeFormatter.ofPattern("HHmm")),
                    Long.toString(gs06), "X", parties.get(2));
            groups.add(new FunctionalGroup(gs, e.getValue()));
        }
        return new Interchange(isa, groups);
    }

    /** The 997 with every AK404 that holds one of the delimiters it will be written with emptied. */
    private static Edi997 withoutDelimiters(Edi997 ack, Delimiters d) {
        List<Edi997.TransactionAck> acks = new ArrayList<>();
        for (Edi997.TransactionAck a : ack.transactions()) {
            List<Edi997.SegmentNote> notes = new ArrayList<>();
            for (Edi997.SegmentNote n : a.notes()) {
                List<Edi997.ElementNote> elements = new ArrayList<>();
                for (Edi997.ElementNote e : n.elements()) {
                    elements.add(d.occursIn(e.badValue()) ? new Edi997.ElementNote(e.position(), e.component(),
                            e.referenceNumber(), e.code(), "") : e);
                }
                notes.add(new Edi997.SegmentNote(n.tag(), n.position(), n.loopId(), n.code(), elements));
            }
            acks.add(new Edi997.TransactionAck(a.transactionSetCode(), a.controlNumber(), notes, a.status(), a.errors()));
        }
        return new Edi997(ack.controlNumber(), ack.functionalId(), ack.groupControlNumber(), acks, ack.groupStatus(),
                ack.included(), ack.received(), ack.accepted(), ack.groupErrors());
    }

    /** The copy when every character is printable ASCII (what a 997 can carry), otherwise empty. */
    private static String printable(String copy) {
        for (int i = 0; i < copy.length(); i++) {
            char c = copy.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return "";
            }
        }
        return copy;
    }

    private static void addCode(List<String> codes, String code) {
        if (!codes.contains(code) && codes.size() < MAX_CODES) {
            codes.add(code);
        }
    }

    /** An AK3 being built. */
    private static final class Note {
        String tag;
        String code;
        String loopId = "";
        final List<Edi997.ElementNote> elements = new ArrayList<>();
    }
}
