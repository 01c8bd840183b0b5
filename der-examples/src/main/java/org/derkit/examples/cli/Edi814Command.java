package org.derkit.examples.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.DateReference;
import org.derkit.edi.Edi814;
import org.derkit.edi.EnrollmentLine;
import org.derkit.edi.Party;
import org.derkit.edi.Reference;

/** {@code derkit 814 FILE...}: enrollment requests and responses, one CSV row per LIN loop. */
final class Edi814Command extends SetCsvCommand {

    /** The columns of {@code derkit 814}. */
    static final List<String> COLUMNS = List.of("interchange_control_number", "group_control_number",
            "transaction_control_number", "purpose", "reference", "date", "original_reference", "ldc_duns",
            "supplier_duns", "customer_name", "line", "action", "maintenance", "account", "service_point",
            "billing_type", "bill_calculator", "meters", "start_date", "end_date", "reason_codes", "reasons",
            "status_codes");

    @Override
    String code() {
        return "814";
    }

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String summary() {
        return "814 enrollment requests and responses as CSV, one row per LIN loop";
    }

    @Override
    public String help() {
        return """
                Usage: derkit 814 FILE...

                Every LIN loop (one service and action) of every 814 enrollment transaction set, as CSV on
                stdout, in file order:
                  %s

                interchange_control_number, group_control_number, transaction_control_number
                                  ISA13, GS06 and ST02 of the set
                purpose           BGN01: 13 request, 11 response
                reference         BGN02, the transaction reference; date BGN03 (ISO date)
                original_reference BGN06, e.g. MANUAL for a utility-initiated response
                ldc_duns, supplier_duns  N104 of N1*8S (the utility) and N1*SJ (the supplier)
                customer_name     N102 of N1*8R
                line              LIN01
                action            ASI01: 7 request, WQ accepted, U rejected
                maintenance       ASI02: 021 enrollment (addition), 024 drop (deletion), ...
                account           REF*12, the utility account
                service_point     REF*LU, when sent
                billing_type      REF*BLT: LDC (utility consolidated), DUAL or ESP
                bill_calculator   REF*PC: LDC or ESP
                meters            REF*MG meter numbers, ';' between them (99999999: unmetered)
                start_date, end_date  DTM*150 and DTM*151 (ISO dates)
                reason_codes, reasons  REF*7G reject reasons: REF02 codes and REF03 texts, ';' between
                status_codes      REF*1P status codes, ';' between them

                %s""".formatted(String.join(",", COLUMNS), exitCodes("814"));
    }

    @Override
    void rows(X12Files.Delivered set, CSVPrinter csv) throws IOException {
        Edi814 t = (Edi814) set.transaction();
        for (EnrollmentLine line : t.lines()) {
            csv.printRecord(set.interchange().controlNumber(), set.group().controlNumber(), t.controlNumber(),
                    t.purpose(), t.reference(), t.date(), t.originalReference(), partyId(t.parties(), "8S"),
                    partyId(t.parties(), "SJ"), partyName(t.parties(), "8R"), line.assignedId(), line.actionCode(),
                    line.maintenanceCode(), values(line.references(), "12", false),
                    values(line.references(), AmerenProfile.DEFAULT.servicePointQualifier(), false),
                    values(line.references(), "BLT", false), values(line.references(), "PC", false),
                    values(line.references(), "MG", false), date(line.dates(), "150"), date(line.dates(), "151"),
                    values(line.references(), "7G", false), values(line.references(), "7G", true),
                    values(line.references(), "1P", false));
        }
    }

    static String partyId(List<Party> parties, String entity) {
        for (Party p : parties) {
            if (p.entityCode().equals(entity)) {
                return p.id();
            }
        }
        return "";
    }

    static String partyName(List<Party> parties, String entity) {
        for (Party p : parties) {
            if (p.entityCode().equals(entity)) {
                return p.name();
            }
        }
        return "";
    }

    /** REF02 (or REF03) of every REF with this qualifier, ';' between them. */
    static String values(List<Reference> refs, String qualifier, boolean descriptions) {
        List<String> out = new ArrayList<>();
        for (Reference r : refs) {
            if (r.qualifier().equals(qualifier)) {
                out.add(descriptions ? r.description() : r.value());
            }
        }
        return String.join(";", out);
    }

    /** The first DTM date with this qualifier, or empty. */
    static Object date(List<DateReference> dates, String qualifier) {
        for (DateReference d : dates) {
            if (d.qualifier().equals(qualifier)) {
                LocalDate day = d.date();
                return day;
            }
        }
        return "";
    }
}
