package org.derkit.edi.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.derkit.edi.Delimiters;
import org.derkit.edi.Location;
import org.derkit.edi.X12WriteException;

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
    /** Bytes handed to the stream so far: with {@code p}, the output offset. */
    private long written;
    /** Segments written since the start of the output: with a line ending, the current line - 1. */
    private long allSegments;
    /** Where the output stands, for refusals: ISA13, GS06, ST01, ST02 (empty outside). */
    private String interchange = "";
    private String group = "";
    private String setCode = "";
    private String setControl = "";

    public SegmentOut(OutputStream out, String lineEnding) {
        this.out = out;
        this.eol = lineEnding.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Says which envelopes the following segments belong to, so that a refused value is located.
     *
     * @param interchangeControl ISA13, empty outside an interchange
     * @param groupControl GS06, empty outside a group
     * @param transactionSetCode ST01, empty outside a transaction set
     * @param transactionControl ST02, empty outside a transaction set
     */
    public void context(String interchangeControl, String groupControl, String transactionSetCode,
            String transactionControl) {
        interchange = interchangeControl;
        group = groupControl;
        setCode = transactionSetCode;
        setControl = transactionControl;
    }

    /**
     * The exception for a value of the current segment that cannot be written.
     *
     * @param elementPosition the element's position in the segment (1-based)
     * @param validValues what the element accepts
     * @param value the refused value
     * @return the exception, located at the element in the output
     */
    public X12WriteException refused(int elementPosition, String validValues, Object value) {
        String name = tag + String.format("%02d", elementPosition);
        long line = eol.length > 0 ? allSegments + 1 : 1;
        long offset = written + p + (elementPosition > element ? empties + 1 : 0);
        boolean inSet = !setCode.isEmpty();
        return new X12WriteException(name, validValues, value, new Location(interchange, group, setCode, setControl,
                tag, inSet ? segments + 1 : 0, elementPosition, 0, line, offset));
    }

    /**
     * The exception for an ISA value that cannot be written (the ISA is written whole, not element by
     * element): located at the start of the ISA.
     *
     * @param elementPosition the ISA element (1-based)
     * @param validValues what the element accepts
     * @param value the refused value
     * @return the exception
     */
    public X12WriteException refusedIsa(int elementPosition, String validValues, Object value) {
        return new X12WriteException("ISA" + String.format("%02d", elementPosition), validValues, value,
                new Location(interchange, "", "", "", "ISA", 0, elementPosition, 0,
                        eol.length > 0 ? allSegments + 1 : 1, written + p));
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
            throw refused(element + empties + 1, "text without the delimiters " + delimiters.element()
                    + delimiters.component() + delimiters.segment(), text);
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xff) {
                throw refused(element + empties + 1, "ISO-8859-1 text", text);
            }
        }
        separators();
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buf[p++] = (byte) text.charAt(i);
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
        if (value.stripTrailingZeros().scale() > decimals) {
            throw refused(element + empties + 1, "amounts with at most " + decimals + " decimals (N" + decimals + ")",
                    value.toPlainString());
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
        allSegments++;
        return this;
    }

    private void flushBuffer() {
        try {
            out.write(buf, 0, p);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        written += p;
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
