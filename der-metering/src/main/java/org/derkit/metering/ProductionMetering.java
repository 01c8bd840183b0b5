package org.derkit.metering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sign convention of an Ameren BTM production meter (BTM-08): with CT polarity (dot or H1)
 * facing the utility, generation reads as a <em>negative</em> value on the production meter.
 * This class turns such readings into generation (positive) and flags readings that suggest
 * reversed CT polarity.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class ProductionMetering {

    private ProductionMetering() {
    }

    /**
     * {@return the generation a production meter recorded, positive: its readings negated} A positive reading
     * (the plant's own consumption at night, say) becomes a negative generation value.
     * The series is unaffected.
     *
     * @param productionMeter the series of a production (generation) meter, which reads generation as
     *     negative
     */
    public static IntervalSeries generation(IntervalSeries productionMeter) {
        return Objects.requireNonNull(productionMeter, "productionMeter").negated();
    }

    /**
     * {@return the reversed-polarity check: if a production meter's total over the series is positive, it
     * registered more consumption than generation, which for a generating facility points to CTs
     * installed with polarity facing the generation instead of the utility (BTM-08)} Returns one
     * problem then, with the total; an empty list otherwise.
     *
     * @param productionMeter the series of a production (generation) meter
     */
    public static List<MeteringProblem> polarityProblems(IntervalSeries productionMeter) {
        Objects.requireNonNull(productionMeter, "productionMeter");
        List<MeteringProblem> out = new ArrayList<>();
        if (productionMeter.total().signum() > 0) {
            out.add(new MeteringProblem(MeteringProblem.Kind.POLARITY,
                    productionMeter.toString(), "production meter total is positive ("
                            + productionMeter.total().toPlainString() + " " + productionMeter.unit().symbol()
                            + "): generation should read negative; check that CT polarity faces the utility (BTM-08)"));
        }
        return out;
    }
}
