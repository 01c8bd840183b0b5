package org.derkit.edi.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.DateReference;
import org.derkit.edi.Edi814;
import org.derkit.edi.EnrollmentLine;
import org.derkit.edi.Party;
import org.derkit.edi.Reference;
import org.derkit.edi.Transaction;
import org.derkit.edi.X12ErrorCode;
import org.derkit.model.AccountNumber;
import org.derkit.model.MeterNumber;

/** Parses 814 enrollment requests and responses. */
public final class Parser814 extends TxnParser {

    private static final int T_BGN = Scanner.tag("BGN");
    private static final int T_LIN = Scanner.tag("LIN");
    private static final int T_ASI = Scanner.tag("ASI");

    private String controlNumber;
    private boolean sawBgn;
    private String purpose;
    private String reference;
    private LocalDate date;
    private String time;
    private String original;
    private final List<Party> parties = new ArrayList<>();
    private final List<EnrollmentLine> lines = new ArrayList<>();

    private boolean inLine;
    private String assignedId;
    private List<String> productIds;
    private String action;
    private String maintenance;
    private final List<Reference> refs = new ArrayList<>();
    private final List<DateReference> dates = new ArrayList<>();

    public Parser814(Scanner sc, ProblemSink sink, AmerenProfile profile) {
        super(sc, sink, profile);
    }

    @Override
    public void begin(String control) {
        controlNumber = control;
        sawBgn = false;
        purpose = "";
        reference = "";
        date = null;
        time = "";
        original = "";
        parties.clear();
        lines.clear();
        inLine = false;
        inPartyLoop = false;
    }

    private static final int T_NTE = Scanner.tag("NTE");
    /** Whether the previous segment belongs to a header N1 loop (N1, N2, N3, N4, PER). */
    private boolean inPartyLoop;

    @Override
    protected String loopId(int tag) {
        if (tag == T_LIN || inLine) {
            return "LIN";
        }
        return tag == T_N1 || (isPartyLoopDetail(tag) && inPartyLoop) ? "N1" : "";
    }

    @Override
    public void segment(int tag) {
        checkSegment(tag);
        boolean partyLoop = inPartyLoop;
        inPartyLoop = false;
        if (isPartyLoopDetail(tag) && partyLoop) {
            // the N1 loop's name, address and contact lines: checked, informational
            inPartyLoop = true;
            return;
        }
        if (tag == T_NTE && inLine) {
            return;
        }
        if (tag == T_BGN) {
            if (sawBgn) {
                unexpected(tag);
                return;
            }
            sawBgn = true;
            purpose = required(1);
            if (!purpose.isEmpty() && !purpose.equals(Edi814.REQUEST) && !purpose.equals(Edi814.RESPONSE)) {
                sink.report(X12ErrorCode.INVALID_CODE_VALUE, 1, 0, "BGN01 '" + purpose + "' (valid values 13 request, 11 response)");
            }
            reference = required(2);
            date = date(3, true);
            time = optional(4);
            original = optional(6);
            return;
        }
        if (!sawBgn) {
            sink.report(X12ErrorCode.MANDATORY_SEGMENT_MISSING, 0, 0, "BGN must follow ST");
            sawBgn = true;
        }
        if (tag == T_N1) {
            if (inLine) {
                unexpected(tag);
            }
            Party p = party();
            if (p != null) {
                parties.add(p);
            }
            inPartyLoop = true;
        } else if (tag == T_LIN) {
            closeLine();
            inLine = true;
            assignedId = optional(1);
            productIds = new ArrayList<>();
            for (int k = 2; k <= sc.elementCount(); k++) {
                productIds.add(sc.text(k));
            }
            while (!productIds.isEmpty() && productIds.get(productIds.size() - 1).isEmpty()) {
                productIds.remove(productIds.size() - 1);
            }
            action = "";
            maintenance = "";
            refs.clear();
            dates.clear();
        } else if (tag == T_ASI) {
            if (!inLine) {
                unexpected(tag);
                return;
            }
            action = required(1);
            if (!action.isEmpty() && !action.equals("7") && !action.equals("WQ") && !action.equals("U")) {
                sink.report(X12ErrorCode.INVALID_CODE_VALUE, 1, 0, "ASI01 '" + action + "' (valid values 7 request, WQ accept, U reject)");
            }
            maintenance = required(2);
        } else if (tag == T_REF) {
            Reference r = reference();
            if (!inLine) {
                unexpected(tag);
                return;
            }
            if (r != null) {
                if (r.qualifier().equals("12")) {
                    checkIdentifier(r, 2, AccountNumber::of);
                } else if (r.qualifier().equals("MG")) {
                    checkIdentifier(r, 2, MeterNumber::of);
                }
                refs.add(r);
            }
        } else if (tag == T_DTM) {
            DateReference d = dateReference();
            if (!inLine) {
                unexpected(tag);
                return;
            }
            if (d != null) {
                dates.add(d);
            }
        } else {
            unexpected(tag);
        }
    }

    private void closeLine() {
        if (inLine) {
            lines.add(new EnrollmentLine(assignedId, productIds, action, maintenance, refs, dates));
            inLine = false;
        }
    }

    @Override
    public Transaction finish() {
        closeLine();
        if (!sawBgn) {
            sink.report(X12ErrorCode.MANDATORY_SEGMENT_MISSING, 0, 0, "BGN is required in an 814");
            return null;
        }
        if (lines.isEmpty()) {
            sink.report(X12ErrorCode.MANDATORY_SEGMENT_MISSING, 0, 0, "an 814 needs at least one LIN loop");
            return null;
        }
        if (date == null) {
            return null;
        }
        return new Edi814(controlNumber, purpose, reference, date, time, original, parties, lines);
    }
}
