package org.derkit.edi.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.DateReference;
import org.derkit.edi.Party;
import org.derkit.edi.Reference;
import org.derkit.edi.Transaction;
import org.derkit.edi.X12ErrorCode;

/**
 * Base of the typed transaction parsers: element helpers that report typed problems. A parser is
 * reused for every transaction set of its kind in an input.
 */
public abstract class TxnParser {

    private static final int T_N2 = Scanner.tag("N2");
    private static final int T_N3 = Scanner.tag("N3");
    private static final int T_N4 = Scanner.tag("N4");
    private static final int T_PER = Scanner.tag("PER");

    protected final Scanner sc;
    protected final ProblemSink sink;
    protected final AmerenProfile profile;
    private final long[] num = new long[1];

    /** Problems this parser reported since {@link #resetReports()}. */
    private int reports;

    protected TxnParser(Scanner sc, ProblemSink sink, AmerenProfile profile) {
        this.sc = sc;
        this.sink = new ProblemSink() {
            @Override
            public void report(X12ErrorCode code, int element, int component, String detail, String loopId) {
                reports++;
                sink.report(code, element, component, detail, loopId.isEmpty() ? currentLoop() : loopId);
            }

            @Override
            public int segmentPosition() {
                return sink.segmentPosition();
            }
        };
        this.profile = profile;
    }

    /**
     * The loop of the current segment, or empty at the transaction set's envelope (a problem that
     * {@link #finish()} reports at SE, or where SE is missing, is in no loop).
     */
    private String currentLoop() {
        int tag = sc.tag();
        if (tag == T_SE || tag == T_ST || tag == T_GE || tag == T_GS || tag == T_IEA || tag == T_ISA) {
            return "";
        }
        return loopId(tag);
    }

    /**
     * The X12 loop identifier of the innermost loop the current segment belongs to, as the X12
     * 004010 transaction set table names it (the loop's first segment: {@code N1}, {@code PTD},
     * {@code IT1}, ...): a 997 returns it in AK303. Called only when a problem is reported.
     *
     * @param tag the current segment's tag as {@link Scanner#tag(String)} codes it
     * @return the loop identifier, empty outside a loop
     */
    protected String loopId(int tag) {
        return "";
    }

    private static final int T_SE = Scanner.tag("SE");
    private static final int T_ST = Scanner.tag("ST");
    private static final int T_GE = Scanner.tag("GE");
    private static final int T_GS = Scanner.tag("GS");
    private static final int T_IEA = Scanner.tag("IEA");
    private static final int T_ISA = Scanner.tag("ISA");

    /**
     * Whether a segment is one of the N1 loop's name, address and contact lines (N2, N3, N4, PER),
     * which the 810 and 814 check and do not model.
     *
     * @param tag the segment tag as {@link Scanner#tag(String)} codes it
     * @return true for N2, N3, N4 and PER
     */
    protected static boolean isPartyLoopDetail(int tag) {
        return tag == T_N2 || tag == T_N3 || tag == T_N4 || tag == T_PER;
    }

    /** Forgets the count of reported problems: at the start of each transaction set. */
    protected final void resetReports() {
        reports = 0;
    }

    /**
     * Whether this parser reported a problem in the current transaction set.
     *
     * @return true after the first report since {@link #resetReports()}
     */
    protected final boolean reported() {
        return reports > 0;
    }

    /** Starts a transaction set (after ST). */
    public abstract void begin(String controlNumber);

    /** Handles one segment between ST and SE. */
    public abstract void segment(int tag);

    /** Ends the transaction set (at SE, or at the point where its SE is missing); null when unusable. */
    public abstract Transaction finish();

    // ------------------------------------------------------------ helpers

    protected static final int T_REF = Scanner.tag("REF");
    protected static final int T_DTM = Scanner.tag("DTM");
    protected static final int T_N1 = Scanner.tag("N1");

    protected final void unexpected(int tag) {
        if (tag == 0) {
            sink.report(X12ErrorCode.UNRECOGNIZED_SEGMENT, 0, 0, "tag '" + sc.tagText() + "'");
        } else {
            sink.report(X12ErrorCode.UNEXPECTED_SEGMENT, 0, 0, sc.tagText() + " is not expected here");
        }
    }

    /** Elements (bit k) of the current segment that {@link #checkSegment} found bad and reported. */
    private long badElements;

