package org.derkit.edi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.derkit.edi.internal.Bytes;
import org.derkit.edi.internal.DayClock;
import org.derkit.edi.internal.Messages;
import org.derkit.edi.internal.ProblemSink;
import org.derkit.edi.internal.Scanner;
import org.derkit.edi.internal.Segments;
import org.derkit.edi.internal.TxnParser;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.ReadingQuality;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.AccountNumber;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;

/**
 * Parses 867 transaction sets. It lives in the API package, package-private, because it fills
 * {@link IntervalChannel.Builder} through the builder's package-private primitive path, which is
 * no part of the public API.
 *
 * <p>Parses 867 transaction sets. The QTY + DTM*582 pairs of interval data take a primitive path: the
 * QTY is held in fields until its DTM*582 arrives, then appended to the loop's channel builder.
 */
final class Parser867 extends TxnParser {

    private static final int T_BPT = Scanner.tag("BPT");
    private static final int T_PTD = Scanner.tag("PTD");
    private static final int T_QTY = Scanner.tag("QTY");
    private static final int T_MEA = Scanner.tag("MEA");
    private static final MeterUnit[] UNITS = MeterUnit.values();
    /** The maximum X12 length of QTY02 (element 380, R 1/15). */
    private static final int QTY02_MAX = 15;

    private final ZoneRules rules;
    private final IntervalChannel.Builder[] builders = new IntervalChannel.Builder[UNITS.length];
    private final long[] num = new long[1];

    private String controlNumber;
    private boolean sawBpt;
    private String purpose;
    private String reference;
    private LocalDate reportDate;
    private String reportType;
    private final List<Party> parties = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<UsageLoop> loops = new ArrayList<>();

    // current loop
    private String ptd;
    /** Whether the current loop's interval data is usage under the profile (PTD01 in intervalLoopCodes). */
    private boolean ptdReadsIntervals;
    /** Whether interval data in the current loop was already reported as not read. */
    private boolean ptdIntervalsReported;
    /** Whether any loop of the transaction set held interval data the profile does not read. */
    private boolean ptdIntervalsSeen;
    private final List<DateReference> dates = new ArrayList<>();
    private final List<Reference> loopRefs = new ArrayList<>();
    private final List<UsageQuantity> quantities = new ArrayList<>();
    private final List<MeterMeasurement> measurements = new ArrayList<>();
    private final int[] channelOrder = new int[UNITS.length];
    private int channelCount;

    // pending QTY (waiting for a DTM*582)
    private boolean pending;
    private boolean pendingValid;
    private boolean pendingEstimated;
    private int pendingUnit;
    private long pendingUnscaled;
    private int pendingScale;
    private BigDecimal pendingBig;
    // where the pending QTY is: its segment position, line and byte offset, for usage error locations
    private int pendingSegment;
    private long pendingLine;
    private long pendingOffset;

    /** Whether the summary's energy totals must equal the meters' net (false: left to the caller, RES-18). */
    private final boolean servicePointTotalsChecked;

    Parser867(Scanner sc, ProblemSink sink, AmerenProfile profile, boolean servicePointTotalsChecked) {
        super(sc, sink, profile);
        this.servicePointTotalsChecked = servicePointTotalsChecked;
        this.rules = profile.zone().getRules();
        for (int i = 0; i < UNITS.length; i++) {
            builders[i] = IntervalChannel.builder(UNITS[i], profile);
        }
    }

    @Override
    public void begin(String control) {
        controlNumber = control;
        resetReports();
        sawBpt = false;
        originalReference = "";
        purpose = "";
        reference = "";
        reportDate = null;
        reportType = "";
        parties.clear();
        references.clear();
        loops.clear();
        ptd = null;
        ptdReadsIntervals = false;
        ptdIntervalsSeen = false;
        lastHeaderTag = 0;
        resetLoop();
        pending = false;
    }

    private void resetLoop() {
        dates.clear();
        loopRefs.clear();
        quantities.clear();
        measurements.clear();
        for (int i = 0; i < channelCount; i++) {
            builders[channelOrder[i]].reset();
        }
        channelCount = 0;
    }

