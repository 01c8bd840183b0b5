package org.derkit.metering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.derkit.edi.Edi867;
import org.derkit.model.ServicePointId;

/**
 * Applies the purposes of 867 reports (BPT01) over a set of inputs read in any order, so that a
 * cancellation or replacement is never taken for fresh usage and no report is counted twice
 * (issue 15 item 4):
 * <ul>
 * <li>a {@link Edi867.Purpose#REPLACEMENT replacement} supersedes the report whose BPT02 its BPT09
 *     names; the replacement's usage stands instead;</li>
 * <li>a {@link Edi867.Purpose#CANCELLATION cancellation} removes the report it names; it is never
 *     usage itself;</li>
 * <li>a cancellation or replacement naming no report read ({@link MeteringProblem.Kind#ORIGINAL_NOT_FOUND}),
 *     naming a report of another service point ({@code SERVICE_POINT_MISMATCH}), two replacements of
 *     one report ({@code REPLACED_TWICE}) and a report read twice ({@code DUPLICATE_REPORT}, or
 *     {@code DUPLICATE_INTERCHANGE} when its whole interchange, ISA06 and ISA13, is repeated) are
 *     problems: {@link #check()} throws them, every one, as a {@link UsageReadException}.</li>
 * </ul>
 * A report superseded by a replacement that is itself cancelled or replaced stays superseded.
 *
 * <p>Use: {@link #record} every transaction set of the inputs (a first pass; only the header of each
 * is kept, never its intervals), {@link #check()}, then ask {@link #stands} of each transaction set
 * while its usage is output.
 *
 * <pre>{@code
 * ReportLedger ledger = new ReportLedger();
 * reader.read(files, ledger::record);
 * ledger.check();
 * reader.read(files, t -> { if (ledger.stands(t)) csv.write(t.period()); });
 * }</pre>
 *
 * <p>Implementation Requirements: not thread-safe; one ledger per set of inputs.
 */
public final class ReportLedger {

    /** The header of one transaction set: what the ledger keeps. */
    private record Entry(String source, TransactionSetId id, String sender, Edi867.Purpose purpose, String reference,
            String originalReference, ServicePointId servicePoint) {

        String name() {
            return source + " " + id;
        }
    }

    private final Map<String, Entry> usageByReference = new HashMap<>();
    private final Map<String, Entry> reports = new HashMap<>();
    private final Set<String> repeatedInterchanges = new HashSet<>();
    private final List<Entry> superseding = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final List<UsageProblem> problems = new ArrayList<>();
    private final Set<String> superseded = new HashSet<>();
    private final List<String> notices = new ArrayList<>();
    private boolean checked;

    /** An empty ledger. */
    public ReportLedger() {
        // nothing recorded yet
    }

    /**
     * Records one transaction set's header (purpose, BPT02, BPT09, service point, control numbers).
     *
     * @param t a transaction set as {@link UsageReader} delivers it, not null
     * @throws IllegalStateException if {@link #check()} was already called
     */
    public void record(TransactionUsage t) {
        Objects.requireNonNull(t, "t");
        if (checked) {
            throw new IllegalStateException("the ledger was already checked; record every transaction set first");
        }
        sources.add(t.source());
        Entry e = new Entry(t.source(), t.transactionSet(), t.interchangeSender(), t.purpose(), t.reference(),
                t.originalReference().orElse(""), t.hasPeriod() ? t.period().servicePoint() : null);
        Entry first = reports.putIfAbsent(e.purpose().code() + '\u0000' + e.reference(), e);
        if (first != null) {
            boolean sameInterchange = first.sender().equals(e.sender())
                    && first.id().interchangeControlNumber().equals(e.id().interchangeControlNumber());
            if (!sameInterchange) {
                problem(e, MeteringProblem.Kind.DUPLICATE_REPORT, "BPT " + e.purpose().code() + " report '"
                        + e.reference() + "' was already read in " + first.name() + ": its usage is not read twice");
            } else if (repeatedInterchanges.add(e.source() + '\u0000' + e.sender() + '\u0000'
                    + e.id().interchangeControlNumber())) {
                problem(e, MeteringProblem.Kind.DUPLICATE_INTERCHANGE, "interchange " + e.id().interchangeControlNumber()
                        + " of sender '" + e.sender() + "' (ISA13, ISA06) was already read from " + first.source()
                        + ": its transaction sets are not read twice");
            }
            return;
        }
        if (e.purpose() != Edi867.Purpose.ORIGINAL) {
            superseding.add(e);
        }
        if (e.purpose() != Edi867.Purpose.CANCELLATION) {
            Entry other = usageByReference.putIfAbsent(e.reference(), e);
            if (other != null) {
                problem(e, MeteringProblem.Kind.DUPLICATE_REPORT, "report '" + e.reference() + "' (BPT02) was already read"
                        + " in " + other.name() + " with purpose " + other.purpose().code()
                        + ": a later cancellation or replacement could not tell them apart");
            }
        }
    }

