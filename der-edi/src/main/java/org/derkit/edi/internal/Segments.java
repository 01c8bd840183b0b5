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
        /** The data element reference numbers, 1-based ({@code references[0]} is unused). */
        final String[] references;

        Def(String tag, String refs, String spec) {
            this.tag = tag;
            String[] parts = spec.split(" ", -1);
            String[] numbers = refs.split(" ", -1);
            if (numbers.length != parts.length) {
                throw new IllegalStateException(tag + ": " + numbers.length + " reference numbers for " + parts.length
                        + " elements");
            }
            references = new String[parts.length + 1];
            references[0] = "";
            System.arraycopy(numbers, 0, references, 1, numbers.length);
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

    private static void def(Map<Integer, Def> m, String tag, String references, String spec) {
        m.put(Scanner.tag(tag), new Def(tag, references, spec));
    }

    private static Map<Integer, Def> definitions() {
        Map<Integer, Def> m = new HashMap<>();
        // 867 (and shared) segments; Q = N2. The first string holds each element's X12 data element
        // reference number (what a 997 returns in AK402), the second its type and min/max length.
        def(m, "BPT", "353 127 373 755 648 649 306 337 127 786", "ID2/2 AN1/30 DT8/8 ID2/2 ID3/3 R1/10 ID1/2 TM4/8 AN1/30 ID2/2");
        def(m, "N1", "98 93 66 67 706 98", "ID2/3 AN1/60 ID1/2 AN2/80 ID2/2 ID2/3");
        def(m, "N2", "93 93", "AN1/60 AN1/60");
        def(m, "N3", "166 166", "AN1/55 AN1/55");
        def(m, "N4", "19 156 116 26 309 310", "AN2/30 ID2/2 ID3/15 ID2/3 ID1/2 AN1/30");
        def(m, "PER", "366 93 365 364 365 364 365 364 443", "ID2/2 AN1/60 ID2/2 AN1/80 ID2/2 AN1/80 ID2/2 AN1/80 AN1/20");
        def(m, "REF", "128 127 352 C040", "ID2/3 AN1/30 AN1/80 C2/3");
        def(m, "DTM", "374 373 337 623 1250 1251", "ID3/3 DT8/8 TM4/8 ID2/2 ID2/3 AN1/35");
        def(m, "PTD", "521 648 649 128 127", "ID2/2 ID3/3 R1/10 ID2/3 AN1/30");
        def(m, "QTY", "673 380 C001 61", "ID2/2 R1/15 C2/2 AN1/30");
        def(m, "MEA", "737 738 739 C001 740 741 935 936 752 1373 1270 1271",
                "ID2/2 ID1/3 R1/20 C2/2 R1/20 R1/20 ID1/2 AN1/2 ID2/2 ID1/2 ID1/3 AN1/30");
        def(m, "NTE", "363 352", "ID3/3 AN1/80");
        // 810
        def(m, "BIG", "373 76 373 324 328 327 640 353 306 76", "DT8/8 AN1/22 DT8/8 AN1/22 AN1/30 AN1/8 ID2/2 ID2/2 ID1/2 AN1/22");
        def(m, "BAL", "951 522 782", "ID1/2 ID1/3 R1/18");
        def(m, "IT1", "350 358 355 212 639" + " 235 234".repeat(10), "AN1/20 R1/15 ID2/2 R1/17 ID2/2" + " ID2/2 AN1/48".repeat(10));
        def(m, "PID", "349 750 559 751 352 752 822 1073 819", "ID1/1 ID2/3 ID2/2 AN1/12 AN1/80 ID2/2 AN1/15 ID1/1 ID2/3");
        def(m, "SAC", "248 1300 559 1301 610 378 332 118 355 380 380 331 127 770 352 819",
                "ID1/1 ID4/4 ID2/2 AN1/10 Q1/15 ID1/1 R1/6 R1/9 ID2/2 R1/15 R1/15 ID2/2 AN1/30 AN1/20 AN1/80 ID2/3");
        def(m, "TXI", "963 782 954 955 956 441 1025 828 325 350", "ID2/2 R1/18 R1/10 ID2/2 AN1/10 ID1/1 ID1/1 R1/9 AN1/9 AN1/20");
        def(m, "TDS", "610 610 610 610", "Q1/15 Q1/15 Q1/15 Q1/15");
        def(m, "CAD", "91 206 207 140 387 368 128 127 284", "ID1/2 AN1/4 AN1/10 ID2/4 AN1/35 ID2/2 ID2/3 AN1/30 ID2/2");
        def(m, "ISS", "382 355 81 355 183 355 380 81", "R1/10 ID2/2 R1/10 ID2/2 R1/8 ID2/2 R1/15 R1/10");
        def(m, "CTT", "354 347 81 355 183 355 352", "N1/6 R1/10 R1/10 ID2/2 R1/8 ID2/2 AN1/80");
        def(m, "AMT", "522 782 478", "ID1/3 R1/18 ID1/1");
        // 814
        def(m, "BGN", "353 127 373 337 623 127 640 306 786", "ID2/2 AN1/30 DT8/8 TM4/8 ID2/2 AN1/30 ID2/2 ID1/2 ID2/2");
        def(m, "LIN", "350" + " 235 234".repeat(15), "AN1/20" + " ID2/2 AN1/48".repeat(15));
        def(m, "ASI", "306 875", "ID1/2 ID3/3");
        return Map.copyOf(m);
    }

    /**
     * The data element reference numbers of the segments read without a {@link Def}: the
     * transaction set envelope and the 997's own segments.
     */
    private static final Map<String, String[]> OTHER_REFERENCES = Map.of(
            "ST", new String[] {"143", "329"},
            "SE", new String[] {"96", "329"},
            "AK1", new String[] {"479", "28"},
            "AK2", new String[] {"143", "329"},
            "AK3", new String[] {"721", "719", "447", "720"},
            "AK4", new String[] {"C030", "725", "723", "724"},
            "AK5", new String[] {"717", "718", "718", "718", "718", "718"},
            "AK9", new String[] {"715", "97", "123", "2", "716", "716", "716", "716", "716"});

    /** The components of the composites the segments read use, by component position. */
    private static final Map<String, String[]> COMPOSITES = Map.of(
            "C001", new String[] {"355", "1018", "649", "355", "1018", "649", "355", "1018", "649", "355", "1018",
                "649", "355", "1018", "649"},
            "C030", new String[] {"722", "1528"},
            "C040", new String[] {"128", "127", "128", "127", "128", "127"});

    /**
     * The X12 data element reference number of an element or component (what a 997 returns in
     * AK402): for a composite, the number of its component (the first when {@code component} is 0).
     *
     * @param tag the segment tag, such as {@code QTY}
     * @param element the 1-based element position
     * @param component the 1-based component position, 0 for the whole element
     * @return the reference number, such as {@code 380}; empty when the segment or the position is
     *         not one this library defines
     */
    public static String referenceNumber(String tag, int element, int component) {
        Def def = DEFS.get(Scanner.tag(tag));
        String[] refs = def != null ? def.references : OTHER_REFERENCES.get(tag);
        if (refs == null || element < 1 || element > refs.length - (def != null ? 1 : 0)) {
            return "";
        }
        String ref = refs[def != null ? element : element - 1];
        String[] parts = COMPOSITES.get(ref);
        if (parts != null) {
            int k = Math.max(component, 1);
            return k <= parts.length ? parts[k - 1] : "";
        }
        return ref.startsWith("C") ? "" : ref;
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
