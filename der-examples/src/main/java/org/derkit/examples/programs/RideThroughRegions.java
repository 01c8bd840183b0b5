package org.derkit.examples.programs;

import java.io.PrintStream;
import java.util.List;
import org.derkit.rules.book.RideThroughRegion;
import org.derkit.rules.book.RideThroughTable;

/**
 * Where a disturbance falls in the ride-through tables (INV-10, INV-11): for a few voltages and
 * frequencies, the region of the seed's table and of IEEE 1547-2018, with what the inverter must
 * do and for how long. Every value falls in exactly one region of each table.
 */
public final class RideThroughRegions {

    private RideThroughRegions() {
    }

    /**
     * Prints the ride-through regions of five voltages and five frequencies, from a deep sag to a
     * high swell.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(List.of(45.0, 85.0, 100.0, 115.0, 125.0), List.of(56.8, 58.6, 60.0, 61.5, 62.5), System.out);
    }

    /**
     * Prints the region of each voltage and frequency in each ride-through table: what the inverter
     * must do and for how long.
     *
     * @param voltagesPercent voltages in percent of nominal
     * @param frequenciesHz frequencies in Hz
     * @param out where to print
     */
    public static void run(List<Double> voltagesPercent, List<Double> frequenciesHz, PrintStream out) {
        for (double v : voltagesPercent) {
            out.println(line(v + " % of nominal", RideThroughTable.SEED_VOLTAGE.regionOf(v),
                    RideThroughTable.IEEE_1547_2018_CAT_III_VOLTAGE.regionOf(v)));
        }
        for (double f : frequenciesHz) {
            out.println(line(f + " Hz", RideThroughTable.SEED_FREQUENCY.regionOf(f),
                    RideThroughTable.IEEE_1547_2018_FREQUENCY.regionOf(f)));
        }
    }

    private static String line(String value, RideThroughRegion seed, RideThroughRegion ieee) {
        return value + ": seed " + describe(seed) + "; IEEE 1547-2018 " + describe(ieee);
    }

    private static String seconds(java.time.Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static String describe(RideThroughRegion r) {
        return r.name() + " " + r.operation().words()
                + r.rideThroughTime().map(d -> ", ride through " + seconds(d) + " s").orElse("")
                + r.maxTripTime().map(d -> ", trip within " + seconds(d) + " s").orElse("");
    }
}
