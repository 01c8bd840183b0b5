package org.derkit.rules.book;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.Energy;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.MeterRole;

/**
 * The usage one EDI 867 reports for one service point and billing (RES-17: one 867 per service
 * point each time the account bills): its meters and, if the 867 states it, the service-point
 * total (PTD*SU).
 *
 * <p>Semantics (RES-18): the service point's usage is the sum of its additive meters minus the sum
 * of its subtractive meters, exactly; it may be negative.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param servicePoint the service point (REF*LU)
 * @param meters the meters' usage, in the 867's order
 * @param reportedTotal the service-point total the 867 states, if any
 */
public record ReportedServicePointUsage(ServicePointId servicePoint, List<MeterUsage> meters, Optional<Energy> reportedTotal) {

    /**
     * Checks that nothing is null and copies the list.
     *
     * @param servicePoint the service point (REF*LU)
     * @param meters the meters' usage, in the 867's order
     * @param reportedTotal the service-point total the 867 states, if any
     */
    public ReportedServicePointUsage {
        Objects.requireNonNull(servicePoint, "servicePoint");
        meters = List.copyOf(meters);
        Objects.requireNonNull(reportedTotal, "reportedTotal");
    }

    /**
     * RES-18: additive meters minus subtractive meters, exact.
     *
     * @return the net usage, never null
     */
    public Energy netUsage() {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (MeterUsage m : meters) {
            sum = m.role() == MeterRole.ADDITIVE ? sum.add(m.usage().value()) : sum.subtract(m.usage().value());
        }
        return Energy.ofKilowattHours(sum);
    }

    /**
     * The stated total minus the net of the meters (zero when the 867 agrees with itself).
     *
     * @return the difference, or empty without a stated total
     */
    public Optional<Energy> reportedMinusNet() {
        return reportedTotal.map(t -> Energy.ofKilowattHours(t.value().subtract(netUsage().value())));
    }
}
