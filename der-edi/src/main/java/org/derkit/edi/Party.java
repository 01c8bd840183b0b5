package org.derkit.edi;

import java.util.Objects;
import java.util.Optional;
import org.derkit.model.DunsNumber;
import org.derkit.model.InvalidValueException;

/**
 * An N1 party: Ameren as the LDC ({@code 8S}), the retail supplier ({@code SJ}), the customer
 * ({@code 8R}).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param entityCode N101, such as {@code 8S}, {@code SJ}, {@code 8R}
 * @param name N102, may be empty
 * @param idQualifier N103 ({@code 1} DUNS, {@code 9} DUNS+4), may be empty
 * @param id N104, may be empty
 */
public record Party(String entityCode, String name, String idQualifier, String id) {

    /**
     * Refuses nulls and an empty entity code.
     *
     * @param entityCode N101, such as {@code 8S}, {@code SJ}, {@code 8R}
     * @param id N104, may be empty
     * @param idQualifier N103 ({@code 1} DUNS, {@code 9} DUNS+4), may be empty
     * @param name N102, may be empty
     */
    public Party {
        Objects.requireNonNull(entityCode, "entityCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idQualifier, "idQualifier");
        Objects.requireNonNull(id, "id");
        if (entityCode.isEmpty()) {
            throw new InvalidValueException("entityCode", "N101 codes such as 8S, SJ", "''");
        }
    }

    /** {@return the DUNS number when N103 is {@code 1} or {@code 9}} */
    public Optional<DunsNumber> duns() {
        return ("1".equals(idQualifier) || "9".equals(idQualifier)) && !id.isEmpty()
                ? Optional.of(DunsNumber.of(id)) : Optional.empty();
    }
}
