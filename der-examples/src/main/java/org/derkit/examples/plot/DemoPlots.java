package org.derkit.examples.plot;

import java.awt.Color;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.derkit.model.retail.IntervalClock;
import org.derkit.metering.IntervalSeries;
import org.derkit.model.facility.VoltVarCurve;
import org.derkit.model.facility.VoltVarPoint;
import org.derkit.rules.book.RideThroughRegion;
import org.derkit.rules.book.RideThroughTable;
import org.derkit.rules.book.VoltVarDefaults;

/**
 * The demo's charts, drawn from the library's own data: the volt-var curves of INV-12/13, the
 * ride-through envelopes of INV-10/11 and the hourly profile of the daylight-saving days of an
 * hourly series.
 */
public final class DemoPlots {

    private static final Color SEED = new Color(0x1f, 0x77, 0xb4);
    private static final Color IEEE = new Color(0xd6, 0x5f, 0x00);
    private static final double T_MIN = 0.01;
    private static final double T_MAX = 1000;

    private DemoPlots() {
    }

    /**
     * The volt-var curve of seed Table 7 (INV-12) beside the IEEE 1547-2018 Category B default
     * (INV-13), from 85% to 115% of nominal voltage.
     *
     * @return the chart, reactive power in % of rating (positive injects)
     */
    public static SvgChart voltVar() {
        return SvgChart.lines("Volt-var Q(V): seed Table 7 (INV-12) and IEEE 1547-2018 Category B (INV-13)",
                        "voltage (% of nominal)", "reactive power (% of rating, + injects)")
                .add(curve("seed Table 7 (before IEEE 1547-2018)", VoltVarDefaults.SEED_TABLE_7), SEED, false)
                .add(curve("IEEE 1547-2018 Category B default", VoltVarDefaults.IEEE_1547_2018_CATEGORY_B), IEEE, true)
                .xRange(85, 115).yRange(-50, 50);
    }

