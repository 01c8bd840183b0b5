package org.derkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code derkit 814}, {@code 810}, {@code 997} and {@code ack} on files in the shapes of the der-edi
 * samples (an Ameren 814 enrollment request and a reject response, an 810 with charges, an
 * allowance, an information amount and a tax): columns, values, exit codes and help.
 */
class EdiSetCommandsTest {

    static final String ENROLLMENT = """
            ISA*00*          *00*          *01*006936017      *01*987654321      *260310*1200*U*00401*000000001*0*P*>~
            GS*GE*006936017*987654321*20260310*1200*1*X*004010~
            ST*814*0001~
            BGN*13*REQ0001*20260105~
            N1*8S*AMEREN ILLINOIS*1*006936017~
            N1*SJ*EXAMPLE RES LLC*1*987654321~
            N1*8R*JANE CUSTOMER~
            LIN*1*SH*EL*SH*CE~
            ASI*7*021~
            REF*12*1234567890~
            REF*BLT*DUAL~
            REF*PC*LDC~
            REF*MG*7000001~
            REF*MG*7000002~
            DTM*150*20260201~
            SE*14*0001~
            ST*814*0002~
            BGN*11*RSP0001*20260106***MANUAL~
            N1*8S*AMEREN ILLINOIS*1*006936017~
            N1*SJ*EXAMPLE RES LLC*1*987654321~
            N1*8R*DOE, JOHN "JR"~
            LIN*1*SH*EL*SH*CE~
            ASI*U*021~
            REF*12*1234567890~
            REF*7G*A76*ACCOUNT NOT FOUND~
            REF*7G*API*REQUIRED INFORMATION MISSING~
            REF*1P*HIU~
            SE*12*0002~
            GE*2*1~
            IEA*1*000000001~
            """;

