package org.derkit.edi.internal;

import org.derkit.edi.DateReference;
import org.derkit.edi.Edi810;
import org.derkit.edi.Edi814;
import org.derkit.edi.Edi867;
import org.derkit.edi.Edi997;
import org.derkit.edi.EnrollmentLine;
import org.derkit.edi.IntervalChannel;
import org.derkit.edi.InvoiceLine;
import org.derkit.edi.MeterMeasurement;
import org.derkit.edi.Party;
import org.derkit.edi.Reference;
import org.derkit.edi.Transaction;
import org.derkit.edi.UsageLoop;
import org.derkit.edi.UsageQuantity;

/**
 * Writes the body of typed transaction sets (between ST and SE) in canonical segment order.
 */
public final class TxnWriters {

    private TxnWriters() {
    }

    /** Writes the segments between ST and SE. */
    public static void body(SegmentOut o, Transaction t) {
        if (t instanceof Edi867) {
            write867(o, (Edi867) t);
        } else if (t instanceof Edi814) {
            write814(o, (Edi814) t);
        } else if (t instanceof Edi810) {
            write810(o, (Edi810) t);
        } else {
            write997(o, (Edi997) t);
        }
    }

    static void party(SegmentOut o, Party p) {
        o.begin("N1").el(p.entityCode()).el(p.name()).el(p.idQualifier()).el(p.id()).end();
    }

    static void ref(SegmentOut o, Reference r) {
        o.begin("REF").el(r.qualifier()).el(r.value()).el(r.description()).end();
    }

    static void dtm(SegmentOut o, DateReference d) {
        o.begin("DTM").el(d.qualifier()).date(d.date()).el(d.time()).el(d.timeCode()).end();
    }

    static void write867(SegmentOut o, Edi867 t) {
        o.begin("BPT").el(t.purpose()).el(t.reference()).date(t.reportDate()).el(t.reportType()).el("").el("").el("")
                .el("").el(t.originalReference()).end();
        for (Party p : t.parties()) {
            party(o, p);
        }
        for (Reference r : t.references()) {
            ref(o, r);
        }
        for (UsageLoop l : t.loops()) {
            o.begin("PTD").el(l.ptdCode()).end();
            for (DateReference d : l.dates()) {
                dtm(o, d);
            }
            for (Reference r : l.references()) {
                ref(o, r);
            }
            for (UsageQuantity q : l.quantities()) {
                o.begin("QTY").el(q.quality().code()).el(q.value()).el(q.unit().x12Code()).end();
            }
            for (MeterMeasurement m : l.measurements()) {
                o.begin("MEA").el(m.reference()).el(m.qualifier()).el(m.value()).el(m.unit()).end();
            }
            for (IntervalChannel c : l.channels()) {
                String unit = c.unit().x12Code();
                for (int i = 0; i < c.size(); i++) {
                    o.begin("QTY").el(c.quality(i).code());
                    if (c.isCompact(i)) {
                        o.decimal(c.unscaledValue(i), c.scale(i));
                    } else {
                        o.el(c.value(i));
                    }
                    o.el(unit).end();
                    o.begin("DTM").el("582").number(c.labelDateValue(i), 8)
                            .number(c.labelTimeValue(i), c.hasSeconds(i) ? 6 : 4).el(c.timeCode(i)).end();
                }
            }
        }
    }

    static void write814(SegmentOut o, Edi814 t) {
        o.begin("BGN").el(t.purpose()).el(t.reference()).date(t.date()).el(t.time()).el("")
                .el(t.originalReference()).end();
        for (Party p : t.parties()) {
            party(o, p);
        }
        for (EnrollmentLine l : t.lines()) {
            o.begin("LIN").el(l.assignedId());
            for (String id : l.productIds()) {
                o.el(id);
            }
            o.end();
            if (!l.actionCode().isEmpty() || !l.maintenanceCode().isEmpty()) {
                o.begin("ASI").el(l.actionCode()).el(l.maintenanceCode()).end();
            }
            for (Reference r : l.references()) {
                ref(o, r);
            }
            for (DateReference d : l.dates()) {
                dtm(o, d);
            }
        }
    }

