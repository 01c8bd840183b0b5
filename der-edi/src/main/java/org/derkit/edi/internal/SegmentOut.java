package org.derkit.edi.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.derkit.edi.Delimiters;

/**
 * Writes segments into a byte buffer: elements are appended with the element separator, trailing
 * empty elements are dropped, and each segment ends with the terminator and the line ending.
 * Text that contains a delimiter is refused.
 *
 * <p>Implementation Requirements: not thread-safe.
 */
public final class SegmentOut {

    private final OutputStream out;
    private final byte[] eol;
    private byte[] buf = new byte[1 << 16];
    private int p;
    private Delimiters delimiters = Delimiters.AMEREN;
    private byte es = '*';
    private byte term = '~';
    private int empties;
    private int segments;
    private String tag = "";
    private int element;

    public SegmentOut(OutputStream out, String lineEnding) {
        this.out = out;
        this.eol = lineEnding.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public void delimiters(Delimiters d) {
        this.delimiters = d;
        this.es = (byte) d.element();
        this.term = (byte) d.segment();
    }

    public Delimiters delimiters() {
        return delimiters;
    }

    /** Segments written since the last {@link #resetCount()}. */
    public int count() {
        return segments;
    }

    public void resetCount() {
        segments = 0;
    }

    private void room(int n) {
        if (p + n > buf.length) {
            flushBuffer();
            if (n > buf.length) {
                buf = new byte[Math.max(n, buf.length * 2)];
            }
        }
    }

    public SegmentOut begin(String segmentTag) {
        room(segmentTag.length() + 64);
        for (int i = 0; i < segmentTag.length(); i++) {
            buf[p++] = (byte) segmentTag.charAt(i);
        }
        tag = segmentTag;
        element = 0;
        empties = 0;
        return this;
    }

    /** Writes raw bytes (the fixed-width ISA). */
    public void raw(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buf[p++] = (byte) text.charAt(i);
        }
    }

    private void separators() {
        element++;
        room(empties + 1);
        for (int i = 0; i <= empties; i++) {
            buf[p++] = es;
        }
        element += empties;
        empties = 0;
    }

    /** An element of text; empty text is an empty element. */
    public SegmentOut el(String text) {
        if (text == null || text.isEmpty()) {
            empties++;
            return this;
        }
        if (delimiters.occursIn(text)) {
            throw new IllegalArgumentException("Invalid value for " + tag + String.format("%02d", element + empties + 1)
                    + " (valid values text without the delimiters " + delimiters.element() + delimiters.component()
                    + delimiters.segment() + "): " + text);
        }
        separators();
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xff) {
                throw new IllegalArgumentException("Invalid value for " + tag + String.format("%02d", element)
                        + " (valid values ISO-8859-1 text): " + text);
            }
            buf[p++] = (byte) c;
        }
        return this;
    }

    /** An element holding an exact decimal, as plain text; null is an empty element. */
    public SegmentOut el(BigDecimal value) {
        if (value == null) {
            empties++;
            return this;
        }
        if (value.scale() >= 0 && value.scale() <= 127 && value.precision() <= 18) {
            return decimal(value.unscaledValue().longValue(), value.scale());
        }
        return el(value.toPlainString());
    }

    /** An element holding unscaled / 10^scale. */
    public SegmentOut decimal(long unscaled, int scale) {
        separators();
        room(24 + scale);
        p = Bytes.writeDecimal(buf, p, unscaled, scale);
        return this;
    }

    /** An N-type element: the value times 10^decimals as an integer (it must have exactly that scale or less). */
    public SegmentOut implied(BigDecimal value, int decimals) {
        if (value == null) {
            empties++;
            return this;
        }
        return el(value.setScale(decimals).unscaledValue().toString());
    }

    /** An element holding a non-negative integer, zero-padded to a width (0 for none). */
    public SegmentOut number(long value, int width) {
        separators();
        room(24);
        int digits = 1;
        for (long x = value; x >= 10; x /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            buf[p++] = '0';
        }
        int end = p + digits;
        for (int q = end - 1; q >= p; q--) {
            buf[q] = (byte) ('0' + value % 10);
            value /= 10;
        }
        p = end;
        return this;
    }

    /** A CCYYMMDD element; null is an empty element. */
    public SegmentOut date(LocalDate d) {
        if (d == null) {
            empties++;
            return this;
        }
        return number(d.getYear() * 10000L + d.getMonthValue() * 100L + d.getDayOfMonth(), 8);
    }

    public SegmentOut end() {
        room(1 + eol.length);
        buf[p++] = term;
        for (byte b : eol) {
            buf[p++] = b;
        }
        empties = 0;
        segments++;
        return this;
    }

    private void flushBuffer() {
        try {
            out.write(buf, 0, p);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        p = 0;
    }

    public void flush() {
        flushBuffer();
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public void close() {
        flush();
        try {
            out.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