    @Override
    public void segment(int tag) {
        if (tag == T_QTY) {
            pendingSegment = sink.segmentPosition();
            pendingLine = sc.segmentLine();
            pendingOffset = sc.segmentOffset();
            if (!fastQty()) {
                checkSegment(tag);
                qty();
            }
            return;
        }
        if (tag == T_DTM) {
            if (pending && pendingValid && pendingBig == null && ptdReadsIntervals && fastInterval()) {
                return;
            }
            checkSegment(tag);
            if (sc.is(1, "582")) {
                interval();
                return;
            }
        } else {
            checkSegment(tag);
        }
        flushPending();
        if (tag == T_DTM) {
            DateReference d = dateReference();
            if (ptd == null) {
                unexpected(tag);
            } else if (d != null) {
                dates.add(d);
            }
        } else if (tag == T_REF) {
            ref();
        } else if (tag == T_PTD) {
            ptd();
        } else if (tag == T_MEA) {
            mea();
        } else if (tag == T_N1) {
            if (ptd != null || !sawBpt) {
                unexpected(tag);
            }
            Party p = party();
            if (p != null) {
                parties.add(p);
            }
        } else if (tag == T_BPT) {
            bpt();
        } else if (isPartyLoopDetail(tag) && lastHeaderTag != 0 && ptd == null) {
            // the N1 loop's name, address and contact lines: well formed (checked), informational
            tag = lastHeaderTag;
        } else {
            unexpected(tag);
        }
        lastHeaderTag = tag == T_N1 ? T_N1 : 0;
    }

    @Override
    protected String loopId(int tag) {
        if (tag == T_PTD) {
            return "PTD";
        }
        if (ptd != null) {
            boolean qtyLoop = tag == T_QTY || (tag == T_DTM && sc.is(1, "582")) || pending || channelCount > 0
                    || !quantities.isEmpty();
            return qtyLoop ? "QTY" : "PTD";
        }
        return tag == T_N1 || (isPartyLoopDetail(tag) && lastHeaderTag == T_N1) ? "N1" : "";
    }

    /** T_N1 while inside a header N1 loop (N1 followed by N2/N3/N4/PER), else 0. */
    private int lastHeaderTag;

    private void bpt() {
        if (sawBpt) {
            unexpected(T_BPT);
            return;
        }
        sawBpt = true;
        purpose = required(1);
        reference = required(2);
        reportDate = date(3, true);
        reportType = optional(4);
        originalReference = isBad(9) ? "" : optional(9);
        Edi867.Purpose p = Edi867.Purpose.ofCode(purpose).orElse(null);
        if (p == null && !purpose.isEmpty() && !isBad(1)) {
            sink.report(X12ErrorCode.INVALID_CODE_VALUE, 1, 0, "BPT01 " + Messages.quote(purpose)
                    + " (valid values 00 original, 01 cancellation, 05 replacement)");
        } else if (p != null && p != Edi867.Purpose.ORIGINAL && originalReference.isEmpty() && !isBad(9)) {
            sink.report(X12ErrorCode.MANDATORY_ELEMENT_MISSING, 9, 0, "BPT09 (the BPT02 of the report it "
                    + (p == Edi867.Purpose.CANCELLATION ? "cancels" : "replaces") + ") is required when BPT01 is "
                    + purpose);
        }
        if (!reference.isEmpty() && !purpose.isEmpty()) {
            String key = purpose + '\u0000' + reference;
            String first = seenReports.putIfAbsent(key, controlNumber);
            if (first != null) {
                sink.report(X12ErrorCode.DUPLICATE_REPORT, 2, 0, "BPT " + purpose + " " + Messages.quote(reference)
                        + " was already read in transaction set 867 " + first + ": its usage is not read twice");
            }
        }
    }

    /** BPT01 + BPT02 of every 867 read by this reader, with the ST02 of the first: duplicates are reported. */
    private final java.util.Map<String, String> seenReports = new java.util.HashMap<>();
    private String originalReference = "";

    private boolean carriesIdentifier(String qualifier) {
        return ptd == null ? qualifier.equals("12") || qualifier.equals(profile.servicePointQualifier())
                : qualifier.equals("MG") || qualifier.equals("JH");
    }

