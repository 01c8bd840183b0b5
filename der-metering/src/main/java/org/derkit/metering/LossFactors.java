package org.derkit.metering;

import org.derkit.model.InvalidValueException;
import org.derkit.model.retail.DeliveryVoltageLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.derkit.metering.internal.AmerenLossFactors;
import org.derkit.metering.internal.Decimals;
import org.derkit.metering.spi.LossFactorSource;

/**
 * Applies distribution loss factors to a series (RES-24): each interval value times the factor of
 * its hour, for a delivery voltage and the hour's system load.
 *
 * <p>Exactness and rounding: the factor is exact (the Ameren formulas are polynomials with
 * decimal coefficients), and so is the product; the product is then rounded <b>half-even to 6
 * decimal places</b> (a thousandth of a watt-hour for kWh), the one rounding in this class. So
 * every adjusted value has scale 6.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class LossFactors {

    /** The decimal places of loss-adjusted values. */
    public static final int SCALE = 6;

    private static final LossFactorSource AMEREN = new AmerenLossFactors();

    private LossFactors() {
    }

    /** {@return Ameren Illinois' dynamic formulas of 2007 (RES-24); system load in MW} */
    public static LossFactorSource ameren2007() {
        return AMEREN;
    }

    /**
     * {@return every source the module path provides through {@link ServiceLoader}, the built-in
     * one included}
     */
    public static List<LossFactorSource> available() {
        List<LossFactorSource> out = new ArrayList<>();
        ServiceLoader.load(LossFactorSource.class).forEach(out::add);
        return out;
    }

    /**
     * {@return the series with every value times its hour's loss factor, rounded half-even to 6
     * places} This series is unaffected; qualities and parts are kept.
     *
     *
     * @param systemLoadMw the system load in MW for an interval start; must not return null
     * @param series the metered series, at the meter
     * @param voltage the delivery voltage level, which picks the loss factor column
     * @param source the loss factor table, such as Ameren's
     * @throws InvalidValueException if the system load of an interval is missing
     * @throws ArithmeticException if an adjusted value exceeds 18 digits
     */
    public static IntervalSeries apply(IntervalSeries series, DeliveryVoltageLevel voltage,
            Function<Instant, BigDecimal> systemLoadMw, LossFactorSource source) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(voltage, "voltage");
        Objects.requireNonNull(systemLoadMw, "systemLoadMw");
        Objects.requireNonNull(source, "source");
        int n = series.size();
        long[] u = new long[n];
        byte[] s = new byte[n];
        for (int i = 0; i < n; i++) {
            Instant start = series.start(i);
            BigDecimal load = systemLoadMw.apply(start);
            if (load == null) {
                throw new InvalidValueException("system load for the hour starting "
                        + Stitcher.local(start.getEpochSecond()), "a load in MW", "none (the system load function gave null)");
            }
            BigDecimal factor = source.lossFactor(voltage, start, load);
            BigDecimal adjusted = Decimals.normalise(series.value(i).multiply(factor).setScale(SCALE, RoundingMode.HALF_EVEN));
            u[i] = Decimals.unscaled(adjusted);
            s[i] = (byte) SCALE;
        }
        return new IntervalSeries(series.servicePoint(), series.meter().orElse(null), series.role().orElse(null),
                series.unit(), series.intervalMinutes(), n, series.startArray(), u, s, series.partArray(),
                series.flagArray());
    }
}
