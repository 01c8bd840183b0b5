package org.derkit.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.InvalidValueException;

/**
 * An 810 invoice as Ameren sends it: BIG, references (REF*12 account, REF*11, REF*BLT, REF*PC),
 * N1 parties, BAL balances ({@code BAL*M*YB} total due), one IT1 loop per service point with its
 * SAC charges and TXI taxes, the TDS total (type N2: two implied decimals), and the X12 004010
 * summary segments that may follow TDS ({@link Summary}: TXI, CAD, AMT, the SAC loop with its TXI,
 * the ISS loop with its PID, CTT).
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
 * @param summary the segments after TDS, {@link Summary#NONE} when none was sent
 */
public record Edi810(String controlNumber, LocalDate invoiceDate, String invoiceNumber, LocalDate orderDate,
        String purchaseOrder, String releaseNumber, String changeOrder, String transactionType, String purpose,
        List<Reference> references, List<Party> parties, List<Balance> balances, List<InvoiceLine> lines,
        BigDecimal total, Summary summary) implements Transaction {

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
     * @param summary the segments after TDS, {@link Summary#NONE} when none was sent
     * @throws InvalidValueException when the total does not have scale 2
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
            throw new InvalidValueException("total", "amounts with 2 decimals, TDS01 is N2", total.toPlainString());
        }
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * An invoice without summary segments after TDS.
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
     * @throws InvalidValueException when the total does not have scale 2
     */
    public Edi810(String controlNumber, LocalDate invoiceDate, String invoiceNumber, LocalDate orderDate,
            String purchaseOrder, String releaseNumber, String changeOrder, String transactionType, String purpose,
            List<Reference> references, List<Party> parties, List<Balance> balances, List<InvoiceLine> lines,
            BigDecimal total) {
        this(controlNumber, invoiceDate, invoiceNumber, orderDate, purchaseOrder, releaseNumber, changeOrder,
                transactionType, purpose, references, parties, balances, lines, total, Summary.NONE);
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
     * The X12 004010 810 summary after TDS, in the standard's order: TXI taxes of the whole invoice,
     * the CAD carrier detail, AMT amounts, the SAC loop (an invoice-level charge, allowance or
     * information amount with its own TXI taxes), the ISS loop (shipment summary with PID
     * descriptions) and CTT (transaction totals). TDS02..TDS04 are kept here too.
     *
     * <p>Implementation Requirements: immutable and thread-safe; a value type.
     *
     * @param amountSubjectToDiscount TDS02 with its two implied decimals (N2), null when not sent
     * @param discountedAmountDue TDS03 with its two implied decimals (N2), null when not sent
     * @param termsDiscount TDS04 with its two implied decimals (N2), null when not sent
     * @param taxes TXI segments directly after TDS, in file order
     * @param carrier the CAD segment, null when not sent
     * @param amounts AMT segments in file order
     * @param charges SAC loops in file order
     * @param shipments ISS loops in file order
     * @param totals the CTT segment, null when not sent
     */
    public record Summary(BigDecimal amountSubjectToDiscount, BigDecimal discountedAmountDue, BigDecimal termsDiscount,
            List<InvoiceLine.Tax> taxes, Carrier carrier, List<Amount> amounts, List<SummaryCharge> charges,
            List<Shipment> shipments, Totals totals) {

        /** No segment after TDS01. */
        public static final Summary NONE = new Summary(null, null, null, List.of(), null, List.of(), List.of(),
                List.of(), null);

        /**
         * Copies the lists.
         *
         * @param amountSubjectToDiscount TDS02 (N2 applied), null when not sent
         * @param amounts AMT segments in file order
         * @param carrier the CAD segment, null when not sent
         * @param charges SAC loops in file order
         * @param discountedAmountDue TDS03 (N2 applied), null when not sent
         * @param shipments ISS loops in file order
         * @param taxes TXI segments directly after TDS, in file order
         * @param termsDiscount TDS04 (N2 applied), null when not sent
         * @param totals the CTT segment, null when not sent
         */
        public Summary {
            taxes = List.copyOf(taxes);
            amounts = List.copyOf(amounts);
            charges = List.copyOf(charges);
            shipments = List.copyOf(shipments);
        }
    }

    /**
     * The CAD carrier detail of an 810 summary (X12 004010 CAD).
     *
     * @param transportationMethod CAD01
     * @param equipmentInitial CAD02, may be empty
     * @param equipmentNumber CAD03, may be empty
     * @param carrierCode CAD04, the standard carrier alpha code, may be empty
     * @param routing CAD05, may be empty
     * @param statusCode CAD06, may be empty
     * @param referenceQualifier CAD07, may be empty
     * @param reference CAD08, may be empty
     * @param serviceLevel CAD09, may be empty
     */
    public record Carrier(String transportationMethod, String equipmentInitial, String equipmentNumber,
            String carrierCode, String routing, String statusCode, String referenceQualifier, String reference,
            String serviceLevel) {
        /**
         * Refuses nulls.
         *
         * @param carrierCode CAD04, may be empty
         * @param equipmentInitial CAD02, may be empty
         * @param equipmentNumber CAD03, may be empty
         * @param reference CAD08, may be empty
         * @param referenceQualifier CAD07, may be empty
         * @param routing CAD05, may be empty
         * @param serviceLevel CAD09, may be empty
         * @param statusCode CAD06, may be empty
         * @param transportationMethod CAD01
         */
        public Carrier {
            Objects.requireNonNull(transportationMethod, "transportationMethod");
            Objects.requireNonNull(equipmentInitial, "equipmentInitial");
            Objects.requireNonNull(equipmentNumber, "equipmentNumber");
            Objects.requireNonNull(carrierCode, "carrierCode");
            Objects.requireNonNull(routing, "routing");
            Objects.requireNonNull(statusCode, "statusCode");
            Objects.requireNonNull(referenceQualifier, "referenceQualifier");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(serviceLevel, "serviceLevel");
        }
    }

    /**
     * An AMT monetary amount of an 810 summary.
     *
     * @param qualifier AMT01, the amount qualifier code
     * @param amount AMT02, exact as sent (type R: the decimal point is explicit)
     * @param creditDebit AMT03: {@code C} credit, {@code D} debit, empty when not sent
     */
    public record Amount(String qualifier, BigDecimal amount, String creditDebit) {
        /**
         * Refuses nulls.
         *
         * @param amount AMT02, exact
         * @param creditDebit AMT03, may be empty
         * @param qualifier AMT01
         */
        public Amount {
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(creditDebit, "creditDebit");
        }
    }

    /**
     * A SAC loop of an 810 summary: an invoice-level charge, allowance or information amount and
     * the TXI taxes that follow it in its loop.
     *
     * @param charge the SAC segment
     * @param taxes the TXI segments of the loop, in file order
     */
    public record SummaryCharge(InvoiceLine.Charge charge, List<InvoiceLine.Tax> taxes) {
        /**
         * Refuses nulls; copies the list.
         *
         * @param charge the SAC segment
         * @param taxes the TXI segments of the loop
         */
        public SummaryCharge {
            Objects.requireNonNull(charge, "charge");
            taxes = List.copyOf(taxes);
        }
    }

    /**
     * An ISS loop of an 810 summary: the invoice's shipment summary and its PID descriptions.
     *
     * @param units ISS01, the number of units shipped, null when not sent
     * @param unit ISS02, may be empty
     * @param weight ISS03, null when not sent
     * @param weightUnit ISS04, may be empty
     * @param volume ISS05, null when not sent
     * @param volumeUnit ISS06, may be empty
     * @param quantity ISS07, null when not sent
     * @param grossWeight ISS08, null when not sent
     * @param descriptions PID05 of the loop's PID segments, in file order
     */
    public record Shipment(BigDecimal units, String unit, BigDecimal weight, String weightUnit, BigDecimal volume,
            String volumeUnit, BigDecimal quantity, BigDecimal grossWeight, List<String> descriptions) {
        /**
         * Refuses null texts; copies the list.
         *
         * @param descriptions PID05 of the loop's PID segments
         * @param grossWeight ISS08, null when not sent
         * @param quantity ISS07, null when not sent
         * @param unit ISS02, may be empty
         * @param units ISS01, null when not sent
         * @param volume ISS05, null when not sent
         * @param volumeUnit ISS06, may be empty
         * @param weight ISS03, null when not sent
         * @param weightUnit ISS04, may be empty
         */
        public Shipment {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(weightUnit, "weightUnit");
            Objects.requireNonNull(volumeUnit, "volumeUnit");
            descriptions = List.copyOf(descriptions);
        }
    }

    /**
     * The CTT transaction totals of an 810.
     *
     * @param lineItems CTT01, the number of IT1 line items the sender counted
     * @param hashTotal CTT02, null when not sent
     * @param weight CTT03, null when not sent
     * @param weightUnit CTT04, may be empty
     * @param volume CTT05, null when not sent
     * @param volumeUnit CTT06, may be empty
     * @param description CTT07, may be empty
     */
    public record Totals(int lineItems, BigDecimal hashTotal, BigDecimal weight, String weightUnit, BigDecimal volume,
            String volumeUnit, String description) {
        /**
         * Refuses null texts and a negative count.
         *
         * @param description CTT07, may be empty
         * @param hashTotal CTT02, null when not sent
         * @param lineItems CTT01
         * @param volume CTT05, null when not sent
         * @param volumeUnit CTT06, may be empty
         * @param weight CTT03, null when not sent
         * @param weightUnit CTT04, may be empty
         * @throws InvalidValueException when lineItems is negative
         */
        public Totals {
            if (lineItems < 0) {
                throw new InvalidValueException("CTT01 line items", ">= 0", lineItems);
            }
            Objects.requireNonNull(weightUnit, "weightUnit");
            Objects.requireNonNull(volumeUnit, "volumeUnit");
            Objects.requireNonNull(description, "description");
        }
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