    private void ref() {
        Reference r = reference();
        if (r == null) {
            return;
        }
        String q = r.qualifier();
        if (ptd == null && !sawBpt) {
            unexpected(T_REF);
        }
        if (r.value().isEmpty() && carriesIdentifier(q)) {
            // REF*12, the service point, MG and JH carry their identifier in REF02: a REF03 alone is
            // reported once as the missing REF02 (both empty was reported by reference() already)
            if (!r.description().isEmpty()) {
                sink.report(X12ErrorCode.MANDATORY_ELEMENT_MISSING, 2, 0,
                        "REF02 is required: REF01 " + Messages.quote(q) + " carries its identifier there");
            }
            (ptd == null ? references : loopRefs).add(r);
            return;
        }
        if (ptd == null) {
            if (q.equals("12")) {
                checkIdentifier(r, 2, AccountNumber::of);
            } else if (q.equals(profile.servicePointQualifier())) {
                checkIdentifier(r, 2, ServicePointId::of);
            }
            references.add(r);
        } else {
            if (q.equals("MG")) {
                checkIdentifier(r, 2, MeterNumber::of);
            } else if (q.equals("JH")) {
                try {
                    MeterRole.parse(r.value());
                } catch (IllegalArgumentException ex) {
                    sink.report(X12ErrorCode.INVALID_CODE_VALUE, 2, 0, "meter role " + Messages.quote(r.value())
                            + " (valid values A, S)");
                }
            }
            loopRefs.add(r);
        }
    }

    private void ptd() {
        closeLoop();
        String code = required(1);
        if (!code.isEmpty() && !profile.knowsLoopCode(code)) {
            java.util.TreeSet<String> known = new java.util.TreeSet<>(profile.summaryLoopCodes());
            known.addAll(profile.meterLoopCodes());
            known.addAll(profile.intervalLoopCodes());
            sink.report(X12ErrorCode.INVALID_CODE_VALUE, 1, 0, "PTD01 " + Messages.quote(code) + " (valid values "
                    + String.join(", ", known) + ")");
        }
        if (!sawBpt) {
            sink.report(X12ErrorCode.MANDATORY_SEGMENT_MISSING, 0, 0, "BPT must precede the first PTD loop");
            sawBpt = true;
        }
        ptd = code;
        ptdReadsIntervals = profile.intervalLoopCodes().contains(code);
        ptdIntervalsReported = false;
    }

    private void mea() {
        if (ptd == null) {
            unexpected(T_MEA);
        }
        String ref = optional(1);
        String qualifier = required(2);
        BigDecimal v = decimal(3, true);
        String unit = sc.firstComponent(4);
        if (v != null && !qualifier.isEmpty()) {
            measurements.add(new MeterMeasurement(ref, qualifier, v, unit == null ? "" : unit));
        }
    }

    private void closeLoop() {
        if (ptd != null) {
            List<IntervalChannel> channels = new ArrayList<>(channelCount);
            for (int i = 0; i < channelCount; i++) {
                channels.add(builders[channelOrder[i]].build());
            }
            loops.add(new UsageLoop(ptd, dates, loopRefs, quantities, measurements, channels));
        }
        resetLoop();
        ptd = null;
    }

    // ------------------------------------------------------------ QTY and DTM*582: the hot path

    /**
     * {@code QTY*QD|KA*<number>*KH|K1|K3} parsed in one pass over its bytes. Returns false, having
     * changed nothing, for any other shape; the general path then reads it and reports problems.
     */
    private boolean fastQty() {
        if (ptd == null) {
            return false;
        }
        byte[] b = sc.buffer();
        int p = sc.firstElementStart();
        int end = sc.segmentEnd();
        byte es = sc.elementSeparator();
        if (p < 0 || p + 6 > end || b[p + 2] != es) {
            return false;
        }
        boolean estimated;
        if (b[p] == 'Q' && b[p + 1] == 'D') {
            estimated = false;
        } else if (b[p] == 'K' && b[p + 1] == 'A') {
            estimated = true;
        } else {
            return false;
        }
        int i = p + 3;
        // the number ends at the next element separator; the shared exact parser reads it
        int numEnd = i;
        while (numEnd < end && b[numEnd] != es) {
            numEnd++;
        }
        int scale = Bytes.parseDecimal(b, i, numEnd, num);
        if (scale >= 0 && numEnd - i > QTY02_MAX && Segments.numericLength(b, i, numEnd) > QTY02_MAX) {
            return false;
        }
        i = numEnd;
        if (scale < 0 || i + 3 != end || b[i] != es || b[i + 1] != 'K') {
            return false;
        }
        byte u = b[i + 2];
        int unit = u == 'H' ? 0 : u == '1' ? 1 : u == '3' ? 2 : -1;
        if (unit < 0) {
            return false;
        }
        flushPending();
        pending = true;
        pendingValid = true;
        pendingBig = null;
        pendingEstimated = estimated;
        pendingUnscaled = num[0];
        pendingScale = scale;
        pendingUnit = unit;
        return true;
    }

