package org.derkit.edi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.derkit.edi.internal.Messages;
import org.derkit.edi.internal.Parser810;
import org.derkit.edi.internal.Parser814;
import org.derkit.edi.internal.Parser997;
import org.derkit.edi.internal.ProblemSink;
import org.derkit.edi.internal.Scanner;
import org.derkit.edi.internal.TxnParser;

/**
 * A pull reader of typed X12 transaction sets, one at a time, from an input of any size.
 *
 * <p>Delimiters come from the fixed-width ISA of each interchange. CR, LF or CRLF after
 * terminators, a UTF-8 BOM and trailing blank lines are accepted, as are 00401 and 00501
 * envelopes. Envelope counts and control numbers (SE01, SE02, GE01, GE02, IEA01, IEA02) are
 * checked. In {@link ErrorMode#STRICT} the first problem throws an {@link X12Exception}; in
 * {@link ErrorMode#COLLECTING} every problem is recorded ({@link #problems()}), transaction sets
 * with problems are skipped and the others delivered. Memory stays bounded by the largest
 * transaction set: nothing else of the input is kept but the small per-transaction reports.
 *
 * <p>Implementation Requirements: not thread-safe; one reader per input.
 */
public final class X12Reader implements Iterator<Transaction>, AutoCloseable {

    private static final int S_START = 0;
    private static final int S_INTERCHANGE = 1;
    private static final int S_GROUP = 2;
    private static final int S_TXN = 3;
    private static final int S_SKIP_TXN = 4;
    private static final int S_DONE = 5;

    private static final int T_ISA = Scanner.tag("ISA");
    private static final int T_IEA = Scanner.tag("IEA");
    private static final int T_GS = Scanner.tag("GS");
    private static final int T_GE = Scanner.tag("GE");
    private static final int T_ST = Scanner.tag("ST");
    private static final int T_SE = Scanner.tag("SE");

    private final InputStream in;
    private final Scanner sc;
    private final AmerenProfile profile;
    private final ErrorMode mode;
    private final int maxProblems;
    private final Sink sink = new Sink();
    /** The longest problem detail kept; values inside are already cut to {@link Messages#MAX_SHOWN}. */
    private static final int MAX_DETAIL = 400;
    private final boolean refuseUnsupportedSets;
    private final boolean servicePointTotalsChecked;
    private final List<X12Problem> skipped = new ArrayList<>();
    /** ISA06 + ISA13 of every interchange read: a second one is a DUPLICATE_INTERCHANGE. */
    private final java.util.Set<String> seenInterchanges = new java.util.HashSet<>();

    private int state = S_START;
    private Transaction ready;
    private boolean anyInterchange;

    private InterchangeHeader interchange;
    private String isaControl = "";
    private int groupCount;
    private LineEnding lineEnding = LineEnding.NONE;
    private final List<X12Problem> interchangeProblems = new ArrayList<>();
    private boolean interchangeOpen;
    private int interchangeFirstGroup;
    private final List<InterchangeReport> interchangeReports = new ArrayList<>();

    private GroupHeader group;
    private String gsControl = "";
    private int txnCount;
    private final List<TransactionReport> txnReports = new ArrayList<>();
    private final List<X12Problem> groupProblems = new ArrayList<>();
    private final List<GroupReport> groupReports = new ArrayList<>();

    private String stCode = "";
    private String stControl = "";
    private int segPos;
    private TxnParser parser;
    private final List<X12Problem> txnProblems = new ArrayList<>();

    private Parser867 p867;
    private Parser814 p814;
    private Parser810 p810;
    private Parser997 p997;

    private final List<X12Problem> problems = new ArrayList<>();
    private int problemCount;
    /** The maximum number of problems was reached: the reading ends, whatever state a trailer restores. */
    private boolean stopped;

    private InterchangeHeader deliveredInterchange;
    private GroupHeader deliveredGroup;

    X12Reader(InputStream in, AmerenProfile profile, ErrorMode mode, int bufferSize, int maxSegment, int maxProblems,
            boolean refuseUnsupportedSets, boolean servicePointTotalsChecked, long firstByte, long firstLine) {
        this.refuseUnsupportedSets = refuseUnsupportedSets;
        this.servicePointTotalsChecked = servicePointTotalsChecked;
        this.in = in;
        this.sc = new Scanner(in, bufferSize, maxSegment, firstByte, firstLine);
        this.profile = profile;
        this.mode = mode;
        this.maxProblems = maxProblems;
    }

