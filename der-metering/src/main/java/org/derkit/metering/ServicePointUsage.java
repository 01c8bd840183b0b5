package org.derkit.metering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * A service point's usage across several billing periods, stitched ({@link Stitcher}): the
 * periods in time order, each meter's continuous series, the net series per unit (additive minus
 * subtractive meters, RES-18), the split hours with both parts (RES-21), and the billing-period
 * view.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param servicePoint the service point, not null
 * @param periods the billing periods in time order, not null
 * @param meterSeries one stitched series per meter and unit, in order of first appearance, not null
 * @param netSeries one net series per unit, in unit order (kWh, kW, kvarh), not null
 * @param splitHours every split hour, in time order per meter, not null
 * @param periodView the billing-period view: per period, then unit; not null
 */
public record ServicePointUsage(ServicePointId servicePoint, List<ReconstructedPeriod> periods,
        List<IntervalSeries> meterSeries, List<IntervalSeries> netSeries, List<SplitHour> splitHours,
        List<PeriodUsage> periodView) {

    /**
     * Validates the parts.
     *
     * @param servicePoint the service point, not null
     * @param periods the billing periods in time order, not null
     * @param meterSeries one stitched series per meter and unit, in order of first appearance, not null
     * @param netSeries one net series per unit, in unit order (kWh, kW, kvarh), not null
     * @param splitHours every split hour, in time order per meter, not null
     * @param periodView the billing-period view: per period, then unit; not null
     */
    public ServicePointUsage {
        Objects.requireNonNull(servicePoint, "servicePoint");
        periods = List.copyOf(periods);
        meterSeries = List.copyOf(meterSeries);
        netSeries = List.copyOf(netSeries);
        splitHours = List.copyOf(splitHours);
        periodView = List.copyOf(periodView);
    }

    /**
     * The net series of a unit (additive minus subtractive meters, RES-18).
     *
     * @param unit kWh, kW or kvarh
     * @return the net series, or empty if no meter reported that unit
     */
    public Optional<IntervalSeries> net(MeterUnit unit) {
        return netSeries.stream().filter(s -> s.unit() == unit).findFirst();
    }

    /**
     * The energy-conservation check: for every meter and energy unit (kWh, kvarh), the stitched
     * total equals the exact sum of the periods' values, and for every unit the net total equals
     * the additive minus the subtractive totals. Exact decimal comparison. Demand (kW) is not
     * conserved across a split hour (the larger part is kept), so only its netting is checked.
     *
     * @return whether every check holds
     */
    public boolean isEnergyConserved() {
        for (IntervalSeries stitched : meterSeries) {
            if (!stitched.unit().isEnergy()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (ReconstructedPeriod p : periods) {
                for (IntervalSeries s : p.meters()) {
                    if (s.meter().equals(stitched.meter()) && s.unit() == stitched.unit()) {
                        sum = sum.add(s.total());
                    }
                }
            }
            if (sum.compareTo(stitched.total()) != 0) {
                return false;
            }
        }
        for (IntervalSeries net : netSeries) {
            BigDecimal sum = BigDecimal.ZERO;
            for (IntervalSeries s : meterSeries) {
                if (s.unit() == net.unit()) {
                    BigDecimal t = s.total();
                    sum = s.role().orElseThrow() == MeterRole.ADDITIVE ? sum.add(t) : sum.subtract(t);
                }
            }
            if (sum.compareTo(net.total()) != 0) {
                return false;
            }
        }
        return true;
    }
}