    /**
     * {@code DTM*582*CCYYMMDD*HHMM} for a pending valid QTY, in one pass. Returns false, having
     * changed nothing, for any other shape (time with seconds, a time code, a problem).
     */
    private boolean fastInterval() {
        byte[] b = sc.buffer();
        int p = sc.firstElementStart();
        int end = sc.segmentEnd();
        byte es = sc.elementSeparator();
        if (p < 0 || p + 17 != end || b[p] != '5' || b[p + 1] != '8' || b[p + 2] != '2' || b[p + 3] != es
                || b[p + 12] != es) {
            return false;
        }
        int date = date(b, p + 4, p + 12);
        if (date < 0) {
            return false;
        }
        int h1 = b[p + 13] - '0';
        int h2 = b[p + 14] - '0';
        int m1 = b[p + 15] - '0';
        int m2 = b[p + 16] - '0';
        if ((h1 | h2 | m1 | m2) < 0 || h1 > 2 || h2 > 9 || m1 > 5 || m2 > 9) {
            return false;
        }
        int hhmm = h1 * 1000 + h2 * 100 + m1 * 10 + m2;
        IntervalChannel.Builder builder = builders[pendingUnit];
        long endSecond = builder.endOf(date, hhmm);
        if (endSecond == DayClock.BEYOND_DAY || builder.contains(endSecond)) {
            return false;
        }
        pending = false;
        if (builder.size() == 0) {
            channelOrder[channelCount++] = pendingUnit;
        }
        builder.addChecked(pendingUnscaled, pendingScale, pendingEstimated, date, hhmm, false, null, endSecond);
        builder.locateLast(pendingSegment, pendingLine, pendingOffset);
        return true;
    }

    private void qty() {
        flushPending();
        if (ptd == null) {
            unexpected(T_QTY);
        }
        pending = true;
        pendingValid = true;
        pendingBig = null;
        byte[] b = sc.buffer();
        int n = sc.elementCount();
        // QTY01 quality
        if (n >= 1 && sc.length(1) == 2) {
            int s = sc.start(1);
            byte c0 = b[s];
            byte c1 = b[s + 1];
            if (c0 == 'Q' && c1 == 'D') {
                pendingEstimated = false;
            } else if (c0 == 'K' && c1 == 'A') {
                pendingEstimated = true;
            } else {
                badQuality();
            }
        } else if (!isBad(1)) {
            badQuality();
        } else {
            pendingValid = false;
        }
        // QTY02 value
        if (isBad(2)) {
            pendingValid = false;
        } else if (n >= 2 && sc.present(2)) {
            int s = sc.start(2);
            int e = sc.end(2);
            int scale = Bytes.parseDecimal(b, s, e, num);
            if (scale >= 0) {
                pendingUnscaled = num[0];
                pendingScale = scale;
            } else if (scale == Bytes.BIG) {
                pendingBig = Bytes.bigValue(b, s, e);
            } else {
                pendingValid = false;
                sink.report(X12ErrorCode.INVALID_NUMBER, 2, 0, Messages.quote(sc.text(2)) + " is not an X12 number");
            }
        } else {
            pendingValid = false;
            sink.report(X12ErrorCode.MANDATORY_ELEMENT_MISSING, 2, 0, "QTY02 (quantity) is required");
        }
        // QTY03 unit, first component
        int unit = -1;
        if (n >= 3) {
            int s = sc.start(3);
            int e = sc.length(3) == 2 ? s + 2 : sc.componentEnd(3);
            if (e - s == 2 && b[s] == 'K') {
                byte u = b[s + 1];
                unit = u == 'H' ? 0 : u == '1' ? 1 : u == '3' ? 2 : -1;
            }
        }
        if (unit < 0 && isBad(3)) {
            pendingValid = false;
        } else if (unit < 0) {
            pendingValid = false;
            sink.report(n >= 3 && sc.present(3) ? X12ErrorCode.INVALID_CODE_VALUE : X12ErrorCode.MANDATORY_ELEMENT_MISSING,
                    3, 1, "unit " + Messages.quote(n >= 3 ? sc.text(3) : "") + " (valid values KH, K1, K3)");
        }
        pendingUnit = unit;
        if (n >= 4 && sc.present(4) && !isBad(4)) {
            // QTY04 free-form quantity: X12 allows it instead of QTY02, never beside it (syntax note R0204)
            pendingValid = false;
            sink.report(sc.present(2) ? X12ErrorCode.TOO_MANY_ELEMENTS : X12ErrorCode.INVALID_NUMBER, 4, 0,
                    "QTY04 " + Messages.quote(sc.text(4)) + " is a free-form quantity: this reader needs the number in QTY02");
        }
    }

