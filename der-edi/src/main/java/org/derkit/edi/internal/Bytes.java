package org.derkit.edi.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Exact parsing of X12 numbers, dates and times straight from bytes.
 *
 * <p>Numbers (X12 type R) are an optional leading minus, digits and an optional decimal point;
 * no exponent, no plus sign, no thousands separator. They are parsed into an unscaled {@code long}
 * and a scale; numbers with more than 18 significant digits (leading zeros do not count) fall back to
 * {@link BigDecimal}.
 */
public final class Bytes {

    /** Marker returned by {@link #parseDecimal} for malformed numbers. */
    public static final int BAD = -1;
    /** Marker returned by {@link #parseDecimal} for numbers too long for a long: read {@link #bigValue}. */
    public static final int BIG = -2;

    private Bytes() {
    }

    /**
     * Parses an X12 R number from {@code b[s..e)}. On success returns the scale (0..{@link #MAX_SCALE})
     * and stores the unscaled value in {@code out[0]}; the value is then exactly
     * {@code new BigDecimal(text)} (leading zeros of any length, a minus sign and a decimal point
     * included). Returns {@link #BIG} when the significant digits do not fit a long or the scale
     * exceeds {@link #MAX_SCALE}, {@link #BAD} when the text is not an X12 number.
     */
    public static int parseDecimal(byte[] b, int s, int e, long[] out) {
        if (s >= e) {
            return BAD;
        }
        int i = s;
        boolean neg = false;
        if (b[i] == '-') {
            neg = true;
            i++;
        }
        long v = 0;
        int digits = 0;
        int significant = 0;
        int scale = -1;
        for (; i < e; i++) {
            int c = b[i] - '0';
            if (c >= 0 && c <= 9) {
                digits++;
                if (significant > 0 || c != 0) {
                    // leading zeros carry no digit of the value: 0000000000000000077.01 is 7701 scale 2
                    significant++;
                    if (significant <= MAX_DIGITS) {
                        v = v * 10 + c;
                    }
                }
                if (scale >= 0) {
                    scale++;
                }
            } else if (b[i] == '.' && scale < 0) {
                scale = 0;
            } else {
                return BAD;
            }
        }
        if (digits == 0) {
            return BAD;
        }
        if (significant > MAX_DIGITS || scale > MAX_SCALE) {
            return BIG;
        }
        out[0] = neg ? -v : v;
        return scale < 0 ? 0 : scale;
    }

    /** The most significant digits {@link #parseDecimal} keeps in a long (beyond: {@link #BIG}). */
    public static final int MAX_DIGITS = 18;
    /** The largest scale {@link #parseDecimal} returns (beyond: {@link #BIG}). */
    public static final int MAX_SCALE = 127;

    /** The exact value of a number that {@link #parseDecimal} reported as {@link #BIG}. */
    public static BigDecimal bigValue(byte[] b, int s, int e) {
        return new BigDecimal(new String(b, s, e - s, StandardCharsets.ISO_8859_1));
    }

    /** Parses an X12 N number with implied decimals ({@code N2}: "12345" = 123.45), or null. */
    public static BigDecimal parseImplied(byte[] b, int s, int e, int decimals) {
        if (s >= e) {
            return null;
        }
        int i = s;
        if (b[i] == '-') {
            i++;
        }
        if (i == e) {
            return null;
        }
        for (int j = i; j < e; j++) {
            if (b[j] < '0' || b[j] > '9') {
                return null;
            }
        }
        return new BigDecimal(new java.math.BigInteger(new String(b, s, e - s, StandardCharsets.ISO_8859_1)), decimals);
    }

    /** Parses CCYYMMDD into the int CCYYMMDD, or -1 when it is not a real calendar date. */
    public static int parseDate(byte[] b, int s, int e) {
        if (e - s != 8) {
            return -1;
        }
        int v = 0;
        for (int i = s; i < e; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return validDate(v) ? v : -1;
    }

    /** Whether the int CCYYMMDD is a real calendar date. */
    public static boolean validDate(int v) {
        int year = v / 10000;
        int month = v / 100 % 100;
        int day = v % 100;
        return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    }

    public static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    /**
     * Parses HHMM or HHMMSS (hours 00-25 for elapsed-hour labels). Returns HHMM as an int, or -1;
     * seconds are checked but not kept.
     */
    public static int parseTime(byte[] b, int s, int e) {
        int len = e - s;
        if (len != 4 && len != 6) {
            return -1;
        }
        int v = 0;
        for (int i = s; i < e; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        if (len == 6) {
            if (v % 100 > 59) {
                return -1;
            }
            v /= 100;
        }
        if (v / 100 > 25 || v % 100 > 59) {
            return -1;
        }
        return v;
    }

    /** Appends the decimal text of unscaled/10^scale (no exponent) to the output. */
    public static int writeDecimal(byte[] out, int p, long unscaled, int scale) {
        if (unscaled < 0) {
            out[p++] = '-';
            if (unscaled == Long.MIN_VALUE) {
                byte[] t = BigDecimal.valueOf(unscaled).negate().movePointLeft(scale).toPlainString()
                        .getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(t, 0, out, p, t.length);
                return p + t.length;
            }
            unscaled = -unscaled;
        }
        // digits into a small scratch region at the end, then copy
        int digits = 1;
        for (long x = unscaled; x >= 10; x /= 10) {
            digits++;
        }
        if (digits <= scale) {
            out[p++] = '0';
            out[p++] = '.';
            for (int z = digits; z < scale; z++) {
                out[p++] = '0';
            }
            int end = p + digits;
            for (int q = end - 1; q >= p; q--) {
                out[q] = (byte) ('0' + unscaled % 10);
                unscaled /= 10;
            }
            return end;
        }
        int total = scale > 0 ? digits + 1 : digits;
        int end = p + total;
        int q = end - 1;
        for (int d = 0; d < scale; d++) {
            out[q--] = (byte) ('0' + unscaled % 10);
            unscaled /= 10;
        }
        if (scale > 0) {
            out[q--] = '.';
        }
        while (q >= p) {
            out[q--] = (byte) ('0' + unscaled % 10);
            unscaled /= 10;
        }
        return end;
    }
}