    static final String INVOICE = """
            ISA*00*          *00*          *01*006936017      *01*987654321      *260310*1200*U*00401*000000002*0*P*>~
            GS*IN*006936017*987654321*20260310*1200*2*X*004010~
            ST*810*0001~
            BIG*20260305*INV0001*****ME*00~
            REF*12*1234567890~
            REF*11*ESP123~
            REF*BLT*DUAL~
            REF*PC*LDC~
            N1*8S*AMEREN ILLINOIS*1*006936017~
            N1*SJ*EXAMPLE RES LLC*1*987654321~
            BAL*M*YB*1234.56~
            IT1*1*****SV*EL~
            REF*NH*DS3~
            DTM*150*20260201~
            DTM*151*20260302~
            SAC*C****100000***0.0512*KH*1953.125*****DELIVERY CHARGE~
            SAC*A****2544**********CREDIT~
            SAC*N****995**********INFO~
            TXI*ST*55.35*5.0****A~
            IT1*2*****SV*EL~
            REF*NH*DS4~
            TDS*123456~
            SE*21*0001~
            GE*1*2~
            IEA*1*000000002~
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p;
    }

    private static Map<String, String> row(CSVRecord r) {
        return r.toMap();
    }

    @Test
    void derkit_814_prints_one_row_per_LIN_loop_with_the_documented_columns() throws IOException {
        CliRun run = CliRun.of("814", write("enrollment.x12", ENROLLMENT).toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals(String.join(",", Edi814Command.COLUMNS), run.lines().get(0));
        List<CSVRecord> rows = RulesAndScreenCommandTest.csv(run.out());
        assertEquals(2, rows.size());
        Map<String, String> request = row(rows.get(0));
        assertEquals("000000001", request.get("interchange_control_number"));
        assertEquals("1", request.get("group_control_number"));
        assertEquals("0001", request.get("transaction_control_number"));
        assertEquals("13", request.get("purpose"));
        assertEquals("REQ0001", request.get("reference"));
        assertEquals("2026-01-05", request.get("date"));
        assertEquals("006936017", request.get("ldc_duns"));
        assertEquals("987654321", request.get("supplier_duns"));
        assertEquals("JANE CUSTOMER", request.get("customer_name"));
        assertEquals("7", request.get("action"));
        assertEquals("021", request.get("maintenance"));
        assertEquals("1234567890", request.get("account"));
        assertEquals("DUAL", request.get("billing_type"));
        assertEquals("LDC", request.get("bill_calculator"));
        assertEquals("7000001;7000002", request.get("meters"));
        assertEquals("2026-02-01", request.get("start_date"));
        assertEquals("", request.get("end_date"));
        Map<String, String> reject = row(rows.get(1));
        assertEquals("11", reject.get("purpose"));
        assertEquals("MANUAL", reject.get("original_reference"));
        assertEquals("U", reject.get("action"));
        assertEquals("DOE, JOHN \"JR\"", reject.get("customer_name"), "quoted as CSV");
        assertEquals("A76;API", reject.get("reason_codes"));
        assertEquals("ACCOUNT NOT FOUND;REQUIRED INFORMATION MISSING", reject.get("reasons"));
        assertEquals("HIU", reject.get("status_codes"));
    }

    /** An invoice with the X12 004010 summary after TDS (New York single retailer shape, see der-edi's fixtures). */
    static final String INVOICE_WITH_SUMMARY = """
            ISA*00*          *00*          *01*006936017      *01*987654321      *260310*1200*U*00401*000000003*0*P*>~
            GS*IN*006936017*987654321*20260310*1200*3*X*004010~
            ST*810*0001~
            BIG*20260305*INV0003*****FE*00~
            REF*12*1234567890~
            N1*8S*EXAMPLE UTILITY*1*006936017~
            N1*SJ*EXAMPLE ESCO LLC*1*987654321~
            BAL*M*YB*1613.31~
            IT1*1*****SV*EL~
            SAC*C****150000***0.0768*KH*19531.25*****SUPPLY CHARGE~
            TDS*161331*150000~
            TXI*LS*93.75*6.25~
            TXI*GR*3.00~
            AMT*BAP*1613.31~
            SAC*C*D240***2500**********LATE PAYMENT CHARGE~
            TXI*LS*1.56*6.25~
            SAC*A****1000**********ESCO BILLING CREDIT~
            CTT*1~
            SE*17*0001~
            GE*1*3~
            IEA*1*000000003~
            """;

    @Test
    void derkit_810_adds_a_row_per_summary_item_after_tds_with_the_line_columns_empty() throws IOException {
        CliRun run = CliRun.of("810", write("summary.x12", INVOICE_WITH_SUMMARY).toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        List<CSVRecord> rows = RulesAndScreenCommandTest.csv(run.out());
        assertEquals(List.of("1|charge||SUPPLY CHARGE|1500.00", "|tax|LS||93.75", "|tax|GR||3.00",
                "|amount|BAP||1613.31", "|charge|D240|LATE PAYMENT CHARGE|25.00", "|tax|LS||1.56",
                "|allowance||ESCO BILLING CREDIT|10.00", "|line_items|||", "|amount_subject_to_discount|||1500.00"),
                rows.stream().map(r -> String.join("|", r.get("line"), r.get("item"), r.get("code"),
                        r.get("description"), r.get("amount"))).toList());
        assertEquals("1", row(rows.get(7)).get("quantity"), "CTT01");
        assertEquals("6.25", row(rows.get(5)).get("rate"));
        assertEquals("1613.31", row(rows.get(8)).get("invoice_total"));
    }

    @Test
    void derkit_810_prints_every_charge_allowance_and_tax_with_exact_amounts() throws IOException {
        CliRun run = CliRun.of("810", write("invoice.x12", INVOICE).toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(String.join(",", Edi810Command.COLUMNS), run.lines().get(0));
        List<CSVRecord> rows = RulesAndScreenCommandTest.csv(run.out());
        assertEquals(List.of("charge", "allowance", "information", "tax", ""),
                rows.stream().map(r -> r.get("item")).toList(), "line 2 has no charge and still a row");
        Map<String, String> charge = row(rows.get(0));
        assertEquals("INV0001", charge.get("invoice_number"));
        assertEquals("2026-03-05", charge.get("invoice_date"));
        assertEquals("00", charge.get("purpose"));
        assertEquals("1234567890", charge.get("account"));
        assertEquals("ESP123", charge.get("esp_account"));
        assertEquals("1234.56", charge.get("total_due"));
        assertEquals("1234.56", charge.get("invoice_total"), "TDS*123456 has two implied decimals");
        assertEquals("1", charge.get("line"));
        assertEquals("DS3", charge.get("rate_class"));
        assertEquals("2026-02-01", charge.get("period_start"));
        assertEquals("2026-03-02", charge.get("period_end"));
        assertEquals("DELIVERY CHARGE", charge.get("description"));
        assertEquals("1953.125", charge.get("quantity"));
        assertEquals("KH", charge.get("unit"));
        assertEquals("0.0512", charge.get("rate"));
        assertEquals("1000.00", charge.get("amount"));
        assertEquals("USD", charge.get("currency"));
        assertEquals("25.44", row(rows.get(1)).get("amount"));
        assertEquals("9.95", row(rows.get(2)).get("amount"));
        Map<String, String> tax = row(rows.get(3));
        assertEquals("ST", tax.get("code"));
        assertEquals("55.35", tax.get("amount"));
        assertEquals("5.0", tax.get("rate"));
        Map<String, String> bare = row(rows.get(4));
        assertEquals("2", bare.get("line"));
        assertEquals("DS4", bare.get("rate_class"));
        assertEquals("", bare.get("amount"));
    }

    @Test
    void ack_of_an_accepted_file_is_the_997_with_AK5_A_and_AK9_A_and_it_reads_back_with_derkit_997() throws IOException {
        CliRun ack = CliRun.of("ack", "--control-number", "42", "--at", "2026-03-11T08:05",
                write("enrollment.x12", ENROLLMENT).toString());
        assertEquals(ExitCode.OK, ack.code(), ack.err());
        assertEquals("""
                ISA*00*          *00*          *01*987654321      *01*006936017      *260311*0805*U*00401*000000042*0*P*>~
                GS*FA*987654321*006936017*20260311*0805*42*X*004010~
                ST*997*0001~
                AK1*GE*1~
                AK2*814*0001~
                AK5*A~
                AK2*814*0002~
                AK5*A~
                AK9*A*2*2*2~
                SE*8*0001~
                GE*1*42~
                IEA*1*000000042~
                """, ack.out());
        assertEquals("derkit ack: " + dir.resolve("enrollment.x12") + ": group 1 (GE) of interchange 000000001: "
                + "2 transaction sets received, 2 accepted, 0 rejected\n", ack.err());
        CliRun read = CliRun.of("997", write("ack.x12", ack.out()).toString());
        assertEquals(ExitCode.OK, read.code(), read.err());
        assertEquals(String.join(",", Edi997Command.COLUMNS), read.lines().get(0));
        assertEquals(List.of("000000042,42,0001,GE,1,A,2,2,2,,814,0001,A,,,,,,,,,,",
                "000000042,42,0001,GE,1,A,2,2,2,,814,0002,A,,,,,,,,,,"), read.lines().subList(1, 3));
    }

    @Test
    void ack_of_a_file_with_bad_elements_rejects_the_set_with_AK3_and_AK4_and_derkit_997_lists_each_note()
            throws IOException {
        String bad = ENROLLMENT.replace("BGN*13*REQ0001*20260105~", "BGN*13*REQ0001*2026013X~")
                .replace("ASI*7*021~", "ASI*9*021~");
        CliRun ack = CliRun.of("ack", "--at", "2026-03-11T08:05", write("bad.x12", bad).toString());
        assertEquals(ExitCode.OK, ack.code(), ack.err());
        assertTrue(ack.out().contains("""
                AK2*814*0001~
                AK3*BGN*2**8~
                AK4*3*373*8*2026013X~
                AK3*ASI*7*LIN*8~
                AK4*1*306*7*9~
                AK5*R*5~
                AK2*814*0002~
                AK5*A~
                AK9*P*2*2*1~
                """), ack.out());
        List<String> err = ack.err().lines().toList();
        assertEquals(3, err.size(), ack.err());
        assertTrue(err.get(0).contains("INVALID_DATE") && err.get(0).contains("in segment BGN at position 2, element 3"),
                err.get(0));
        assertTrue(err.get(1).contains("INVALID_CODE_VALUE") && err.get(1).contains("segment ASI at position 7"), err.get(1));
        assertTrue(err.get(2).endsWith("2 transaction sets received, 1 accepted, 1 rejected"), err.get(2));
        CliRun read = CliRun.of("997", write("ack.x12", ack.out()).toString());
        assertEquals(ExitCode.OK, read.code(), read.err());
        List<CSVRecord> rows = RulesAndScreenCommandTest.csv(read.out());
        assertEquals(3, rows.size());
        assertEquals(List.of("BGN,2,,8,3,373,8,2026013X", "ASI,7,LIN,8,1,306,7,9", ",,,,,,,"), rows.stream()
                .map(r -> String.join(",", r.get("segment"), r.get("segment_position"), r.get("loop"),
                        r.get("segment_error"), r.get("element_position"), r.get("element_reference"),
                        r.get("element_error"), r.get("bad_value"))).toList());
        assertEquals(List.of("R", "R", "A"), rows.stream().map(r -> r.get("set_status")).toList());
        assertEquals("P", rows.get(0).get("group_status"));
    }

    @Test
    void a_bad_set_exits_2_naming_file_set_segment_line_and_byte_with_nothing_on_stdout() throws IOException {
        Path bad = write("bad.x12", INVOICE.replace("BAL*M*YB*1234.56~", "BAL*M*YB*12x4.56~"));
        CliRun run = CliRun.of("810", bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertEquals("derkit 810: " + bad + ": INVALID_NUMBER: the element is not a valid number (BAL03 '12x4.56' is"
                + " not an X12 R number (optional minus, digits, optional decimal point)) in segment BAL at position 9, element 3 of transaction set 810 0001 (group 2,"
                + " interchange 000000002), line 11, byte 343\n", run.err());
    }

    @Test
    void other_sets_are_skipped_and_said_and_a_file_without_the_set_is_bad_input() throws IOException {
        Path both = write("both.x12", ENROLLMENT + INVOICE);
        CliRun run = CliRun.of("814", both.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(3, run.lines().size());
        assertEquals("derkit 814: " + both + ": skipped transaction sets that are not 814: 1 x 810\n", run.err());
        CliRun none = CliRun.of("997", both.toString());
        assertEquals(ExitCode.BAD_INPUT, none.code());
        assertEquals("", none.out());
        assertTrue(none.err().endsWith(both + ": no 997 transaction set in the file\n"), none.err());
    }

    @Test
    void a_broken_envelope_gets_no_997_and_exits_2() throws IOException {
        Path cut = write("cut.x12", ENROLLMENT.substring(0, ENROLLMENT.indexOf("\nGE*") + 1));
        CliRun run = CliRun.of("ack", "--at", "2026-03-11T08:05", cut.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("no 997 written: the interchange envelope is in error (INTERCHANGE_TRAILER_MISSING), which a TA1, not a 997, reports"),
                run.err());
        CliRun ackOfAck = CliRun.of("ack", write("ack.x12", CliRun.of("ack", "--at", "2026-03-11T08:05",
                write("enrollment.x12", ENROLLMENT).toString()).out()).toString());
        assertEquals(ExitCode.BAD_INPUT, ackOfAck.code());
        assertTrue(ackOfAck.err().contains("the file holds only 997s, which are not acknowledged"), ackOfAck.err());
    }

    @Test
    void usage_errors_exit_64_and_missing_files_2() {
        for (String[] args : List.of(new String[] {"814"}, new String[] {"810", "--all"}, new String[] {"ack"},
                new String[] {"ack", "a.x12", "b.x12"}, new String[] {"ack", "--control-number", "0", "a.x12"},
                new String[] {"ack", "--at", "yesterday", "a.x12"}, new String[] {"ack", "--at"})) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCode.USAGE, run.code(), String.join(" ", args) + ": " + run.err());
            assertEquals("", run.out());
        }
        CliRun missing = CliRun.of("997", dir.resolve("none.x12").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.code());
        assertEquals("derkit 997: " + dir.resolve("none.x12") + ": no such file\n", missing.err());
        assertEquals(ExitCode.BAD_INPUT, CliRun.of("ack", dir.resolve("none.x12").toString()).code());
    }

    @Test
    void help_lists_the_commands_and_each_help_its_columns() {
        String usage = CliRun.of("--help").out();
        for (String command : List.of("814", "810", "997", "ack")) {
            assertTrue(usage.contains("  " + command + " "), usage);
            CliRun help = CliRun.of(command, "--help");
            assertEquals(ExitCode.OK, help.code());
            assertTrue(help.out().startsWith("Usage: derkit " + command), help.out());
        }
        assertTrue(CliRun.of("814", "--help").out().contains(String.join(",", Edi814Command.COLUMNS)));
        assertTrue(CliRun.of("810", "--help").out().contains(String.join(",", Edi810Command.COLUMNS)));
        assertTrue(CliRun.of("997", "--help").out().contains(String.join(",", Edi997Command.COLUMNS)));
        for (String column : Edi810Command.COLUMNS) {
            assertTrue(CliRun.of("810", "--help").out().contains("\n" + column)
                    || CliRun.of("810", "--help").out().matches("(?s).*[ ,]" + column + "[ ,\\n].*"), column);
        }
    }
}
