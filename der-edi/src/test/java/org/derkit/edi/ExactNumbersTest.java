package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;

/**
 * Differential property (issue 15 item 1): every number der-edi returns equals {@code new BigDecimal(text)}
 * of its element (scaled by the implied decimals of an N2 element), or the transaction set is refused
 * with a problem naming that segment and element. Seeded loops over generated numbers (leading zeros of
 * any length, signs, points, long fractions) and mutated ones (a plus sign, an exponent, a comma, a
 * space, a second point).
 */
class ExactNumbersTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);
    /** X12 type R: an optional minus, digits with an optional decimal point (no plus, no exponent). */
    private static final Pattern R = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** X12 type N: an optional minus and digits. */
    private static final Pattern N = Pattern.compile("-?\\d+");

    /**
     * Whether the text is an X12 number of its type whose length (digits without sign, point and
     * leading zeros of the integer part) is at most {@code max}.
     */
    static boolean fits(String text, Pattern type, int max) {
        if (!type.matcher(text).matches()) {
            return false;
        }
        String digits = text.startsWith("-") ? text.substring(1) : text;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point + 1);
        String significant = whole.replaceFirst("^0+", "");
        int length = significant.length() + fraction.length();
        return Math.max(length, 1) <= max;
    }

    /** A number as a sender might write it: zero padded, signed, with a point anywhere, or mutated. */
    static String number(Random rnd) {
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(4) == 0) {
            sb.append('-');
        }
        int zeros = rnd.nextInt(3) == 0 ? rnd.nextInt(40) : 0;
        sb.append("0".repeat(zeros));
        int digits = rnd.nextInt(4) == 0 ? rnd.nextInt(30) : 1 + rnd.nextInt(8);
        for (int i = 0; i < digits; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        int kind = rnd.nextInt(10);
        if (kind < 5) {
            sb.insert(sb.length() - rnd.nextInt(Math.min(sb.length(), 4) + 1), '.');
        } else if (kind == 5) {
            sb.append('.').append("0".repeat(rnd.nextInt(200))).append(1 + rnd.nextInt(9));
        }
        if (sb.length() == 0) {
            sb.append('0');
        }
        if (rnd.nextInt(8) == 0) {
            String[] junk = {"+", "E", "e5", ",", " ", ".", "x", "--"};
            sb.insert(rnd.nextInt(sb.length() + 1), junk[rnd.nextInt(junk.length)]);
        }
        return sb.toString();
    }

    private static String interchange(String gs, List<String> body) {
        StringBuilder sb = new StringBuilder();
        sb.append("ISA*00*          *00*          *01*006936017      *01*987654321      *260310*1200*U*00401*")
                .append("000000001*0*P*>~\n");
        sb.append("GS*").append(gs).append("*006936017*987654321*20260310*1200*1*X*004010~\n");
        for (String s : body) {
            sb.append(s).append("~\n");
        }
        sb.append("SE*").append(body.size() + 1).append("*0001~\nGE*1*1~\nIEA*1*000000001~\n");
        return sb.toString();
    }

    private static List<X12Problem> read(String text, List<Transaction> out) {
        try (X12Reader r = Fixtures.collecting(text.getBytes(StandardCharsets.ISO_8859_1))) {
            while (r.hasNext()) {
                out.add(r.next());
            }
            return r.problems();
        }
    }

    /** Refused: the transaction set is not delivered and each problem points at an element whose text is bad. */
    private static void assertRefusedAt(String text, List<Transaction> got, List<X12Problem> problems,
            Map<Integer, Map<Integer, String>> bad) {
        assertTrue(got.isEmpty(), text);
        assertTrue(!problems.isEmpty(), text);
        for (X12Problem p : problems) {
            if (p.code() == X12ErrorCode.TOTAL_MISMATCH) {
                continue;
            }
            Map<Integer, String> elements = bad.get(p.location().segmentPosition());
            assertTrue(elements != null && elements.containsKey(p.location().elementPosition()),
                    p + " names no bad element in\n" + text);
        }
    }

    @Test
    void every_867_value_equals_the_big_decimal_of_its_text_or_the_element_is_named() {
        Random rnd = new Random(SEED);
        for (int example = 0; example < 400; example++) {
            List<String> body = new ArrayList<>();
            Map<Integer, Map<Integer, String>> bad = new TreeMap<>();
            body.add("ST*867*0001");
            body.add("BPT*00*AIC1*20260310*C1");
            body.add("REF*LU*90000001");
            body.add("PTD*PM");
            body.add("REF*MG*7000001");
            // the meter total: a random number, or the exact sum of the hours below (filled in after them)
            boolean randomTotal = rnd.nextBoolean();
            String drawn = number(rnd);
            body.add("");
            int totalAt = body.size();
            String multiplier = number(rnd);
            body.add("MEA**MU*" + multiplier);
            int meaAt = body.size();
            List<String> values = new ArrayList<>();
            for (int h = 1; h <= 24; h++) {
                String v = rnd.nextInt(3) == 0 ? number(rnd) : Integer.toString(rnd.nextInt(100)) + "." + rnd.nextInt(100);
                values.add(v);
                body.add("QTY*" + (rnd.nextBoolean() ? "QD" : "KA") + "*" + v + "*KH");
                if (!fits(v, R, 15)) {
                    bad.computeIfAbsent(body.size(), k -> new HashMap<>()).put(2, v);
                }
                body.add("DTM*582*20260415*" + String.format("%02d00", h));
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (String v : values) {
                sum = fits(v, R, 15) ? sum.add(new BigDecimal(v)) : sum;
            }
            String total = randomTotal ? drawn : sum.toPlainString();
            body.set(totalAt - 1, "QTY*QD*" + total + "*KH");
            if (!fits(total, R, 15)) {
                bad.computeIfAbsent(totalAt, k -> new HashMap<>()).put(2, total);
            }
            if (!fits(multiplier, R, 20)) {
                bad.computeIfAbsent(meaAt, k -> new HashMap<>()).put(3, multiplier);
            }
            String text = interchange("PT", body);
            List<Transaction> got = new ArrayList<>();
            List<X12Problem> problems = read(text, got);
            if (!bad.isEmpty()) {
                assertRefusedAt(text, got, problems, bad);
                continue;
            }
            if (new BigDecimal(total).compareTo(sum) != 0) {
                // completeness (item 4): a total that is not the exact sum is refused, naming both figures
                assertEquals(List.of(X12ErrorCode.TOTAL_MISMATCH), problems.stream().map(X12Problem::code).toList(), text);
                assertEquals("meter 7000001 (PTD*PM loop 1): QTY total " + new BigDecimal(total).toPlainString()
                        + " KH, the 24 intervals sum to " + sum.toPlainString(), problems.get(0).detail());
                continue;
            }
            assertEquals(List.of(), problems, text);
            UsageLoop loop = ((Edi867) got.get(0)).loops().get(0);
            assertEquals(new BigDecimal(total), loop.quantities().get(0).value(), text);
            assertEquals(new BigDecimal(multiplier), loop.multiplier(), text);
            IntervalChannel c = loop.channel(MeterUnit.KWH).orElseThrow();
            assertEquals(24, c.size());
            for (int i = 0; i < 24; i++) {
                assertEquals(new BigDecimal(values.get(i)), c.value(i), "hour " + (i + 1) + " of\n" + text);
            }
        }
    }

    @Test
    void every_810_amount_equals_its_text_with_its_implied_decimals_or_the_element_is_named() {
        Random rnd = new Random(SEED + 1);
        for (int example = 0; example < 400; example++) {
            String quantity = number(rnd);
            String price = number(rnd);
            String balance = number(rnd);
            String tax = number(rnd);
            String percent = number(rnd);
            String rate = number(rnd);
            String chargeQty = number(rnd);
            String charge = rnd.nextBoolean() ? number(rnd).replace(".", "") : number(rnd);
            String totalDue = rnd.nextBoolean() ? number(rnd).replace(".", "") : number(rnd);
            List<String> body = new ArrayList<>(List.of("ST*810*0001", "BIG*20260305*INV0001", "BAL*M*YB*" + balance,
                    "IT1*1*" + quantity + "*KH*" + price + "**SV*EL", "SAC*C****" + charge + "***" + rate + "*KH*"
                            + chargeQty + "*****DELIVERY", "TXI*ST*" + tax + "*" + percent, "TDS*" + totalDue));
            Map<Integer, Map<Integer, String>> bad = new TreeMap<>();
            // segment position, element, text, X12 type, maximum length (004010 element dictionary)
            Object[][] checks = {{3, 3, balance, R, 18}, {4, 2, quantity, R, 15}, {4, 4, price, R, 17},
                {5, 5, charge, N, 15}, {5, 8, rate, R, 9}, {5, 10, chargeQty, R, 15}, {6, 2, tax, R, 18},
                {6, 3, percent, R, 10}, {7, 1, totalDue, N, 15}};
            for (Object[] c : checks) {
                if (!fits((String) c[2], (Pattern) c[3], (Integer) c[4])) {
                    bad.computeIfAbsent((Integer) c[0], k -> new HashMap<>()).put((Integer) c[1], (String) c[2]);
                }
            }
            String text = interchange("IN", body);
            List<Transaction> got = new ArrayList<>();
            List<X12Problem> problems = read(text, got);
            if (!bad.isEmpty()) {
                assertRefusedAt(text, got, problems, bad);
                continue;
            }
            assertEquals(List.of(), problems, text);
            Edi810 inv = (Edi810) got.get(0);
            InvoiceLine line = inv.lines().get(0);
            assertEquals(new BigDecimal(balance), inv.balances().get(0).amount(), text);
            assertEquals(new BigDecimal(quantity), line.quantity(), text);
            assertEquals(new BigDecimal(price), line.unitPrice(), text);
            InvoiceLine.Charge sac = line.charges().get(0);
            assertEquals(new BigDecimal(new BigInteger(charge), 2), sac.amount(), text);
            assertEquals(new BigDecimal(rate), sac.rate(), text);
            assertEquals(new BigDecimal(chargeQty), sac.quantity(), text);
            assertEquals(new BigDecimal(tax), line.taxes().get(0).amount(), text);
            assertEquals(new BigDecimal(percent), line.taxes().get(0).percent(), text);
            assertEquals(new BigDecimal(new BigInteger(totalDue), 2), inv.total(), text);
        }
    }

    @Test
    void a_zero_padded_interval_value_is_read_exactly_not_the_previous_hour() {
        // issue 15, item 1: QTY*QD*0000000000000000077.01*KH after 74.08 read as 74.08
        List<String> body = new ArrayList<>(List.of("ST*867*0001", "BPT*00*AIC1*20260310*C1", "REF*LU*90000001",
                "PTD*PM", "REF*MG*7000001", "QTY*QD*74.08*KH", "DTM*582*20260415*0100",
                "QTY*QD*0000000000000000077.01*KH", "DTM*582*20260415*0200",
                "QTY*QD*-000.000000000000025*KH", "DTM*582*20260415*0300",
                "QTY*QD*74.08*KH", "DTM*582*20260415*0400"));
        List<Transaction> got = new ArrayList<>();
        assertEquals(List.of(), read(interchange("PT", body), got));
        IntervalChannel c = ((Edi867) got.get(0)).loops().get(0).channels().get(0);
        assertEquals(List.of(new BigDecimal("74.08"), new BigDecimal("77.01"), new BigDecimal("-0.000000000000025"),
                new BigDecimal("74.08")), List.of(c.value(0), c.value(1), c.value(2), c.value(3)));
        assertTrue(c.isCompact(1));
        assertEquals(7701, c.unscaledValue(1));
        assertEquals(2, c.scale(1));
    }

    @Test
    void a_number_longer_than_its_x12_definition_is_refused_naming_the_element() {
        List<String> body = new ArrayList<>(List.of("ST*867*0001", "BPT*00*AIC1*20260310*C1", "REF*LU*90000001",
                "PTD*PM", "REF*MG*7000001", "QTY*QD*74.08*KH", "DTM*582*20260415*0100",
                "QTY*QD*1234567890123456789.5*KH", "DTM*582*20260415*0200"));
        List<Transaction> got = new ArrayList<>();
        List<X12Problem> problems = read(interchange("PT", body), got);
        assertEquals(List.of(), got);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("ELEMENT_TOO_LONG: the element is too long (QTY02 '1234567890123456789.5' has 20 digits, QTY02 at "
                + "most 15) in segment QTY at position 8, element 2 of transaction set 867 0001 (group 1, interchange "
                + "000000001), line 10, byte 285", problems.get(0).message());
        assertEquals("5", problems.get(0).code().x12Code());
    }
}
