package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.derkit.rules.book.RideThroughRegion.SettingRange;

/**
 * A voltage or frequency ride-through table: regions that together cover every value exactly once,
 * each with its operation, ride-through time and maximum trip time (INV-10, INV-11, INV-13).
 *
 * <p>Four tables are provided as data, for rules and for plots:
 * <ul>
 * <li>{@link #SEED_VOLTAGE}: Table 5 of the smart inverter specification (section 4.1, inverters
 * certified before IEEE 1547-2018);
 * <li>{@link #SEED_FREQUENCY}: Table 6, with the ranges of adjustability of the trip settings;
 * <li>{@link #IEEE_1547_2018_CAT_III_VOLTAGE}: IEEE 1547-2018 Category III voltage ride-through,
 * with the maximum trip times of the default trip settings (OV2 1.20 pu 0.16 s, OV1 1.10 pu 13 s,
 * UV1 0.88 pu 21 s, UV2 0.50 pu 2 s);
 * <li>{@link #IEEE_1547_2018_FREQUENCY}: IEEE 1547-2018 frequency ride-through with the default
 * trip settings (OF2 62.0 Hz 0.16 s, OF1 61.2 Hz 300 s, UF1 58.5 Hz 300 s, UF2 56.5 Hz 0.16 s);
 * the bands between the end of mandatory operation and the fast trip (61.8-62.0 Hz, 56.5-57.0 Hz)
 * have no ride-through requirement and are the regions {@code HF1B} and {@code LF2B}.
 * </ul>
 * Where IEEE 1547-2018 gives no ranges of adjustability, section 4.2 says the section 4.1 settings
 * apply: the IEEE frequency table carries Table 6's ranges on its HF2, HF1, LF1 and LF2 rows.
 *
 * <p>Voltage is in percent of nominal (1.20 pu = 120 %), frequency in hertz.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class RideThroughTable {

    private static final Optional<Duration> NONE = Optional.empty();

    /** Seed Table 5: low/high voltage ride-through, inverters certified before IEEE 1547-2018. */
    public static final RideThroughTable SEED_VOLTAGE = of(
            "Table 5 L/HVRT (4.1, before IEEE 1547-2018)", RideThroughQuantity.VOLTAGE, List.of(
            voltage("HV2", 120, true, Double.POSITIVE_INFINITY, false,
                    RideThroughOperation.CEASE_TO_ENERGIZE, NONE, ms(160)),
            voltage("HV1", 110, false, 120, false, RideThroughOperation.MOMENTARY_CESSATION, s(12), ms(13_000)),
            voltage("NN", 88, true, 110, true, RideThroughOperation.CONTINUOUS_OPERATION, NONE, NONE),
            voltage("LV1", 70, true, 88, false, RideThroughOperation.MANDATORY_OPERATION, s(20), ms(21_000)),
            voltage("LV2", 50, true, 70, false, RideThroughOperation.MANDATORY_OPERATION, s(10), ms(11_000)),
            voltage("LV3", Double.NEGATIVE_INFINITY, false, 50, false,
                    RideThroughOperation.MOMENTARY_CESSATION, s(1), ms(1_500))));

    /** Seed Table 6: low/high frequency ride-through with the ranges of adjustability. */
    public static final RideThroughTable SEED_FREQUENCY = of(
            "Table 6 L/HFRT (4.1, before IEEE 1547-2018)", RideThroughQuantity.FREQUENCY, List.of(
            frequency("HF2", 62.0, false, Double.POSITIVE_INFINITY, false,
                    RideThroughOperation.NO_RIDE_THROUGH, NONE, ms(160), range(62.0, 64.0)),
            frequency("HF1", 60.5, false, 62.0, true, RideThroughOperation.MANDATORY_OPERATION, s(299),
                    ms(300_000), range(60.1, 62.0)),
            frequency("NN", 58.5, true, 60.5, true, RideThroughOperation.CONTINUOUS_OPERATION, NONE, NONE,
                    Optional.empty()),
            frequency("LF1", 57.0, true, 58.5, false, RideThroughOperation.MANDATORY_OPERATION, s(299),
                    ms(300_000), range(57.0, 59.9)),
            frequency("LF2", Double.NEGATIVE_INFINITY, false, 57.0, false,
                    RideThroughOperation.NO_RIDE_THROUGH, NONE, ms(160), range(53.0, 57.0))));

    /** IEEE 1547-2018 Category III voltage ride-through with the default trip times. */
    public static final RideThroughTable IEEE_1547_2018_CAT_III_VOLTAGE = of(
            "IEEE 1547-2018 Category III voltage ride-through", RideThroughQuantity.VOLTAGE, List.of(
            voltage("HV2", 120, false, Double.POSITIVE_INFINITY, false,
                    RideThroughOperation.CEASE_TO_ENERGIZE, NONE, ms(160)),
            voltage("HV1", 110, false, 120, true, RideThroughOperation.MOMENTARY_CESSATION, s(12), ms(13_000)),
            voltage("NN", 88, true, 110, true, RideThroughOperation.CONTINUOUS_OPERATION, NONE, NONE),
            voltage("LV1", 70, true, 88, false, RideThroughOperation.MANDATORY_OPERATION, s(20), ms(21_000)),
            voltage("LV2", 50, true, 70, false, RideThroughOperation.MANDATORY_OPERATION, s(10), ms(21_000)),
            voltage("LV3", Double.NEGATIVE_INFINITY, false, 50, false,
                    RideThroughOperation.MOMENTARY_CESSATION, s(1), ms(2_000))));

    /** IEEE 1547-2018 frequency ride-through with the default trip times. */
    public static final RideThroughTable IEEE_1547_2018_FREQUENCY = of(
            "IEEE 1547-2018 frequency ride-through", RideThroughQuantity.FREQUENCY, List.of(
            frequency("HF2", 62.0, false, Double.POSITIVE_INFINITY, false,
                    RideThroughOperation.NO_RIDE_THROUGH, NONE, ms(160), range(62.0, 64.0)),
            frequency("HF1B", 61.8, false, 62.0, true, RideThroughOperation.NO_RIDE_THROUGH, NONE,
                    ms(300_000), Optional.empty()),
            frequency("HF1", 61.2, false, 61.8, true, RideThroughOperation.MANDATORY_OPERATION, s(299),
                    ms(300_000), range(60.1, 62.0)),
            frequency("NN", 58.8, true, 61.2, true, RideThroughOperation.CONTINUOUS_OPERATION, NONE, NONE,
                    Optional.empty()),
            frequency("LF1", 57.0, true, 58.8, false, RideThroughOperation.MANDATORY_OPERATION, s(299),
                    ms(300_000), range(57.0, 59.9)),
            frequency("LF2B", 56.5, true, 57.0, false, RideThroughOperation.NO_RIDE_THROUGH, NONE,
                    ms(300_000), Optional.empty()),
            frequency("LF2", Double.NEGATIVE_INFINITY, false, 56.5, false,
                    RideThroughOperation.NO_RIDE_THROUGH, NONE, ms(160), range(53.0, 57.0))));

    private final String name;
    private final RideThroughQuantity quantity;
    private final List<RideThroughRegion> regions;
    /** Regions in ascending order and their bounds, for {@link #regionOf(double)}. */
    private final RideThroughRegion[] ascending;
    private final double[] uppers;
    private final boolean[] upperInclusive;

    private RideThroughTable(String name, RideThroughQuantity quantity, List<RideThroughRegion> regions) {
        this.name = name;
        this.quantity = quantity;
        this.regions = List.copyOf(regions);
        List<RideThroughRegion> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparingDouble(RideThroughRegion::lower));
        this.ascending = sorted.toArray(new RideThroughRegion[0]);
        this.uppers = new double[ascending.length];
        this.upperInclusive = new boolean[ascending.length];
        for (int i = 0; i < ascending.length; i++) {
            uppers[i] = ascending[i].upper();
            upperInclusive[i] = ascending[i].upperInclusive();
        }
    }

    /**
     * A table from its regions, which must cover every value exactly once: from negative to
     * positive infinity, each region ending where the next begins, the shared bound belonging to
     * exactly one of the two.
     *
     * @param name the table's name, such as {@code Table 5 L/HVRT}
     * @param quantity what the table is indexed by
     * @param regions the regions in the order the table lists them
     * @return a table from its regions, which must cover every value exactly once: from negative to positive
     *         infinity, each region ending where the next begins, the shared bound belonging to exactly one of the two
     * @throws IllegalArgumentException naming the gap or overlap, or a region of another quantity
     */
    public static RideThroughTable of(String name, RideThroughQuantity quantity, List<RideThroughRegion> regions) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        List<RideThroughRegion> sorted = new ArrayList<>(Objects.requireNonNull(regions, "regions"));
        if (sorted.isEmpty()) {
            throw new InvalidValueException("regions of " + name, "at least one region", "none");
        }
        sorted.sort(Comparator.comparingDouble(RideThroughRegion::lower));
        for (RideThroughRegion r : sorted) {
            if (r.quantity() != quantity) {
                throw new InvalidValueException("region " + r.name() + " of " + name, "" + quantity + " regions", r.quantity());
            }
        }
        if (sorted.get(0).lower() != Double.NEGATIVE_INFINITY
                || sorted.get(sorted.size() - 1).upper() != Double.POSITIVE_INFINITY) {
            throw new InvalidValueException("regions of " + name, "regions from -infinity to +infinity", sorted);
        }
        for (int i = 1; i < sorted.size(); i++) {
            RideThroughRegion below = sorted.get(i - 1);
            RideThroughRegion above = sorted.get(i);
            if (below.upper() != above.lower() || below.upperInclusive() == above.lowerInclusive()) {
                throw new InvalidValueException("regions " + below.name() + " and " + above.name() + " of " + name, "adjacent, the shared bound in " + "exactly one", "" + below.rangeText() + " then " + above.rangeText());
            }
        }
        return new RideThroughTable(name, quantity, regions);
    }

    /** {@return the table's name, such as {@code Table 5 L/HVRT (4.1, before IEEE 1547-2018)}} */
    public String name() {
        return name;
    }

    /**
     * Voltage (percent of nominal) or frequency (Hz).
     *
     * @return the ride through quantity
     */
    public RideThroughQuantity quantity() {
        return quantity;
    }

    /** {@return the regions in the order the table lists them (highest first)} */
    public List<RideThroughRegion> regions() {
        return regions;
    }

    /**
     * The one region a voltage (percent of nominal) or frequency (Hz) falls in.
     *
     * @param percentOrHz the voltage in percent of nominal, or the frequency in hertz; infinities
     * fall in the open-ended regions
     * @return the one region a voltage (percent of nominal) or frequency (Hz) falls in.  fall in the open-ended
     *         regions
     * @throws IllegalArgumentException if the value is NaN
     */
    public RideThroughRegion regionOf(double percentOrHz) {
        if (Double.isNaN(percentOrHz)) {
            throw new InvalidValueException(quantity.name().toLowerCase(java.util.Locale.ROOT), "a number, " + quantity.unit(), "NaN");
        }
        int last = ascending.length - 1;
        for (int i = 0; i < last; i++) {
            double u = uppers[i];
            if (percentOrHz < u || (upperInclusive[i] && percentOrHz == u)) {
                return ascending[i];
            }
        }
        return ascending[last];
    }

    /**
     * The region with a name.
     *
     * @param regionName the name of the region, such as {@code HV2} or {@code LF1}
     * @return the region with a name
     * @throws IllegalArgumentException naming the table's regions if none has that name
     */
    public RideThroughRegion region(String regionName) {
        Objects.requireNonNull(regionName, "regionName");
        for (RideThroughRegion r : regions) {
            if (r.name().equals(regionName)) {
                return r;
            }
        }
        throw new InvalidValueException("region of " + name, String.valueOf(regions.stream().map(RideThroughRegion::name).toList()), "'" + regionName + "'");
    }

    /**
     * Checks a trip setting against its region's range of adjustability (Table 6): a setting outside
     * the range is refused.
     *
     * @param regionName the region, such as {@code HF1}
     * @param setting the pick-up setting, percent or Hz
     * @return the setting
     * @throws IllegalArgumentException if the table has no such region or the region gives no range
     * @throws org.derkit.model.InvalidValueException naming the region, the range and the setting
     */
    public double checkSetting(String regionName, double setting) {
        RideThroughRegion r = region(regionName);
        SettingRange range = r.adjustability().orElseThrow(() -> new InvalidValueException("region " + regionName + " of " + name, "a region with a range of adjustability", regionName));
        if (!range.contains(setting)) {
            throw new org.derkit.model.InvalidValueException(regionName + " trip setting",
                    RideThroughRegion.number(range.min()) + " " + quantity.unit() + " to "
                            + RideThroughRegion.number(range.max()) + " " + quantity.unit(),
                    RideThroughRegion.number(setting) + " " + quantity.unit());
        }
        return setting;
    }

    /** {@return the region of continuous operation, such as {@code NN 58.5 Hz <= f <= 60.5 Hz}} */
    public RideThroughRegion continuousRegion() {
        for (RideThroughRegion r : regions) {
            if (r.operation() == RideThroughOperation.CONTINUOUS_OPERATION) {
                return r;
            }
        }
        throw new IllegalStateException("table " + name + " has no continuous-operation region");
    }

    /**
     * Where this table and another of the same quantity ask for a different operation or
     * ride-through time, as maximal ranges with the region of each table, lowest first. Empty when
     * the tables agree everywhere.
     *
     * @param other the other value
     * @return where this table and another of the same quantity ask for a different operation or ride-through time,
     *         as maximal ranges with the region of each table, lowest first
     * @throws IllegalArgumentException if the other table is of another quantity
     */
    @SuppressWarnings("ReferenceEquality") // a run continues while both sides are the very same region
    public List<Difference> differencesFrom(RideThroughTable other) {
        Objects.requireNonNull(other, "other");
        if (other.quantity != quantity) {
            throw new InvalidValueException("other table", "a " + quantity + " table", other.name);
        }
        TreeSet<Double> bounds = new TreeSet<>();
        for (RideThroughRegion r : ascending) {
            addFinite(bounds, r);
        }
        for (RideThroughRegion r : other.ascending) {
            addFinite(bounds, r);
        }
        // samples alternate: open interval below b0, b0, (b0, b1), b1, ..., bn, open interval above bn
        double[] b = bounds.stream().mapToDouble(Double::doubleValue).toArray();
        List<Difference> out = new ArrayList<>();
        int runStart = -1;
        RideThroughRegion runMine = null;
        RideThroughRegion runTheirs = null;
        int samples = 2 * b.length + 1;
        for (int k = 0; k <= samples; k++) {
            RideThroughRegion mine = null;
            RideThroughRegion theirs = null;
            boolean differs = false;
            if (k < samples) {
                double x = sample(b, k);
                mine = regionOf(x);
                theirs = other.regionOf(x);
                differs = mine.operation() != theirs.operation()
                        || !mine.rideThroughTime().equals(theirs.rideThroughTime());
            }
            boolean continues = differs && runStart >= 0 && mine == runMine && theirs == runTheirs;
            if (runStart >= 0 && !continues) {
                out.add(new Difference(rangeText(b, runStart, k - 1), runMine, runTheirs));
                runStart = -1;
            }
            if (differs && runStart < 0) {
                runStart = k;
                runMine = mine;
                runTheirs = theirs;
            }
        }
        return List.copyOf(out);
    }

    private static void addFinite(NavigableSet<Double> bounds, RideThroughRegion r) {
        if (Double.isFinite(r.lower())) {
            bounds.add(r.lower());
        }
        if (Double.isFinite(r.upper())) {
            bounds.add(r.upper());
        }
    }

    private static double sample(double[] b, int k) {
        if (b.length == 0) {
            return 0; // two one-region tables: any value is in both regions
        }
        if (k == 0) {
            return b[0] - 1;
        }
        if (k == 2 * b.length) {
            return b[b.length - 1] + 1;
        }
        int i = (k - 1) / 2;
        return (k % 2 == 1) ? b[i] : (b[i] + b[i + 1]) / 2;
    }

    private String rangeText(double[] b, int from, int to) {
        if (from == to && from % 2 == 1) {
            return quantity.symbol() + " = " + RideThroughRegion.number(b[(from - 1) / 2]) + " " + quantity.unit();
        }
        // sample k: even = open interval between bounds (k / 2 - 1) and (k / 2); odd = bound (k - 1) / 2
        double lower = from == 0 ? Double.NEGATIVE_INFINITY : (from % 2 == 1 ? b[(from - 1) / 2] : b[from / 2 - 1]);
        boolean lowerInclusive = from % 2 == 1;
        double upper = to == 2 * b.length ? Double.POSITIVE_INFINITY : (to % 2 == 1 ? b[(to - 1) / 2] : b[to / 2]);
        boolean upperInclusive = to % 2 == 1;
        return RideThroughRegion.rangeText(quantity, lower, lowerInclusive, upper, upperInclusive);
    }

    /**
     * A range where two tables differ.
     *
     * @param range the range, such as {@code V = 120 %} or {@code 60.5 Hz < f <= 61.2 Hz}
     * @param mine the region of this table there
     * @param theirs the region of the other table there
     */
    public record Difference(String range, RideThroughRegion mine, RideThroughRegion theirs) {
        /** Such as {@code V = 120 %: HV2 cease to energize vs HV1 momentary cessation 12 s}. */
        @Override
        public String toString() {
            return range + ": " + brief(mine) + " vs " + brief(theirs);
        }

        private static String brief(RideThroughRegion r) {
            return r.name() + " " + r.operation().words()
                    + r.rideThroughTime().map(t -> " " + RideThroughRegion.seconds(t)).orElse("");
        }
    }

    /** Such as {@code Table 5 L/HVRT (...): HV2 V >= 120 %: ...; HV1 ...}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name).append(": ");
        for (int i = 0; i < regions.size(); i++) {
            s.append(i == 0 ? "" : "; ").append(regions.get(i));
        }
        return s.toString();
    }

    // ------------------------------------------------------------------------------- factories

    private static RideThroughRegion voltage(String name, double lower, boolean lowerInclusive, double upper,
            boolean upperInclusive, RideThroughOperation op, Optional<Duration> rideThrough,
            Optional<Duration> maxTrip) {
        return new RideThroughRegion(name, RideThroughQuantity.VOLTAGE, lower, lowerInclusive, upper,
                upperInclusive, op, rideThrough, maxTrip, Optional.empty());
    }

    private static RideThroughRegion frequency(String name, double lower, boolean lowerInclusive, double upper,
            boolean upperInclusive, RideThroughOperation op, Optional<Duration> rideThrough,
            Optional<Duration> maxTrip, Optional<SettingRange> adjustability) {
        return new RideThroughRegion(name, RideThroughQuantity.FREQUENCY, lower, lowerInclusive, upper,
                upperInclusive, op, rideThrough, maxTrip, adjustability);
    }

    private static Optional<Duration> s(long seconds) {
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private static Optional<Duration> ms(long millis) {
        return Optional.of(Duration.ofMillis(millis));
    }

    private static Optional<SettingRange> range(double min, double max) {
        return Optional.of(new SettingRange(min, max));
    }
}
