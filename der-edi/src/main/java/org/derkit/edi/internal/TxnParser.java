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

    protected final Scanner sc;
    protected final ProblemSink sink;
    protected final AmerenProfile profile;
    private final long[] num = new long[1];

    protected TxnParser(Scanner sc, ProblemSink sink, AmerenProfile profile) {
        this.sc = sc;
        this.sink = sink;
        this.profile = profile;
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
        byte[] b = sc.buffer();
        int s = sc.start(k);
        int e = sc.end(k);
        int scale = Bytes.parseDecimal(b, s, e, num);
        if (scale == Bytes.BAD) {
            sink.report(X12ErrorCode.INVALID_NUMBER, k, 0, "'" + sc.text(k) + "' is not an X12 number");
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
        BigDecimal v = Bytes.parseImplied(sc.buffer(), sc.start(k), sc.end(k), decimals);
        if (v == null) {
            sink.report(X12ErrorCode.INVALID_NUMBER, k, 0, "'" + sc.text(k) + "' is not an N" + decimals
                    + " number (digits with " + decimals + " implied decimals)");
        }
        return v;
    }

    /** Reads a REF segment (REF01 required, REF02 or REF03 required). */
    protected final Reference reference() {
        atMost(3);
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
        atMost(4);
        String code = required(1);
        return code.isEmpty() ? null : new Party(code, optional(2), optional(3), optional(4));
    }

    /** Reads a DTM segment that is not an interval label. */
    protected final DateReference dateReference() {
        atMost(4);
        String q = required(1);
        LocalDate d = date(2, true);
        String time = optional(3);
        if (!time.isEmpty() && Bytes.parseTime(sc.buffer(), sc.start(3), sc.end(3)) < 0) {
            sink.report(X12ErrorCode.INVALID_TIME, 3, 0, "'" + time + "' is not HHMM or HHMMSS");
        }
        return q.isEmpty() || d == null ? null : new DateReference(q, d, time, optional(4));
    }

    /** Checks that an identifier element builds the model type; reports INVALID_CHARACTER otherwise. */
    protected final void checkIdentifier(Reference r, int element, java.util.function.Function<String, ?> factory) {
        try {
            factory.apply(r.value());
        } catch (IllegalArgumentException ex) {
            sink.report(X12ErrorCode.INVALID_CHARACTER, element, 0, ex.getMessage());
        }
    }
}