    private void badQuality() {
        pendingValid = false;
        sink.report(sc.present(1) ? X12ErrorCode.INVALID_CODE_VALUE : X12ErrorCode.MANDATORY_ELEMENT_MISSING, 1, 0,
                "quality " + Messages.quote(sc.text(1)) + " (valid values QD actual, KA estimated)");
    }

    private void flushPending() {
        if (!pending) {
            return;
        }
        pending = false;
        if (pendingValid) {
            BigDecimal v = pendingBig != null ? pendingBig : BigDecimal.valueOf(pendingUnscaled, pendingScale);
            quantities.add(new UsageQuantity(pendingEstimated ? ReadingQuality.ESTIMATED : ReadingQuality.ACTUAL, v,
                    UNITS[pendingUnit]));
        }
    }

    private void interval() {
        if (!pending) {
            unexpected(T_DTM);
            return;
        }
        pending = false;
        if (isBad(2) || isBad(3)) {
            return;
        }
        byte[] b = sc.buffer();
        int n = sc.elementCount();
        int date = n >= 2 ? date(b, sc.start(2), sc.end(2)) : -1;
        if (date < 0) {
            sink.report(n >= 2 && sc.present(2) ? X12ErrorCode.INVALID_DATE : X12ErrorCode.MANDATORY_ELEMENT_MISSING,
                    2, 0, Messages.quote(sc.text(2)) + " is not a CCYYMMDD date");
            return;
        }
        int timeLen = n >= 3 ? sc.length(3) : 0;
        int hhmm = timeLen > 0 ? Bytes.parseTime(b, sc.start(3), sc.end(3)) : -1;
        if (hhmm < 0) {
            sink.report(timeLen > 0 ? X12ErrorCode.INVALID_TIME : X12ErrorCode.MANDATORY_ELEMENT_MISSING, 3, 0,
                    Messages.quote(sc.text(3)) + " is not an HHMM interval label");
            return;
        }
        boolean seconds = timeLen == 6;
        int time = hhmm;
        if (seconds) {
            time = hhmm * 100 + (b[sc.end(3) - 2] - '0') * 10 + (b[sc.end(3) - 1] - '0');
        }
        String timeCode = null;
        if (n >= 4) {
            timeCode = isBad(4) ? null : sc.textOrNull(4);
        }
        if (!pendingValid) {
            return;
        }
        if (!ptdReadsIntervals) {
            ptdIntervalsSeen = true;
            if (!ptdIntervalsReported) {
                ptdIntervalsReported = true;
                sink.report(X12ErrorCode.UNEXPECTED_SEGMENT, 0, 0, "interval data in a PTD*" + ptd + " loop: the "
                        + "profile reads intervals only from PTD*" + String.join(", PTD*",
                                new java.util.TreeSet<>(profile.intervalLoopCodes()))
                        + " loops (AmerenProfile.intervalLoopCodes); its values are not read");
            }
            return;
        }
        IntervalChannel.Builder builder = builders[pendingUnit];
        long end = builder.endOf(date, hhmm);
        if (end == DayClock.BEYOND_DAY) {
            sink.report(X12ErrorCode.INVALID_TIME, 3, 0, "label " + sc.text(2) + " " + sc.text(3)
                    + " lies beyond the end of a day of " + (dayMinutes(date) / 60) + " hours");
            return;
        }
        if (builder.contains(end)) {
            sink.report(X12ErrorCode.DUPLICATE_INTERVAL, 0, 0, "unit " + UNITS[pendingUnit].x12Code() + ", label "
                    + sc.text(2) + " " + sc.text(3) + " was already given in this loop");
            return;
        }
        if (timeCode != null && !checkTimeCode(timeCode, end)) {
            return;
        }
        if (builder.size() == 0) {
            channelOrder[channelCount++] = pendingUnit;
        }
        if (pendingBig != null) {
            builder.addBig(pendingBig, pendingEstimated, date, time, seconds, timeCode, end);
        } else {
            builder.addChecked(pendingUnscaled, pendingScale, pendingEstimated, date, time, seconds, timeCode, end);
        }
        builder.locateLast(pendingSegment, pendingLine, pendingOffset);
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private long lastDateBytes;
    private int lastDate = -1;

    /** CCYYMMDD from bytes; the same eight bytes as the previous label reuse the previous result. */
    private int date(byte[] b, int s, int e) {
        if (e - s == 8) {
            long w = (long) LONGS.get(b, s);
            if (w == lastDateBytes && lastDate >= 0) {
                return lastDate;
            }
            int d = Bytes.parseDate(b, s, e);
            if (d >= 0) {
                lastDateBytes = w;
                lastDate = d;
            }
            return d;
        }
        return -1;
    }

    private int dayMinutes(int date) {
        return new DayClock(profile.clock()).dayMinutes(LocalDate.of(date / 10000, date / 100 % 100, date % 100));
    }

    private boolean checkTimeCode(String code, long end) {
        int offset = rules.getOffset(Instant.ofEpochSecond(end)).getTotalSeconds() / 3600;
        int standard;
        int daylight;
        switch (code.length() == 2 ? code.charAt(0) : '?') {
            case 'E': standard = -5; break;
            case 'C': standard = -6; break;
            case 'M': standard = -7; break;
            case 'P': standard = -8; break;
            case 'U': case 'G': standard = 0; break;
            default: standard = Integer.MIN_VALUE;
        }
        daylight = standard + 1;
        char kind = code.length() == 2 ? code.charAt(1) : '?';
        boolean utc = code.equals("UT") || code.equals("GM");
        if (standard == Integer.MIN_VALUE || (!utc && kind != 'S' && kind != 'D' && kind != 'T')) {
            sink.report(X12ErrorCode.INVALID_CODE_VALUE, 4, 0, "time code '" + code + "' (valid values CS, CD, CT, ES, ED, ET, ...)");
            return false;
        }
        boolean ok;
        if (utc) {
            ok = offset == 0;
        } else if (kind == 'S') {
            ok = offset == standard;
        } else if (kind == 'D') {
            ok = offset == daylight;
        } else {
            ok = offset == standard || offset == daylight;
        }
        if (!ok) {
            sink.report(X12ErrorCode.TIME_CODE_MISMATCH, 4, 0, "time code " + code + " but the interval ends at UTC"
                    + ZoneOffset.ofHours(offset) + " in " + profile.zone());
        }
        return ok;
    }

    /**
     * No silent drop: an 867 that is not a cancellation must carry interval data in a loop the
     * profile reads, and account-level intervals (no REF*MG) may not stand beside meter intervals.
     */
    private void checkUsage() {
        int values = 0;
        String accountLoop = null;
        String meterLoop = null;
        for (int i = 0; i < loops.size(); i++) {
            UsageLoop loop = loops.get(i);
            if (loop.intervalCount() == 0 || !profile.intervalLoopCodes().contains(loop.ptdCode())) {
                continue;
            }
            values += loop.intervalCount();
            String name = "PTD*" + loop.ptdCode() + " loop " + (i + 1);
            if (loop.reference("MG").isPresent()) {
                meterLoop = meterLoop == null ? name : meterLoop;
            } else {
                accountLoop = accountLoop == null ? name : accountLoop;
            }
        }
        if (values == 0 && !purpose.equals("01") && !ptdIntervalsSeen) {
            sink.report(X12ErrorCode.MANDATORY_SEGMENT_MISSING, 0, 0, "no interval data (QTY with DTM*582) in a PTD*"
                    + String.join(" or PTD*", new java.util.TreeSet<>(profile.intervalLoopCodes()))
                    + " loop: the transaction set holds no usage to read");
        }
        if (accountLoop != null && meterLoop != null) {
            sink.report(X12ErrorCode.UNEXPECTED_SEGMENT, 0, 0, accountLoop + " holds account-level intervals (no REF*MG) "
                    + "and " + meterLoop + " meter intervals: reading both would count the usage twice");
        }
        if (!purpose.equals("01") && !reported()) {
            // completeness is judged on a transaction set read without problems: a refused value is
            // not also reported as a missing hour or a wrong total
            checkTotals();
        }
    }

    /**
     * Completeness (issue 15 item 4): every energy QTY total of an interval loop equals the exact sum
     * of its channel, every energy QTY total of the summary loop equals the meters' net (additive
     * minus subtractive), unless the reader leaves that comparison to the caller (RES-18). Demand
     * channels (K1) are not totalled: a demand total is a peak, not a sum.
     */
    private void checkTotals() {
        java.util.Map<MeterUnit, BigDecimal> net = new java.util.EnumMap<>(MeterUnit.class);
        for (int i = 0; i < loops.size(); i++) {
            UsageLoop loop = loops.get(i);
            if (!profile.intervalLoopCodes().contains(loop.ptdCode())) {
                continue;
            }
            String name = loop.reference("MG").map(m -> "meter " + m).orElse("the account") + " (PTD*" + loop.ptdCode()
                    + " loop " + (i + 1) + ")";
            boolean subtractive = loop.reference("JH").map("S"::equals).orElse(false);
            for (IntervalChannel c : loop.channels()) {
                if (!c.unit().isEnergy()) {
                    continue;
                }
                BigDecimal sum = c.sum();
                BigDecimal total = total(loop, c.unit());
                if (total != null && total.compareTo(sum) != 0) {
                    sink.report(X12ErrorCode.TOTAL_MISMATCH, 0, 0, name + ": QTY total " + total.toPlainString() + " "
                            + c.unit().x12Code() + ", the " + c.size() + " intervals sum to " + sum.toPlainString());
                }
                BigDecimal signed = subtractive ? sum.negate() : sum;
                net.merge(c.unit(), signed, BigDecimal::add);
            }
        }
        for (int i = 0; servicePointTotalsChecked && i < loops.size(); i++) {
            UsageLoop loop = loops.get(i);
            if (!profile.summaryLoopCodes().contains(loop.ptdCode()) || profile.intervalLoopCodes().contains(loop.ptdCode())) {
                continue;
            }
            for (MeterUnit unit : UNITS) {
                BigDecimal meters = net.get(unit);
                BigDecimal total = unit.isEnergy() && meters != null ? total(loop, unit) : null;
                if (total != null && total.compareTo(meters) != 0) {
                    sink.report(X12ErrorCode.TOTAL_MISMATCH, 0, 0, "the summary (PTD*" + loop.ptdCode() + " loop " + (i + 1)
                            + "): QTY total " + total.toPlainString() + " " + unit.x12Code() + ", the meters' intervals "
                            + "net to " + meters.toPlainString() + " (additive minus subtractive)");
                }
            }
        }
    }

    /** The sum of a loop's QTY totals in this unit, or null when it has none. */
    private static BigDecimal total(UsageLoop loop, MeterUnit unit) {
        BigDecimal total = null;
        for (UsageQuantity q : loop.quantities()) {
            if (q.unit() == unit) {
                total = total == null ? q.value() : total.add(q.value());
            }
        }
        return total;
    }


    @Override
    public Transaction finish() {
        flushPending();
        closeLoop();
        if (!sawBpt) {
            sink.report(X12ErrorCode.MANDATORY_SEGMENT_MISSING, 0, 0, "BPT is required in an 867");
            return null;
        }
        if (reportDate == null || purpose.isEmpty() || reference.isEmpty()) {
            return null;
        }
        checkUsage();
        return new Edi867(controlNumber, purpose, reference, reportDate, reportType, parties, references, loops,
                originalReference);
    }
}