    static void write810(SegmentOut o, Edi810 t) {
        o.begin("BIG").date(t.invoiceDate()).el(t.invoiceNumber()).date(t.orderDate()).el(t.purchaseOrder())
                .el(t.releaseNumber()).el(t.changeOrder()).el(t.transactionType()).el(t.purpose()).end();
        for (Reference r : t.references()) {
            ref(o, r);
        }
        for (Party p : t.parties()) {
            party(o, p);
        }
        for (Edi810.Balance b : t.balances()) {
            o.begin("BAL").el(b.typeCode()).el(b.amountQualifier()).el(b.amount()).end();
        }
        for (InvoiceLine l : t.lines()) {
            o.begin("IT1").el(l.assignedId()).el(l.quantity()).el(l.unit()).el(l.unitPrice()).el(l.basis())
                    .el(l.productQualifier()).el(l.productId()).end();
            for (Reference r : l.references()) {
                ref(o, r);
            }
            for (DateReference d : l.dates()) {
                dtm(o, d);
            }
            for (InvoiceLine.Charge c : l.charges()) {
                sac(o, c);
            }
            for (InvoiceLine.Tax x : l.taxes()) {
                txi(o, x);
            }
        }
        Edi810.Summary s = t.summary();
        o.begin("TDS").implied(t.total(), 2).implied(s.amountSubjectToDiscount(), 2)
                .implied(s.discountedAmountDue(), 2).implied(s.termsDiscount(), 2).end();
        for (InvoiceLine.Tax x : s.taxes()) {
            txi(o, x);
        }
        Edi810.Carrier c = s.carrier();
        if (c != null) {
            o.begin("CAD").el(c.transportationMethod()).el(c.equipmentInitial()).el(c.equipmentNumber())
                    .el(c.carrierCode()).el(c.routing()).el(c.statusCode()).el(c.referenceQualifier())
                    .el(c.reference()).el(c.serviceLevel()).end();
        }
        for (Edi810.Amount a : s.amounts()) {
            o.begin("AMT").el(a.qualifier()).el(a.amount()).el(a.creditDebit()).end();
        }
        for (Edi810.SummaryCharge sc : s.charges()) {
            sac(o, sc.charge());
            for (InvoiceLine.Tax x : sc.taxes()) {
                txi(o, x);
            }
        }
        for (Edi810.Shipment i : s.shipments()) {
            o.begin("ISS").el(i.units()).el(i.unit()).el(i.weight()).el(i.weightUnit()).el(i.volume())
                    .el(i.volumeUnit()).el(i.quantity()).el(i.grossWeight()).end();
            for (String d : i.descriptions()) {
                o.begin("PID").el("F").el("").el("").el("").el(d).end();
            }
        }
        Edi810.Totals n = s.totals();
        if (n != null) {
            o.begin("CTT").number(n.lineItems(), 0).el(n.hashTotal()).el(n.weight()).el(n.weightUnit())
                    .el(n.volume()).el(n.volumeUnit()).el(n.description()).end();
        }
    }

    private static void sac(SegmentOut o, InvoiceLine.Charge c) {
        o.begin("SAC").el(c.indicator()).el(c.code()).el(c.agencyQualifier()).el(c.agencyCode())
                .implied(c.amount(), 2).el("").el("").el(c.rate()).el(c.unit()).el(c.quantity())
                .el("").el("").el("").el("").el(c.description()).end();
    }

    private static void txi(SegmentOut o, InvoiceLine.Tax x) {
        o.begin("TXI").el(x.type()).el(x.amount()).el(x.percent()).el(x.jurisdictionQualifier())
                .el(x.jurisdictionCode()).el(x.exemptCode()).el(x.relationshipCode()).end();
    }

    static void write997(SegmentOut o, Edi997 t) {
        o.begin("AK1").el(t.functionalId()).el(t.groupControlNumber()).end();
        char cs = o.delimiters().component();
        for (Edi997.TransactionAck a : t.transactions()) {
            o.begin("AK2").el(a.transactionSetCode()).el(a.controlNumber()).end();
            for (Edi997.SegmentNote n : a.notes()) {
                o.begin("AK3").el(n.tag()).number(n.position(), 0).el(n.loopId()).el(n.code()).end();
                for (Edi997.ElementNote e : n.elements()) {
                    // AK401 is a composite (position, component) joined by the component separator
                    o.begin("AK4").number(e.position(), 0);
                    if (e.component() > 0) {
                        o.raw(String.valueOf(cs) + e.component());
                    }
                    o.el(e.referenceNumber()).el(e.code()).el(e.badValue()).end();
                }
            }
            o.begin("AK5").el(a.status());
            for (String c : a.errors()) {
                o.el(c);
            }
            o.end();
        }
        o.begin("AK9").el(t.groupStatus()).number(t.included(), 0).number(t.received(), 0).number(t.accepted(), 0);
        for (String c : t.groupErrors()) {
            o.el(c);
        }
        o.end();
    }
}
