package org.derkit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A cheap scan of an uncompressed X12 file for where its interchanges start, so that a big file
 * is read by several tasks, one run of whole interchanges each. It looks at bytes only, parses
 * nothing: an interchange starts at {@code ISA} followed by a character that is not a letter or a
 * digit (the element separator) where the last byte before it, blanks aside, is the segment
 * terminator of the interchange before (ISA's byte 106, X12.5 fixed layout). The first part always
 * starts at byte 0, so whatever precedes the first ISA (a byte order mark, or bytes that are not
 * X12 at all) stays with it and is judged by the reader as in a whole-file read.
 *
 * <p>It also notes whether the file holds an 867 transaction set header ({@code ST}, the
 * separator, {@code 867}, after a terminator), so that "no 867 in the file" is still said once per
 * file when its parts are read apart.
 */
final class InterchangeScan {

    /** Byte offsets (from 0) of the interchanges after the first, in file order. */
    final List<Long> offsets = new ArrayList<>();
    /** The 1-based line of each offset. */
    final List<Long> lines = new ArrayList<>();
    /** Whether an {@code ST*867} header was seen. */
    boolean has867;

    private InterchangeScan() {
    }

    private static boolean blank(int c) {
        return c == ' ' || c == '\r' || c == '\n' || c == '\t';
    }

    private static boolean alnum(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /**
     * Scans a whole input.
     *
     * @param in the file's bytes, read to the end (not closed)
     * @return what the scan found
     * @throws IOException if the input cannot be read
     */
    static InterchangeScan of(InputStream in) throws IOException {
        InterchangeScan scan = new InterchangeScan();
        byte[] buf = new byte[1 << 16];
        // the last 6 bytes and, for each, the last non-blank byte before it (-1: none yet)
        int[] window = new int[6];
        int[] before = new int[6];
        java.util.Arrays.fill(window, -1);
        java.util.Arrays.fill(before, -1);
        long position = 0;
        long line = 1;
        int lastNonBlank = -1;
        int term = -1;
        int separator = -1;
        long termAt = -1;
        boolean first = true;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                int c = buf[i] & 0xff;
                System.arraycopy(window, 1, window, 0, 5);
                System.arraycopy(before, 1, before, 0, 5);
                window[5] = c;
                before[5] = lastNonBlank;
                if (position == termAt) {
                    term = c;
                }
                // "ISA" + separator ending at this byte: the ISA starts 3 bytes back
                if (window[2] == 'I' && window[3] == 'S' && window[4] == 'A' && c >= 0 && !alnum(c) && !blank(c)) {
                    int prior = before[2];
                    if (first ? prior == -1 || prior == 0xBF : term >= 0 && prior == term) {
                        if (!first) {
                            scan.offsets.add(position - 3);
                            scan.lines.add(line);
                        }
                        first = false;
                        separator = c;
                        termAt = position - 3 + 105;
                    }
                }
                // "ST" + separator + "867" ending at this byte, after a terminator
                if (!scan.has867 && separator >= 0 && window[0] == 'S' && window[1] == 'T' && window[2] == separator
                        && window[3] == '8' && window[4] == '6' && c == '7' && term >= 0 && before[0] == term) {
                    scan.has867 = true;
                }
                if (c == '\n') {
                    line++;
                }
                if (!blank(c)) {
                    lastNonBlank = c;
                }
                position++;
            }
        }
        return scan;
    }
}
