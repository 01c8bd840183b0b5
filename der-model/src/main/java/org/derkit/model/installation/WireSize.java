package org.derkit.model.installation;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derkit.model.InvalidValueException;

/**
 * A conductor size in American Wire Gauge, from #40 AWG up to 4/0 AWG. A smaller gauge number is
 * a larger conductor; {@code 1/0} is larger than {@code #1}. Compares by conductor size.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class WireSize implements Comparable<WireSize> {

    private static final Pattern AWG = Pattern.compile(
            "\\s*#?\\s*(\\d{1,2})(?:\\s*/\\s*0)?\\s*(?:AWG)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUGHT = Pattern.compile(
            "\\s*#?\\s*([1-4])\\s*/\\s*0\\s*(?:AWG)?\\s*", Pattern.CASE_INSENSITIVE);

    /** #12 AWG. */
    public static final WireSize AWG_12 = awg(12);
    /** #10 AWG. */
    public static final WireSize AWG_10 = awg(10);
    /** 1/0 AWG. */
    public static final WireSize AWG_1_0 = aught(1);

    /** The gauge number, with n/0 stored as 1 - n (1/0 = 0, 4/0 = -3). */
    private final int code;

    private WireSize(int code) {
        this.code = code;
    }

    /**
     * {@return a size of gauge number {@code gauge} (#1 to #40)}
     *
     * @param gauge the AWG gauge number, 1 to 40 inclusive (larger numbers are thinner)
     * @throws InvalidValueException outside 1 to 40
     */
    public static WireSize awg(int gauge) {
        if (gauge < 1 || gauge > 40) {
            throw new InvalidValueException("gauge", "1 to 40 AWG (use aught for 1/0 to 4/0)", gauge);
        }
        return new WireSize(gauge);
    }

    /**
     * {@return a size of {@code n}/0 AWG (1/0 to 4/0)}
     *
     * @param n the number of zeros: 1 for 1/0 to 4 for 4/0
     * @throws InvalidValueException outside 1 to 4
     */
    public static WireSize aught(int n) {
        if (n < 1 || n > 4) {
            throw new InvalidValueException("aught", "1/0 to 4/0", n + "/0");
        }
        return new WireSize(1 - n);
    }

    /**
     * Reads {@code #10}, {@code 10 AWG}, {@code #10 AWG}, {@code 1/0} or {@code 4/0 AWG}.
     *
     * @param text the size as a drawing writes it
     * @return the wire size
     * @throws InvalidValueException for any other text
     */
    public static WireSize parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher aught = AUGHT.matcher(text);
        if (aught.matches()) {
            return aught(Integer.parseInt(aught.group(1)));
        }
        Matcher m = AWG.matcher(text);
        if (m.matches() && !text.toString().contains("/")) {
            return awg(Integer.parseInt(m.group(1)));
        }
        throw new InvalidValueException("wireSize", "#40 to #1 AWG or 1/0 to 4/0 AWG", "'" + text + "'");
    }

    /**
     * {@return whether this conductor is at least as large as {@code other}}
     *
     * @param other the minimum size, inclusive
     */
    public boolean isAtLeast(WireSize other) {
        return code <= other.code;
    }

    /** Compares by conductor size: a larger conductor is greater. */
    @Override
    public int compareTo(WireSize other) {
        return Integer.compare(other.code, code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WireSize && ((WireSize) other).code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    /** {@code #10 AWG} or {@code 1/0 AWG}. */
    @Override
    public String toString() {
        return code >= 1 ? "#" + code + " AWG" : (1 - code) + "/0 AWG";
    }
}
