package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.derkit.model.facility.VoltVarCurve;
import org.derkit.model.facility.VoltVarPoint;

/**
 * The default volt-var curves Q(V) (INV-12, INV-13), voltage in percent of nominal and reactive
 * power in percent of the inverter's rating, positive when injecting:
 * <ul>
 * <li>{@link #SEED_TABLE_7}: 92 % inject 30 %, 96.7 % and 103.3 % zero, 107 % absorb 30 %, 5 s;
 * <li>{@link #IEEE_1547_2018_CATEGORY_B}: 0.92 pu inject 44 %, 0.98 and 1.02 pu zero, 1.08 pu
 * absorb 44 %, 5 s.
 * </ul>
 * Both are piecewise linear between their points and flat outside them; evaluate them exactly with
 * {@link VoltVarCurve#reactivePowerAt}, or on doubles (plots, bulk) with
 * {@link #reactivePowerPercentAt(VoltVarCurve, double)}.
 */
public final class VoltVarDefaults {

    /** Seed Table 7, for inverters certified before IEEE 1547-2018 (section 4.1). */
    public static final VoltVarCurve SEED_TABLE_7 = new VoltVarCurve(List.of(
            VoltVarPoint.of(92.0, 30), VoltVarPoint.of(96.7, 0), VoltVarPoint.of(103.3, 0),
            VoltVarPoint.of(107.0, -30)), Duration.ofSeconds(5));

    /** IEEE 1547-2018 Category B default, for inverters certified to IEEE 1547-2018 (section 4.2). */
    public static final VoltVarCurve IEEE_1547_2018_CATEGORY_B = new VoltVarCurve(List.of(
            VoltVarPoint.of(92, 44), VoltVarPoint.of(98, 0), VoltVarPoint.of(102, 0),
            VoltVarPoint.of(108, -44)), Duration.ofSeconds(5));

    private VoltVarDefaults() {
    }

    /**
     * The reactive power of a curve at a voltage, on doubles: linear between points, flat outside.
     *
     * @param curve the curve
     * @param voltagePercent voltage, percent of nominal
     * @return reactive power, percent of rating, positive = inject
     * @throws IllegalArgumentException if the voltage is NaN
     */
    public static double reactivePowerPercentAt(VoltVarCurve curve, double voltagePercent) {
        if (Double.isNaN(voltagePercent)) {
            throw new InvalidValueException("voltage", "a number, %", "NaN");
        }
        List<VoltVarPoint> p = curve.points();
        double v0 = p.get(0).voltage().value().doubleValue();
        if (voltagePercent <= v0) {
            return p.get(0).reactivePower().value().doubleValue();
        }
        for (int i = 1; i < p.size(); i++) {
            double va = p.get(i - 1).voltage().value().doubleValue();
            double vb = p.get(i).voltage().value().doubleValue();
            if (voltagePercent <= vb) {
                double qa = p.get(i - 1).reactivePower().value().doubleValue();
                double qb = p.get(i).reactivePower().value().doubleValue();
                return qa + (qb - qa) * (voltagePercent - va) / (vb - va);
            }
        }
        return p.get(p.size() - 1).reactivePower().value().doubleValue();
    }

    /**
     * Compares a programmed curve with a default: the points that differ (by index, or the number
     * of points), the response time if it differs, and whether the programmed curve is
     * non-increasing (never injects more reactive power at a higher voltage).
     *
     * @param programmed the curve programmed in the inverter
     * @param defaultCurve the default curve of the inverter's category
     * @return the volt var comparison
     */
    public static VoltVarComparison compare(VoltVarCurve programmed, VoltVarCurve defaultCurve) {
        Objects.requireNonNull(programmed, "programmed");
        Objects.requireNonNull(defaultCurve, "defaultCurve");
        List<String> differences = new ArrayList<>();
        List<VoltVarPoint> a = programmed.points();
        List<VoltVarPoint> d = defaultCurve.points();
        if (a.size() != d.size()) {
            differences.add(a.size() + " points instead of " + d.size());
        } else {
            for (int i = 0; i < a.size(); i++) {
                VoltVarPoint pa = a.get(i);
                VoltVarPoint pd = d.get(i);
                if (pa.voltage().compareTo(pd.voltage()) != 0 || pa.reactivePower().compareTo(pd.reactivePower()) != 0) {
                    differences.add("V" + (i + 1) + " " + text(pa) + " instead of " + text(pd));
                }
            }
        }
        if (!programmed.openLoopResponseTime().equals(defaultCurve.openLoopResponseTime())) {
            differences.add("response time " + RideThroughRegion.seconds(programmed.openLoopResponseTime())
                    + " instead of " + RideThroughRegion.seconds(defaultCurve.openLoopResponseTime()));
        }
        boolean nonIncreasing = true;
        for (int i = 1; i < a.size(); i++) {
            if (a.get(i).reactivePower().compareTo(a.get(i - 1).reactivePower()) > 0) {
                nonIncreasing = false;
            }
        }
        return new VoltVarComparison(List.copyOf(differences), nonIncreasing);
    }

    private static String text(VoltVarPoint p) {
        return p.voltage().value().stripTrailingZeros().toPlainString() + "%/"
                + p.reactivePower().value().stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * How a programmed volt-var curve compares with the applicable default.
     *
     * @param differences the differences in words, empty when the curve is the default
     * @param nonIncreasing whether Q never rises with V (a rising curve works against the grid)
     */
    public record VoltVarComparison(List<String> differences, boolean nonIncreasing) {
        /**
         * Copies the list.
         *
         * @param differences the differences in words, empty when the curve is the default
         * @param nonIncreasing whether Q never rises with V (a rising curve works against the grid)
         */
        public VoltVarComparison {
            differences = List.copyOf(differences);
        }

        /** {@return whether the programmed curve equals the default} */
        public boolean matchesDefault() {
            return differences.isEmpty();
        }

        /** Such as {@code the default} or {@code V1 93%/30% instead of 92.0%/30%; not non-increasing}. */
        @Override
        public String toString() {
            String s = differences.isEmpty() ? "the default" : String.join("; ", differences);
            return nonIncreasing ? s : s + "; Q rises with V";
        }
    }
}
