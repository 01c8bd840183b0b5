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
}
