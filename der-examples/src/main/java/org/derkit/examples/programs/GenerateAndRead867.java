package org.derkit.examples.programs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derkit.edi.Edi867Generator;
import org.derkit.metering.TransactionUsage;
import org.derkit.metering.UsageReader;
import org.derkit.metering.IntervalReconstructor;
import org.derkit.metering.ReconstructedPeriod;
import org.derkit.metering.ServicePointUsage;
import org.derkit.metering.UsageReport;

/**
 * Writes a synthetic 867 interchange in memory with der-edi's seeded generator (two service
 * points, an additive and a subtractive meter each, two billing periods with a split hour across
 * the fall-back day), reads it back, reconstructs and stitches it with der-metering, and prints each
 * service point's net energy and the exact conservation check.
 */
public final class GenerateAndRead867 {

    private GenerateAndRead867() {
    }

    /**
     * Generates, reads and stitches the interchange of seed 42.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(42, System.out);
    }

    /**
     * Generates the interchange of a seed, reads and stitches it, and prints each service point's
     * net energy with the conservation check.
     *
     * @param seed the generator's seed: the same seed gives the same interchange
     * @param out where to print
     * @return the stitched usage, one per service point
     */
    public static List<ServicePointUsage> run(long seed, PrintStream out) {
        ByteArrayOutputStream x12 = new ByteArrayOutputStream();
        long bytes = Edi867Generator.withSeed(seed).withServicePoints(2).withMetersPerServicePoint(2)
                .withSubtractiveMeters(true).withPeriod(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 3))
                .withPeriods(2).withSplitHours(true).writeTo(x12);
        List<ReconstructedPeriod> periods = new ArrayList<>();
        UsageReader.ameren().read(new ByteArrayInputStream(x12.toByteArray()), "generated.x12",
                (TransactionUsage t) -> periods.add(t.period()));
        List<ServicePointUsage> usage = UsageReader.stitch(periods);
        out.println(bytes + " bytes, " + periods.size() + " 867 transaction sets");
        for (ServicePointUsage u : usage) {
            out.println("service point " + u.servicePoint().value() + ": " + u.periods().size() + " periods, "
                    + u.splitHours().size() + " split hours, net " + u.netSeries().get(0).total().toPlainString()
                    + " kWh over " + u.netSeries().get(0).size() + " hours, energy conserved: " + u.isEnergyConserved());
        }
        return usage;
    }
}
