package org.derkit.edi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.InvalidValueException;

/**
 * One IT1 loop of an 810: one service point's charges (SAC) and taxes (TXI), with its references
 * (REF*NH rate class, the service point) and dates.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param assignedId IT101
 * @param quantity IT102, null when not sent
 * @param unit IT103, may be empty
 * @param unitPrice IT104, null when not sent
 * @param basis IT105, may be empty
 * @param productQualifier IT106 ({@code SV}), may be empty
 * @param productId IT107 ({@code EL}), may be empty
 * @param references REF segments in file order
 * @param dates DTM segments in file order
 * @param charges SAC segments in file order
 * @param taxes TXI segments in file order
 */
public record InvoiceLine(String assignedId, BigDecimal quantity, String unit, BigDecimal unitPrice, String basis,
        String productQualifier, String productId, List<Reference> references, List<DateReference> dates,
        List<Charge> charges, List<Tax> taxes) {

    /**
     * Refuses nulls (but quantity and unitPrice); copies the lists.
     *
     * @param assignedId IT101
     * @param basis IT105, may be empty
     * @param charges SAC segments in file order
     * @param dates DTM segments in file order
     * @param productId IT107 ({@code EL}), may be empty
     * @param productQualifier IT106 ({@code SV}), may be empty
     * @param quantity IT102, null when not sent
     * @param references REF segments in file order
     * @param taxes TXI segments in file order
     * @param unit IT103, may be empty
     * @param unitPrice IT104, null when not sent
     */
    public InvoiceLine {
        Objects.requireNonNull(assignedId, "assignedId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(productQualifier, "productQualifier");
        Objects.requireNonNull(productId, "productId");
        references = List.copyOf(references);
        dates = List.copyOf(dates);
        charges = List.copyOf(charges);
        taxes = List.copyOf(taxes);
    }

    /** {@return REF*NH, the rate class} */
    public Optional<String> rateClass() {
        for (Reference r : references) {
            if (r.qualifier().equals("NH")) {
                return Optional.of(r.value());
            }
        }
        return Optional.empty();
    }

    /**
     * A SAC charge, allowance or informational amount.
     *
     * @param indicator SAC01: {@code C} charge, {@code A} allowance, {@code N} informational
     * @param code SAC02, may be empty
     * @param agencyQualifier SAC03, may be empty
     * @param agencyCode SAC04 (the utility's charge code), may be empty
     * @param amount SAC05 with its two implied decimals applied (N2), null when not sent
     * @param rate SAC08, null when not sent
     * @param unit SAC09, may be empty
     * @param quantity SAC10, null when not sent
     * @param description SAC15, may be empty
     */
    public record Charge(String indicator, String code, String agencyQualifier, String agencyCode, BigDecimal amount,
            BigDecimal rate, String unit, BigDecimal quantity, String description) {
        /**
         * Refuses nulls (but the numbers) and indicators other than C, A, N.
         *
         * @param agencyCode SAC04 (the utility's charge code), may be empty
         * @param agencyQualifier SAC03, may be empty
         * @param amount SAC05 with its two implied decimals applied (N2), null when not sent
         * @param code SAC02, may be empty
         * @param description SAC15, may be empty
         * @param indicator SAC01: {@code C} charge, {@code A} allowance, {@code N} informational
         * @param quantity SAC10, null when not sent
         * @param rate SAC08, null when not sent
         * @param unit SAC09, may be empty
         * @throws InvalidValueException when the indicator is not C, A or N or the amount's scale is not 2
         */
        public Charge {
            Objects.requireNonNull(indicator, "indicator");
            if (!indicator.equals("C") && !indicator.equals("A") && !indicator.equals("N")) {
                throw new InvalidValueException("SAC01", "C, A, N", indicator);
            }
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(agencyQualifier, "agencyQualifier");
            Objects.requireNonNull(agencyCode, "agencyCode");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(description, "description");
            if (amount != null && amount.scale() != 2) {
                throw new InvalidValueException("SAC05", "amounts with 2 decimals, N2", amount.toPlainString());
            }
        }
    }

    /**
     * A TXI tax.
     *
     * @param type TXI01 tax type code
     * @param amount TXI02, null when not sent
     * @param percent TXI03, null when not sent
     * @param jurisdictionQualifier TXI04, may be empty
     * @param jurisdictionCode TXI05, may be empty
     * @param exemptCode TXI06, may be empty
     * @param relationshipCode TXI07, may be empty
     */
    public record Tax(String type, BigDecimal amount, BigDecimal percent, String jurisdictionQualifier,
            String jurisdictionCode, String exemptCode, String relationshipCode) {
        /**
         * Refuses nulls (but the numbers).
         *
         * @param amount TXI02, null when not sent
         * @param exemptCode TXI06, may be empty
         * @param jurisdictionCode TXI05, may be empty
         * @param jurisdictionQualifier TXI04, may be empty
         * @param percent TXI03, null when not sent
         * @param relationshipCode TXI07, may be empty
         * @param type TXI01 tax type code
         */
        public Tax {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(jurisdictionQualifier, "jurisdictionQualifier");
            Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
            Objects.requireNonNull(exemptCode, "exemptCode");
            Objects.requireNonNull(relationshipCode, "relationshipCode");
        }
    }
}
