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
                still has one row, with the item columns empty):
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
                                  or tax (TXI)
                code              SAC04, the utility's charge code, or TXI01, the tax type
                description       SAC15, or TXI05 (the taxing jurisdiction)
                quantity, unit    SAC10 and SAC09 (KH kWh, ...)
                rate              SAC08 per unit, or TXI03 (percent)
                amount            SAC05 with its two implied decimals (N2), or TXI02, exact, never rounded
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
                String item = switch (c.indicator()) {
                    case "C" -> "charge";
                    case "A" -> "allowance";
                    default -> "information";
                };
                csv.printRecord(row(head, lineColumns, List.of(item, c.agencyCode(), c.description(),
                        plain(c.quantity()), c.unit(), plain(c.rate()), plain(c.amount()), CURRENCY)));
            }
            for (InvoiceLine.Tax x : line.taxes()) {
                csv.printRecord(row(head, lineColumns, List.of("tax", x.type(), x.jurisdictionCode(), "", "",
                        plain(x.percent()), plain(x.amount()), CURRENCY)));
            }
        }
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
