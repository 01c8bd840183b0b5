package org.derkit.metering;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.derkit.metering.internal.Decimals;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * Stitches the billing periods of a service point, given in any order, into continuous series
 * (RES-21, RES FAQ 22), and computes the service point's net (RES-18).
 *
 * <ul>
 * <li>Per meter and unit, periods are ordered by time. Where the last interval of one period and
 *     the first of the next are the same hour, it is a split billing hour: the two parts are
 *     summed exactly into one interval with {@code parts = 2}; the parts stay in their periods and
 *     are listed as {@link SplitHour}s. Demand (kW) is not energy: its parts are not summed, the
 *     hour's demand is the larger part (still {@code parts = 2}). Any other overlap is reported. Holes between periods are
 *     allowed (the series simply has no intervals there).</li>
 * <li>The net series of a unit is, per interval, the sum of the additive meters minus the sum of
 *     the subtractive meters over the meters that reported that interval; it may be negative. Its
 *     {@code parts} is the largest number of pieces any meter summed into that interval.</li>
 * <li>Sums are exact (scaled longs, never double): the stitched total equals the sum of all
 *     periods' values ({@link ServicePointUsage#isEnergyConserved()}).</li>
 * </ul>
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Stitcher {

    private Stitcher() {
    }

    /**
     * Stitches the periods of one service point.
     *
     *
     * @param periods at least one period, all of the same service point and interval length
     * @return the service point's whole usage: one series per meter and unit, split hours summed
     * @throws MeteringException listing service-point mismatches, overlaps, role changes and overflows
     * @throws InvalidValueException if there is no period
     */
    public static ServicePointUsage stitch(Collection<ReconstructedPeriod> periods) {
        Objects.requireNonNull(periods, "periods");
        if (periods.isEmpty()) {
            throw new InvalidValueException("billing periods to stitch", "at least one period", "none");
        }
        List<ReconstructedPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(PERIOD_ORDER);
        ServicePointId sp = sorted.get(0).servicePoint();
        List<MeteringProblem> problems = new ArrayList<>();
        for (ReconstructedPeriod p : sorted) {
            if (!p.servicePoint().equals(sp)) {
                problems.add(new MeteringProblem(MeteringProblem.Kind.SERVICE_POINT_MISMATCH, p.toString(),
                        "period of service point " + p.servicePoint() + " given with service point " + sp));
            }
        }
        if (!problems.isEmpty()) {
            throw new MeteringException(problems);
        }

        Map<String, List<Piece>> byMeter = new LinkedHashMap<>();
        for (int pi = 0; pi < sorted.size(); pi++) {
            for (IntervalSeries s : sorted.get(pi).meters()) {
                byMeter.computeIfAbsent(s.meterKey() + "\u0000" + s.unit(), k -> new ArrayList<>())
                        .add(new Piece(pi, s));
            }
        }
        List<IntervalSeries> meterSeries = new ArrayList<>(byMeter.size());
        List<SplitHour> splits = new ArrayList<>();
        for (List<Piece> pieces : byMeter.values()) {
            meterSeries.add(stitchMeter(sp, sorted, pieces, splits, problems));
        }
        if (!problems.isEmpty()) {
            throw new MeteringException(problems);
        }
        List<IntervalSeries> net = new ArrayList<>();
        for (MeterUnit unit : MeterUnit.values()) {
            List<IntervalSeries> ofUnit = new ArrayList<>();
            for (IntervalSeries s : meterSeries) {
                if (s.unit() == unit) {
                    ofUnit.add(s);
                }
            }
            if (!ofUnit.isEmpty()) {
                try {
                    net.add(net(sp, unit, ofUnit));
                } catch (ArithmeticException e) {
                    problems.add(new MeteringProblem(MeteringProblem.Kind.VALUE_OVERFLOW,
                            "service point " + sp + " net " + unit.symbol(), e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MeteringException(problems);
        }
        return new ServicePointUsage(sp, sorted, meterSeries, net, splits, periodView(sorted, splits));
    }

    /**
     * Groups periods by service point and stitches each group; the result is sorted by service
     * point identifier.
     *
     * @param periods periods of any number of service points, in any order
     * @return one usage per service point
     * @throws MeteringException listing the problems of every service point
     */
    public static List<ServicePointUsage> stitchAll(Collection<ReconstructedPeriod> periods) {
        Map<String, List<ReconstructedPeriod>> bySp = new TreeMap<>();
        for (ReconstructedPeriod p : periods) {
            bySp.computeIfAbsent(p.servicePoint().value(), k -> new ArrayList<>()).add(p);
        }
        List<ServicePointUsage> out = new ArrayList<>();
        List<MeteringProblem> problems = new ArrayList<>();
        for (List<ReconstructedPeriod> group : bySp.values()) {
            try {
                out.add(stitch(group));
            } catch (MeteringException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new MeteringException(problems);
        }
        return out;
    }

    private static final Comparator<ReconstructedPeriod> PERIOD_ORDER = Comparator
            .comparingLong(ReconstructedPeriod::firstStartSeconds)
            .thenComparing(p -> p.period().start())
            .thenComparing(p -> p.period().end())
            .thenComparing(ReconstructedPeriod::source)
            .thenComparing(p -> p.servicePoint().value());

    private static final class Piece {
        final int period;
        final IntervalSeries series;

        Piece(int period, IntervalSeries series) {
            this.period = period;
            this.series = series;
        }
    }

    private static IntervalSeries stitchMeter(ServicePointId sp, List<ReconstructedPeriod> periods, List<Piece> pieces,
            List<SplitHour> splits, List<MeteringProblem> problems) {
        pieces.sort(Comparator.comparingLong((Piece p) -> p.series.isEmpty() ? Long.MIN_VALUE : p.series.startSeconds(0))
                .thenComparingInt(p -> p.period));
        IntervalSeries first = pieces.get(0).series;
        MeterNumber meter = first.meter().orElse(null); // null: account-level usage
        MeterRole role = first.role().orElseThrow();
        MeterUnit unit = first.unit();
        int len = first.intervalMinutes();
        long lenSec = len * 60L;
        int total = 0;
        for (Piece p : pieces) {
            total += p.series.size();
        }
        long[] starts = new long[total];
        long[] unscaled = new long[total];
        byte[] scales = new byte[total];
        byte[] parts = new byte[total];
        byte[] flags = new byte[total];
        int size = 0;
        int lastPeriod = -1;
        for (Piece p : pieces) {
            IntervalSeries s = p.series;
            String where = periods.get(p.period) + ", meter " + meter + " " + unit.symbol();
            if (s.role().orElseThrow() != role) {
                problems.add(new MeteringProblem(MeteringProblem.Kind.ROLE_CHANGED, where,
                        "meter is " + s.role().orElseThrow() + " here but " + role + " in " + periods.get(pieces.get(0).period)));
                continue;
            }
            if (s.intervalMinutes() != len) {
                problems.add(new MeteringProblem(MeteringProblem.Kind.OVERLAP, where,
                        s.intervalMinutes() + "-minute intervals cannot be stitched to " + len + "-minute ones"));
                continue;
            }
            int n = s.size();
            if (n == 0) {
                continue;
            }
            long[] ss = s.startArray();
            int from = 0;
            if (size > 0 && ss[0] <= starts[size - 1]) {
                long last = starts[size - 1];
                if (ss[0] < last) {
                    long overlapEnd = Math.min(last + lenSec, ss[n - 1] + lenSec);
                    problems.add(new MeteringProblem(MeteringProblem.Kind.OVERLAP, where,
                            "overlaps " + periods.get(lastPeriod) + " from " + local(ss[0]) + " to "
                                    + local(overlapEnd) + "; only one shared boundary hour is a split hour"));
                    continue;
                }
                int k = size - 1;
                long a = unscaled[k];
                int sa = scales[k];
                long b = s.unscaledArray()[0];
                int sb = s.scaleArray()[0];
                int sc = Math.max(sa, sb);
                try {
                    long ra = Decimals.rescale(a, sa, sc);
                    long rb = Decimals.rescale(b, sb, sc);
                    // energy parts add up; demand (kW) is not energy: the hour's demand is the larger part
                    unscaled[k] = unit.isEnergy() ? Math.addExact(ra, rb) : Math.max(ra, rb);
                } catch (ArithmeticException e) {
                    problems.add(new MeteringProblem(MeteringProblem.Kind.VALUE_OVERFLOW, where,
                            "split hour " + local(last) + " sums beyond 18 digits"));
                    continue;
                }
                scales[k] = (byte) sc;
                parts[k] = (byte) Math.min(127, parts[k] + s.partArray()[0]);
                flags[k] |= s.flagArray()[0];
                splits.add(new SplitHour(Optional.ofNullable(meter), unit, Instant.ofEpochSecond(last), lastPeriod, p.period,
                        Decimals.of(a, sa), Decimals.of(b, sb)));
                from = 1;
            }
            int m = n - from;
            System.arraycopy(ss, from, starts, size, m);
            System.arraycopy(s.unscaledArray(), from, unscaled, size, m);
            System.arraycopy(s.scaleArray(), from, scales, size, m);
            System.arraycopy(s.partArray(), from, parts, size, m);
            System.arraycopy(s.flagArray(), from, flags, size, m);
            size += m;
            lastPeriod = p.period;
        }
        return new IntervalSeries(sp, meter, role, unit, len, size, starts, unscaled, scales, parts, flags);
    }

    /**
     * An instant of a message as a person reads it: the local time in America/Chicago with its
     * offset ({@code 2026-11-01T01:00-06:00}), never UTC (issue 15 item 5). Periods carry no clock,
     * so the zone is Ameren's.
     */
    static String local(long epochSecond) {
        return MESSAGE_CLOCK.format(Instant.ofEpochSecond(epochSecond));
    }

    private static final org.derkit.model.retail.IntervalClock MESSAGE_CLOCK = org.derkit.model.retail.IntervalClock.ameren();

    /** The net of the meter series of one unit (all with the same interval length). */
    static IntervalSeries net(ServicePointId sp, MeterUnit unit, List<IntervalSeries> series) {
        int len = series.get(0).intervalMinutes();
        long lenSec = len * 60L;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int cs = 0;
        for (IntervalSeries s : series) {
            if (s.intervalMinutes() != len) {
                throw new InvalidValueException("interval length of " + s.meterName() + " (" + unit.symbol() + ")",
                        len + " minutes, as the other meters of " + unit.symbol(), s.intervalMinutes() + " minutes");
            }
            if (!s.isEmpty()) {
                min = Math.min(min, s.startSeconds(0));
                max = Math.max(max, s.startSeconds(s.size() - 1));
                cs = Math.max(cs, s.maxScale());
            }
        }
        if (min == Long.MAX_VALUE) {
            return IntervalSeries.netBuilder(sp, unit, len).build();
        }
        long cells = (max - min) / lenSec + 1;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new InvalidValueException("intervals the net series spans", "<= " + (Integer.MAX_VALUE - 8), cells);
        }
        int g = (int) cells;
        long[] acc = new long[g];
        byte[] nat = new byte[g];
        byte[] parts = new byte[g];
        Arrays.fill(nat, (byte) -1);
        for (IntervalSeries s : series) {
            boolean add = s.role().orElseThrow() == MeterRole.ADDITIVE;
            long[] st = s.startArray();
            long[] u = s.unscaledArray();
            byte[] sc = s.scaleArray();
            byte[] pt = s.partArray();
            for (int i = 0, n = s.size(); i < n; i++) {
                int k = (int) ((st[i] - min) / lenSec);
                try {
                    long v = Decimals.rescale(u[i], sc[i], cs);
                    acc[k] = add ? Math.addExact(acc[k], v) : Math.subtractExact(acc[k], v);
                } catch (ArithmeticException e) {
                    throw new ArithmeticException("the net of the interval starting " + local(st[i])
                            + " exceeds 18 digits (" + s.meterName() + ")");
                }
                if (sc[i] > nat[k]) {
                    nat[k] = sc[i];
                }
                if (pt[i] > parts[k]) {
                    parts[k] = pt[i];
                }
            }
        }
        int size = 0;
        for (int k = 0; k < g; k++) {
            if (nat[k] >= 0) {
                size++;
            }
        }
        long[] starts = new long[size];
        long[] unscaled = new long[size];
        byte[] scales = new byte[size];
        byte[] outParts = new byte[size];
        int j = 0;
        for (int k = 0; k < g; k++) {
            if (nat[k] >= 0) {
                starts[j] = min + k * lenSec;
                unscaled[j] = Decimals.rescaleDown(acc[k], cs, nat[k]);
                scales[j] = nat[k];
                outParts[j] = parts[k];
                j++;
            }
        }
        return new IntervalSeries(sp, null, null, unit, len, size, starts, unscaled, scales, outParts, new byte[size]);
    }

    private static int distinctIntervals(List<IntervalSeries> series) {
        if (series.size() == 1) {
            return series.get(0).size();
        }
        int n = 0;
        for (IntervalSeries s : series) {
            n += s.size();
        }
        long[] all = new long[n];
        int k = 0;
        for (IntervalSeries s : series) {
            System.arraycopy(s.startArray(), 0, all, k, s.size());
            k += s.size();
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    private static List<PeriodUsage> periodView(List<ReconstructedPeriod> periods, List<SplitHour> splits) {
        List<PeriodUsage> view = new ArrayList<>();
        for (int pi = 0; pi < periods.size(); pi++) {
            ReconstructedPeriod p = periods.get(pi);
            Map<MeterUnit, BigDecimal[]> totals = new EnumMap<>(MeterUnit.class);
            Map<MeterUnit, List<IntervalSeries>> ofUnit = new EnumMap<>(MeterUnit.class);
            for (IntervalSeries s : p.meters()) {
                BigDecimal[] t = totals.computeIfAbsent(s.unit(), u -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                int k = s.role().orElseThrow() == MeterRole.ADDITIVE ? 0 : 1;
                t[k] = t[k].add(s.total());
                ofUnit.computeIfAbsent(s.unit(), u -> new ArrayList<>()).add(s);
            }
            for (Map.Entry<MeterUnit, BigDecimal[]> e : totals.entrySet()) {
                Optional<Instant> first = Optional.empty();
                Optional<Instant> last = Optional.empty();
                for (SplitHour sh : splits) {
                    if (sh.unit() == e.getKey() && sh.laterPeriod() == pi) {
                        first = Optional.of(sh.start());
                    }
                    if (sh.unit() == e.getKey() && sh.earlierPeriod() == pi) {
                        last = Optional.of(sh.start());
                    }
                }
                view.add(new PeriodUsage(pi, p.period(), p.source(), e.getKey(), e.getValue()[0],
                        e.getValue()[1], distinctIntervals(ofUnit.get(e.getKey())), first, last));
            }
        }
        return view;
    }
}
