package org.derkit.examples.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi810;
import org.derkit.edi.InvoiceLine;

/** {@code derkit 810 FILE...}: invoices, one CSV row per charge, allowance, information amount or tax. */
final class Edi810Command extends SetCsvCommand {

    /** The columns of {@code derkit 810}. */
    static final List<String> COLUMNS = List.of("interchange_control_number", "group_control_number",
            "transaction_control_number", "invoice_number", "invoice_date", "purpose", "account", "esp_account",
            "billing_type", "bill_calculator", "ldc_duns", "supplier_duns", "total_due", "invoice_total", "line",
            "service_point", "rate_class", "period_start", "period_end", "item", "code", "description", "quantity",
            "unit", "rate", "amount", "currency");

    private static final List<Object> EMPTY_LINE = List.of("", "", "", "", "");
    private static final List<Object> EMPTY_ITEM = List.of("", "", "", "", "", "", "", "");

    /** X12 amounts of an Ameren 810 are US dollars (no CUR segment is read). */
    static final String CURRENCY = "USD";

    @Override
    String code() {
        return "810";
    }

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String summary() {
        return "810 invoices as CSV, one row per charge, allowance or tax";
    }

    @Override
    public String help() {
        return """
                Usage: derkit 810 FILE...

                Every charge, allowance, information amount and tax of every 810 invoice transaction set, as
                CSV on stdout, in file order (an IT1 loop without any, or an invoice without IT1 loops,
                still has one row, with the item columns empty), then the invoice-level items of the
                X12 004010 summary after TDS, with the line columns empty:
                  %s

                interchange_control_number, group_control_number, transaction_control_number
                                  ISA13, GS06 and ST02 of the set
                invoice_number    BIG02; invoice_date BIG01 (ISO date); purpose BIG08 (00 original, ...)
                account           REF*12, the utility account; esp_account REF*11, the supplier's account
                billing_type      REF*BLT; bill_calculator REF*PC
                ldc_duns, supplier_duns  N104 of N1*8S and N1*SJ
                total_due         BAL*M*YB, the amount due, exact as sent
                invoice_total     TDS01 with its two implied decimals (N2): TDS*123456 is 1234.56
                line              IT101; service_point REF*LU of the IT1 loop when sent; rate_class REF*NH
                period_start, period_end  DTM*150 and DTM*151 of the IT1 loop (ISO dates)
                item              charge (SAC*C), allowance (SAC*A: reduces the bill), information (SAC*N)
                                  or tax (TXI), in an IT1 loop or in the summary (a summary SAC loop's
                                  TXI rows follow its SAC row); summary only: amount (AMT), carrier
                                  (CAD), shipment (ISS with its PID texts; shipment_weight,
                                  shipment_volume, shipment_quantity, shipment_gross_weight),
                                  line_items (CTT01; hash_total CTT02, total_weight, total_volume),
                                  amount_subject_to_discount, discounted_amount_due, terms_discount
                                  (TDS02..TDS04)
                code              SAC04, the utility's charge code (SAC02 when SAC04 is empty), TXI01,
                                  the tax type, AMT01, the amount qualifier, or CAD04, the carrier
                description       SAC15, TXI05 (the taxing jurisdiction), AMT03 (C credit, D debit),
                                  CAD05 (routing), the ISS loop's PID05 texts or CTT07
                quantity, unit    SAC10 and SAC09 (KH kWh, ...); ISS and CTT figures and their units;
                                  CAD01 (transport method) in unit
                rate              SAC08 per unit, or TXI03 (percent)
                amount            SAC05 with its two implied decimals (N2), TXI02 or AMT02, exact,
                                  never rounded; TDS02..TDS04 with their two implied decimals
                currency          USD

                %s""".formatted(String.join(",", COLUMNS), exitCodes("810"));
    }

    @Override
    void rows(X12Files.Delivered set, CSVPrinter csv) throws IOException {
        Edi810 t = (Edi810) set.transaction();
        List<Object> head = List.of(set.interchange().controlNumber(), set.group().controlNumber(), t.controlNumber(),
                t.invoiceNumber(), t.invoiceDate(), t.purpose(), Edi814Command.values(t.references(), "12", false),
                Edi814Command.values(t.references(), "11", false), Edi814Command.values(t.references(), "BLT", false),
                Edi814Command.values(t.references(), "PC", false), Edi814Command.partyId(t.parties(), "8S"),
                Edi814Command.partyId(t.parties(), "SJ"), plain(t.totalDue().orElse(null)), plain(t.total()));
        if (t.lines().isEmpty()) {
            csv.printRecord(row(head, EMPTY_LINE, EMPTY_ITEM));
        }
        for (InvoiceLine line : t.lines()) {
            List<Object> lineColumns = List.of(line.assignedId(),
                    Edi814Command.values(line.references(), AmerenProfile.DEFAULT.servicePointQualifier(), false),
                    line.rateClass().orElse(""), Edi814Command.date(line.dates(), "150"),
                    Edi814Command.date(line.dates(), "151"));
            if (line.charges().isEmpty() && line.taxes().isEmpty()) {
                csv.printRecord(row(head, lineColumns, EMPTY_ITEM));
            }
            for (InvoiceLine.Charge c : line.charges()) {
                csv.printRecord(row(head, lineColumns, charge(c)));
            }
            for (InvoiceLine.Tax x : line.taxes()) {
                csv.printRecord(row(head, lineColumns, tax(x)));
            }
        }
        summaryRows(t.summary(), head, csv);
    }

