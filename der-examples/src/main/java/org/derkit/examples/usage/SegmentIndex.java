package org.derkit.examples.usage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The segment positions (ST = 1) of the interval quantities of every 867 in an X12 text, found by
 * a plain scan of the bytes. Only used to name the segment of a value in an error message, after
 * the reader (which keeps no positions) has delivered the transaction sets.
 */
final class SegmentIndex {

    private final Map<String, int[]> positions = new HashMap<>();

    private SegmentIndex() {
    }

    /** The key of the value list of one channel: 867 number in the file, PTD loop number, unit code. */
    static String key(int transaction, int loop, String unitCode) {
        return transaction + "/" + loop + "/" + unitCode;
    }

    /** The QTY positions of one channel, or an empty array if the scan found none. */
    int[] positions(int transaction, int loop, String unitCode) {
        return positions.getOrDefault(key(transaction, loop, unitCode), new int[0]);
    }

    /**
     * Scans an X12 text. Delimiters come from the first ISA; a text without one gives an empty
     * index (the reader reports that problem itself).
     */
    static SegmentIndex scan(byte[] bytes) {
        SegmentIndex index = new SegmentIndex();
        int isa = indexOf(bytes, "ISA");
        if (isa < 0 || isa + 105 >= bytes.length) {
            return index;
        }
        char element = (char) bytes[isa + 3];
        byte terminator = bytes[isa + 105];
        Map<String, List<Integer>> lists = new HashMap<>();
        int transaction = -1;
        int position = 0;
        int loop = -1;
        boolean inside = false;
        int pendingQty = -1;
        String pendingUnit = null;
        int start = isa;
        for (int i = isa; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != terminator) {
                continue;
            }
            String segment = new String(bytes, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
            start = i + 1;
            if (segment.isEmpty()) {
                continue;
            }
            String[] e = segment.split(java.util.regex.Pattern.quote(String.valueOf(element)), -1);
            String tag = e[0];
            if (tag.equals("ST")) {
                inside = e.length > 1 && e[1].equals("867");
                if (inside) {
                    transaction++;
                    position = 1;
                    loop = -1;
                }
                continue;
            }
            if (!inside) {
                continue;
            }
            position++;
            switch (tag) {
                case "SE" -> inside = false;
                case "PTD" -> loop++;
                case "QTY" -> {
                    pendingQty = position;
                    pendingUnit = e.length > 3 ? e[3] : "";
                }
                case "DTM" -> {
                    if (e.length > 1 && e[1].equals("582") && pendingQty == position - 1) {
                        lists.computeIfAbsent(key(transaction, loop, pendingUnit), k -> new ArrayList<>())
                                .add(pendingQty);
                    }
                }
                default -> {
                }
            }
        }
        lists.forEach((k, v) -> index.positions.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return index;
    }

    private static int indexOf(byte[] bytes, String text) {
        outer:
        for (int i = 0; i + text.length() <= bytes.length && i < 4096; i++) {
            for (int j = 0; j < text.length(); j++) {
                if (bytes[i + j] != text.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
