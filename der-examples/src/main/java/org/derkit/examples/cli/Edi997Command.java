package org.derkit.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.derkit.edi.Edi997;

/** {@code derkit 997 FILE...}: functional acknowledgements received, one CSV row per note. */
final class Edi997Command extends SetCsvCommand {

    /** The columns of {@code derkit 997}. */
    static final List<String> COLUMNS = List.of("interchange_control_number", "group_control_number",
            "transaction_control_number", "acknowledged_functional_id", "acknowledged_group_control_number",
            "group_status", "included", "received", "accepted", "group_errors", "set_code", "set_control_number",
            "set_status", "set_errors", "segment", "segment_position", "loop", "segment_error", "element_position",
            "component_position", "element_reference", "element_error", "bad_value");

    @Override
    String code() {
        return "997";
    }

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String summary() {
        return "997 acknowledgements received as CSV, one row per set, segment or element note";
    }

    @Override
    public String help() {
        return """
                Usage: derkit 997 FILE...

                Every functional acknowledgement (997) in the files, as CSV on stdout, in file order: one row
                per AK4 element note; an AK3 segment note without AK4, an AK2 set without AK3 and a 997
                without AK2 have one row each, with the columns below them empty:
                  %s

                interchange_control_number, group_control_number, transaction_control_number
                                  ISA13, GS06 and ST02 of the 997 itself
                acknowledged_functional_id, acknowledged_group_control_number
                                  AK101 and AK102: the GS01 and GS06 of the group acknowledged
                group_status      AK901: A accepted, E accepted with errors, P partially accepted, R rejected
                included, received, accepted  AK902, AK903, AK904 (transaction sets)
                group_errors      AK905..AK909 ('3' GE missing, '4' control numbers differ, '5' GE01
                                  wrong, ...), ';' between them
                set_code, set_control_number  AK201 and AK202: the transaction set acknowledged
                set_status        AK501: A accepted, E accepted with errors, R rejected
                set_errors        AK502..AK506 ('1' not supported, '2' no trailer, '3' control numbers
                                  differ, '4' segment count wrong, '5' segments in error), ';' between them
                segment, segment_position, loop, segment_error
                                  AK301..AK304: the segment, its position in the set (ST = 1), its loop,
                                  and its code ('1' unrecognized, '2' unexpected, '3' mandatory segment
                                  missing, '8' data element errors, ...)
                element_position, component_position, element_reference, element_error, bad_value
                                  AK401..AK404: the element's position (and component), its data element
                                  reference number, its code ('1' mandatory missing, '4' too short, '5' too
                                  long, '6' invalid character, '7' invalid code, '8' invalid date, '9'
                                  invalid time, ...) and the copy of the bad value

                %s""".formatted(String.join(",", COLUMNS), exitCodes("997"));
    }

    @Override
    void rows(X12Files.Delivered set, CSVPrinter csv) throws IOException {
        Edi997 t = (Edi997) set.transaction();
        List<Object> head = List.of(set.interchange().controlNumber(), set.group().controlNumber(), t.controlNumber(),
                t.functionalId(), t.groupControlNumber(), t.groupStatus(), t.included(), t.received(), t.accepted(),
                String.join(";", t.groupErrors()));
        if (t.transactions().isEmpty()) {
            csv.printRecord(row(head, List.of("", "", "", ""), List.of("", "", "", ""), List.of("", "", "", "", "")));
        }
        for (Edi997.TransactionAck a : t.transactions()) {
            List<Object> ak2 = List.of(a.transactionSetCode(), a.controlNumber(), a.status(), String.join(";", a.errors()));
            if (a.notes().isEmpty()) {
                csv.printRecord(row(head, ak2, List.of("", "", "", ""), List.of("", "", "", "", "")));
            }
            for (Edi997.SegmentNote n : a.notes()) {
                List<Object> ak3 = List.of(n.tag(), n.position(), n.loopId(), n.code());
                if (n.elements().isEmpty()) {
                    csv.printRecord(row(head, ak2, ak3, List.of("", "", "", "", "")));
                }
                for (Edi997.ElementNote e : n.elements()) {
                    csv.printRecord(row(head, ak2, ak3, List.of(e.position(), e.component() == 0 ? "" : e.component(),
                            e.referenceNumber(), e.code(), e.badValue())));
                }
            }
        }
    }

    @SafeVarargs
    private static List<Object> row(List<Object>... parts) {
        List<Object> out = new ArrayList<>();
        for (List<Object> p : parts) {
            out.addAll(p);
        }
        return out;
    }
}
