package org.derkit.rules;

/**
 * How a measured input is compared with a limit value; together with the value this is a
 * {@link Limit}.
 */
public enum Comparison {
    /** {@code value >= limit}: "at least", "or greater", "no less than". */
    AT_LEAST(">=", "<", "at least", Inclusivity.INCLUSIVE, true),
    /** {@code value <= limit}: "at most", "up to", "or less". */
    AT_MOST("<=", ">", "at most", Inclusivity.INCLUSIVE, false),
    /** {@code value > limit}: "greater than", "larger than", "exceeds". */
    GREATER_THAN(">", "<=", "greater than", Inclusivity.EXCLUSIVE, true),
    /** {@code value < limit}: "less than", "under", "below". */
    LESS_THAN("<", ">=", "less than", Inclusivity.EXCLUSIVE, false);

    private final String symbol;
    private final String negatedSymbol;
    private final String words;
    private final Inclusivity inclusivity;
    private final boolean lowerBound;

    Comparison(String symbol, String negatedSymbol, String words, Inclusivity inclusivity, boolean lowerBound) {
        this.symbol = symbol;
        this.negatedSymbol = negatedSymbol;
        this.words = words;
        this.inclusivity = inclusivity;
        this.lowerBound = lowerBound;
    }

    /** {@return whether the limit value itself satisfies the comparison} */
    public Inclusivity inclusivity() {
        return inclusivity;
    }

    /** {@return whether the limit is a lower bound (values above it satisfy it)} */
    public boolean isLowerBound() {
        return lowerBound;
    }

    /** {@return the operator when the comparison holds, such as {@code >=}} */
    public String symbol() {
        return symbol;
    }

    /** {@return the operator when the comparison does not hold, such as {@code <} for {@link #AT_LEAST}} */
    public String negatedSymbol() {
        return negatedSymbol;
    }

    /** {@return words for people, such as {@code at least}} */
    public String words() {
        return words;
    }

    /**
     * Whether a value that compares to the limit as {@code sign} (negative, zero or positive, as
     * {@link Comparable#compareTo}) satisfies this comparison.
     *
     * @param sign the sign of {@code value.compareTo(limit)}: negative, zero or positive
     * @return whether a value that compares to the limit as {@code sign} (negative, zero or positive, as {@link
     *         Comparable#compareTo}) satisfies this comparison
     */
    public boolean isSatisfiedBy(int sign) {
        switch (this) {
            case AT_LEAST:
                return sign >= 0;
            case AT_MOST:
                return sign <= 0;
            case GREATER_THAN:
                return sign > 0;
            default:
                return sign < 0;
        }
    }
}