    /**
     * Resolves every cancellation and replacement against the reports recorded; call once, after
     * the last {@link #record}.
     *
     * @throws UsageReadException listing every problem: duplicates, a cancellation or replacement
     *         naming no report read, or a report of another service point, a report replaced twice
     */
    public void check() {
        if (checked) {
            return;
        }
        checked = true;
        Map<String, Entry> replacedBy = new HashMap<>();
        for (Entry e : superseding) {
            String verb = e.purpose() == Edi867.Purpose.CANCELLATION ? "cancellation" : "replacement";
            Entry target = usageByReference.get(e.originalReference());
            if (target == null || target.id().equals(e.id()) && target.source().equals(e.source())) {
                problem(e, MeteringProblem.Kind.ORIGINAL_NOT_FOUND, "the " + verb + " (BPT " + e.purpose().code() + " '"
                        + e.reference() + "') names report '" + e.originalReference()
                        + "' (BPT09), which none of the inputs read holds: read it together with the report it "
                        + (e.purpose() == Edi867.Purpose.CANCELLATION ? "cancels" : "replaces"));
                continue;
            }
            if (e.servicePoint() != null && !e.servicePoint().equals(target.servicePoint())) {
                problem(e, MeteringProblem.Kind.SERVICE_POINT_MISMATCH, "the " + verb + " of service point "
                        + e.servicePoint() + " names report '" + e.originalReference() + "' of service point "
                        + target.servicePoint() + " (" + target.name() + ")");
                continue;
            }
            if (e.purpose() == Edi867.Purpose.REPLACEMENT) {
                Entry earlier = replacedBy.putIfAbsent(e.originalReference(), e);
                if (earlier != null) {
                    problem(e, MeteringProblem.Kind.REPLACED_TWICE, "report '" + e.originalReference()
                            + "' is replaced twice: by '" + earlier.reference() + "' (" + earlier.name() + ") and by '"
                            + e.reference() + "'; which one stands cannot be told");
                    continue;
                }
            }
            superseded.add(e.originalReference());
            notices.add(e.name() + (e.purpose() == Edi867.Purpose.CANCELLATION ? " cancels" : " replaces") + " report '"
                    + e.originalReference() + "' (" + target.name() + "): "
                    + (e.purpose() == Edi867.Purpose.CANCELLATION ? "its usage is not output"
                            : "its usage is output instead"));
        }
        if (!problems.isEmpty()) {
            throw new UsageReadException(String.join(", ", sources), problems, null);
        }
    }

    /**
     * Whether a transaction set's usage stands: an original or replacement that no cancellation or
     * replacement of the inputs names.
     *
     * @param t a transaction set recorded in this ledger, not null
     * @return false for a cancellation and for a superseded report
     * @throws IllegalStateException if {@link #check()} has not been called
     */
    public boolean stands(TransactionUsage t) {
        Objects.requireNonNull(t, "t");
        if (!checked) {
            throw new IllegalStateException("check() the ledger before asking what stands");
        }
        return t.isUsage() && !superseded.contains(t.reference());
    }

    /**
     * Whether any cancellation or replacement was recorded: when none was, every report stands.
     *
     * @return true if the inputs hold a cancellation or replacement
     */
    public boolean hasCancellationsOrReplacements() {
        return !superseding.isEmpty();
    }

    /**
     * One line per cancellation or replacement applied, in input order, such as
     * {@code b.x12 transaction set 867 0001 (...) cancels report 'R1' (a.x12 transaction set 867 0001
     * (...)): its usage is not output}.
     *
     * @return the notices, empty before {@link #check()}
     */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    private void problem(Entry e, MeteringProblem.Kind kind, String detail) {
        problems.add(new UsageProblem(e.source(), kind.name(), e.name() + ": " + detail, Optional.empty()));
    }
}
