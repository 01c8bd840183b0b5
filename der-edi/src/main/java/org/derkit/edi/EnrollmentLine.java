package org.derkit.edi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.AccountNumber;
import org.derkit.model.MeterNumber;

/**
 * One LIN loop of an 814: the service ({@code LIN*1*SH*EL*SH*CE}), the action ({@code ASI*7*021}),
 * the references and the dates.
 *
 * <p>Typed views: {@link #account()} (REF*12), {@link #billingType()} (REF*BLT: LDC, DUAL, ESP),
 * {@link #billCalculator()} (REF*PC), {@link #meterNumbers()} (REF*MG, 99999999 = unmetered),
 * {@link #reasonCodes()} (REF*7G), {@link #statusCodes()} (REF*1P), {@link #effectiveDate()} (DTM*150).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param assignedId LIN01
 * @param productIds LIN02 onwards (qualifier, id pairs) as sent
 * @param actionCode ASI01: {@code 7} request, {@code WQ} accept, {@code U} reject
 * @param maintenanceCode ASI02: {@code 021} enroll, {@code 024} drop, ...
 * @param references REF segments in file order
 * @param dates DTM segments in file order
 */
public record EnrollmentLine(String assignedId, List<String> productIds, String actionCode, String maintenanceCode,
        List<Reference> references, List<DateReference> dates) {

    /**
     * Refuses nulls; copies the lists.
     *
     * @param actionCode ASI01: {@code 7} request, {@code WQ} accept, {@code U} reject
     * @param assignedId LIN01
     * @param dates DTM segments in file order
     * @param maintenanceCode ASI02: {@code 021} enroll, {@code 024} drop, ...
     * @param productIds LIN02 onwards (qualifier, id pairs) as sent
     * @param references REF segments in file order
     */
    public EnrollmentLine {
        Objects.requireNonNull(assignedId, "assignedId");
        productIds = List.copyOf(productIds);
        Objects.requireNonNull(actionCode, "actionCode");
        Objects.requireNonNull(maintenanceCode, "maintenanceCode");
        references = List.copyOf(references);
        dates = List.copyOf(dates);
    }

    private List<String> values(String qualifier) {
        List<String> out = new ArrayList<>();
        for (Reference r : references) {
            if (r.qualifier().equals(qualifier)) {
                out.add(r.value());
            }
        }
        return out;
    }

    private Optional<String> first(String qualifier) {
        List<String> v = values(qualifier);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** {@return REF*12, the LDC account} */
    public Optional<AccountNumber> account() {
        return first("12").map(AccountNumber::of);
    }

    /** {@return REF*BLT: {@code LDC} (single bill), {@code DUAL} or {@code ESP}} */
    public Optional<String> billingType() {
        return first("BLT");
    }

    /** {@return REF*PC, the bill calculator ({@code LDC} or {@code ESP})} */
    public Optional<String> billCalculator() {
        return first("PC");
    }

    /**
     * {@return REF*MG meter numbers; {@link MeterNumber#UNMETERED} (99999999) for unmetered or
     * not-yet-set meters}
     */
    public List<MeterNumber> meterNumbers() {
        List<MeterNumber> out = new ArrayList<>();
        for (String v : values("MG")) {
            out.add(MeterNumber.of(v));
        }
        return out;
    }

    /** {@return REF*7G reject reason codes (A76, API, FRB, ABN, UND, ...)} */
    public List<String> reasonCodes() {
        return values("7G");
    }

    /** {@return REF*1P status codes (HIU, ...)} */
    public List<String> statusCodes() {
        return values("1P");
    }

    /** {@return DTM*150, the effective date} */
    public Optional<LocalDate> effectiveDate() {
        for (DateReference d : dates) {
            if (d.qualifier().equals("150")) {
                return Optional.of(d.date());
            }
        }
        return Optional.empty();
    }
}
