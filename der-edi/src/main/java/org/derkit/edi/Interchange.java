package org.derkit.edi;

import java.util.List;
import java.util.Objects;

/**
 * A whole interchange held in memory: the ISA header and its functional groups. For files of any
 * size read transaction sets one at a time with {@link X12Reader} instead.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param header the ISA header
 * @param groups the functional groups in file order
 */
public record Interchange(InterchangeHeader header, List<FunctionalGroup> groups) {

    /**
     * Refuses nulls; copies the list.
     *
     * @param groups the functional groups in file order
     * @param header the ISA header
     */
    public Interchange {
        Objects.requireNonNull(header, "header");
        groups = List.copyOf(groups);
    }
}
