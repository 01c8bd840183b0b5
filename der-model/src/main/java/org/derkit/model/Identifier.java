package org.derkit.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An identifier issued by Ameren or a market participant: an account number, a service point, a
 * meter number, a DUNS number. Each kind is its own type so that an account number cannot be
 * passed where a meter number is expected. Identifiers are compared by their exact text.
 *
 * <p>All identifiers are non-blank printable ASCII without spaces and without the characters X12
 * uses as delimiters ({@code * ~ ^ | :} and {@code >}), so every identifier can be written into an
 * EDI element unchanged.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public abstract sealed class Identifier
        permits AccountNumber, ServicePointId, MeterNumber, DunsNumber, ApplicationId {

    private static final Pattern SAFE = Pattern.compile("[!-~&&[^*~^|:>]]{1,80}");

    private final String value;

    Identifier(String field, String value, Pattern pattern, String validValues) {
        Objects.requireNonNull(value, field);
        if (!SAFE.matcher(value).matches() || (pattern != null && !pattern.matcher(value).matches())) {
            throw new InvalidValueException(field, validValues, "'" + value + "'");
        }
        this.value = value;
    }

    static String generalRule() {
        return "1 to 80 printable ASCII characters without spaces or * ~ ^ | : >";
    }

    /** {@return the identifier's text, exactly as issued} */
    public final String value() {
        return value;
    }

    @Override
    @SuppressWarnings("EqualsGetClass") // a meter number never equals an account number with the same digits
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && ((Identifier) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value.hashCode();
    }

    /** The identifier's text. */
    @Override
    public final String toString() {
        return value;
    }
}
