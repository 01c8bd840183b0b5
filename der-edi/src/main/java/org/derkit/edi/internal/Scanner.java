package org.derkit.edi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The byte-level X12 tokeniser: finds segments and the positions of their elements in a reusable
 * buffer, without copying any element.
 *
 * <p>Element {@code k} (1-based) of the current segment spans {@code start(k)} inclusive to
 * {@code end(k)} exclusive in {@link #buffer()}; element 0 is the segment tag. The buffer holds at
 * least the current segment; it grows up to the maximum segment length and is compacted on refill.
 *
 * <p>Implementation Requirements: not thread-safe; one scanner per input.
 */
public final class Scanner {

    /** {@link #next()} found a segment. */
    public static final int SEGMENT = 1;
    /** {@link #next()} found only blank lines up to the end of the input. */
    public static final int END = 0;
    /** The input ended inside a segment (no terminator). */
    public static final int TRUNCATED = -1;
    /** A segment is longer than the maximum segment length. */
    public static final int TOO_LONG = -2;

    /** {@link #readIsa()} outcomes besides {@link #SEGMENT} and {@link #END}. */
    public static final int ISA_NOT_FOUND = -10;
    public static final int ISA_TOO_SHORT = -11;
    public static final int ISA_MISALIGNED = -12;
    public static final int ISA_DELIMITER_CLASH = -13;

    /** Offsets (0-based) where the element separator must stand in an ISA segment. */
    private static final int[] ISA_SEPARATORS = {3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103};
    /** Length of the ISA segment including its terminator. */
    public static final int ISA_LENGTH = 106;

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private final int maxSegment;
    private byte[] buf;
    private int pos;
    private int limit;
    private long base;
    private boolean eof;
    private boolean started;

    private byte es = '*';
    private byte cs = ':';
    private byte term = '~';
    private int rep = -1;

    private int segStart;
    private int segEnd;
    private int count;
    private int[] bounds = new int[64];
    private long line = 1;
    private long segLine = 1;
    private int misalignedAt = -1;

    public Scanner(InputStream in, int bufferSize, int maxSegment) {
        this(in, bufferSize, maxSegment, 0, 1);
    }

    /**
     * A scanner of a part of a larger input: offsets and lines are counted from the part's first
     * byte and line in the whole input.
     *
     * @param in the bytes of the part
     * @param bufferSize the read buffer size
     * @param maxSegment the longest segment accepted
     * @param firstByte the offset of the part's first byte in the whole input
     * @param firstLine the 1-based line of the part's first byte in the whole input
     */
    public Scanner(InputStream in, int bufferSize, int maxSegment, long firstByte, long firstLine) {
        this.in = in;
        this.buf = new byte[Math.max(bufferSize, 256)];
        this.maxSegment = Math.max(maxSegment, ISA_LENGTH + 2);
        this.base = firstByte;
        this.line = firstLine;
        this.segLine = firstLine;
    }

    // ---------------------------------------------------------------- accessors

    public byte[] buffer() {
        return buf;
    }

    public int elementCount() {
        if (count < 0) {
            split();
        }
        return count;
    }

    public int start(int k) {
        if (count < 0) {
            split();
        }
        return k == 0 ? segStart : bounds[k - 1] + 1;
    }

    public int end(int k) {
        if (count < 0) {
            split();
        }
        return bounds[k];
    }

    /** Whether element k exists and is not empty. */
    public boolean present(int k) {
        if (count < 0) {
            split();
        }
        return k <= count && bounds[k] > bounds[k - 1] + 1;
    }

    public int length(int k) {
        if (count < 0) {
            split();
        }
        return k > count ? 0 : bounds[k] - start(k);
    }

    /** The tag packed into an int ({@code 'Q'<<16 | 'T'<<8 | 'Y'}), or 0 when it is not 2-3 alphanumerics. */
    public int tag() {
        int s = segStart;
        byte[] b = buf;
        int end = segEnd;
        int len = s + 3 <= end && (s + 3 == end || b[s + 3] == es) ? 3
                : s + 2 <= end && (s + 2 == end || b[s + 2] == es) ? 2 : 0;
        if (len == 3) {
            byte c0 = b[s];
            byte c1 = b[s + 1];
            byte c2 = b[s + 2];
            if (alnum(c0) && alnum(c1) && alnum(c2)) {
                return (c0 << 16) | (c1 << 8) | c2;
            }
            return 0;
        }
        if (len == 2) {
            byte c0 = b[s];
            byte c1 = b[s + 1];
            if (alnum(c0) && alnum(c1)) {
                return (c0 << 8) | c1;
            }
        }
        return 0;
    }

    private static boolean alnum(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    public static int tag(String name) {
        int t = 0;
        for (int i = 0; i < name.length(); i++) {
            t = (t << 8) | name.charAt(i);
        }
        return t;
    }

    /** The tag as text (error path only), at most 3 printable characters. */
    public String tagText() {
        if (count < 0) {
            split();
        }
        int len = Math.min(bounds[0] - segStart, 3);
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            int b = buf[segStart + i] & 0xff;
            sb.append(b >= 0x20 && b < 0x7f ? (char) b : '?');
        }
        return sb.toString();
    }

    /** Element k as a new string (cold paths: identifiers, codes, error details). */
    public String text(int k) {
        if (k > elementCount()) {
            return "";
        }
        int s = start(k);
        return new String(buf, s, bounds[k] - s, StandardCharsets.ISO_8859_1);
    }

    /** Element k as text, or null when absent or empty. */
    public String textOrNull(int k) {
        return present(k) ? text(k) : null;
    }

    /** The first component of element k, or null when absent or empty. */
    public String firstComponent(int k) {
        if (!present(k)) {
            return null;
        }
        int s = start(k);
        int e = componentEnd(k);
        return e == s ? null : new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
    }

    /** The end of the first component of element k. */
    public int componentEnd(int k) {
        int s = start(k);
        int e = bounds[k];
        for (int i = s; i < e; i++) {
            if (buf[i] == cs) {
                return i;
            }
        }
        return e;
    }

    /** Whether element k equals the ASCII text. */
    public boolean is(int k, String text) {
        if (k > elementCount()) {
            return text.isEmpty();
        }
        int s = start(k);
        int len = bounds[k] - s;
        if (len != text.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (buf[s + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Absolute byte offset of the current segment's first byte. */
    public long segmentOffset() {
        return base + segStart;
    }

    /** Absolute byte offset of element k's first byte. */
    public long elementOffset(int k) {
        return base + (k <= elementCount() ? start(k) : segEnd);
    }

    /** Absolute offset of the next unread byte. */
    public long offset() {
        return base + pos;
    }

    /** 1-based line of the current segment's first byte. */
    public long segmentLine() {
        return segLine;
    }

    public byte elementSeparator() {
        return es;
    }

    public byte componentSeparator() {
        return cs;
    }

    public byte segmentTerminator() {
        return term;
    }

    /** The repetition separator, or -1 when the envelope has none (004010). */
    public int repetitionSeparator() {
        return rep;
    }

    /** For {@link #ISA_MISALIGNED}: the first ISA offset where the separator is missing. */
    public int misalignedOffset() {
        return misalignedAt;
    }

    /** The bytes after the terminator of the last segment: 0 none, 1 LF, 2 CRLF, 3 CR. */
    public int lineEndingAfterSegment() {
        int p = segEnd + 1;
        if (p < limit && buf[p] == '\r' && term != '\r') {
            return p + 1 < limit && buf[p + 1] == '\n' ? 2 : 3;
        }
        if (p < limit && buf[p] == '\n' && term != '\n') {
            return 1;
        }
        return 0;
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads the next interchange header. Skips a UTF-8 BOM at the very start and blank lines.
     *
     * @return {@link #SEGMENT}, {@link #END} or one of the {@code ISA_*} failures
     */
    public int readIsa() {
        if (!started) {
            started = true;
            ensure(3);
            if (limit - pos >= 3 && (buf[pos] & 0xff) == 0xEF && (buf[pos + 1] & 0xff) == 0xBB
                    && (buf[pos + 2] & 0xff) == 0xBF) {
                pos += 3;
            }
        }
        if (!skipBlank() || !skipPadding()) {
            return END;
        }
        segLine = line;
        segStart = pos;
        ensure(ISA_LENGTH);
        int avail = limit - pos;
        if (avail < 3 || buf[pos] != 'I' || buf[pos + 1] != 'S' || buf[pos + 2] != 'A') {
            bounds[0] = Math.min(pos + 3, limit);
            segEnd = bounds[0];
            count = 0;
            return ISA_NOT_FOUND;
        }
        bounds[0] = pos + 3;
        count = 0;
        segEnd = limit;
        if (avail < ISA_LENGTH) {
            return ISA_TOO_SHORT;
        }
        byte e = buf[pos + 3];
        for (int i = 0; i < ISA_SEPARATORS.length; i++) {
            int off = ISA_SEPARATORS[i];
            if (buf[pos + off] != e) {
                misalignedAt = off;
                // locate element i for error reporting: count separators up to there
                return ISA_MISALIGNED;
            }
            bounds[i] = pos + off;
        }
        byte c = buf[pos + 104];
        byte t = buf[pos + 105];
        int r = buf[pos + 82];
        int version = 0;
        for (int i = 84; i < 89; i++) {
            byte d = buf[pos + i];
            version = d >= '0' && d <= '9' ? version * 10 + (d - '0') : -1_000_000;
        }
        boolean v5 = version >= 402;
        if (!v5 || r == 'U' || r == e) {
            r = -1;
        }
        if (e == c || e == t || c == t || !delimiterCharacter(e) || !delimiterCharacter(c)
                || !delimiterCharacter(t) || (r != -1 && (r == c || r == t || !delimiterCharacter((byte) r)))) {
            es = e;
            cs = c;
            term = t;
            return ISA_DELIMITER_CLASH;
        }
        es = e;
        cs = c;
        term = t;
        rep = r;
        count = 16;
        bounds[16] = pos + 105;
        segEnd = pos + 105;
        pos += ISA_LENGTH;
        if (term == '\n') {
            line++;
        }
        return SEGMENT;
    }

    private static boolean delimiterCharacter(byte b) {
        return !((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == ' ');
    }

    /**
     * Reads the next segment with the current delimiters.
     *
     * @return {@link #SEGMENT}, {@link #END}, {@link #TRUNCATED} or {@link #TOO_LONG}
     */
    public int next() {
        if (!skipBlank()) {
            return END;
        }
        segLine = line;
        int i = pos;
        segStart = i;
        byte[] b = buf;
        int lim = limit;
        final byte t = term;
        final long tPat = (t & 0xffL) * 0x0101010101010101L;
        while (true) {
            // eight bytes at a time: find the lowest byte equal to the terminator
            while (i + 8 <= lim) {
                long x = (long) LONGS.get(b, i) ^ tPat;
                long m = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
                if (m != 0) {
                    i += Long.numberOfTrailingZeros(m) >>> 3;
                    break;
                }
                i += 8;
            }
            while (i < lim && b[i] != t) {
                i++;
            }
            if (i < lim) {
                break;
            }
            int shift = refill();
            if (shift < 0) {
                segEnd = limit;
                count = -1;
                split();
                return shift == -1 ? TRUNCATED : TOO_LONG;
            }
            i -= shift;
            b = buf;
            lim = limit;
        }
        segEnd = i;
        count = -1;
        pos = i + 1;
        if (t == '\n') {
            line++;
        }
        return SEGMENT;
    }

    /** Finds the element separators of the current segment (on first use of an element accessor). */
    private void split() {
        byte[] b = buf;
        int[] bd = bounds;
        byte e = es;
        int k = 0;
        int end = segEnd;
        for (int i = segStart; i < end; i++) {
            if (b[i] == e) {
                if (k == bd.length - 1) {
                    bounds = java.util.Arrays.copyOf(bd, bd.length * 2);
                    bd = bounds;
                }
                bd[k++] = i;
            }
        }
        bd[k] = end;
        count = k;
    }

    /** Index of the first byte after the tag and its separator, or -1 when the segment has no element. */
    public int firstElementStart() {
        int s = segStart;
        if (s + 3 < segEnd && buf[s + 3] == es) {
            return s + 4;
        }
        if (s + 2 < segEnd && buf[s + 2] == es) {
            return s + 3;
        }
        return -1;
    }

    /** Index of the current segment's terminator (the end of its last element). */
    public int segmentEnd() {
        return segEnd;
    }

    /**
     * Skips padding after an interchange: Ctrl-Z (0x1A, from Windows tools), NUL (0x00, from
     * fixed-record transfers) and blanks. True when something else follows (the reader then expects
     * an ISA there), false when only padding remains before the end of the input.
     */
    private boolean skipPadding() {
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            byte c = buf[pos];
            if (c == 0x1A || c == 0 || c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\n') {
                line++;
                pos++;
            } else {
                return true;
            }
        }
    }

    /** The end of the buffered input: no byte at or past it belongs to the input (yet). */
    public int bufferedEnd() {
        return limit;
    }

    /** Skips CR, LF, spaces and tabs; false when only those remain before the end. */
    private boolean skipBlank() {
        while (true) {
            if (pos >= limit) {
                if (!fill()) {
                    return false;
                }
            }
            byte c = buf[pos];
            if (c == '\n' && c != term && c != es) {
                line++;
                pos++;
            } else if ((c == '\r' || c == ' ' || c == '\t') && c != term && c != es) {
                pos++;
            } else {
                return true;
            }
        }
    }

    /** Makes sure n bytes are buffered from pos if the input has them. */
    private void ensure(int n) {
        while (limit - pos < n && !eof) {
            if (pos > 0 && buf.length - pos < n) {
                compact(pos);
            }
            read();
        }
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        compact(pos);
        while (limit == 0 && !eof) {
            read();
        }
        return limit > pos;
    }

    /**
     * Compacts the buffer down to the current segment start and reads more.
     *
     * @return the shift applied to buffer indices, -1 at end of input, -2 when the segment is too long
     */
    private int refill() {
        if (eof) {
            return -1;
        }
        int shift = segStart;
        compact(shift);
        if (limit == buf.length) {
            if (buf.length >= maxSegment) {
                return -2;
            }
            buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, maxSegment));
        }
        int before = limit;
        while (limit == before && !eof) {
            read();
        }
        if (limit == before) {
            return -1;
        }
        return shift;
    }

    private void compact(int from) {
        if (from == 0) {
            return;
        }
        int n = limit - from;
        System.arraycopy(buf, from, buf, 0, n);
        base += from;
        limit = n;
        pos -= from;
        segStart -= from;
        if (segStart < 0) {
            segStart = 0;
        }
    }

    private void read() {
        try {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