    // ------------------------------------------------------------------ public API

    /**
     * Whether another valid transaction set follows. Reads ahead to it.
     *
     * @throws X12Exception in strict mode, at the first problem
     * @throws UncheckedIOException when the input cannot be read
     */
    @Override
    public boolean hasNext() {
        if (ready != null) {
            return true;
        }
        if (state == S_DONE) {
            return false;
        }
        return advance();
    }

    /**
     * The next valid transaction set.
     *
     * @throws NoSuchElementException when there is none
     * @throws X12Exception in strict mode, at the first problem
     */
    @Override
    public Transaction next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no further transaction set");
        }
        Transaction t = ready;
        ready = null;
        return t;
    }

    /** {@return every problem found so far, in input order (at most the factory's maximum)} */
    public List<X12Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * The transaction sets skipped because this library does not read them (an 824 or 820 beside the
     * 867s), one {@link X12ErrorCode#TRANSACTION_SET_NOT_SUPPORTED} notice each, in input order. They
     * are not {@link #problems()}: the other transaction sets are read as usual. A factory made with
     * {@link X12Factory#withUnsupportedTransactionSetsRefused(boolean)} refuses them instead.
     *
     * @return the notices, unmodifiable
     */
    public List<X12Problem> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    /**
     * The reports of every functional group closed so far, in input order: the input of
     * {@link Edi997#acknowledging(GroupReport, String)}.
     *
     * @return the group reports, unmodifiable
     */
    public List<GroupReport> groupReports() {
        return Collections.unmodifiableList(groupReports);
    }

    /**
     * The reports of every interchange closed so far (at its IEA, or where the input ends or a new
     * ISA starts without one), in input order: the input of
     * {@link Edi997#acknowledging(InterchangeReport, int, java.time.LocalDateTime)}. Read to the end
     * ({@link #hasNext()} false) before acknowledging a whole input.
     *
     * @return the interchange reports, unmodifiable
     */
    public List<InterchangeReport> interchangeReports() {
        return Collections.unmodifiableList(interchangeReports);
    }

    /** {@return the ISA header of the interchange of the last transaction set returned by {@link #next()}} */
    public InterchangeHeader interchangeHeader() {
        if (deliveredInterchange == null) {
            throw new X12SequenceException("no interchange header yet: next() has not returned a transaction set");
        }
        return deliveredInterchange;
    }

    /** {@return the GS header of the group of the last transaction set returned by {@link #next()}} */
    public GroupHeader groupHeader() {
        if (deliveredGroup == null) {
            throw new X12SequenceException("no group header yet: next() has not returned a transaction set");
        }
        return deliveredGroup;
    }

    /** {@return what followed the ISA terminator of the current interchange: none, LF or CRLF} */
    public LineEnding lineEnding() {
        return lineEnding;
    }

    /**
     * Reads the rest of the input into whole interchanges (valid transaction sets only). For small
     * inputs and tests; large inputs should be read with {@link #next()}.
     *
     * @return the interchanges in input order
     */
    @SuppressWarnings("ReferenceEquality") // a new header object is a new group or interchange, even with equal fields
    public List<Interchange> readInterchanges() {
        List<Interchange> out = new ArrayList<>();
        List<FunctionalGroup> groups = new ArrayList<>();
        List<Transaction> txns = new ArrayList<>();
        InterchangeHeader ih = null;
        GroupHeader gh = null;
        while (hasNext()) {
            Transaction t = next();
            if (deliveredGroup != gh || deliveredInterchange != ih) {
                if (gh != null) {
                    groups.add(new FunctionalGroup(gh, txns));
                    txns = new ArrayList<>();
                }
                if (deliveredInterchange != ih && ih != null) {
                    out.add(new Interchange(ih, groups));
                    groups = new ArrayList<>();
                }
                ih = deliveredInterchange;
                gh = deliveredGroup;
            }
            txns.add(t);
        }
        if (gh != null) {
            groups.add(new FunctionalGroup(gh, txns));
            out.add(new Interchange(ih, groups));
        }
        return out;
    }

    /** Closes the input stream. */
    @Override
    public void close() {
        state = S_DONE;
        try {
            in.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    // ------------------------------------------------------------------ the state machine

    private boolean advance() {
        while (true) {
            if (state == S_DONE || stopped) {
                state = S_DONE;
                return false;
            }
            if (state == S_START) {
                int r = sc.readIsa();
                if (r == Scanner.END) {
                    if (!anyInterchange) {
                        problem(X12ErrorCode.EMPTY_INPUT, 0, 0, "no ISA segment", "", 0, 1, sc.offset());
                    }
                    state = S_DONE;
                    return false;
                }
                if (r != Scanner.SEGMENT) {
                    isaFailure(r);
                    state = S_DONE;
                    return false;
                }
                openInterchange();
                continue;
            }
            int r = sc.next();
            if (r != Scanner.SEGMENT) {
                endOfInput(r);
                state = S_DONE;
                return false;
            }
            int tag = sc.tag();
            if (state == S_TXN || state == S_SKIP_TXN) {
                if (tag == T_SE) {
                    segPos++;
                    if (closeTransaction()) {
                        return true;
                    }
                    continue;
                }
                if (tag != T_ST && tag != T_GE && tag != T_IEA && tag != T_ISA && tag != T_GS) {
                    segPos++;
                    if (state == S_TXN) {
                        parser.segment(tag);
                    }
                    continue;
                }
                segPos++;
                txnProblem(X12ErrorCode.TRANSACTION_TRAILER_MISSING, 0, "SE expected before " + sc.tagText());
                abandonTransaction();
            }
            envelope(tag);
        }
    }

    private void envelope(int tag) {
        if (tag == T_ST) {
            if (state != S_GROUP) {
                envelopeProblem(X12ErrorCode.DATA_OUTSIDE_ENVELOPE, "ST outside a functional group");
                stCode = sc.text(1);
                stControl = sc.text(2);
                segPos = 1;
                state = S_SKIP_TXN;
                parser = null;
                return;
            }
            openTransaction();
        } else if (tag == T_GE) {
            if (state != S_GROUP) {
                envelopeProblem(X12ErrorCode.DATA_OUTSIDE_ENVELOPE, "GE without GS");
                return;
            }
            closeGroup(true);
        } else if (tag == T_GS) {
            if (state == S_GROUP) {
                groupProblem(X12ErrorCode.GROUP_TRAILER_MISSING, 0, "GE expected before GS");
                closeGroup(false);
            }
            openGroup();
        } else if (tag == T_IEA) {
            if (state == S_GROUP) {
                groupProblem(X12ErrorCode.GROUP_TRAILER_MISSING, 0, "GE expected before IEA");
                closeGroup(false);
            }
            closeInterchange();
            reportInterchange();
            state = S_START;
        } else if (tag == T_ISA) {
            if (state == S_GROUP) {
                groupProblem(X12ErrorCode.GROUP_TRAILER_MISSING, 0, "GE expected before ISA");
                closeGroup(false);
            }
            interchangeProblem(X12ErrorCode.INTERCHANGE_TRAILER_MISSING, 0, "IEA expected before ISA");
            reportInterchange();
            state = S_DONE;
        } else {
            envelopeProblem(tag == 0 ? X12ErrorCode.UNRECOGNIZED_SEGMENT : X12ErrorCode.DATA_OUTSIDE_ENVELOPE,
                    sc.tagText() + " outside a transaction set");
        }
    }

    private void openInterchange() {
        anyInterchange = true;
        String[] e = new String[16];
        for (int k = 1; k <= 16; k++) {
            e[k - 1] = sc.text(k).strip();
        }
        isaControl = e[12];
        int rep = sc.repetitionSeparator();
        Delimiters d;
        try {
            d = new Delimiters((char) (sc.elementSeparator() & 0xff), (char) (sc.componentSeparator() & 0xff),
                    (char) (sc.segmentTerminator() & 0xff), rep < 0 ? '\0' : (char) rep);
        } catch (org.derkit.model.InvalidValueException ex) {
            // the scanner read the interchange with these separators; a character the writer refuses
            // (above 0x7E) is replaced in the header only, for what is written back (a 997)
            d = Delimiters.AMEREN;
        }
        interchange = new InterchangeHeader(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], e[9],
                rep < 0 ? e[10] : "", e[11], e[12], e[13], e[14], d);
        int le = sc.lineEndingAfterSegment();
        lineEnding = le == 1 ? LineEnding.LF : le == 2 ? LineEnding.CRLF : LineEnding.NONE;
        groupCount = 0;
        interchangeProblems.clear();
        interchangeOpen = true;
        interchangeFirstGroup = groupReports.size();
        state = S_INTERCHANGE;
        String key = e[5] + '\u0000' + e[12];
        if (!seenInterchanges.add(key)) {
            // the same file read twice: reported here, and each 867 in it as a DUPLICATE_REPORT
            interchangeProblem(X12ErrorCode.DUPLICATE_INTERCHANGE, 13, "ISA06 " + Messages.quote(e[5]) + ", ISA13 "
                    + Messages.quote(e[12]) + " was already read: its transaction sets are not read twice");
        }
    }

    private void closeInterchange() {
        String count = sc.text(1);
        if (!sameNumber(count, Integer.toString(groupCount))) {
            interchangeProblem(X12ErrorCode.GROUP_COUNT_MISMATCH, 1, "IEA01 is " + count + ", counted " + groupCount
                    + " functional group" + (groupCount == 1 ? "" : "s"));
        }
        String control = sc.text(2);
        if (!sameNumber(control, isaControl)) {
            interchangeProblem(X12ErrorCode.INTERCHANGE_CONTROL_NUMBER_MISMATCH, 2, "IEA02 is " + control
                    + ", ISA13 is " + isaControl);
        }
        isaControl = "";
    }

    private void openGroup() {
        groupCount++;
        gsControl = sc.text(6);
        group = new GroupHeader(sc.text(1), sc.text(2), sc.text(3), sc.text(4), sc.text(5), gsControl, sc.text(7),
                sc.text(8));
        txnCount = 0;
        txnReports.clear();
        groupProblems.clear();
        state = S_GROUP;
    }

    private void closeGroup(boolean atGe) {
        int included = txnCount;
        if (atGe) {
            String count = sc.text(1);
            if (!count.isEmpty() && count.length() <= 6 && count.chars().allMatch(c -> c >= '0' && c <= '9')) {
                included = Integer.parseInt(count);
            }
            if (!sameNumber(count, Integer.toString(txnCount))) {
                groupProblem(X12ErrorCode.TRANSACTION_COUNT_MISMATCH, 1, "GE01 is " + count + ", counted " + txnCount
                        + " transaction set" + (txnCount == 1 ? "" : "s"));
            }
            String control = sc.text(2);
            if (!sameNumber(control, gsControl)) {
                groupProblem(X12ErrorCode.GROUP_CONTROL_NUMBER_MISMATCH, 2, "GE02 is " + control + ", GS06 is " + gsControl);
            }
        }
        groupReports.add(new GroupReport(group, txnReports, groupProblems, included));
        gsControl = "";
        state = S_INTERCHANGE;
    }

    private void openTransaction() {
        txnCount++;
        stCode = sc.text(1);
        stControl = sc.text(2);
        segPos = 1;
        txnProblems.clear();
        parser = parserFor(stCode);
        state = S_SKIP_TXN; // from here on, problems belong to this transaction set
        if (stControl.isEmpty()) {
            txnProblem(X12ErrorCode.MANDATORY_ELEMENT_MISSING, 2, "ST02 (control number) is required");
        }
        if (parser == null) {
            String detail = "ST01 is " + Messages.quote(stCode) + " (supported 867, 814, 810, 997)";
            if (refuseUnsupportedSets) {
                txnProblem(X12ErrorCode.TRANSACTION_SET_NOT_SUPPORTED, 1, detail);
            } else {
                // skipped and listed, not an error of the input: the 997 still says "not supported" (AK502 1)
                X12Problem p = new X12Problem(X12ErrorCode.TRANSACTION_SET_NOT_SUPPORTED, new Location(isaControl,
                        gsControl, stCode, stControl, "ST", 1, 1, 0, sc.segmentLine(), sc.elementOffset(1)),
                        detail + ": skipped", stCode);
                txnProblems.add(p);
                if (skipped.size() < maxProblems) {
                    skipped.add(p);
                }
            }
            state = S_SKIP_TXN;
            return;
        }
        parser.begin(stControl);
        state = S_TXN;
    }

    private TxnParser parserFor(String code) {
        switch (code) {
            case "867":
                if (p867 == null) {
                    p867 = new Parser867(sc, sink, profile, servicePointTotalsChecked);
                }
                return p867;
            case "814":
                if (p814 == null) {
                    p814 = new Parser814(sc, sink, profile);
                }
                return p814;
            case "810":
                if (p810 == null) {
                    p810 = new Parser810(sc, sink, profile);
                }
                return p810;
            case "997":
                if (p997 == null) {
                    p997 = new Parser997(sc, sink, profile);
                }
                return p997;
            default:
                return null;
        }
    }

    /** At SE: checks counts, builds the transaction; true when one is ready to deliver. */
    private boolean closeTransaction() {
        String count = sc.text(1);
        if (!sameNumber(count, Integer.toString(segPos))) {
            txnProblem(X12ErrorCode.SEGMENT_COUNT_MISMATCH, 1, "SE01 is " + count + ", counted " + segPos
                    + " segments from ST to SE");
        }
        String control = sc.text(2);
        if (!control.equals(stControl)) {
            txnProblem(X12ErrorCode.TRANSACTION_CONTROL_NUMBER_MISMATCH, 2, "SE02 is " + control + ", ST02 is " + stControl);
        }
        Transaction t = state == S_TXN ? parser.finish() : null;
        boolean inGroup = !gsControl.isEmpty();
        state = inGroup ? S_GROUP : S_INTERCHANGE;
        if (inGroup) {
            txnReports.add(new TransactionReport(stCode, stControl, txnProblems));
        }
        stCode = "";
        stControl = "";
        segPos = 0;
        if (t != null && txnProblems.isEmpty() && inGroup) {
            ready = t;
            deliveredInterchange = interchange;
            deliveredGroup = group;
            return true;
        }
        return false;
    }

    private void abandonTransaction() {
        if (state == S_TXN) {
            parser.finish();
        }
        if (!gsControl.isEmpty()) {
            txnReports.add(new TransactionReport(stCode, stControl, txnProblems));
            state = S_GROUP;
        } else {
            state = S_INTERCHANGE;
        }
        stCode = "";
        stControl = "";
        segPos = 0;
    }

    private void endOfInput(int r) {
        if (r == Scanner.TRUNCATED) {
            problem(X12ErrorCode.UNEXPECTED_END_OF_INPUT, 0, 0, "no segment terminator '"
                    + (char) sc.segmentTerminator() + "' before the end of the input",
                    sc.tagText(), state == S_TXN || state == S_SKIP_TXN ? segPos + 1 : 0, sc.segmentLine(),
                    sc.segmentOffset());
        } else if (r == Scanner.TOO_LONG) {
            problem(X12ErrorCode.SEGMENT_TOO_LONG, 0, 0, "no terminator within the maximum segment length",
                    sc.tagText(), 0, sc.segmentLine(), sc.segmentOffset());
        }
        if (state == S_TXN || state == S_SKIP_TXN) {
            segPos++;
            txnProblem(X12ErrorCode.TRANSACTION_TRAILER_MISSING, 0, "the input ends before SE");
            abandonTransaction();
        }
        if (state == S_GROUP) {
            groupProblem(X12ErrorCode.GROUP_TRAILER_MISSING, 0, "the input ends before GE");
            closeGroup(false);
        }
        if (state == S_INTERCHANGE) {
            interchangeProblem(X12ErrorCode.INTERCHANGE_TRAILER_MISSING, 0, "the input ends before IEA");
        }
        reportInterchange();
    }

    /** Records the report of the open interchange, once. */
    private void reportInterchange() {
        if (interchangeOpen) {
            interchangeOpen = false;
            interchangeReports.add(new InterchangeReport(interchange,
                    groupReports.subList(interchangeFirstGroup, groupReports.size()), interchangeProblems));
        }
    }

    private void isaFailure(int r) {
        long off = sc.segmentOffset();
        long line = sc.segmentLine();
        switch (r) {
            case Scanner.ISA_NOT_FOUND:
                problem(X12ErrorCode.NOT_AN_INTERCHANGE, 0, 0, "the input starts with " + preview(), "", 0, line, off);
                break;
            case Scanner.ISA_TOO_SHORT:
                // the scanner stays at the ISA's first byte: what arrived is all that is buffered from there
                problem(X12ErrorCode.ISA_TOO_SHORT, 0, 0, "the input ends after " + (sc.bufferedEnd() - sc.start(0))
                        + " of the 106 ISA characters", "ISA", 0, line, off);
                break;
            case Scanner.ISA_MISALIGNED: {
                int at = sc.misalignedOffset();
                int element = 0;
                int[] seps = {3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103};
                while (element < seps.length && seps[element] != at) {
                    element++;
                }
                problem(X12ErrorCode.ISA_FIELD_MISALIGNED, element, 0, "element separator '"
                        + (char) sc.elementSeparator() + "' expected at ISA offset " + at + " (after ISA"
                        + String.format("%02d", element) + ")", "ISA", 0, line, off + at);
                break;
            }
            default:
                problem(X12ErrorCode.DELIMITER_CLASH, 16, 0, "element '" + (char) sc.elementSeparator()
                        + "', component '" + (char) sc.componentSeparator() + "', segment '"
                        + printable(sc.segmentTerminator()) + "'", "ISA", 0, line, off);
        }
    }

    /** The first bytes where an ISA was expected, escaped: never a byte past the end of the input. */
    private String preview() {
        byte[] b = sc.buffer();
        int start = sc.start(0);
        int end = Math.min(start + 8, sc.bufferedEnd());
        return Messages.quote(new String(b, start, Math.max(0, end - start), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static String printable(byte b) {
        int c = b & 0xff;
        return c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02X", c);
    }

    private static boolean sameNumber(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String x = stripZeros(a);
        String y = stripZeros(b);
        return !x.isEmpty() && x.equals(y) && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }

    // ------------------------------------------------------------------ problems

    private void txnProblem(X12ErrorCode code, int element, String detail) {
        problem(code, element, 0, detail, sc.tagText(), segPos, sc.segmentLine(),
                element > 0 ? sc.elementOffset(element) : sc.segmentOffset());
    }

    private void groupProblem(X12ErrorCode code, int element, String detail) {
        problem(code, element, 0, detail, sc.tagText(), 0, sc.segmentLine(),
                element > 0 ? sc.elementOffset(element) : sc.segmentOffset());
    }

    private void interchangeProblem(X12ErrorCode code, int element, String detail) {
        groupProblem(code, element, detail);
    }

    private void envelopeProblem(X12ErrorCode code, String detail) {
        groupProblem(code, 0, detail);
    }

    private void problem(X12ErrorCode code, int element, int component, String detail, String tag, int position,
            long line, long offset) {
        problem(code, element, component, detail, tag, position, line, offset, "");
    }

    private void problem(X12ErrorCode code, int element, int component, String detail, String tag, int position,
            long line, long offset, String loopId) {
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL) + "... (" + detail.length() + " characters)";
        }
        detail = Messages.escape(detail); // one line per problem: no raw CR, LF or NUL from the input
        boolean inTxn = state == S_TXN || state == S_SKIP_TXN;
        Location loc = new Location(isaControl, gsControl, inTxn ? stCode : "", inTxn ? stControl : "", tag,
                inTxn ? position : 0, element, component, line, offset, inTxn ? loopId : "");
        X12Problem p = new X12Problem(code, loc, detail,
                code.level() == X12ErrorCode.Level.ELEMENT && element > 0 ? elementCopy(element, component) : "");
        problemCount++;
        if (problems.size() < maxProblems) {
            problems.add(p);
        }
        switch (code.level()) {
            case SEGMENT:
            case ELEMENT:
            case TRANSACTION:
                if (inTxn) {
                    txnProblems.add(p);
                } else if (state == S_GROUP) {
                    groupProblems.add(p);
                } else {
                    // between ISA and GS or after GE: no group report would ever hold it
                    interchangeProblems.add(p);
                }
                break;
            case GROUP:
                groupProblems.add(p);
                break;
            default:
                interchangeProblems.add(p);
        }
        if (mode == ErrorMode.STRICT) {
            state = S_DONE;
            ready = null;
            throw new X12Exception(p);
        }
        if (problemCount >= maxProblems) {
            stopped = true;
            state = S_DONE;
            ready = null;
        }
    }

    /** The element (or component) of the current segment as sent, at most the length AK404 allows. */
    private String elementCopy(int element, int component) {
        if (element > sc.elementCount()) {
            return "";
        }
        int s = sc.start(element);
        int e = Math.min(sc.end(element), s + X12Problem.MAX_ELEMENT_COPY * 2);
        if (s < 0 || e <= s) {
            return "";
        }
        String text = new String(sc.buffer(), s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (component > 0) {
            String[] parts = text.split(java.util.regex.Pattern.quote(String.valueOf((char) (sc.componentSeparator() & 0xff))), -1);
            text = component <= parts.length ? parts[component - 1] : "";
        }
        return text;
    }

    /** Receives the parsers' problems for the current segment. */
    private final class Sink implements ProblemSink {
        @Override
        public void report(X12ErrorCode code, int element, int component, String detail, String loopId) {
            problem(code, element, component, detail, sc.tagText(), segPos, sc.segmentLine(),
                    element > 0 ? sc.elementOffset(element) : sc.segmentOffset(), loopId);
        }

        @Override
        public int segmentPosition() {
            return segPos;
        }
    }
}
