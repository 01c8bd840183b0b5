package org.derkit.metering;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Small hand-written 867 interchanges with exact values, for tests that need to know every number:
 * one transaction set per {@link #transaction} call, meter loops written by {@link #meter}.
 */
final class Edi867Text {

    private static final String ISA = "ISA*00*          *00*          *01*006936017      *01*987654321      "
            + "*260310*1200*U*00401*%09d*0*P*>~\n";

    private Edi867Text() {
    }

    /**
     * A meter loop (PTD*PM): {@code values} are {@code "YYYYMMDD HHMM value"} triples; the loop's
     * total is their sum as given in {@code total}.
     */
    static String meter(String meter, String role, String unit, String total, String... values) {
        StringBuilder b = new StringBuilder("PTD*PM~\n");
        if (meter != null) {
            b.append("REF*MG*").append(meter).append("~\n");
        }
        b.append("REF*JH*").append(role).append("~\n");
        b.append("QTY*QD*").append(total).append('*').append(unit).append("~\n");
        for (String v : values) {
            String[] p = v.split(" ");
            b.append("QTY*QD*").append(p[2]).append('*').append(unit).append("~\n");
            b.append("DTM*582*").append(p[0]).append('*').append(p[1]).append("~\n");
        }
        return b.toString();
    }

    /** {@code count} hourly values {@code value} of one day, the first labelled {@code firstHour}00. */
    static String[] hourly(String date, int firstHour, int count, String value) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = date + " " + String.format("%02d00", firstHour + i) + " " + value;
        }
        return out;
    }

    /** A summary loop (PTD*SU) with the given QTY segments, such as {@code "QTY*QD*10*KH"}. */
    static String summary(String... quantities) {
        StringBuilder b = new StringBuilder("PTD*SU~\n");
        for (String q : quantities) {
            b.append(q).append("~\n");
        }
        return b.toString();
    }

    /**
     * One transaction set: account (REF*12, null for none), service point, period and loops. The
     * period's start and end are {@code DTM*150} and {@code DTM*151} elements, a date with an optional
     * time ({@code "20260701*0200"}), stated in every loop.
     */
    static String transaction(String control, String reference, String account, String servicePoint, String start,
            String end, String... loops) {
        return transactionSet(control, "00*" + reference + "*20260310*C1", account, servicePoint, start, end, loops);
    }

    /** A cancellation (BPT01 01) named {@code reference} of the report {@code original}. */
    static String cancellation(String control, String reference, String original, String servicePoint, String start,
            String end, String... loops) {
        return transactionSet(control, "01*" + reference + "*20260310*C1*****" + original, null, servicePoint, start, end,
                loops);
    }

    private static String transactionSet(String control, String bpt, String account, String servicePoint, String start,
            String end, String[] loops) {
        StringBuilder b = new StringBuilder();
        b.append("ST*867*").append(control).append("~\n");
        b.append("BPT*").append(bpt).append("~\n");
        b.append("N1*8S*AMEREN ILLINOIS*1*006936017~\n");
        b.append("N1*SJ*EXAMPLE RES LLC*1*987654321~\n");
        if (account != null) {
            b.append("REF*12*").append(account).append("~\n");
        }
        b.append("REF*LU*").append(servicePoint).append("~\n");
        for (String l : loops) {
            // every loop states the billing period, as Ameren's do
            b.append(l.replaceFirst("^(PTD\\*[A-Z]{2}~\n)", "$1DTM*150*" + start + "~\nDTM*151*" + end + "~\n"));
        }
        long segments = b.chars().filter(c -> c == '~').count() + 1;
        b.append("SE*").append(segments).append('*').append(control).append("~\n");
        return b.toString();
    }

    /** An interchange of one functional group holding the transaction sets. */
    static String interchange(int control, String... transactions) {
        StringBuilder b = new StringBuilder(String.format(ISA, control));
        b.append("GS*PT*006936017*987654321*20260310*1200*1*X*004010~\n");
        for (String t : transactions) {
            b.append(t);
        }
        b.append("GE*").append(transactions.length).append("*1~\n");
        b.append(String.format("IEA*1*%09d~\n", control));
        return b.toString();
    }

    /** Every transaction set of the interchanges, read with the reader. */
    static List<TransactionUsage> read(UsageReader reader, String... interchanges) {
        List<TransactionUsage> out = new ArrayList<>();
        for (int i = 0; i < interchanges.length; i++) {
            reader.read(new ByteArrayInputStream(interchanges[i].getBytes(StandardCharsets.ISO_8859_1)),
                    "t" + i + ".x12", out::add);
        }
        return out;
    }
}
