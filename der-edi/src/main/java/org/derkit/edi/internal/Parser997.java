package org.derkit.edi.internal;

import java.util.ArrayList;
import java.util.List;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi997;
import org.derkit.edi.Transaction;
import org.derkit.edi.X12ErrorCode;

/** Parses 997 functional acknowledgements. */
public final class Parser997 extends TxnParser {

    private static final int T_AK1 = Scanner.tag("AK1");
    private static final int T_AK2 = Scanner.tag("AK2");
    private static final int T_AK3 = Scanner.tag("AK3");
    private static final int T_AK4 = Scanner.tag("AK4");
    private static final int T_AK5 = Scanner.tag("AK5");
    private static final int T_AK9 = Scanner.tag("AK9");

    private String controlNumber;
    private String functionalId;
    private String groupControl;
    private final List<Edi997.TransactionAck> acks = new ArrayList<>();
    private String ak2Code;
    private String ak2Control;
    private List<Edi997.SegmentNote> notes;
    private Edi997.SegmentNote note;
    private List<Edi997.ElementNote> elements;
    private boolean sawAk9;
    private String groupStatus;
    private int included;
    private int received;
    private int accepted;
    private List<String> groupErrors;

    public Parser997(Scanner sc, ProblemSink sink, AmerenProfile profile) {
        super(sc, sink, profile);
    }

    @Override
    public void begin(String control) {
        controlNumber = control;
        functionalId = null;
        groupControl = "";
        acks.clear();
        ak2Code = null;
        note = null;
        sawAk9 = false;
    }

    private int integer(int k) {
        java.math.BigDecimal v = decimal(k, true);
        if (v == null) {
            return 0;
        }
        try {
            return v.intValueExact();
        } catch (ArithmeticException ex) {
            sink.report(X12ErrorCode.INVALID_NUMBER, k, 0, "'" + sc.text(k) + "' is not a whole number");
            return 0;
        }
    }

    @Override
    protected String loopId(int tag) {
        if (tag == T_AK3 || tag == T_AK4) {
            return "AK3";
        }
        return tag == T_AK2 || tag == T_AK5 ? "AK2" : "";
    }

    @Override
    public void segment(int tag) {
        if (tag == T_AK1) {
            if (functionalId != null) {
                unexpected(tag);
                return;
            }
            atMost(2);
            functionalId = required(1);
            groupControl = required(2);
        } else if (functionalId == null || sawAk9) {
            unexpected(tag);
        } else if (tag == T_AK2) {
            closeAk2();
            atMost(2);
            ak2Code = required(1);
            ak2Control = required(2);
            notes = new ArrayList<>();
        } else if (tag == T_AK3) {
            if (ak2Code == null) {
                unexpected(tag);
                return;
            }
            closeNote();
            atMost(4);
            String t = required(1);
            int pos = integer(2);
            note = new Edi997.SegmentNote(t, pos, optional(3), optional(4), List.of());
            elements = new ArrayList<>();
        } else if (tag == T_AK4) {
            if (note == null) {
                unexpected(tag);
                return;
            }
            atMost(4);
            String p = required(1);
            int position = 0;
            int component = 0;
            String[] parts = p.split(java.util.regex.Pattern.quote(String.valueOf((char) sc.componentSeparator())), -1);
            try {
                position = Integer.parseInt(parts[0]);
                component = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            } catch (NumberFormatException ex) {
                sink.report(X12ErrorCode.INVALID_NUMBER, 1, 0, "'" + p + "' is not an element position");
            }
            elements.add(new Edi997.ElementNote(position, component, optional(2), required(3), optional(4)));
        } else if (tag == T_AK5) {
            if (ak2Code == null) {
                unexpected(tag);
                return;
            }
            closeNote();
            atMost(6);
            String status = required(1);
            List<String> codes = new ArrayList<>();
            for (int k = 2; k <= 6; k++) {
                if (sc.present(k)) {
                    codes.add(sc.text(k));
                }
            }
            acks.add(new Edi997.TransactionAck(ak2Code, ak2Control, notes, status, codes));
            ak2Code = null;
        } else if (tag == T_AK9) {
            closeAk2();
            atMost(9);
            groupStatus = required(1);
            included = integer(2);
            received = integer(3);
            accepted = integer(4);
            groupErrors = new ArrayList<>();
            for (int k = 5; k <= 9; k++) {
                if (sc.present(k)) {
                    groupErrors.add(sc.text(k));
                }
            }
            sawAk9 = true;
        } else {
            unexpected(tag);
        }
    }

    private void closeNote() {
        if (note != null) {
            notes.add(new Edi997.SegmentNote(note.tag(), note.position(), note.loopId(), note.code(), elements));
            note = null;
        }
    }

    private void closeAk2() {
        if (ak2Code != null) {
            sink.report(X12ErrorCode.MANDATORY_SEGMENT_MISSING, 0, 0, "AK5 is required to close the AK2 loop");
            ak2Code = null;
        }
    }

    @Override
    public Transaction finish() {
        if (functionalId == null || !sawAk9) {
            sink.report(X12ErrorCode.MANDATORY_SEGMENT_MISSING, 0, 0, functionalId == null ? "AK1 is required" : "AK9 is required");
            return null;
        }
        return new Edi997(controlNumber, functionalId, groupControl, acks, groupStatus, included, received,
                accepted, groupErrors);
    }
}
