package org.derkit.edi.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The X12 004010 definitions of the segments the typed parsers read: for each element its data type
 * and minimum/maximum length, as the standard's segment directory gives them. These decide what is
 * well formed; the parsers then require only what the profile needs.
 *
 * <p>Types: {@code ID} identifier, {@code AN} string, {@code DT} date CCYYMMDD, {@code TM} time
 * HHMM[SS[d[d]]], {@code R} decimal, {@code N0}/{@code N2} integers (N2 with two implied decimals),
 * {@code C} a composite whose first component is an identifier of the given length. The length of a
 * numeric element counts its digits only: not the sign, not the decimal point and not the leading
 * zeros of the integer part (X12.6 suppresses them; a reader tolerates them).
 */
public final class Segments {

    /** Element types. */
    static final byte ID = 1;
    static final byte AN = 2;
    static final byte DT = 3;
    static final byte TM = 4;
    static final byte R = 5;
    static final byte N0 = 6;
    static final byte N2 = 7;
    static final byte C = 8;

    /** One segment's element definitions, 1-based: {@code types[k]}, {@code min[k]}, {@code max[k]}. */
    public static final class Def {
        final String tag;
        final byte[] types;
        final int[] min;
        final int[] max;

        Def(String tag, String spec) {
            this.tag = tag;
            String[] parts = spec.split(" ", -1);
            types = new byte[parts.length + 1];
            min = new int[parts.length + 1];
            max = new int[parts.length + 1];
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                int slash = p.indexOf('/');
                int digits = slash - 1;
                while (digits > 0 && Character.isDigit(p.charAt(digits - 1))) {
                    digits--;
                }
                String type = p.substring(0, digits);
                types[i + 1] = switch (type) {
                    case "ID" -> ID;
                    case "AN" -> AN;
                    case "DT" -> DT;
                    case "TM" -> TM;
                    case "R" -> R;
                    case "N" -> N0;
                    case "Q" -> N2;
                    case "C" -> C;
                    default -> throw new IllegalStateException(tag + ": " + p);
                };
                min[i + 1] = Integer.parseInt(p.substring(digits, slash));
                max[i + 1] = Integer.parseInt(p.substring(slash + 1));
            }
        }

        /** How many elements the standard defines. */
        public int elements() {
            return types.length - 1;
        }

        /** The segment tag. */
        public String tag() {
            return tag;
        }
    }

    private static final Map<Integer, Def> DEFS = definitions();

    private static void def(Map<Integer, Def> m, String tag, String spec) {
        m.put(Scanner.tag(tag), new Def(tag, spec));
    }

    private static Map<Integer, Def> definitions() {
        Map<Integer, Def> m = new HashMap<>();
        // 867 (and shared) segments; Q = N2
        def(m, "BPT", "ID2/2 AN1/30 DT8/8 ID2/2 ID3/3 R1/10 ID1/2 TM4/8 AN1/30 ID2/2");
        def(m, "N1", "ID2/3 AN1/60 ID1/2 AN2/80 ID2/2 ID2/3");
        def(m, "N2", "AN1/60 AN1/60");
        def(m, "N3", "AN1/55 AN1/55");
        def(m, "N4", "AN2/30 ID2/2 ID3/15 ID2/3 ID1/2 AN1/30");
        def(m, "PER", "ID2/2 AN1/60 ID2/2 AN1/80 ID2/2 AN1/80 ID2/2 AN1/80 AN1/20");
        def(m, "REF", "ID2/3 AN1/30 AN1/80 C2/3");
        def(m, "DTM", "ID3/3 DT8/8 TM4/8 ID2/2 ID2/3 AN1/35");
        def(m, "PTD", "ID2/2 ID3/3 R1/10 ID2/3 AN1/30");
        def(m, "QTY", "ID2/2 R1/15 C2/2 AN1/30");
        def(m, "MEA", "ID2/2 ID1/3 R1/20 C2/2 R1/20 R1/20 ID1/2 AN1/2 ID2/2 ID1/2 ID1/3 AN1/30");
        def(m, "NTE", "ID3/3 AN1/80");
        // 810
        def(m, "BIG", "DT8/8 AN1/22 DT8/8 AN1/22 AN1/30 AN1/8 ID2/2 ID2/2 ID1/2 AN1/22");
        def(m, "BAL", "ID1/2 ID1/3 R1/18");
        def(m, "IT1", "AN1/20 R1/15 ID2/2 R1/17 ID2/2" + " ID2/2 AN1/48".repeat(10));
        def(m, "PID", "ID1/1 ID2/3 ID2/2 AN1/12 AN1/80 ID2/2 AN1/15 ID1/1 ID2/3");
        def(m, "SAC", "ID1/1 ID4/4 ID2/2 AN1/10 Q1/15 ID1/1 R1/6 R1/9 ID2/2 R1/15 R1/15 ID2/2 AN1/30 AN1/20 AN1/80 ID2/3");
        def(m, "TXI", "ID2/2 R1/18 R1/10 ID2/2 AN1/10 ID1/1 ID1/1 R1/9 AN1/9 AN1/20");
        def(m, "TDS", "Q1/15 Q1/15 Q1/15 Q1/15");
        def(m, "CTT", "N1/6 R1/10 R1/10 ID2/2 R1/8 ID2/2 AN1/80");
        def(m, "AMT", "ID1/3 R1/18 ID1/1");
        // 814
        def(m, "BGN", "ID2/2 AN1/30 DT8/8 TM4/8 ID2/2 AN1/30 ID2/2 ID1/2 ID2/2");
        def(m, "LIN", "AN1/20" + " ID2/2 AN1/48".repeat(15));
        def(m, "ASI", "ID1/2 ID3/3");
        return Map.copyOf(m);
    }

    private Segments() {
    }

    /**
     * The definition of a segment, or null when this library has none.
     *
     * @param tag the packed tag ({@link Scanner#tag(String)})
     * @return the definition or null
     */
    public static Def of(int tag) {
        return DEFS.get(tag);
    }

    /**
     * The X12 length of a numeric element {@code b[s..e)}: its digits, without sign, decimal point or
     * leading zeros of the integer part (a lone zero counts one).
     *
     * @param b the bytes
     * @param s the start
     * @param e the end (exclusive)
     * @return the length
     */
    public static int numericLength(byte[] b, int s, int e) {
        int i = s;
        if (i < e && b[i] == '-') {
            i++;
        }
        int digits = 0;
        boolean leading = true;
        boolean any = false;
        for (; i < e; i++) {
            byte c = b[i];
            if (c == '.') {
                leading = false;
            } else if (c >= '0' && c <= '9') {
                any = true;
                if (leading && c == '0') {
                    continue;
                }
                leading = false;
                digits++;
            }
        }
        return digits == 0 && any ? 1 : digits;
    }
}
