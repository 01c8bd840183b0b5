package org.derkit.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One condition of a rule on one of its inputs; a rule's outcome is "met" when all its conditions
 * hold. Implementations are immutable.
 */
abstract class Condition {

    private final int input;

    Condition(int input) {
        this.input = input;
    }

    /** The index of the input the condition reads. */
    public final int input() {
        return input;
    }

    /** Whether the measured value satisfies the condition. */
    public abstract boolean test(Object value);

    /** The limits of the condition as data (empty for conditions without a quantity limit). */
    public abstract List<Limit<?>> limits();

    /** The phrase for the explanation, such as {@code aggregate AC nameplate 250 kW >= 200 kW}. */
    abstract String phrase(String inputName, String valueText, Object value, boolean met);

    /** A comparison with one limit, exact: doubles first, decimals on a tie. */
    static final class Compare extends Condition {
        private final Limit<?> limit;
        private final Dimension<Object> dimension;
        private final double approximate;
        private final BigDecimal exact;
        private final Comparison comparison;

        @SuppressWarnings("unchecked")
        Compare(int input, Limit<?> limit) {
            super(input);
            this.limit = limit;
            this.dimension = (Dimension<Object>) limit.dimension();
            this.approximate = dimension.toApproximate(limit.value());
            this.exact = dimension.toExact(limit.value());
            this.comparison = limit.comparison();
        }

        int sign(Object value) {
            double a = dimension.toApproximate(value);
            if (a < approximate) {
                return -1;
            }
            if (a > approximate) {
                return 1;
            }
            return dimension.toExact(value).compareTo(exact);
        }

        @Override
        public boolean test(Object value) {
            return comparison.isSatisfiedBy(sign(value));
        }

        @Override
        public List<Limit<?>> limits() {
            return List.of(limit);
        }

        String limitText() {
            return dimension.format(limit.value());
        }

        @Override
        String phrase(String inputName, String valueText, Object value, boolean met) {
            return Messages.comparison(inputName, valueText, met ? comparison.symbol() : comparison.negatedSymbol(),
                    limitText());
        }
    }

    /** A value between a lower and an upper limit. */
    static final class Between extends Condition {
        private final Compare lower;
        private final Compare upper;

        Between(int input, Limit<?> lower, Limit<?> upper) {
            super(input);
            this.lower = new Compare(input, lower);
            this.upper = new Compare(input, upper);
        }

        @Override
        public boolean test(Object value) {
            return lower.test(value) && upper.test(value);
        }

        @Override
        public List<Limit<?>> limits() {
            return List.of(lower.limit, upper.limit);
        }

        @Override
        String phrase(String inputName, String valueText, Object value, boolean met) {
            return Messages.between(inputName, valueText, met, lower.limit.comparison() == Comparison.AT_LEAST,
                    lower.limitText(), upper.limitText(), upper.limit.comparison() == Comparison.AT_MOST);
        }
    }

    /** A value equal to an expected one ({@code true}, an enum constant, ...). */
    static final class Equals extends Condition {
        private final Object expected;

        Equals(int input, Object expected) {
            super(input);
            this.expected = expected;
        }

        @Override
        public boolean test(Object value) {
            return expected.equals(value);
        }

        @Override
        public List<Limit<?>> limits() {
            return List.of();
        }

        @Override
        String phrase(String inputName, String valueText, Object value, boolean met) {
            return Messages.equality(inputName, valueText, String.valueOf(expected), met);
        }
    }

    /** A value that is one of a set. */
    static final class OneOf extends Condition {
        private final Set<Object> allowed;
        private final String allowedText;

        OneOf(int input, Set<Object> allowed, String allowedText) {
            super(input);
            this.allowed = allowed;
            this.allowedText = allowedText;
        }

        @Override
        public boolean test(Object value) {
            return allowed.contains(value);
        }

        @Override
        public List<Limit<?>> limits() {
            return List.of();
        }

        @Override
        String phrase(String inputName, String valueText, Object value, boolean met) {
            return Messages.membership(inputName, valueText, allowedText, met);
        }
    }

    /** A value that satisfies a described predicate. */
    static final class Satisfies extends Condition {
        private final String description;
        private final Predicate<Object> test;

        Satisfies(int input, String description, Predicate<Object> test) {
            super(input);
            this.description = description;
            this.test = test;
        }

        @Override
        public boolean test(Object value) {
            return test.test(value);
        }

        @Override
        public List<Limit<?>> limits() {
            return List.of();
        }

        @Override
        String phrase(String inputName, String valueText, Object value, boolean met) {
            return Messages.predicate(inputName, valueText, description, met);
        }
    }
}