    private static SvgChart.Series curve(String name, VoltVarCurve curve) {
        TreeSet<Double> xs = new TreeSet<>(List.of(85.0, 115.0));
        for (VoltVarPoint p : curve.points()) {
            xs.add(p.voltage().value().doubleValue());
        }
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = VoltVarDefaults.reactivePowerPercentAt(curve, x[i]);
        }
        return new SvgChart.Series(name, x, y);
    }

    /**
     * The voltage ride-through envelopes (INV-10) of seed Table 5 and IEEE 1547-2018 Category III:
     * for each table, the level the inverter must ride through for a given duration (solid) and the
     * level beyond which it must have tripped (dashed), above and below nominal.
     *
     * @return the chart, duration in seconds on a logarithmic axis
     */
    public static SvgChart voltageRideThrough() {
        return rideThrough("Voltage ride-through (INV-10): seed Table 5 and IEEE 1547-2018 Category III",
                "voltage (% of nominal)", RideThroughTable.SEED_VOLTAGE, RideThroughTable.IEEE_1547_2018_CAT_III_VOLTAGE,
                0, 130);
    }

    /**
     * The frequency ride-through envelopes (INV-11) of seed Table 6 and IEEE 1547-2018, drawn as
     * {@link #voltageRideThrough()} draws the voltage ones.
     *
     * @return the chart, frequency in Hz against duration in seconds
     */
    public static SvgChart frequencyRideThrough() {
        return rideThrough("Frequency ride-through (INV-11): seed Table 6 and IEEE 1547-2018",
                "frequency (Hz)", RideThroughTable.SEED_FREQUENCY, RideThroughTable.IEEE_1547_2018_FREQUENCY, 56, 64);
    }

    private static SvgChart rideThrough(String title, String yLabel, RideThroughTable seed, RideThroughTable ieee,
            double yMin, double yMax) {
        SvgChart chart = SvgChart.steps(title, "duration of the disturbance (s, log scale)", yLabel).logX()
                .xRange(T_MIN, T_MAX).yRange(yMin, yMax);
        for (RideThroughTable t : List.of(seed, ieee)) {
            Color c = t == seed ? SEED : IEEE;
            String n = t == seed ? "seed" : "IEEE";
            float w = t == seed ? 5f : 2f; // the IEEE lines are drawn on top of the wider seed lines
            chart.add(Envelope.of(t, true, false).series(n + " ride through, high", yMin, yMax), c, false, w);
            chart.add(Envelope.of(t, false, false).series(n + " ride through, low", yMin, yMax), c, false, w);
            chart.add(Envelope.of(t, true, true).series(n + " must trip, high", yMin, yMax), c, true, w);
            chart.add(Envelope.of(t, false, true).series(n + " must trip, low", yMin, yMax), c, true, w);
        }
        return chart;
    }

    /**
     * One side of a ride-through table as a step function of the disturbance's duration: the level
     * up to which (high side) or down to which (low side) the inverter must still ride through, or
     * beyond which it must have tripped.
     *
     * @param regions the regions beyond the continuous-operation region, nearest first
     * @param high whether these are the regions above it
     * @param trip whether this is the must-trip boundary (else the ride-through boundary)
     */
    record Envelope(List<RideThroughRegion> regions, boolean high, boolean trip) {

        static Envelope of(RideThroughTable table, boolean high, boolean trip) {
            RideThroughRegion nn = table.continuousRegion();
            List<RideThroughRegion> side = new ArrayList<>();
            for (RideThroughRegion r : table.regions()) {
                if (high ? r.lower() >= nn.upper() : r.upper() <= nn.lower()) {
                    side.add(r);
                }
            }
            side.sort(high ? Comparator.comparingDouble(RideThroughRegion::lower)
                    : Comparator.comparingDouble(RideThroughRegion::upper).reversed());
            return new Envelope(side, high, trip);
        }

        /** The boundary level for a disturbance lasting t seconds, or empty when there is none. */
        Optional<Double> levelAt(double t) {
            for (RideThroughRegion r : regions) {
                boolean beyond = trip
                        ? r.maxTripTime().map(d -> seconds(d) <= t).orElse(false)
                        : r.rideThroughTime().map(d -> seconds(d) < t).orElse(true);
                if (beyond) {
                    double level = high ? r.lower() : r.upper();
                    return Double.isInfinite(level) ? Optional.empty() : Optional.of(level);
                }
            }
            return Optional.empty();
        }

        SvgChart.Series series(String name, double yMin, double yMax) {
            TreeSet<Double> ts = new TreeSet<>(List.of(T_MIN, T_MAX));
            for (RideThroughRegion r : regions) {
                r.rideThroughTime().map(Envelope::seconds).filter(s -> s > T_MIN && s < T_MAX).ifPresent(ts::add);
                r.maxTripTime().map(Envelope::seconds).filter(s -> s > T_MIN && s < T_MAX).ifPresent(ts::add);
            }
            double[] all = ts.stream().mapToDouble(Double::doubleValue).toArray();
            List<double[]> points = new ArrayList<>();
            double none = high ? yMax : yMin;
            for (int i = 0; i < all.length; i++) {
                double t = i + 1 < all.length ? Math.sqrt(all[i] * all[i + 1]) : all[i];
                Optional<Double> level = levelAt(t);
                // no trip is required yet: the must-trip line starts at the first trip time;
                // an open-ended ride-through region is drawn at the chart's edge
                if (level.isPresent() || !trip) {
                    points.add(new double[] {all[i], level.orElse(none)});
                }
            }
            double[] x = new double[points.size()];
            double[] y = new double[points.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = points.get(i)[0];
                y[i] = points.get(i)[1];
            }
            return new SvgChart.Series(name, x, y);
        }

        private static double seconds(Duration d) {
            return d.toNanos() / 1e9;
        }
    }

    /**
     * The hourly profile of the days of a series that are not 24 hours long (the daylight-saving
     * days): x is the hour since local midnight, so the 23- and 25-hour days end at 23 and 25.
     *
     * @param series an hourly series (a net series of a service point, say)
     * @param clock the clock whose zone defines the days
     * @return the chart, one step line per daylight-saving day found
     */
    public static SvgChart dstDays(IntervalSeries series, IntervalClock clock) {
        ZoneId zone = clock.zone();
        SvgChart chart = SvgChart.steps("Hourly " + series.unit().symbol() + " on the daylight-saving days, service point "
                        + series.servicePoint().value(), "hours since local midnight", series.unit().symbol())
                .xRange(0, 25);
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < series.size(); i++) {
            LocalDate d = LocalDate.ofInstant(series.start(i), zone);
            if (clock.dayMinutes(d) != 24 * 60) {
                days.add(d);
            }
        }
        List<Color> colors = List.of(SEED, IEEE, new Color(0x2c, 0xa0, 0x2c));
        int k = 0;
        for (LocalDate d : days) {
            long midnight = clock.startOfDaySeconds(d);
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                if (LocalDate.ofInstant(series.start(i), zone).equals(d)) {
                    points.add(new double[] {(series.startSeconds(i) - midnight) / 3600.0, series.value(i).doubleValue()});
                }
            }
            double hours = clock.dayMinutes(d) / 60.0;
            double[] x = new double[points.size() + 1];
            double[] y = new double[points.size() + 1];
            for (int i = 0; i < points.size(); i++) {
                x[i] = points.get(i)[0];
                y[i] = points.get(i)[1];
            }
            x[points.size()] = hours;
            y[points.size()] = points.isEmpty() ? 0 : y[points.size() - 1];
            chart.add(new SvgChart.Series(d + " (" + points.size() + " values, " + fmt(hours) + " h)", x, y),
                    colors.get(k++ % colors.size()), false);
        }
        return chart;
    }

    private static String fmt(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }

    /**
     * The local dates of a series whose day is not 24 hours long, such as {@code 2026-03-08}.
     *
     * @param series an interval series
     * @param clock the clock whose zone defines the days
     * @return the 23- and 25-hour days the series touches, in date order
     */
    public static List<LocalDate> dstDaysOf(IntervalSeries series, IntervalClock clock) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < series.size(); i++) {
            LocalDate d = LocalDate.ofInstant(series.start(i), clock.zone());
            if (clock.dayMinutes(d) != 24 * 60) {
                days.add(d);
            }
        }
        return List.copyOf(days);
    }

}
