package org.derkit.metering;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.derkit.metering.internal.Decimals;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * The stitched net series of many service points, built from reconstructed periods as they
 * arrive (any order, any number of files) with compact primitive state: per service point and
 * unit one exact accumulator per interval (an unscaled long, its scale and its part count), per
 * meter only the first and last value of each period. No object per interval and no period is
 * kept, so memory grows with service points times hours covered, not with the input.
 *
 * <p>The result equals {@link Stitcher}'s net series ({@link ServicePointUsage#netSeries()}) for
 * the same periods: additive minus subtractive meters (RES-18), split billing hours (RES-21) of
 * energy units (kWh, kvarh) summed with {@code parts = 2}. Demand (kW) is not energy: the two
 * parts of a split hour are not summed; the meter's value for that hour is the larger part (the
 * demand the meter registered in that hour), also with {@code parts = 2}. An overlap of more than
 * the one shared boundary hour, or a meter changing role, is refused as {@link Stitcher} does.
 *
 * <pre>{@code
 * NetSeriesAccumulator net = new NetSeriesAccumulator(IntervalClock.ameren());
 * UsageReader.ameren().read(files, t -> net.add(t.period()));
 * net.forEachNet(series -> csv.write(series));   // sorted by service point, then unit symbol
 * }</pre>
 *
 * <p>Implementation Requirements: not thread-safe; feed it from one thread.
 */
// the unit's ordinal indexes the compact primitive arrays of the per-hour state (one slot per unit)
@SuppressWarnings("EnumOrdinal")
public final class NetSeriesAccumulator {

    private final IntervalClock clock;
    private final long lengthSeconds;
    private final Map<String, Point> points = new HashMap<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final List<UsageProblem> problems = new ArrayList<>();
    private int order;
    private boolean finished;

    /**
     * An empty accumulator.
     *
     * @param clock the zone and interval length of the periods that will be added
     */
    public NetSeriesAccumulator(IntervalClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lengthSeconds = clock.intervalMinutes() * 60L;
    }

    /** One service point: a net accumulator per unit and the periods' edges per meter. */
    private static final class Point {
        final ServicePointId id;
        final Net[] nets = new Net[MeterUnit.values().length];
        final Map<String, Meter> meters = new HashMap<>();

        Point(ServicePointId id) {
            this.id = id;
        }
    }

    /** One meter and unit: its role and the first and last value of each period. */
    private static final class Meter {
        final MeterNumber meter;
        final MeterRole role;
        final MeterUnit unit;
        final String firstPeriod;
        final List<Edge> edges = new ArrayList<>(2);

        Meter(MeterNumber meter, MeterRole role, MeterUnit unit, String firstPeriod) {
            this.meter = meter;
            this.role = role;
            this.unit = unit;
            this.firstPeriod = firstPeriod;
        }

        /** Such as {@code meter 7000001}, or {@code account-level usage} for a meter of null. */
        String name() {
            return meter == null ? "account-level usage" : "meter " + meter;
        }
    }

    /** The first and last interval of one meter in one period. */
    private static final class Edge {
        final int order;
        final String period;
        final long first;
        final long last;
        final long firstValue;
        final int firstScale;
        final long lastValue;
        final int lastScale;

        Edge(int order, String period, IntervalSeries s) {
            int n = s.size() - 1;
            this.order = order;
            this.period = period;
            this.first = s.startSeconds(0);
            this.last = s.startSeconds(n);
            this.firstValue = s.unscaled(0);
            this.firstScale = s.scale(0);
            this.lastValue = s.unscaled(n);
            this.lastScale = s.scale(n);
        }
    }

    /** The exact net of one unit: cell k is the interval starting at base + k x length. */
    private final class Net {
        long base;
        int cells;
        int scale;
        long[] acc = new long[0];
        byte[] natural = new byte[0];
        byte[] parts = new byte[0];

        void cover(long first, long last) {
            if (cells == 0) {
                base = first;
                cells = (int) ((last - first) / lengthSeconds) + 1;
                acc = new long[cells];
                natural = new byte[cells];
                parts = new byte[cells];
                java.util.Arrays.fill(natural, (byte) -1);
                return;
            }
            long newBase = Math.min(base, first);
            long end = Math.max(base + (cells - 1) * lengthSeconds, last);
            long span = (end - newBase) / lengthSeconds + 1;
            if (newBase == base && span <= acc.length) {
                cells = (int) span;
                return;
            }
            if (span > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("a series spanning " + span + " intervals");
            }
            int shift = (int) ((base - newBase) / lengthSeconds);
            int capacity = newBase == base ? (int) Math.min(Integer.MAX_VALUE - 8, Math.max(span, cells + cells / 2L))
                    : (int) span;
            long[] a = new long[capacity];
            byte[] nat = new byte[capacity];
            byte[] p = new byte[capacity];
            java.util.Arrays.fill(nat, (byte) -1);
            System.arraycopy(acc, 0, a, shift, cells);
            System.arraycopy(natural, 0, nat, shift, cells);
            System.arraycopy(parts, 0, p, shift, cells);
            acc = a;
            natural = nat;
            parts = p;
            base = newBase;
            cells = (int) span;
        }

