package org.derkit.edi;

import java.io.OutputStream;
import java.util.Objects;
import org.derkit.edi.internal.SegmentOut;
import org.derkit.edi.internal.TxnWriters;

/**
 * Writes interchanges of typed transaction sets: the ISA padded to its fixed width, GS, ST ... SE
 * with SE01 counted, GE01 and IEA01 counted, and the trailers' control numbers copied from their
 * headers. Segments are written in a canonical order, so reading a canonical file and writing it
 * again with the same headers and line ending reproduces it byte for byte.
 *
 * <pre>{@code
 * try (X12Writer w = X12Factory.newFactory().newWriter(out)) {
 *     w.beginInterchange(isa).beginGroup(gs).write(usage).endGroup().endInterchange();
 * }
 * }</pre>
 *
 * <p>Implementation Requirements: not thread-safe.
 */
public final class X12Writer implements AutoCloseable {

    private final SegmentOut out;
    private InterchangeHeader interchange;
    private GroupHeader group;
    private int groups;
    private int transactions;

    X12Writer(OutputStream stream, LineEnding lineEnding, AmerenProfile profile) {
        this.out = new SegmentOut(stream, lineEnding.text());
        Objects.requireNonNull(profile, "profile");
    }

    /**
     * Writes the ISA segment and opens the interchange.
     *
     * @param header the ISA values
     * @return this writer
     * @throws X12SequenceException when an interchange is open
     * @throws X12WriteException when an ISA value holds one of the header's delimiters
     */
    public X12Writer beginInterchange(InterchangeHeader header) {
        Objects.requireNonNull(header, "header");
        if (interchange != null) {
            throw new X12SequenceException("cannot begin interchange " + header.controlNumber() + ": interchange "
                    + interchange.controlNumber() + " is still open (endInterchange() closes it)");
        }
        Delimiters d = header.delimiters();
        out.delimiters(d);
        out.context(header.controlNumber(), "", "", "");
        StringBuilder isa = new StringBuilder(106).append("ISA");
        String[] v = {header.authorizationQualifier(), header.authorization(), header.securityQualifier(),
            header.security(), header.senderQualifier(), header.senderId(), header.receiverQualifier(),
            header.receiverId(), header.date(), header.time(),
            d.repetition() != '\0' ? String.valueOf(d.repetition()) : header.standardsId(), header.version(),
            header.controlNumber(), header.acknowledgmentRequested(), header.usage()};
        for (int i = 0; i < v.length; i++) {
            if (d.occursIn(v[i]) && !(i == 10 && d.repetition() != '\0')) {
                throw out.refusedIsa(i + 1, "text without the delimiters " + d.element() + d.component() + d.segment(),
                        v[i]);
            }
            isa.append(d.element());
            String value = v[i];
            if (i == 12) {
                value = "0".repeat(Math.max(0, 9 - value.length())) + value;
            }
            isa.append(value);
            for (int pad = value.length(); pad < InterchangeHeader.width(i); pad++) {
                isa.append(' ');
            }
        }
        isa.append(d.element()).append(d.component());
        out.begin("");
        out.raw(isa.toString());
        out.end();
        interchange = header;
        groups = 0;
        return this;
    }

    /**
     * Writes a GS segment and opens the group.
     *
     * @param header the GS values
     * @return this writer
     * @throws X12SequenceException when no interchange is open or a group is open
     * @throws X12WriteException when a GS value holds one of the delimiters
     */
    public X12Writer beginGroup(GroupHeader header) {
        Objects.requireNonNull(header, "header");
        if (interchange == null || group != null) {
            throw new X12SequenceException("cannot begin group " + header.controlNumber() + ": " + (interchange == null
                    ? "no interchange is open (beginInterchange(..) opens one)" : "group " + group.controlNumber()
                    + " of interchange " + interchange.controlNumber() + " is still open (endGroup() closes it)"));
        }
        out.context(interchange.controlNumber(), header.controlNumber(), "", "");
        out.begin("GS").el(header.functionalId()).el(header.senderCode()).el(header.receiverCode()).el(header.date())
                .el(header.time()).el(header.controlNumber()).el(header.agency()).el(header.version()).end();
        group = header;
        groups++;
        transactions = 0;
        return this;
    }

    /**
     * Writes one transaction set, ST to SE, with SE01 counted.
     *
     * @param transaction the transaction set
     * @return this writer
     * @throws X12SequenceException when no group is open
     * @throws X12WriteException when a value holds a delimiter or cannot be written in its element's
     *         X12 type; the message names the element and where in the output it stands
     */
    public X12Writer write(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        if (group == null) {
            throw new X12SequenceException("cannot write transaction set " + transaction.transactionSetCode() + " "
                    + transaction.controlNumber() + ": no functional group is open" + (interchange == null
                    ? " and no interchange (beginInterchange(..) then beginGroup(..) open them)"
                    : " in interchange " + interchange.controlNumber() + " (beginGroup(..) opens one)"));
        }
        out.context(interchange.controlNumber(), group.controlNumber(), transaction.transactionSetCode(),
                transaction.controlNumber());
        out.resetCount();
        out.begin("ST").el(transaction.transactionSetCode()).el(transaction.controlNumber()).end();
        TxnWriters.body(out, transaction);
        out.begin("SE").number(out.count() + 1, 0).el(transaction.controlNumber()).end();
        out.context(interchange.controlNumber(), group.controlNumber(), "", "");
        transactions++;
        return this;
    }

    /**
     * Writes GE with the count of transaction sets and closes the group.
     *
     * @return this writer
     * @throws X12SequenceException when no group is open
     */
    public X12Writer endGroup() {
        if (group == null) {
            throw new X12SequenceException("cannot end a group: no functional group is open" + (interchange == null
                    ? " and no interchange" : " in interchange " + interchange.controlNumber()));
        }
        out.begin("GE").number(transactions, 0).el(group.controlNumber()).end();
        group = null;
        return this;
    }

    /**
     * Writes IEA with the count of groups and closes the interchange.
     *
     * @return this writer
     * @throws X12SequenceException when no interchange is open or a group is still open
     */
    public X12Writer endInterchange() {
        if (interchange == null || group != null) {
            throw new X12SequenceException("cannot end an interchange: " + (interchange == null ? "no interchange is open"
                    : "group " + group.controlNumber() + " of interchange " + interchange.controlNumber()
                    + " is still open (endGroup() closes it)"));
        }
        String control = interchange.controlNumber();
        out.begin("IEA").number(groups, 0).el("0".repeat(Math.max(0, 9 - control.length())) + control).end();
        interchange = null;
        return this;
    }

    /**
     * Writes a whole interchange.
     *
     * @param whole the interchange with its groups and transaction sets
     * @return this writer
     */
    public X12Writer write(Interchange whole) {
        beginInterchange(whole.header());
        for (FunctionalGroup g : whole.groups()) {
            beginGroup(g.header());
            for (Transaction t : g.transactions()) {
                write(t);
            }
            endGroup();
        }
        return endInterchange();
    }

    /** Flushes the buffered bytes to the stream. */
    public void flush() {
        out.flush();
    }

    /** Flushes and closes the stream. */
    @Override
    public void close() {
        out.close();
    }
}
