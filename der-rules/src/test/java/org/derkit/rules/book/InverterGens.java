package org.derkit.rules.book;

import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Seeded QuickTheories generators for the smart inverter computations: the tables' own bounds
 * first (exactly, and one ulp either side), then doubles near nominal, then any double.
 */
final class InverterGens {

    static final long SEED = Long.getLong("QT_SEED", 20240415L);

    private InverterGens() {
    }

    /** Every finite bound of the tables, and the next double below and above each. */
    static List<Double> edges(RideThroughTable... tables) {
        List<Double> out = new ArrayList<>();
        for (RideThroughTable t : tables) {
            for (RideThroughRegion r : t.regions()) {
                for (double b : new double[] {r.lower(), r.upper()}) {
                    if (Double.isFinite(b)) {
                        out.add(b);
                        out.add(Math.nextDown(b));
                        out.add(Math.nextUp(b));
                    }
                }
            }
        }
        out.add(Double.POSITIVE_INFINITY);
        out.add(Double.NEGATIVE_INFINITY);
        out.add(0.0);
        out.add(-0.0);
        out.add(Double.MAX_VALUE);
        out.add(-Double.MAX_VALUE);
        return out;
    }

    /** Voltages in percent: bounds, 0-200 %, any double (no NaN). */
    static Gen<Double> voltagesPercent() {
        return Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(4, Generate.pick(edges(RideThroughTable.SEED_VOLTAGE,
                        RideThroughTable.IEEE_1547_2018_CAT_III_VOLTAGE))),
                org.quicktheories.api.Pair.of(4, doubles().between(0, 200)),
                org.quicktheories.api.Pair.of(2, doubles().any().map(d -> Double.isNaN(d) ? 100.0 : d))))
                .describedAs(v -> "V = " + v + " %");
    }

    /** Frequencies in Hz: bounds, 50-70 Hz, any double (no NaN). */
    static Gen<Double> frequenciesHz() {
        return Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(4, Generate.pick(edges(RideThroughTable.SEED_FREQUENCY,
                        RideThroughTable.IEEE_1547_2018_FREQUENCY))),
                org.quicktheories.api.Pair.of(4, doubles().between(50, 70)),
                org.quicktheories.api.Pair.of(2, doubles().any().map(d -> Double.isNaN(d) ? 60.0 : d))))
                .describedAs(f -> "f = " + f + " Hz");
    }
}
