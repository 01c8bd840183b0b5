package org.derkit.edi;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties every input must keep, whatever its bytes (shared by the Jazzer fuzz test and the
 * mutation tests):
 * <ol>
 * <li>reading ends (the caller's time limit catches a hang) with transaction sets and typed
 * problems, never another exception, in collecting and in strict mode;</li>
 * <li>every number a delivered transaction set holds equals {@code new BigDecimal(text)} of the
 * element it was read from, found by an independent tokenizer ({@link #blocks(byte[])}), with the
 * implied decimals of N2 elements applied;</li>
 * <li>every problem has a message and a location inside the input (byte offset, line).</li>
 * </ol>
 */
final class ReaderProperties {

    private ReaderProperties() {
    }

    /** Checks every property on one input; throws AssertionError naming the first one broken. */
    static void check(byte[] input) {
        X12Factory factory = X12Factory.newFactory().withMode(ErrorMode.COLLECTING).withBufferSize(256)
                .withMaxSegmentLength(4096);
        List<Transaction> delivered = new ArrayList<>();
        List<X12Problem> problems;
        try (X12Reader r = factory.newReader(new ByteArrayInputStream(input))) {
            while (r.hasNext()) {
                delivered.add(r.next());
                if (delivered.size() > input.length) {
                    throw new AssertionError("more transaction sets than bytes");
                }
            }
            problems = r.problems();
        }
        long lines = 1;
        for (byte b : input) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        for (X12Problem p : problems) {
            if (p.message().isEmpty()) {
                throw new AssertionError("empty message for " + p.code());
            }
            Location l = p.location();
            if (l.byteOffset() > input.length || l.line() < 1 || l.line() > lines) {
                throw new AssertionError("location outside the input of " + input.length + " bytes and " + lines
                        + " lines: " + p.message());
            }
        }
        checkValues(input, delivered);
        try (X12Reader r = X12Factory.newFactory().newReader(new ByteArrayInputStream(input))) {
            while (r.hasNext()) {
                r.next();
            }
        } catch (X12Exception expected) {
            // a typed problem is a valid outcome of a strict read
        }
    }

    // ------------------------------------------------------------------ the differential check

    /** Every delivered 867, 810 and 997 against the elements of its ST..SE block in the input. */
    static void checkValues(byte[] input, List<Transaction> delivered) {
        List<Block> blocks = blocks(input);
        int from = 0;
        for (Transaction t : delivered) {
            int at = from;
            while (at < blocks.size() && !(blocks.get(at).code.equals(t.transactionSetCode())
                    && blocks.get(at).control.equals(t.controlNumber()))) {
                at++;
            }
            if (at == blocks.size()) {
                throw new AssertionError("transaction set " + t.transactionSetCode() + " " + t.controlNumber()
                        + " was delivered but the input holds no such ST..SE after the previous one");
            }
            from = at + 1;
            Block b = blocks.get(at);
            if (t instanceof Edi867 usage) {
                check867(usage, b);
            } else if (t instanceof Edi810 invoice) {
                check810(invoice, b);
            } else if (t instanceof Edi997 ack) {
                check997(ack, b);
            }
        }
    }

    private static void check867(Edi867 usage, Block b) {
        List<List<String[]>> loops = new ArrayList<>();
        for (String[] s : b.segments) {
            if (s[0].equals("PTD")) {
                loops.add(new ArrayList<>());
            } else if (!loops.isEmpty()) {
                loops.get(loops.size() - 1).add(s);
            }
        }
        same("PTD loops", loops.size(), usage.loops().size());
        for (int i = 0; i < loops.size(); i++) {
            List<String[]> segs = loops.get(i);
            UsageLoop loop = usage.loops().get(i);
            List<String> totals = new ArrayList<>();
            Map<String, List<String>> channels = new LinkedHashMap<>();
            List<String> measures = new ArrayList<>();
            for (int k = 0; k < segs.size(); k++) {
                String[] s = segs.get(k);
                if (s[0].equals("QTY")) {
                    boolean interval = k + 1 < segs.size() && segs.get(k + 1)[0].equals("DTM")
                            && element(segs.get(k + 1), 1).equals("582");
                    if (interval) {
                        String unit = element(s, 3).split(b.component, -1)[0];
                        channels.computeIfAbsent(unit, u -> new ArrayList<>()).add(element(s, 2));
                    } else {
                        totals.add(element(s, 2));
                    }
                } else if (s[0].equals("MEA") && !element(s, 3).isEmpty()) {
                    measures.add(element(s, 3));
                }
            }
            same("QTY totals of loop " + (i + 1), totals.size(), loop.quantities().size());
            for (int k = 0; k < totals.size(); k++) {
                same(totals.get(k), loop.quantities().get(k).value());
            }
            same("channels of loop " + (i + 1), channels.size(), loop.channels().size());
            int c = 0;
            for (List<String> values : channels.values()) {
                var channel = loop.channels().get(c++);
                same("intervals of channel " + c + " of loop " + (i + 1), values.size(), channel.size());
                for (int k = 0; k < values.size(); k++) {
                    same(values.get(k), channel.value(k));
                }
            }
            same("MEA of loop " + (i + 1), measures.size(), loop.measurements().size());
            for (int k = 0; k < measures.size(); k++) {
                same(measures.get(k), loop.measurements().get(k).value());
            }
        }
    }

    private static void check810(Edi810 invoice, Block b) {
        List<String> balances = new ArrayList<>();
        List<String[]> lines = new ArrayList<>();
        List<List<String[]>> charges = new ArrayList<>();
        List<List<String[]>> taxes = new ArrayList<>();
        String total = null;
        // the summary after TDS: TXI before any SAC, SAC loops with their TXI, AMT
        List<String[]> summaryTaxes = new ArrayList<>();
        List<String[]> summaryCharges = new ArrayList<>();
        List<String[]> amounts = new ArrayList<>();
        for (String[] s : b.segments) {
            if (total != null) {
                switch (s[0]) {
                    case "SAC" -> summaryCharges.add(s);
                    case "TXI" -> {
                        if (summaryCharges.isEmpty()) {
                            summaryTaxes.add(s);
                        }
                    }
                    case "AMT" -> amounts.add(s);
                    default -> {
                    }
                }
                continue;
            }
            switch (s[0]) {
                case "BAL" -> balances.add(element(s, 3));
                case "IT1" -> {
                    lines.add(s);
                    charges.add(new ArrayList<>());
                    taxes.add(new ArrayList<>());
                }
                case "SAC" -> charges.get(charges.size() - 1).add(s);
                case "TXI" -> taxes.get(taxes.size() - 1).add(s);
                case "TDS" -> total = element(s, 1);
                default -> {
                }
            }
        }
        Edi810.Summary summary = invoice.summary();
        same("summary TXI", summaryTaxes.size(), summary.taxes().size());
        for (int k = 0; k < summaryTaxes.size(); k++) {
            sameOrAbsent(element(summaryTaxes.get(k), 2), summary.taxes().get(k).amount());
        }
        same("summary SAC", summaryCharges.size(), summary.charges().size());
        for (int k = 0; k < summaryCharges.size(); k++) {
            String amount = element(summaryCharges.get(k), 5);
            if (!amount.isEmpty()) {
                sameImplied(amount, summary.charges().get(k).charge().amount());
            }
        }
        same("AMT", amounts.size(), summary.amounts().size());
        for (int k = 0; k < amounts.size(); k++) {
            same(element(amounts.get(k), 2), summary.amounts().get(k).amount());
        }
        same("BAL", balances.size(), invoice.balances().size());
        for (int k = 0; k < balances.size(); k++) {
            same(balances.get(k), invoice.balances().get(k).amount());
        }
        sameImplied(total, invoice.total());
        same("IT1 loops", lines.size(), invoice.lines().size());
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            sameOrAbsent(element(lines.get(i), 2), line.quantity());
            sameOrAbsent(element(lines.get(i), 4), line.unitPrice());
            same("SAC of line " + (i + 1), charges.get(i).size(), line.charges().size());
            for (int k = 0; k < charges.get(i).size(); k++) {
                String[] s = charges.get(i).get(k);
                InvoiceLine.Charge ch = line.charges().get(k);
                if (element(s, 5).isEmpty()) {
                    same("SAC05 absent", 0, ch.amount() == null ? 0 : 1);
                } else {
                    sameImplied(element(s, 5), ch.amount());
                }
                sameOrAbsent(element(s, 8), ch.rate());
                sameOrAbsent(element(s, 10), ch.quantity());
            }
            same("TXI of line " + (i + 1), taxes.get(i).size(), line.taxes().size());
            for (int k = 0; k < taxes.get(i).size(); k++) {
                sameOrAbsent(element(taxes.get(i).get(k), 2), line.taxes().get(k).amount());
                sameOrAbsent(element(taxes.get(i).get(k), 3), line.taxes().get(k).percent());
            }
        }
    }

    private static void check997(Edi997 ack, Block b) {
        for (String[] s : b.segments) {
            if (s[0].equals("AK9")) {
                same(element(s, 2), BigDecimal.valueOf(ack.included()));
                same(element(s, 3), BigDecimal.valueOf(ack.received()));
                same(element(s, 4), BigDecimal.valueOf(ack.accepted()));
            }
        }
    }

    private static void sameOrAbsent(String text, BigDecimal value) {
        if (text.isEmpty()) {
            if (value != null) {
                throw new AssertionError("a value " + value + " for an empty element");
            }
        } else {
            same(text, value);
        }
    }

    /** The value equals {@code new BigDecimal(text)}, scale included. */
    private static void same(String text, BigDecimal value) {
        BigDecimal expected;
        try {
            expected = new BigDecimal(text);
        } catch (NumberFormatException ex) {
            throw new AssertionError("the element '" + text + "' is not a number, yet the reader returned " + value);
        }
        if (!expected.equals(value)) {
            throw new AssertionError("the element '" + text + "' was read as " + value + ", not " + expected);
        }
    }

    /** An N2 element: {@code new BigDecimal(text)} with two implied decimals. */
    private static void sameImplied(String text, BigDecimal value) {
        BigDecimal expected = new BigDecimal(text).movePointLeft(2);
        if (!expected.equals(value)) {
            throw new AssertionError("the N2 element '" + text + "' was read as " + value + ", not " + expected);
        }
    }

    private static void same(String what, int expected, int actual) {
        if (expected != actual) {
            throw new AssertionError(what + ": the input holds " + expected + ", the reader returned " + actual);
        }
    }

    private static String element(String[] s, int k) {
        return k < s.length ? s[k] : "";
    }

    // ------------------------------------------------------------------ an independent tokenizer

    /** One ST..SE block: its code, control number and the segments between ST and SE, split into elements. */
    record Block(String code, String control, List<String[]> segments, String component) {
    }

    /**
     * The ST..SE blocks of the input, split with the delimiters of each ISA (fixed offsets 3, 104
     * and 105), blank lines and CR/LF/space/tab after a terminator skipped as the standard allows.
     * Written apart from the reader's scanner, so that the two can be compared.
     */
    static List<Block> blocks(byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        List<Block> out = new ArrayList<>();
        int pos = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (true) {
            int isa = text.indexOf("ISA", pos);
            if (isa < 0 || isa + 106 > text.length()) {
                return out;
            }
            char es = text.charAt(isa + 3);
            String cs = java.util.regex.Pattern.quote(String.valueOf(text.charAt(isa + 104)));
            char term = text.charAt(isa + 105);
            int p = isa + 106;
            Block open = null;
            while (p < text.length()) {
                char c = text.charAt(p);
                if ((c == '\n' || c == '\r' || c == ' ' || c == '\t') && c != term && c != es) {
                    p++;
                    continue;
                }
                int end = text.indexOf(term, p);
                if (end < 0) {
                    return out;
                }
                String[] s = text.substring(p, end).split(java.util.regex.Pattern.quote(String.valueOf(es)), -1);
                if (s[0].equals("ISA")) {
                    break; // the next interchange, without an IEA before it
                }
                p = end + 1;
                if (s[0].equals("ST")) {
                    open = new Block(element(s, 1), element(s, 2), new ArrayList<>(), cs);
                } else if (s[0].equals("SE")) {
                    if (open != null) {
                        out.add(open);
                    }
                    open = null;
                } else if (s[0].equals("IEA")) {
                    break;
                } else if (open != null) {
                    open.segments.add(s);
                }
            }
            pos = p;
        }
    }
}