        /** Adds (or subtracts) unscaled x 10^-s at cell k; false on overflow. */
        boolean add(int k, long unscaled, int s, boolean subtract) {
            try {
                if (s > scale) {
                    long f = Decimals.pow10(s - scale);
                    for (int i = 0; i < cells; i++) {
                        acc[i] = Math.multiplyExact(acc[i], f);
                    }
                    scale = s;
                }
                long v = Decimals.rescale(unscaled, s, scale);
                acc[k] = subtract ? Math.subtractExact(acc[k], v) : Math.addExact(acc[k], v);
            } catch (ArithmeticException e) {
                return false;
            }
            if (s > natural[k]) {
                natural[k] = (byte) s;
            }
            if (parts[k] < 1) {
                parts[k] = 1;
            }
            return true;
        }
    }

    /**
     * Adds the meter series of one reconstructed period.
     *
     * @param period the period, any order relative to the others
     * @throws InvalidValueException if its interval length is not the clock's
     * @throws IllegalStateException after {@link #finish()}
     */
    public void add(ReconstructedPeriod period) {
        Objects.requireNonNull(period, "period");
        if (finished) {
            throw new IllegalStateException("periods cannot be added after finish()");
        }
        String file = period.source().replaceFirst(" ST .*$", "");
        sources.add(file);
        Point point = points.computeIfAbsent(period.servicePoint().value(), k -> new Point(period.servicePoint()));
        int o = order++;
        String name = period.toString();
        for (IntervalSeries s : period.meters()) {
            if (s.intervalMinutes() * 60L != lengthSeconds) {
                throw new InvalidValueException("interval length of " + s,
                        clock.intervalMinutes() + " minutes, the accumulator's", s.intervalMinutes() + " minutes");
            }
            if (s.isEmpty() || s.isNet()) {
                continue;
            }
            MeterNumber meterNumber = s.meter().orElse(null); // null: account-level usage
            MeterRole role = s.role().orElseThrow();
            Meter meter = point.meters.computeIfAbsent(s.meterKey() + "\u0000" + s.unit(),
                    k -> new Meter(meterNumber, role, s.unit(), name));
            if (meter.role != role) {
                problem(MeteringProblem.Kind.ROLE_CHANGED, name + ", " + s.meterName() + " " + s.unit().symbol(),
                        "meter is " + role + " here but " + meter.role + " in " + meter.firstPeriod);
                continue;
            }
            meter.edges.add(new Edge(o, name, s));
            Net net = point.nets[s.unit().ordinal()];
            if (net == null) {
                net = new Net();
                point.nets[s.unit().ordinal()] = net;
            }
            net.cover(s.startSeconds(0), s.startSeconds(s.size() - 1));
            boolean subtract = role == MeterRole.SUBTRACTIVE;
            long[] st = s.startArray();
            long[] u = s.unscaledArray();
            byte[] sc = s.scaleArray();
            long base = net.base;
            for (int i = 0, n = s.size(); i < n; i++) {
                int k = (int) ((st[i] - base) / lengthSeconds);
                if (!net.add(k, u[i], sc[i], subtract)) {
                    problem(MeteringProblem.Kind.VALUE_OVERFLOW, "service point " + point.id + " net " + s.unit().symbol(),
                            "the net of the interval starting " + clock.format(java.time.Instant.ofEpochSecond(st[i]))
                                    + " exceeds 18 digits (" + name + ")");
                    break;
                }
            }
        }
    }

    /**
     * Hands the net series of every service point to {@code action}, sorted by service point, then
     * unit symbol; each series is built just before it is handed over.
     *
     * @param action receives each net series
     * @throws UsageReadException listing every stitching problem (overlaps, role changes,
     *         overflows), before any series is handed over
     */
    public void forEachNet(Consumer<? super IntervalSeries> action) {
        Objects.requireNonNull(action, "action");
        finish();
        List<Point> sorted = new ArrayList<>(points.values());
        sorted.sort(Comparator.comparing(p -> p.id.value()));
        List<MeterUnit> units = new ArrayList<>(List.of(MeterUnit.values()));
        units.sort(Comparator.comparing(MeterUnit::symbol));
        for (Point p : sorted) {
            for (MeterUnit unit : units) {
                Net net = p.nets[unit.ordinal()];
                if (net != null) {
                    action.accept(series(p.id, unit, net));
                }
            }
        }
    }

