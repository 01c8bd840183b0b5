package org.derkit.model.internal;

import java.math.BigDecimal;
import java.util.Objects;
import org.derkit.model.DerQuantity;
import org.derkit.model.InvalidValueException;

/**
 * Construction checks shared by the model's value types and records. Each check names the field,
 * the valid range and the refused value (see {@link InvalidValueException}).
 */
public final class Checks {

    private Checks() {
    }

    /** Refuses a negative quantity; returns it otherwise. */
    public static <Q extends DerQuantity<Q>> Q nonNegative(String field, Q value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new InvalidValueException(field, ">= 0 " + value.unitSymbol(), value);
        }
        return value;
    }

    /** Refuses a zero or negative quantity; returns it otherwise. */
    public static <Q extends DerQuantity<Q>> Q positive(String field, Q value) {
        Objects.requireNonNull(value, field);
        if (!value.isPositive()) {
            throw new InvalidValueException(field, "> 0 " + value.unitSymbol(), value);
        }
        return value;
    }

    /** Refuses a zero or negative number; returns it otherwise. */
    public static BigDecimal positive(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() <= 0) {
            throw new InvalidValueException(field, "> 0", value.toPlainString());
        }
        return value;
    }

    /** Refuses a negative number; returns it otherwise. */
    public static BigDecimal nonNegative(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw new InvalidValueException(field, ">= 0", value.toPlainString());
        }
        return value;
    }

    /** Refuses an int outside {@code [min, max]}; returns it otherwise. */
    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, min + " to " + max, value);
        }
        return value;
    }

    /** Refuses a number outside {@code [min, max]} (both inclusive); returns it otherwise. */
    public static BigDecimal between(String field, BigDecimal value, BigDecimal min, BigDecimal max,
            String unit) {
        Objects.requireNonNull(value, field);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            String u = unit.isEmpty() ? "" : " " + unit;
            throw new InvalidValueException(field,
                    min.toPlainString() + " to " + max.toPlainString() + u, value.toPlainString() + u);
        }
        return value;
    }

    /** Refuses blank text and text with leading or trailing white space; returns it otherwise. */
    public static String text(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank() || !value.strip().equals(value)) {
            throw new InvalidValueException(field, "non-blank text without surrounding spaces",
                    "'" + value + "'");
        }
        return value;
    }

    /** Refuses a present quantity that is negative. */
    public static <Q extends DerQuantity<Q>> void nonNegative(String field, java.util.Optional<Q> value) {
        value.ifPresent(v -> nonNegative(field, v));
    }

    /** Refuses a present quantity that is zero or negative. */
    public static <Q extends DerQuantity<Q>> void positive(String field, java.util.Optional<Q> value) {
        value.ifPresent(v -> positive(field, v));
    }

    /** Refuses a present duration that is negative. */
    public static void nonNegativeDuration(String field, java.util.Optional<java.time.Duration> value) {
        value.ifPresent(v -> nonNegative(field, v));
    }

    /** Refuses a negative duration; returns it otherwise. */
    public static java.time.Duration nonNegative(String field, java.time.Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new InvalidValueException(field, ">= 0 s", value.toMillis() / 1000.0 + " s");
        }
        return value;
    }

    /** Refuses a present percentage outside {@code [min, max]} percent. */
    public static void percentBetween(String field, java.util.Optional<org.derkit.model.Percentage> value,
            long min, long max) {
        value.ifPresent(v -> between(field, v.value(), BigDecimal.valueOf(min), BigDecimal.valueOf(max), "%"));
    }

    /** Refuses a negative count. */
    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new InvalidValueException(field, ">= 0", value);
        }
        return value;
    }

    /** Refuses present text that is blank or has surrounding white space. */
    public static void text(String field, java.util.Optional<String> value) {
        value.ifPresent(v -> text(field, v));
    }
}
