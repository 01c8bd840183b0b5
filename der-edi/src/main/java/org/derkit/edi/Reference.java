package org.derkit.edi;

import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * A REF segment: a qualifier and the reference it qualifies. The typed transactions keep every REF
 * in file order and offer typed views ({@code account()}, {@code meterNumber()}, ...).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param qualifier REF01, such as {@code 12} (LDC account) or {@code MG} (meter number)
 * @param value REF02, may be empty when a description is given
 * @param description REF03, may be empty
 */
public record Reference(String qualifier, String value, String description) {

    /**
     * Refuses nulls and an empty qualifier.
     *
     * @param description REF03, may be empty
     * @param qualifier REF01, such as {@code 12} (LDC account) or {@code MG} (meter number)
     * @param value REF02, may be empty when a description is given
     */
    public Reference {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(description, "description");
        if (qualifier.isEmpty()) {
            throw new InvalidValueException("qualifier", "REF01 codes", "''");
        }
    }

    /**
     * {@return a reference without description}
     *
     * @param qualifier REF01, such as {@code 12} (LDC account) or {@code MG} (meter number)
     * @param value REF02
     */
    public static Reference of(String qualifier, String value) {
        return new Reference(qualifier, value, "");
    }
}
