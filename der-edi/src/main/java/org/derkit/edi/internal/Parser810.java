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
    private static final int T_CAD = Scanner.tag("CAD");
    private static final int T_AMT = Scanner.tag("AMT");
    private static final int T_ISS = Scanner.tag("ISS");

    /**
     * The X12 004010 810 summary table after TDS, in position order: TXI (020), CAD (030), AMT
     * (040), the SAC loop (SAC, TXI), the ISS loop (ISS, PID), CTT (070). A segment may not come
     * back to an earlier position.
     */
    private static final int S_TDS = 0;
    private static final int S_TXI = 1;
    private static final int S_CAD = 2;
    private static final int S_AMT = 3;
    private static final int S_SAC = 4;
    private static final int S_ISS = 5;
    private static final int S_CTT = 6;

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
    private final BigDecimal[] terms = new BigDecimal[3];
    /** Where in the summary table the previous segment stood ({@code S_*}). */
    private int summaryStage;
    private final List<InvoiceLine.Tax> summaryTaxes = new ArrayList<>();
    private Edi810.Carrier carrier;
    private final List<Edi810.Amount> amounts = new ArrayList<>();
    private final List<Edi810.SummaryCharge> summaryCharges = new ArrayList<>();
    private InvoiceLine.Charge summaryCharge;
    private final List<InvoiceLine.Tax> summaryChargeTaxes = new ArrayList<>();
    private final List<Edi810.Shipment> shipments = new ArrayList<>();
    private Object[] shipment;
    private final List<String> shipmentDescriptions = new ArrayList<>();
    private Edi810.Totals totals;
    private boolean sawCtt;
    /** Whether the previous segment of the current IT1 loop was its SAC or a TXI of that SAC loop. */
    private boolean inLineSacLoop;

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
        java.util.Arrays.fill(terms, null);
        summaryStage = S_TDS;
        summaryTaxes.clear();
        carrier = null;
        amounts.clear();
        summaryCharges.clear();
        summaryCharge = null;
        summaryChargeTaxes.clear();
        shipments.clear();
        shipment = null;
        shipmentDescriptions.clear();
        totals = null;
        sawCtt = false;
        inLine = false;
        inLineSacLoop = false;
        inPartyLoop = false;
    }

    @Override
    protected String loopId(int tag) {
        if (sawTds && tag != T_TDS) {
            if (tag == T_SAC || (tag == T_TXI && summaryStage == S_SAC)) {
                return "SAC";
            }
            return tag == T_ISS || (tag == T_PID && summaryStage == S_ISS) ? "ISS" : "";
        }
        if (tag == T_IT1) {
            return "IT1";
        }
        if (inLine && tag != T_TDS) {
            if (tag == T_SAC || (tag == T_TXI && inLineSacLoop)) {
                return "SAC";
            }
            return tag == T_PID ? "PID" : "IT1";
        }
        return tag == T_N1 || (isPartyLoopDetail(tag) && inPartyLoop) ? "N1" : "";
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
            summary(tag);
            return;
        }
        boolean lineSacLoop = inLineSacLoop;
        inLineSacLoop = false;
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
            if (inLine) {
                InvoiceLine.Charge c = sac();
                if (c != null) {
                    charges.add(c);
                }
                inLineSacLoop = true;
            } else {
                unexpected(T_SAC);
            }
        } else if (tag == T_TXI) {
            if (inLine) {
                InvoiceLine.Tax x = txi();
                if (x != null) {
                    taxes.add(x);
                }
                inLineSacLoop = lineSacLoop;
            } else {
                unexpected(T_TXI);
            }
        } else if (tag == T_TDS) {
            closeLine();
            total = implied(1, 2, true);
            for (int k = 2; k <= 4; k++) {
                terms[k - 2] = implied(k, 2, false);
            }
            sawTds = true;
        } else {
            unexpected(tag);
        }
    }

    /**
     * A segment after TDS: the X12 004010 810 summary (TXI, CAD, AMT, the SAC loop with its TXI,
     * the ISS loop with its PID, CTT), each at most as often as the table allows and in its order.
     */
    private void summary(int tag) {
        int stage;
        if (tag == T_TXI) {
            stage = summaryStage == S_SAC ? S_SAC : S_TXI;
        } else if (tag == T_CAD) {
            stage = S_CAD;
        } else if (tag == T_AMT) {
            stage = S_AMT;
        } else if (tag == T_SAC) {
            stage = S_SAC;
        } else if (tag == T_ISS) {
            stage = S_ISS;
        } else if (tag == T_PID && summaryStage == S_ISS) {
            stage = S_ISS;
        } else if (tag == T_CTT) {
            stage = S_CTT;
        } else {
            unexpected(tag);
            return;
        }
        if (stage < summaryStage || (tag == T_CAD && carrier != null) || (tag == T_CTT && sawCtt)) {
            sink.report(X12ErrorCode.UNEXPECTED_SEGMENT, 0, 0, sc.tagText() + " is not expected here: the 810 summary"
                    + " after TDS is TXI, CAD, AMT, SAC loop (SAC, TXI), ISS loop (ISS, PID), CTT, in this order,"
                    + " CAD and CTT at most once");
            return;
        }
        if (stage != S_SAC || tag == T_SAC) {
            closeSummaryCharge();
        }
        if (stage != S_ISS || tag == T_ISS) {
            closeShipment();
        }
        summaryStage = stage;
        if (tag == T_TXI) {
            InvoiceLine.Tax x = txi();
            if (x != null) {
                (stage == S_SAC ? summaryChargeTaxes : summaryTaxes).add(x);
            }
        } else if (tag == T_CAD) {
            String method = required(1);
            carrier = new Edi810.Carrier(method, optional(2), optional(3), optional(4), optional(5), optional(6),
                    optional(7), optional(8), optional(9));
        } else if (tag == T_AMT) {
            String qualifier = required(1);
            BigDecimal amount = decimal(2, true);
            if (!qualifier.isEmpty() && amount != null) {
                amounts.add(new Edi810.Amount(qualifier, amount, optional(3)));
            }
        } else if (tag == T_SAC) {
            summaryCharge = sac();
            summaryChargeTaxes.clear();
        } else if (tag == T_ISS) {
            shipment = new Object[] {decimal(1, false), optional(2), decimal(3, false), optional(4), decimal(5, false),
                optional(6), decimal(7, false), decimal(8, false)};
            shipmentDescriptions.clear();
        } else if (tag == T_PID) {
            if (shipment != null) {
                shipmentDescriptions.add(optional(5));
            }
        } else {
            sawCtt = true;
            ctt();
        }
    }

    private void ctt() {
        String count = required(1);
        Integer items = null;
        if (!count.isEmpty() && !isBad(1)) {
            try {
                items = Integer.valueOf(count);
            } catch (NumberFormatException ex) {
                sink.report(X12ErrorCode.INVALID_NUMBER, 1, 0, "CTT01 " + Messages.quote(count)
                        + " is not an N0 count of line items");
            }
        }
        BigDecimal hash = decimal(2, false);
        BigDecimal weight = decimal(3, false);
        BigDecimal volume = decimal(5, false);
        if (items != null && items < 0) {
            sink.report(X12ErrorCode.INVALID_NUMBER, 1, 0, "CTT01 " + items + " is not a count of line items");
            items = null;
        }
        if (items != null) {
            totals = new Edi810.Totals(items, hash, weight, optional(4), volume, optional(6), optional(7));
            if (items != lines.size()) {
                sink.report(X12ErrorCode.LINE_COUNT_MISMATCH, 1, 0, "CTT01 is " + items + ", the invoice has "
                        + lines.size() + (lines.size() == 1 ? " IT1 line item" : " IT1 line items"));
            }
        }
    }

    private void closeSummaryCharge() {
        if (summaryCharge != null) {
            summaryCharges.add(new Edi810.SummaryCharge(summaryCharge, summaryChargeTaxes));
        }
        summaryCharge = null;
        summaryChargeTaxes.clear();
    }

    private void closeShipment() {
        if (shipment != null) {
            Object[] i = shipment;
            shipments.add(new Edi810.Shipment((BigDecimal) i[0], (String) i[1], (BigDecimal) i[2], (String) i[3],
                    (BigDecimal) i[4], (String) i[5], (BigDecimal) i[6], (BigDecimal) i[7], shipmentDescriptions));
        }
        shipment = null;
        shipmentDescriptions.clear();
    }

    /** The current SAC segment, or null when it has a problem (reported). */
    private InvoiceLine.Charge sac() {
        String indicator = required(1);
        if (!indicator.isEmpty() && !indicator.equals("C") && !indicator.equals("A") && !indicator.equals("N")) {
            sink.report(X12ErrorCode.INVALID_CODE_VALUE, 1, 0, "SAC01 " + Messages.quote(indicator) + " (valid values C, A, N)");
            return null;
        }
        BigDecimal amount = implied(5, 2, false);
        BigDecimal rate = decimal(8, false);
        BigDecimal qty = decimal(10, false);
        if (indicator.isEmpty()) {
            return null;
        }
        return new InvoiceLine.Charge(indicator, optional(2), optional(3), optional(4), amount, rate, optional(9), qty,
                optional(15));
    }

    /** The current TXI segment, or null when TXI01 is missing (reported). */
    private InvoiceLine.Tax txi() {
        String type = required(1);
        BigDecimal amount = decimal(2, false);
        BigDecimal percent = decimal(3, false);
        return type.isEmpty() ? null
                : new InvoiceLine.Tax(type, amount, percent, optional(4), optional(5), optional(6), optional(7));
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
        closeSummaryCharge();
        closeShipment();
        Edi810.Summary summary = new Edi810.Summary(terms[0], terms[1], terms[2], summaryTaxes, carrier, amounts,
                summaryCharges, shipments, totals);
        return new Edi810(controlNumber, invoiceDate, invoiceNumber, orderDate, big[0], big[1], big[2],
                transactionType, purpose, references, parties, balances, lines, total, summary);
    }
}
