package org.derkit.metering;

import org.derkit.model.InvalidValueException;
import org.derkit.model.retail.EndOfDayStyle;
import org.derkit.model.retail.IntervalLabel;
import org.derkit.model.retail.IntervalClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * Seeded, framework-neutral generators of meter data for tests, examples and benchmarks: local
 * days with the DST days first, exact values, meter channels with elapsed-time labels, and whole
 * service points cut into billing periods with split hours and subtractive meters. The same seed
 * always gives the same data. A property-testing library wraps these in its own generator type
 * (QuickTheories: {@code longs().all().map(seed -> IntervalGenerators.seeded(seed).servicePoint(...))}).
 *
 * <p>Implementation Requirements: not thread-safe (it holds a random source); use one instance per
 * thread.
 */
public final class IntervalGenerators {

    /** The first year of generated days. */
    public static final int FIRST_YEAR = 1970;
    /** The last year of generated days. */
    public static final int LAST_YEAR = 2100;

    private final SplittableRandom random;

    private IntervalGenerators(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * {@return a generator for a seed}
     *
     * @param seed the seed; the same seed yields the same values
     */
    public static IntervalGenerators seeded(long seed) {
        return new IntervalGenerators(seed);
    }

    /**
     * {@return the local days on which the zone changes its offset (spring-forward and fall-back days),
     * between two years inclusive, in order}
     *
     * @param zone the zone whose offset changes are listed
     * @param fromYear the first year, inclusive
     * @param toYear the last year, inclusive
     */
    public static List<LocalDate> transitionDays(ZoneId zone, int fromYear, int toYear) {
        Objects.requireNonNull(zone, "zone");
        Set<LocalDate> days = new LinkedHashSet<>();
        Instant t = LocalDate.of(fromYear, 1, 1).atStartOfDay(zone).toInstant().minusSeconds(1);
        Instant stop = LocalDate.of(toYear + 1, 1, 1).atStartOfDay(zone).toInstant();
        while (true) {
            ZoneOffsetTransition tr = zone.getRules().nextTransition(t);
            if (tr == null || !tr.getInstant().isBefore(stop)) {
                break;
            }
            days.add(LocalDate.ofInstant(tr.getInstant().minusSeconds(1), zone));
            t = tr.getInstant();
        }
        return new ArrayList<>(days);
    }

    /**
     * {@return every local day from 1970 to 2100 once: the zone's transition days first, then all others in
     * a seeded random order}
     *
     * @param zone the zone whose transition days come first
     */
    public List<LocalDate> daysDstFirst(ZoneId zone) {
        List<LocalDate> first = transitionDays(zone, FIRST_YEAR, LAST_YEAR);
        Set<LocalDate> seen = new LinkedHashSet<>(first);
        List<LocalDate> rest = new ArrayList<>();
        for (LocalDate d = LocalDate.of(FIRST_YEAR, 1, 1); d.getYear() <= LAST_YEAR; d = d.plusDays(1)) {
            if (!seen.contains(d)) {
                rest.add(d);
            }
        }
        for (int i = rest.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            LocalDate x = rest.get(i);
            rest.set(i, rest.get(j));
            rest.set(j, x);
        }
        List<LocalDate> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }

    /**
     * {@return a day from 1970 to 2100; a transition day of the zone one time in three}
     *
     * @param zone the zone whose transition days are favoured
     */
    public LocalDate day(ZoneId zone) {
        if (random.nextInt(3) == 0) {
            int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
            List<LocalDate> t = transitionDays(zone, year, year);
            if (!t.isEmpty()) {
                return t.get(random.nextInt(t.size()));
            }
        }
        long from = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
        long to = LocalDate.of(LAST_YEAR, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(from + random.nextLong(to - from + 1));
    }

    /** {@return an exact value from 0 to 5000 with 0 to 3 decimal places; zero now and then} */
    public BigDecimal value() {
        int scale = random.nextInt(4);
        long unscaled = random.nextInt(10) == 0 ? 0 : random.nextLong(5_000L * pow10(scale) + 1);
        return BigDecimal.valueOf(unscaled, scale);
    }

    /**
     * {@return a seeded int in {@code [0, bound)}}
     *
     * @param bound the exclusive upper bound, positive
     */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /**
     * {@return a contiguous channel of {@code count} intervals, the first starting at {@code from}, labelled
     * by the elapsed-time rule in the given end-of-day style; values as {@link #value()}, one in
     * twenty estimated}
     *
     * @param meter the meter number
     * @param role additive or subtractive
     * @param unit the channel's unit
     * @param from the start of the first interval, on the clock's grid
     * @param count the number of intervals, not negative
     * @param clock the zone and interval length of the labels
     * @param style the end-of-day label style
     */
    public MeterChannel channel(MeterNumber meter, MeterRole role, MeterUnit unit, Instant from, int count,
            IntervalClock clock, EndOfDayStyle style) {
        MeterChannel.Builder b = MeterChannel.builder(meter, role, unit);
        long len = clock.intervalMinutes() * 60L;
        long t = from.getEpochSecond();
        for (int i = 0; i < count; i++) {
            IntervalLabel label = clock.label(Instant.ofEpochSecond(t + len), style);
            BigDecimal v = value();
            b.addUnscaled(label.date().toEpochDay(), label.minutes(), v.unscaledValue().longValue(), v.scale(),
                    random.nextInt(20) == 0, 0);
            t += len;
        }
        return b.build();
    }

    /**
     * {@return a whole service point cut into billing periods: {@code additive} additive and
     * {@code subtractive} subtractive meters (kWh), {@code hours} hourly intervals from the start of
     * {@code firstDay}, cut into {@code periods} consecutive periods} Each boundary is a split hour
     * (the hour's value divided into two exact parts, one per period) with probability one half,
     * otherwise a clean cut. Labels use the {@code 2400} style, or {@code 0000} of the next day in
     * one report of three.
     *
     *
     * @param servicePoint the service point's identifier
     * @param firstDay the local day (America/Chicago) the first hour starts
     * @param hours the number of hourly intervals, at least {@code periods}
     * @param periods the number of billing periods, at least 1
     * @param additive the number of additive meters, at least 1
     * @param subtractive the number of subtractive meters, not negative
     * @throws InvalidValueException if there are fewer hours than periods or no additive meter
     */
    public GeneratedServicePoint servicePoint(ServicePointId servicePoint, LocalDate firstDay, int hours, int periods,
            int additive, int subtractive) {
        if (hours < periods || periods < 1 || additive < 1 || subtractive < 0) {
            throw new InvalidValueException("hours, periods, additive and subtractive meters",
                    "hours >= periods >= 1, additive >= 1, subtractive >= 0",
                    "hours " + hours + ", periods " + periods + ", additive " + additive + ", subtractive " + subtractive);
        }
        IntervalClock clock = IntervalClock.ameren();
        long t0 = clock.startOfDaySeconds(firstDay);
        int meters = additive + subtractive;
        // the truth: one value per meter and hour, as scaled longs with scale 3
        long[][] truth = new long[meters][hours];
        boolean[][] estimated = new boolean[meters][hours];
        for (int m = 0; m < meters; m++) {
            for (int h = 0; h < hours; h++) {
                truth[m][h] = random.nextLong(m < additive ? 5_000_000L : 1_000_000L);
                estimated[m][h] = random.nextInt(50) == 0;
            }
        }
        // cut points: period p covers hours [cut[p], cut[p+1]) plus, if split[p+1], hour cut[p+1]
        int[] cut = new int[periods + 1];
        boolean[] split = new boolean[periods + 1];
        cut[periods] = hours;
        Set<Integer> inner = new java.util.TreeSet<>();
        while (inner.size() < periods - 1) {
            inner.add(1 + random.nextInt(hours - 1));
        }
        int p0 = 1;
        for (int c : inner) {
            cut[p0] = c;
            split[p0] = random.nextBoolean();
            p0++;
        }
        long[][] firstPart = new long[meters][periods + 1];
        for (int m = 0; m < meters; m++) {
            for (int p = 1; p < periods; p++) {
                if (split[p]) {
                    long v = truth[m][cut[p]];
                    firstPart[m][p] = v == 0 ? 0 : random.nextLong(v + 1);
                }
            }
        }
        List<UsageReport> reports = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            EndOfDayStyle style = random.nextInt(3) == 0 ? EndOfDayStyle.MIDNIGHT_NEXT_DAY : EndOfDayStyle.END_OF_DAY_2400;
            int from = cut[p];
            int to = cut[p + 1] + (p + 1 < periods && split[p + 1] ? 1 : 0); // exclusive
            List<MeterChannel> channels = new ArrayList<>();
            for (int m = 0; m < meters; m++) {
                MeterChannel.Builder b = MeterChannel.builder(meterNumber(m),
                        m < additive ? MeterRole.ADDITIVE : MeterRole.SUBTRACTIVE, MeterUnit.KWH);
                for (int h = from; h < to; h++) {
                    long v = truth[m][h];
                    if (h == from && p > 0 && split[p]) {
                        v = truth[m][h] - firstPart[m][p];
                    } else if (h == to - 1 && p + 1 < periods && split[p + 1]) {
                        v = firstPart[m][p + 1];
                    }
                    IntervalLabel label = clock.label(Instant.ofEpochSecond(t0 + (h + 1) * 3600L), style);
                    b.addUnscaled(label.date().toEpochDay(), label.minutes(), v, 3, estimated[m][h], 0);
                }
                channels.add(b.build());
            }
            LocalDate start = LocalDate.ofInstant(Instant.ofEpochSecond(t0 + from * 3600L), clock.zone());
            LocalDate end = LocalDate.ofInstant(Instant.ofEpochSecond(t0 + (to - 1) * 3600L), clock.zone());
            reports.add(new UsageReport(servicePoint, new BillingPeriod(start, end), "generated period " + (p + 1), channels));
        }
        List<IntervalSeries> truths = new ArrayList<>();
        for (int m = 0; m < meters; m++) {
            IntervalSeries.Builder b = IntervalSeries.meterBuilder(servicePoint, meterNumber(m),
                    m < additive ? MeterRole.ADDITIVE : MeterRole.SUBTRACTIVE, MeterUnit.KWH, 60);
            for (int h = 0; h < hours; h++) {
                boolean splitHour = false;
                for (int p = 1; p < periods; p++) {
                    splitHour |= split[p] && cut[p] == h;
                }
                b.add(t0 + h * 3600L, truth[m][h], 3, splitHour ? 2 : 1, estimated[m][h]);
            }
            truths.add(b.build());
        }
        return new GeneratedServicePoint(servicePoint, reports, truths);
    }

    private static MeterNumber meterNumber(int m) {
        return MeterNumber.of(Integer.toString(7_000_001 + m));
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /**
     * A generated service point: its billing-period reports in time order, and the truth they were
     * cut from (each meter's whole hourly series, split hours whole, with {@code parts = 2}).
     *
     * @param servicePoint the service point
     * @param reports the reports, one per billing period, in time order
     * @param truth one series per meter, the values stitching must reproduce
     */
    public record GeneratedServicePoint(ServicePointId servicePoint, List<UsageReport> reports,
            List<IntervalSeries> truth) {

        /**
         * Copies the lists.
         *
         * @param reports the reports, one per billing period, in time order
         * @param servicePoint the service point
         * @param truth one series per meter, the values stitching must reproduce
         */
        public GeneratedServicePoint {
            Objects.requireNonNull(servicePoint, "servicePoint");
            reports = List.copyOf(reports);
            truth = List.copyOf(truth);
        }
    }
}
