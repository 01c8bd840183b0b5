package org.derkit.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An 810 invoice as Ameren sends it: BIG, references (REF*12 account, REF*11, REF*BLT, REF*PC),
 * N1 parties, BAL balances ({@code BAL*M*YB} total due), one IT1 loop per service point with its
 * SAC charges and TXI taxes, and the TDS total (type N2: two implied decimals).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param controlNumber ST02
 * @param invoiceDate BIG01
 * @param invoiceNumber BIG02
 * @param orderDate BIG03, null when not sent
 * @param purchaseOrder BIG04, may be empty
 * @param releaseNumber BIG05, may be empty
 * @param changeOrder BIG06, may be empty
 * @param transactionType BIG07, may be empty
 * @param purpose BIG08, may be empty
 * @param references header REF segments in file order
 * @param parties N1 parties in file order
 * @param balances BAL segments in file order
 * @param lines IT1 loops in file order
 * @param total TDS01 with its two implied decimals applied (scale 2)
 */
public record Edi810(String controlNumber, LocalDate invoiceDate, String invoiceNumber, LocalDate orderDate,
        String purchaseOrder, String releaseNumber, String changeOrder, String transactionType, String purpose,
        List<Reference> references, List<Party> parties, List<Balance> balances, List<InvoiceLine> lines,
        BigDecimal total) implements Transaction {

    /**
     * Refuses nulls (but orderDate); copies the lists; the total must have scale 2.
     *
     * @param balances BAL segments in file order
     * @param changeOrder BIG06, may be empty
     * @param controlNumber ST02
     * @param invoiceDate BIG01
     * @param invoiceNumber BIG02
     * @param lines IT1 loops in file order
     * @param orderDate BIG03, null when not sent
     * @param parties N1 parties in file order
     * @param purchaseOrder BIG04, may be empty
     * @param purpose BIG08, may be empty
     * @param references header REF segments in file order
     * @param releaseNumber BIG05, may be empty
     * @param total TDS01 with its two implied decimals applied (scale 2)
     * @param transactionType BIG07, may be empty
     */
    public Edi810 {
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(purchaseOrder, "purchaseOrder");
        Objects.requireNonNull(releaseNumber, "releaseNumber");
        Objects.requireNonNull(changeOrder, "changeOrder");
        Objects.requireNonNull(transactionType, "transactionType");
        Objects.requireNonNull(purpose, "purpose");
        references = List.copyOf(references);
        parties = List.copyOf(parties);
        balances = List.copyOf(balances);
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
        if (total.scale() != 2) {
            throw new IllegalArgumentException("Invalid value for total (valid values amounts with 2 decimals, TDS is N2): "
                    + total.toPlainString());
        }
    }

    @Override
    public String transactionSetCode() {
        return "810";
    }

    /**
     * {@return the first header REF02 with this qualifier}
     *
     * @param qualifier the REF01 qualifier, such as {@code 12} for the LDC account
     */
    public Optional<String> referenceValue(String qualifier) {
        for (Reference r : references) {
            if (r.qualifier().equals(qualifier)) {
                return Optional.of(r.value());
            }
        }
        return Optional.empty();
    }

    /** {@return BAL*M*YB: the total amount due} */
    public Optional<BigDecimal> totalDue() {
        for (Balance b : balances) {
            if (b.typeCode().equals("M") && b.amountQualifier().equals("YB")) {
                return Optional.of(b.amount());
            }
        }
        return Optional.empty();
    }

    /**
     * A BAL segment.
     *
     * @param typeCode BAL01 ({@code M} current month)
     * @param amountQualifier BAL02 ({@code YB} total due)
     * @param amount BAL03, exact
     */
    public record Balance(String typeCode, String amountQualifier, BigDecimal amount) {
        /**
         * Refuses nulls.
         *
         * @param amount BAL03, exact
         * @param amountQualifier BAL02 ({@code YB} total due)
         * @param typeCode BAL01 ({@code M} current month)
         */
        public Balance {
            Objects.requireNonNull(typeCode, "typeCode");
            Objects.requireNonNull(amountQualifier, "amountQualifier");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