    /**
     * Checks the current segment against its X12 004010 definition ({@link Segments}): at most the
     * defined elements, each present element of its type and within its minimum and maximum length.
     * Every bad element is reported once (AK4 codes 3 to 9) and remembered, so that the parser's
     * own helpers do not report it again.
     *
     * @param tag the packed tag of the current segment
     */
    protected final void checkSegment(int tag) {
        badElements = 0;
        Segments.Def def = Segments.of(tag);
        if (def == null) {
            return;
        }
        int n = sc.elementCount();
        byte[] b = sc.buffer();
        for (int k = 1; k <= n; k++) {
            if (!sc.present(k)) {
                continue;
            }
            if (k > def.elements()) {
                sink.report(X12ErrorCode.TOO_MANY_ELEMENTS, k, 0, Messages.quote(sc.text(k)) + " in element " + k
                        + ", " + def.tag() + " has " + def.elements() + " in X12 004010");
                bad(k);
                return;
            }
            int s = sc.start(k);
            int e = sc.end(k);
            byte type = def.types[k];
            String name = def.tag() + String.format("%02d", k);
            String problem = null;
            X12ErrorCode code = null;
            int length;
            if (type == Segments.C) {
                e = sc.componentEnd(k);
            }
            if (type == Segments.R || type == Segments.N0 || type == Segments.N2) {
                length = Segments.numericLength(b, s, e);
                boolean ok = type == Segments.R ? Bytes.parseDecimal(b, s, e, num) != Bytes.BAD : isInteger(b, s, e);
                if (!ok) {
                    code = X12ErrorCode.INVALID_NUMBER;
                    problem = " is not an X12 " + (type == Segments.R ? "R number (optional minus, digits, optional "
                            + "decimal point)" : type == Segments.N0 ? "N0 integer" : "N2 number (digits with 2 implied decimals)");
                }
            } else {
                length = e - s;
                if (type == Segments.DT && Bytes.parseDate(b, s, e) < 0) {
                    code = X12ErrorCode.INVALID_DATE;
                    problem = " is not a CCYYMMDD date";
                } else if (type == Segments.TM && !time(b, s, e)) {
                    code = X12ErrorCode.INVALID_TIME;
                    problem = " is not an HHMM, HHMMSS or HHMMSSd time";
                } else {
                    for (int i = s; i < e; i++) {
                        int c = b[i] & 0xff;
                        if (c < 0x20 || c == 0x7f) {
                            code = X12ErrorCode.INVALID_CHARACTER;
                            problem = " holds the control character " + Messages.escape(String.valueOf((char) c));
                            break;
                        }
                    }
                }
            }
            if (code == null && length < def.min[k]) {
                code = X12ErrorCode.ELEMENT_TOO_SHORT;
                problem = " has " + length + (length == 1 ? " character, " : " characters, ") + name + " at least "
                        + def.min[k];
            } else if (code == null && length > def.max[k]) {
                code = X12ErrorCode.ELEMENT_TOO_LONG;
                problem = " has " + length + (type >= Segments.R && type <= Segments.N2 ? " digits" : " characters")
                        + ", " + name + " at most " + def.max[k];
            }
            if (code != null) {
                sink.report(code, k, type == Segments.C ? 1 : 0, name + " " + Messages.quote(new String(b, s, e - s,
                        java.nio.charset.StandardCharsets.ISO_8859_1)) + problem);
                bad(k);
            }
        }
    }

    private void bad(int k) {
        badElements |= 1L << Math.min(k, 63);
    }

    /** Whether {@link #checkSegment} already reported element k of the current segment. */
    protected final boolean isBad(int k) {
        return (badElements & (1L << Math.min(k, 63))) != 0;
    }

