package org.derkit.rules.book;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derkit.model.ServicePointId;

/**
 * The EDI 867s produced when an account bills once (RES-17, RES FAQ 18): the account's electric
 * service points and the 867s, each for one service point.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param electricServicePoints the account's electric service points
 * @param transactions the 867s of this billing
 */
public record AccountBillingUsage(List<ServicePointId> electricServicePoints, List<ReportedServicePointUsage> transactions) {

    /**
     * Copies the lists.
     *
     * @param electricServicePoints the account's electric service points
     * @param transactions the 867s of this billing
     */
    public AccountBillingUsage {
        electricServicePoints = List.copyOf(electricServicePoints);
        transactions = List.copyOf(transactions);
    }

    /**
     * RES-17: the service points without exactly one 867, plus the 867s of service points that are
     * not the account's: zero when the billing has one 867 per service point.
     *
     * @return the count of deviations, at least 0
     */
    public long deviations() {
        Map<ServicePointId, Integer> counts = new HashMap<>();
        for (ReportedServicePointUsage t : transactions) {
            counts.merge(t.servicePoint(), 1, Integer::sum);
        }
        long deviations = 0;
        for (ServicePointId sp : electricServicePoints) {
            if (counts.getOrDefault(sp, 0) != 1) {
                deviations++;
            }
        }
        for (Map.Entry<ServicePointId, Integer> e : counts.entrySet()) {
            if (!electricServicePoints.contains(e.getKey())) {
                deviations += e.getValue();
            }
        }
        return deviations;
    }

    /** Such as {@code 2 service points, 2 867s}. */
    @Override
    public String toString() {
        return electricServicePoints.size() + " service points, " + transactions.size() + " 867s";
    }
}
