package org.derkit.edi.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.DateReference;
import org.derkit.edi.Edi810;
import org.derkit.edi.InvoiceLine;
import org.derkit.edi.Party;
import org.derkit.edi.Reference;
import org.derkit.edi.Transaction;
import org.derkit.edi.X12ErrorCode;

/** Parses 810 invoices. */
public final class Parser810 extends TxnParser {

    private static final int T_BIG = Scanner.tag("BIG");
    private static final int T_BAL = Scanner.tag("BAL");
    private static final int T_IT1 = Scanner.tag("IT1");
    private static final int T_SAC = Scanner.tag("SAC");
    private static final int T_TXI = Scanner.tag("TXI");
    private static final int T_TDS = Scanner.tag("TDS");

    private String controlNumber;
    private boolean sawBig;
    private LocalDate invoiceDate;
    private String invoiceNumber;
    private LocalDate orderDate;
    private String[] big = new String[4];
    private String transactionType;
    private String purpose;
    private final List<Reference> references = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();
    private final List<Edi810.Balance> balances = new ArrayList<>();
    private final List<InvoiceLine> lines = new ArrayList<>();
    private BigDecimal total;
    private boolean sawTds;

    private boolean inLine;
    private String[] it1 = new String[7];
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private final List<Reference> lineRefs = new ArrayList<>();
    private final List<DateReference> lineDates = new ArrayList<>();
    private final List<InvoiceLine.Charge> charges = new ArrayList<>();
    private final List<InvoiceLine.Tax> taxes = new ArrayList<>();

    public Parser810(Scanner sc, ProblemSink sink, AmerenProfile profile) {
        super(sc, sink, profile);
    }

    @Override
    public void begin(String control) {
        controlNumber = control;
        sawBig = false;
        invoiceDate = null;
        invoiceNumber = "";
        orderDate = null;
        transactionType = "";
        purpose = "";
        references.clear();
        parties.clear();
        balances.clear();
        lines.clear();
        total = null;
        sawTds = false;
        inLine = false;
        inPartyLoop = false;
    }

    private static final int T_NTE = Scanner.tag("NTE");
    private static final int T_PID = Scanner.tag("PID");
    private static final int T_CTT = Scanner.tag("CTT");
    /** Whether the previous segment belongs to a header N1 loop (N1, N2, N3, N4, PER). */
    private boolean inPartyLoop;

    @Override
    public void segment(int tag) {
        checkSegment(tag);
        boolean partyLoop = inPartyLoop;
        inPartyLoop = false;
        if (tag == T_NTE) {
            // notes: allowed in the heading and in IT1 loops (X12 810), free text the invoice does not model
            return;
        }
        if (tag == T_CTT && sawTds) {
            return;
        }
        if (isPartyLoopDetail(tag) && partyLoop && !inLine) {
            // the N1 loop's name, address and contact lines: checked, informational
            inPartyLoop = true;
            return;
        }
        if (tag == T_PID && inLine) {
            // product description of the line (X12 810 IT1/PID loop): checked, informational
            return;
        }
        if (tag == T_BIG) {
            if (sawBig) {
                unexpected(tag);
                return;
            }
            sawBig = true;
            invoiceDate = date(1, true);
            invoiceNumber = required(2);
            orderDate = date(3, false);
            big = new String[] {optional(4), optional(5), optional(6)};
            transactionType = optional(7);
            purpose = optional(8);
            return;
        }
        if (!sawBig) {
            sink.report(X12ErrorCode.MANDATORY_SEGMENT_MISSING, 0, 0, "BIG must follow ST");
            sawBig = true;
        }
        if (sawTds) {
            unexpected(tag);
            return;
        }
        if (tag == T_REF) {
            Reference r = reference();
            if (r != null) {
                (inLine ? lineRefs : references).add(r);
            }
        } else if (tag == T_N1) {
            Party p = party();
            if (inLine) {
                unexpected(tag);
            } else if (p != null) {
                parties.add(p);
            }
            inPartyLoop = true;
        } else if (tag == T_BAL) {
            String type = required(1);
            String q = required(2);
            BigDecimal amount = decimal(3, true);
            if (inLine) {
                unexpected(tag);
            } else if (amount != null && !type.isEmpty() && !q.isEmpty()) {
                balances.add(new Edi810.Balance(type, q, amount));
            }
        } else if (tag == T_IT1) {
            closeLine();
            inLine = true;
            it1 = new String[] {optional(1), "", optional(3), "", optional(5), optional(6), optional(7)};
            quantity = decimal(2, false);
            unitPrice = decimal(4, false);
            lineRefs.clear();
            lineDates.clear();
            charges.clear();
            taxes.clear();
        } else if (tag == T_DTM) {
            DateReference d = dateReference();
            if (!inLine) {
                unexpected(tag);
            } else if (d != null) {
                lineDates.add(d);
            }
        } else if (tag == T_SAC) {
            sac();
        } else if (tag == T_TXI) {
            txi();
        } else if (tag == T_TDS) {
            closeLine();
            total = implied(1, 2, true);
            sawTds = true;
        } else {
            unexpected(tag);
        }
    }

    private void sac() {
        if (!inLine) {
            unexpected(T_SAC);
            return;
        }
        String indicator = required(1);
        if (!indicator.isEmpty() && !indicator.equals("C") && !indicator.equals("A") && !indicator.equals("N")) {
            sink.report(X12ErrorCode.INVALID_CODE_VALUE, 1, 0, "SAC01 " + Messages.quote(indicator) + " (valid values C, A, N)");
            return;
        }
        BigDecimal amount = implied(5, 2, false);
        BigDecimal rate = decimal(8, false);
        BigDecimal qty = decimal(10, false);
        if (!indicator.isEmpty()) {
            charges.add(new InvoiceLine.Charge(indicator, optional(2), optional(3), optional(4), amount, rate,
                    optional(9), qty, optional(15)));
        }
    }

    private void txi() {
        if (!inLine) {
            unexpected(T_TXI);
            return;
        }
        String type = required(1);
        BigDecimal amount = decimal(2, false);
        BigDecimal percent = decimal(3, false);
        if (!type.isEmpty()) {
            taxes.add(new InvoiceLine.Tax(type, amount, percent, optional(4), optional(5), optional(6), optional(7)));
        }
    }

    private void closeLine() {
        if (inLine) {
            lines.add(new InvoiceLine(it1[0], quantity, it1[2], unitPrice, it1[4], it1[5], it1[6], lineRefs,
                    lineDates, charges, taxes));
            inLine = false;
        }
    }

    @Override
    public Transaction finish() {
        closeLine();
        if (!sawBig) {
            sink.report(X12ErrorCode.MANDATORY_SEGMENT_MISSING, 0, 0, "BIG is required in an 810");
            return null;
        }
        if (!sawTds) {
            sink.report(X12ErrorCode.MANDATORY_SEGMENT_MISSING, 0, 0, "TDS is required in an 810");
            return null;
        }
        if (invoiceDate == null || invoiceNumber.isEmpty() || total == null) {
            return null;
        }
        return new Edi810(controlNumber, invoiceDate, invoiceNumber, orderDate, big[0], big[1], big[2],
                transactionType, purpose, references, parties, balances, lines, total);
    }
}