    private static boolean isInteger(byte[] b, int s, int e) {
        int i = s < e && b[s] == '-' ? s + 1 : s;
        if (i >= e) {
            return false;
        }
        for (; i < e; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean time(byte[] b, int s, int e) {
        int len = e - s;
        if (len < 4 || len > 8 || len == 5) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        int hh = (b[s] - '0') * 10 + b[s + 1] - '0';
        int mm = (b[s + 2] - '0') * 10 + b[s + 3] - '0';
        // hours up to 25: elapsed-hour labels of the fall-back day (edi-profile section 3)
        return hh <= 25 && mm <= 59 && (len < 6 || (b[s + 4] - '0') * 10 + b[s + 5] - '0' <= 59);
    }

    /** Reports TOO_MANY_ELEMENTS for the first non-empty element after {@code max}. */
    protected final void atMost(int max) {
        for (int k = max + 1; k <= sc.elementCount(); k++) {
            if (sc.present(k)) {
                sink.report(X12ErrorCode.TOO_MANY_ELEMENTS, k, 0, "'" + sc.text(k) + "' in element " + k
                        + ", the segment has at most " + max);
                return;
            }
        }
    }

    /** Element k as text; reports MANDATORY_ELEMENT_MISSING and returns "" when it is empty. */
    protected final String required(int k) {
        if (isBad(k)) {
            return sc.text(k);
        }
        if (!sc.present(k)) {
            sink.report(X12ErrorCode.MANDATORY_ELEMENT_MISSING, k, 0, sc.tagText() + String.format("%02d", k) + " is required");
            return "";
        }
        return sc.text(k);
    }

    protected final String optional(int k) {
        return sc.present(k) ? sc.text(k) : "";
    }

    /** Element k as a date; reports and returns null when missing or invalid. */
    protected final LocalDate date(int k, boolean mandatory) {
        if (!sc.present(k)) {
            if (mandatory) {
                sink.report(X12ErrorCode.MANDATORY_ELEMENT_MISSING, k, 0, sc.tagText() + String.format("%02d", k)
                        + " (date) is required");
            }
            return null;
        }
        if (isBad(k)) {
            return null;
        }
        int d = Bytes.parseDate(sc.buffer(), sc.start(k), sc.end(k));
        if (d < 0) {
            sink.report(X12ErrorCode.INVALID_DATE, k, 0, "'" + sc.text(k) + "' is not a CCYYMMDD date");
            return null;
        }
        return LocalDate.of(d / 10000, d / 100 % 100, d % 100);
    }

    /** Element k as an exact decimal; reports and returns null when missing (if mandatory) or invalid. */
    protected final BigDecimal decimal(int k, boolean mandatory) {
        if (!sc.present(k)) {
            if (mandatory) {
                sink.report(X12ErrorCode.MANDATORY_ELEMENT_MISSING, k, 0, sc.tagText() + String.format("%02d", k)
                        + " (number) is required");
            }
            return null;
        }
        if (isBad(k)) {
            return null;
        }
        byte[] b = sc.buffer();
        int s = sc.start(k);
        int e = sc.end(k);
        int scale = Bytes.parseDecimal(b, s, e, num);
        if (scale == Bytes.BAD) {
            sink.report(X12ErrorCode.INVALID_NUMBER, k, 0, Messages.quote(sc.text(k)) + " is not an X12 number");
            return null;
        }
        return scale == Bytes.BIG ? Bytes.bigValue(b, s, e) : BigDecimal.valueOf(num[0], scale);
    }

    /** Element k as an N2-style number with implied decimals; reports and returns null when invalid. */
    protected final BigDecimal implied(int k, int decimals, boolean mandatory) {
        if (!sc.present(k)) {
            if (mandatory) {
                sink.report(X12ErrorCode.MANDATORY_ELEMENT_MISSING, k, 0, sc.tagText() + String.format("%02d", k)
                        + " (amount) is required");
            }
            return null;
        }
        if (isBad(k)) {
            return null;
        }
        BigDecimal v = Bytes.parseImplied(sc.buffer(), sc.start(k), sc.end(k), decimals);
        if (v == null) {
            sink.report(X12ErrorCode.INVALID_NUMBER, k, 0, "'" + sc.text(k) + "' is not an N" + decimals
                    + " number (digits with " + decimals + " implied decimals)");
        }
        return v;
    }

    /** Reads a REF segment (REF01 required, REF02 or REF03 required). */
    protected final Reference reference() {
        String q = required(1);
        String v = optional(2);
        String d = optional(3);
        if (v.isEmpty() && d.isEmpty()) {
            sink.report(X12ErrorCode.MANDATORY_ELEMENT_MISSING, 2, 0, "REF02 or REF03 is required");
        }
        return q.isEmpty() ? null : new Reference(q, v, d);
    }

    /** Reads an N1 segment. */
    protected final Party party() {
        String code = required(1);
        return code.isEmpty() ? null : new Party(code, optional(2), optional(3), optional(4));
    }

    /** Reads a DTM segment that is not an interval label. */
    protected final DateReference dateReference() {
        String q = required(1);
        LocalDate d = date(2, true);
        String time = optional(3);
        if (!time.isEmpty() && !isBad(3) && Bytes.parseTime(sc.buffer(), sc.start(3), sc.end(3)) < 0) {
            sink.report(X12ErrorCode.INVALID_TIME, 3, 0, "'" + time + "' is not HHMM or HHMMSS");
        }
        return q.isEmpty() || d == null ? null : new DateReference(q, d, time, optional(4));
    }

    /** Checks that an identifier element builds the model type; reports INVALID_CHARACTER otherwise. */
    protected final void checkIdentifier(Reference r, int element, java.util.function.Function<String, ?> factory) {
        if (isBad(element)) {
            return;
        }
        try {
            Object unused = factory.apply(r.value()); // built only to see whether it refuses the text
        } catch (IllegalArgumentException ex) {
            sink.report(X12ErrorCode.INVALID_CHARACTER, element, 0, ex.getMessage());
        }
    }
}
