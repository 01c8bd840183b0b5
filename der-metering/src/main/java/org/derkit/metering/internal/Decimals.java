package org.derkit.metering.internal;

import java.math.BigDecimal;

/**
 * Exact decimal arithmetic on scaled longs: a value is {@code unscaled x 10^-scale} with a scale
 * from 0 to {@link #MAX_SCALE}. Every operation is exact or throws {@link ArithmeticException}.
 */
public final class Decimals {

    /** The largest scale a stored value may have. */
    public static final int MAX_SCALE = 18;

    private static final long[] POW10 = new long[MAX_SCALE + 1];

    static {
        long p = 1;
        for (int i = 0; i <= MAX_SCALE; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Decimals() {
    }

    /** 10 to the power n, 0 &lt;= n &lt;= 18. */
    public static long pow10(int n) {
        return POW10[n];
    }

    /** The unscaled value at a larger or equal scale; throws on overflow. */
    public static long rescale(long unscaled, int fromScale, int toScale) {
        if (fromScale == toScale) {
            return unscaled;
        }
        return Math.multiplyExact(unscaled, POW10[toScale - fromScale]);
    }

    /** The unscaled value at a smaller scale; throws if digits would be lost. */
    public static long rescaleDown(long unscaled, int fromScale, int toScale) {
        if (fromScale == toScale) {
            return unscaled;
        }
        long p = POW10[fromScale - toScale];
        if (unscaled % p != 0) {
            throw new ArithmeticException("rounding necessary");
        }
        return unscaled / p;
    }

    /**
     * The scale to keep for a BigDecimal: its own scale, or 0 for a negative scale.
     *
     * @throws ArithmeticException if the scale exceeds 18 or the unscaled value does not fit a long
     */
    public static BigDecimal normalise(BigDecimal value) {
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        if (v.scale() > MAX_SCALE) {
            throw new ArithmeticException("more than " + MAX_SCALE + " decimal places");
        }
        v.unscaledValue().longValueExact();
        return v;
    }

    /** The unscaled value of a normalised BigDecimal. */
    public static long unscaled(BigDecimal normalised) {
        return normalised.unscaledValue().longValueExact();
    }

    /** The BigDecimal of an unscaled long and its scale. */
    public static BigDecimal of(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale);
    }

    /**
     * Parses the plain decimal of an X12 R element or a CSV cell: optional minus, digits, optional
     * point and digits; no plus sign, exponent, spaces or thousands separator.
     *
     * @return the value, or null if the text is not such a number or does not fit 18 digits after
     *         the point and a long
     */
    public static BigDecimal parsePlain(String text) {
        int n = text.length();
        int i = text.startsWith("-") ? 1 : 0;
        int digits = 0;
        int points = 0;
        for (int k = i; k < n; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.') {
                points++;
            } else {
                return null;
            }
        }
        if (digits == 0 || points > 1) {
            return null;
        }
        try {
            return normalise(new BigDecimal(text));
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
