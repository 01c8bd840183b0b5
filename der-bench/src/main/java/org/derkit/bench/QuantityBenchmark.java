package org.derkit.bench;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javax.measure.Quantity;
import javax.measure.quantity.Energy;
import org.derkit.model.measure.DerUnits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.units.indriya.quantity.Quantities;

/**
 * Why bulk work runs on primitives: summing 24 hourly kWh values as indriya quantities, as exact
 * {@code org.derkit.model.Energy} values, as scaled longs (thousandths of a kWh) and as doubles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QuantityBenchmark {

    private final Quantity<Energy>[] quantities = newArray(24);
    private final org.derkit.model.Energy[] energies = new org.derkit.model.Energy[24];
    private final long[] milliKwh = new long[24];
    private final double[] kwh = new double[24];

    @SuppressWarnings("unchecked")
    private static Quantity<Energy>[] newArray(int n) {
        return (Quantity<Energy>[]) new Quantity<?>[n];
    }

    @Setup
    public void setUp() {
        for (int h = 0; h < 24; h++) {
            BigDecimal v = BigDecimal.valueOf(61_200 + 37L * h, 3);
            quantities[h] = Quantities.getQuantity(v, DerUnits.KILOWATT_HOUR);
            energies[h] = org.derkit.model.Energy.ofKilowattHours(v);
            milliKwh[h] = v.movePointRight(3).longValueExact();
            kwh[h] = v.doubleValue();
        }
    }

    @Benchmark
    public Quantity<Energy> indriyaQuantities() {
        Quantity<Energy> sum = quantities[0];
        for (int h = 1; h < 24; h++) {
            sum = sum.add(quantities[h]);
        }
        return sum;
    }

    @Benchmark
    public org.derkit.model.Energy exactEnergy() {
        org.derkit.model.Energy sum = energies[0];
        for (int h = 1; h < 24; h++) {
            sum = sum.plus(energies[h]);
        }
        return sum;
    }

    @Benchmark
    public long scaledLongs() {
        long sum = 0;
        for (long v : milliKwh) {
            sum += v;
        }
        return sum;
    }

    @Benchmark
    public double doubles() {
        double sum = 0;
        for (double v : kwh) {
            sum += v;
        }
        return sum;
    }
}