    /** The rows of the summary after TDS: invoice-level items, with the line columns empty. */
    private static void summaryRows(Edi810.Summary s, List<Object> head, CSVPrinter csv) throws IOException {
        for (InvoiceLine.Tax x : s.taxes()) {
            csv.printRecord(row(head, EMPTY_LINE, tax(x)));
        }
        Edi810.Carrier c = s.carrier();
        if (c != null) {
            csv.printRecord(row(head, EMPTY_LINE, List.of("carrier", c.carrierCode(), c.routing(), "",
                    c.transportationMethod(), "", "", "")));
        }
        for (Edi810.Amount a : s.amounts()) {
            csv.printRecord(row(head, EMPTY_LINE, List.of("amount", a.qualifier(), a.creditDebit(), "", "", "",
                    plain(a.amount()), CURRENCY)));
        }
        for (Edi810.SummaryCharge sc : s.charges()) {
            csv.printRecord(row(head, EMPTY_LINE, charge(sc.charge())));
            for (InvoiceLine.Tax x : sc.taxes()) {
                csv.printRecord(row(head, EMPTY_LINE, tax(x)));
            }
        }
        for (Edi810.Shipment i : s.shipments()) {
            csv.printRecord(row(head, EMPTY_LINE, List.of("shipment", "", String.join("; ", i.descriptions()),
                    plain(i.units()), i.unit(), "", "", "")));
            if (i.weight() != null) {
                csv.printRecord(row(head, EMPTY_LINE, List.of("shipment_weight", "", "", plain(i.weight()),
                        i.weightUnit(), "", "", "")));
            }
            if (i.volume() != null) {
                csv.printRecord(row(head, EMPTY_LINE, List.of("shipment_volume", "", "", plain(i.volume()),
                        i.volumeUnit(), "", "", "")));
            }
            if (i.quantity() != null) {
                csv.printRecord(row(head, EMPTY_LINE, List.of("shipment_quantity", "", "", plain(i.quantity()), "", "",
                        "", "")));
            }
            if (i.grossWeight() != null) {
                csv.printRecord(row(head, EMPTY_LINE, List.of("shipment_gross_weight", "", "",
                        plain(i.grossWeight()), "", "", "", "")));
            }
        }
        Edi810.Totals n = s.totals();
        if (n != null) {
            csv.printRecord(row(head, EMPTY_LINE, List.of("line_items", "", n.description(),
                    Integer.toString(n.lineItems()), "", "", "", "")));
            if (n.hashTotal() != null) {
                csv.printRecord(row(head, EMPTY_LINE, List.of("hash_total", "", "", plain(n.hashTotal()), "", "", "",
                        "")));
            }
            if (n.weight() != null) {
                csv.printRecord(row(head, EMPTY_LINE, List.of("total_weight", "", "", plain(n.weight()),
                        n.weightUnit(), "", "", "")));
            }
            if (n.volume() != null) {
                csv.printRecord(row(head, EMPTY_LINE, List.of("total_volume", "", "", plain(n.volume()),
                        n.volumeUnit(), "", "", "")));
            }
        }
        for (String[] term : new String[][] {{"amount_subject_to_discount", plain(s.amountSubjectToDiscount())},
            {"discounted_amount_due", plain(s.discountedAmountDue())}, {"terms_discount", plain(s.termsDiscount())}}) {
            if (!term[1].isEmpty()) {
                csv.printRecord(row(head, EMPTY_LINE, List.of(term[0], "", "", "", "", "", term[1], CURRENCY)));
            }
        }
    }

    private static List<Object> charge(InvoiceLine.Charge c) {
        String item = switch (c.indicator()) {
            case "C" -> "charge";
            case "A" -> "allowance";
            default -> "information";
        };
        String code = c.agencyCode().isEmpty() ? c.code() : c.agencyCode();
        return List.of(item, code, c.description(), plain(c.quantity()), c.unit(), plain(c.rate()), plain(c.amount()),
                CURRENCY);
    }

    private static List<Object> tax(InvoiceLine.Tax x) {
        return List.of("tax", x.type(), x.jurisdictionCode(), "", "", plain(x.percent()), plain(x.amount()), CURRENCY);
    }

    private static List<Object> row(List<Object> head, List<Object> line, List<Object> item) {
        List<Object> out = new ArrayList<>(head);
        out.addAll(line);
        out.addAll(item);
        return out;
    }

    /** The exact decimal as written in the file's notation, without exponent; empty for none. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