    /**
     * Ends the adding: resolves the split hours of every meter (summed for energy, the larger part
     * for demand) and checks the periods against each other. Idempotent; {@link #forEachNet} calls
     * it, so call it first only to know of problems before writing anything.
     *
     * @throws UsageReadException listing every stitching problem (overlaps, role changes, overflows)
     */
    public void finish() {
        if (!finished) {
            finished = true;
            for (Point p : points.values()) {
                for (Meter m : p.meters.values()) {
                    edges(p, m);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageReadException(String.join(", ", sources), problems, null);
        }
    }

    /**
     * Every net series, in the order of {@link #forEachNet}.
     *
     * @return the net series
     * @throws UsageReadException listing every stitching problem
     */
    public List<IntervalSeries> netSeries() {
        List<IntervalSeries> all = new ArrayList<>();
        forEachNet(all::add);
        return all;
    }

    private IntervalSeries series(ServicePointId id, MeterUnit unit, Net net) {
        int size = 0;
        for (int k = 0; k < net.cells; k++) {
            if (net.natural[k] >= 0) {
                size++;
            }
        }
        long[] starts = new long[size];
        long[] unscaled = new long[size];
        byte[] scales = new byte[size];
        byte[] parts = new byte[size];
        int j = 0;
        for (int k = 0; k < net.cells; k++) {
            if (net.natural[k] >= 0) {
                starts[j] = net.base + k * lengthSeconds;
                unscaled[j] = Decimals.rescaleDown(net.acc[k], net.scale, net.natural[k]);
                scales[j] = net.natural[k];
                parts[j] = net.parts[k];
                j++;
            }
        }
        return new IntervalSeries(id, null, null, unit, clock.intervalMinutes(), size, starts, unscaled, scales, parts,
                new byte[size]);
    }

    /** Checks one meter's periods against each other: split hours, overlaps; demand keeps the larger part. */
    private void edges(Point p, Meter m) {
        m.edges.sort(Comparator.comparingLong((Edge e) -> e.first).thenComparingInt(e -> e.order));
        Net net = p.nets[m.unit.ordinal()];
        long last = Long.MIN_VALUE;
        Edge lastEdge = null;
        // per split hour (cell): the parts added to the net so far, the largest part, the part count
        Map<Integer, Object[]> splits = new TreeMap<>();
        for (Edge e : m.edges) {
            if (lastEdge != null && e.first < last) {
                problem(MeteringProblem.Kind.OVERLAP, e.period + ", " + m.name() + " " + m.unit.symbol(),
                        "overlaps " + lastEdge.period + " from " + clock.format(java.time.Instant.ofEpochSecond(e.first))
                                + " to " + clock.format(java.time.Instant.ofEpochSecond(Math.min(last, e.last)
                                        + lengthSeconds)) + "; only one shared boundary hour is a split hour");
                continue;
            }
            if (lastEdge != null && e.first == last) {
                int k = (int) ((last - net.base) / lengthSeconds);
                BigDecimal part = BigDecimal.valueOf(e.firstValue, e.firstScale);
                Object[] run = splits.get(k);
                if (run == null) {
                    BigDecimal first = BigDecimal.valueOf(lastEdge.lastValue, lastEdge.lastScale);
                    run = new Object[] {first, first, 1};
                    splits.put(k, run);
                }
                run[0] = ((BigDecimal) run[0]).add(part);
                run[1] = ((BigDecimal) run[1]).max(part);
                run[2] = (Integer) run[2] + 1;
                net.parts[k] = (byte) Math.max(net.parts[k], Math.min(127, (Integer) run[2]));
            }
            if (lastEdge == null || e.last >= last) {
                last = e.last;
                lastEdge = e;
            }
        }
        if (m.unit.isEnergy()) {
            return;
        }
        boolean subtract = m.role == MeterRole.SUBTRACTIVE;
        for (Map.Entry<Integer, Object[]> d : splits.entrySet()) {
            // demand: the net holds the sum of the parts; it must hold the largest part
            BigDecimal correction = ((BigDecimal) d.getValue()[1]).subtract((BigDecimal) d.getValue()[0]);
            if (correction.signum() != 0 && !net.add(d.getKey(), correction.unscaledValue().longValueExact(),
                    correction.scale(), subtract)) {
                problem(MeteringProblem.Kind.VALUE_OVERFLOW, "service point " + p.id + ", " + m.name() + " "
                        + m.unit.symbol(), "a split demand hour exceeds 18 digits");
            }
        }
    }

    private void problem(MeteringProblem.Kind kind, String where, String detail) {
        problems.add(new UsageProblem(String.join(", ", sources), kind.name(), detail + " (" + where + ")",
                Optional.empty()));
    }
}
