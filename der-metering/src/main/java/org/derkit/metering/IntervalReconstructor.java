package org.derkit.metering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/**
 * Turns the raw labels of a {@link UsageReport} into intervals with true start and end instants by
 * the elapsed-time rule of {@link IntervalClock} (RES-20), in primary quantities.
 *
 * <p>Every value is checked, and every problem is reported with its location, never guessed:
 * a label off the interval grid or beyond the end of its day ({@code 2400} on a 23-hour day), a
 * duplicate, an out-of-order value, a gap, a local day with another count than the zone
 * rules give (23, 24 or 25 hourly values in Chicago) where the data covers the day from its
 * start to its end (the first and last day of a channel may be partial: a read at 14:30), a value
 * outside the billing period (from the start of the first day to the end of
 * the last), a meter and unit appearing twice. Both end-of-day styles are read ({@code 2400} on
 * the day, {@code 0000} on the next day).
 *
 * <p>Values that are not yet scaled ({@link MeterChannel#isScaled()} false) are multiplied by their
 * multiplier here, exactly.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class IntervalReconstructor {

    private final IntervalClock clock;

    private IntervalReconstructor(IntervalClock clock) {
        this.clock = clock;
    }

    /**
     * {@return a reconstructor for a clock (zone and interval length)}
     *
     * @param clock the zone and interval length of the reports to read
     */
    public static IntervalReconstructor of(IntervalClock clock) {
        return new IntervalReconstructor(Objects.requireNonNull(clock, "clock"));
    }

    /** {@return Ameren's reconstructor: America/Chicago, hourly} */
    public static IntervalReconstructor ameren() {
        return of(IntervalClock.ameren());
    }

    /** {@return the clock used} */
    public IntervalClock clock() {
        return clock;
    }

    /**
     * {@return the report's channels as series on the time line: labels turned into instants by the
     * elapsed-hour rule, duplicates and gaps refused}
     *
     * @param report one billing period's 867 usage of a service point
     * @throws MeteringException with every problem found, if there is any
     */
    public ReconstructedPeriod reconstruct(UsageReport report) {
        List<MeteringProblem> problems = new ArrayList<>();
        ReconstructedPeriod period = run(report, problems);
        if (!problems.isEmpty()) {
            throw new MeteringException(problems);
        }
        return period;
    }

    /**
     * {@return every problem of a report; an empty list if it reconstructs cleanly}
     *
     * @param report one billing period's 867 usage of a service point
     */
    public List<MeteringProblem> check(UsageReport report) {
        List<MeteringProblem> problems = new ArrayList<>();
        run(report, problems);
        return List.copyOf(problems);
    }

    private ReconstructedPeriod run(UsageReport report, List<MeteringProblem> problems) {
        Objects.requireNonNull(report, "report");
        List<IntervalSeries> out = new ArrayList<>(report.channels().size());
        Set<String> seen = new HashSet<>();
        for (MeterChannel channel : report.channels()) {
            if (!seen.add(channel.meter().value() + "\u0000" + channel.unit())) {
                problems.add(new MeteringProblem(MeteringProblem.Kind.DUPLICATE_CHANNEL,
                        where(report, channel, -1), "meter " + channel.meter() + " " + channel.unit().symbol()
                                + " appears twice in one report"));
                continue;
            }
            MeterChannel primary = channel;
            if (!channel.isScaled()) {
                try {
                    primary = channel.scaledToPrimary();
                } catch (ArithmeticException e) {
                    problems.add(new MeteringProblem(MeteringProblem.Kind.VALUE_OVERFLOW, where(report, channel, -1),
                            "a value times multiplier " + channel.multiplier() + " exceeds 18 digits"));
                    continue;
                }
            }
            out.add(reconstruct(report, primary, problems));
        }
        return new ReconstructedPeriod(report.servicePoint(), report.period(), report.source(), out);
    }

    private IntervalSeries reconstruct(UsageReport report, MeterChannel c, List<MeteringProblem> problems) {
        ChannelValues values = new ChannelValues() {
            private final long[] days = c.labelDayArray();
            private final short[] mins = c.labelMinuteArray();
            private final long[] unscaled = c.unscaledArray();
            private final byte[] scales = c.scaleArray();
            private final byte[] flags = c.flagArray();

            @Override
            int size() {
                return c.size();
            }

            @Override
            long labelDay(int i) {
                return days[i];
            }

            @Override
            int labelMinutes(int i) {
                return mins[i];
            }

            @Override
            long unscaled(int i) {
                return unscaled[i];
            }

            @Override
            int scale(int i) {
                return scales[i];
            }

            @Override
            boolean estimated(int i) {
                return flags[i] != 0;
            }

            @Override
            String label(int i) {
                return c.label(i).toString();
            }

            @Override
            void problem(MeteringProblem.Kind kind, int i, String detail) {
                problems.add(new MeteringProblem(kind, where(report, c, i), detail));
            }
        };
        return series(report.servicePoint(), c.meter(), c.role(), c.unit(), report.period(), values);
    }

    /**
     * The reconstruction core shared by every source: checks each value's label against the
     * calendar of the clock and the billing period and builds the series of the valid ones.
     * Problems go to {@link ChannelValues#problem}.
     */
    IntervalSeries series(ServicePointId servicePoint, MeterNumber meter, MeterRole role, MeterUnit unit,
            BillingPeriod period, ChannelValues c) {
        final long periodFrom = clock.startOfDaySeconds(period.start());
        final long periodTo = clock.startOfDaySeconds(period.end().plusDays(1));
        final int n = c.size();
        final long lenSec = clock.intervalMinutes() * 60L;
        final int lenMin = clock.intervalMinutes();
        long[] starts = new long[n];
        long[] uOut = new long[n];
        byte[] sOut = new byte[n];
        byte[] pOut = new byte[n];
        byte[] fOut = new byte[n];
        int size = 0;
        final boolean knownEnds = c.hasEnds();

        long cachedDay = Long.MIN_VALUE;
        long sod = 0;
        long sodNext = 0;
        int dayMinutes = 0;
        long prevEnd = Long.MIN_VALUE;
        long countDay = Long.MIN_VALUE;
        boolean fullStart = false;
        int count = 0;
        for (int i = 0; i < n; i++) {
            long d = c.labelDay(i);
            int m = c.labelMinutes(i);
            long end;
            if (knownEnds) {
                // the reader computed the end once from the label (and refused labels beyond their
                // day): only the grid is left to check, no clock work per value
                if (m % lenMin != 0) {
                    c.problem(MeteringProblem.Kind.LABEL_OUT_OF_RANGE, i,
                            "label " + c.label(i) + " is not a multiple of " + lenMin + " min");
                    continue;
                }
                end = c.endSecond(i);
            } else {
                if (d != cachedDay) {
                    if (d == cachedDay + 1) {
                        sod = sodNext;
                    } else {
                        sod = clock.startOfDaySeconds(LocalDate.ofEpochDay(d));
                    }
                    sodNext = clock.startOfDaySeconds(LocalDate.ofEpochDay(d + 1));
                    dayMinutes = (int) ((sodNext - sod) / 60);
                    cachedDay = d;
                }
                if (m % lenMin != 0 || m > dayMinutes) {
                    c.problem(MeteringProblem.Kind.LABEL_OUT_OF_RANGE, i,
                            "label " + c.label(i) + " is not a multiple of " + lenMin + " min up to the day's "
                                    + dayMinutes + " min (" + dayMinutes / 60 + "-hour day)");
                    continue;
                }
                end = sod + m * 60L;
            }
            long start = end - lenSec;
            if (end <= prevEnd) {
                boolean dup = end == prevEnd;
                c.problem(dup ? MeteringProblem.Kind.DUPLICATE : MeteringProblem.Kind.OUT_OF_ORDER, i,
                        (dup ? "duplicate interval: label " : "out-of-order interval: label ")
                                + c.label(i) + " ends at " + fmt(end) + (dup ? ", as the value before it"
                                        : ", before the value before it, which ends at " + fmt(prevEnd)));
                continue;
            }
            if (prevEnd != Long.MIN_VALUE && start != prevEnd) {
                c.problem(MeteringProblem.Kind.GAP, i,
                        "gap: " + (start - prevEnd) / lenSec + " intervals missing from " + fmt(prevEnd) + " to "
                                + fmt(start));
            }
            if (start < periodFrom || end > periodTo) {
                c.problem(MeteringProblem.Kind.OUTSIDE_PERIOD, i,
                        "interval " + fmt(start) + " to " + fmt(end) + " lies outside the billing period "
                                + period.start() + ".." + period.end());
            }
            long day = m == 0 ? d - 1 : d;
            if (day != countDay) {
                if (countDay != Long.MIN_VALUE && fullStart) {
                    checkDay(c, i, countDay, count);
                }
                fullStart = countDay != Long.MIN_VALUE
                        || start == (m == 0 || knownEnds ? clock.startOfDaySeconds(LocalDate.ofEpochDay(day)) : sod);
                countDay = day;
                count = 0;
            }
            count++;
            prevEnd = end;
            starts[size] = start;
            uOut[size] = c.unscaled(i);
            sOut[size] = (byte) c.scale(i);
            pOut[size] = 1;
            fOut[size] = c.estimated(i) ? IntervalSeries.ESTIMATED : 0;
            size++;
        }
        if (countDay != Long.MIN_VALUE && fullStart
                && prevEnd == clock.startOfDaySeconds(LocalDate.ofEpochDay(countDay + 1))) {
            checkDay(c, n, countDay, count);
        }
        return new IntervalSeries(servicePoint, meter, role, unit, lenMin, size, starts, uOut, sOut, pOut, fOut);
    }

    private void checkDay(ChannelValues c, int next, long day, int count) {
        LocalDate date = LocalDate.ofEpochDay(day);
        int expected = clock.intervalsIn(date);
        if (count != expected) {
            c.problem(MeteringProblem.Kind.WRONG_DAY_COUNT, next - 1,
                    "local day " + date + " has " + count + " intervals; the zone rules give " + expected + " ("
                            + clock.dayMinutes(date) / 60 + "-hour day)");
        }
    }

    private String fmt(long epochSecond) {
        return clock.format(Instant.ofEpochSecond(epochSecond));
    }

    private static String where(UsageReport r, MeterChannel c, int i) {
        StringBuilder b = new StringBuilder();
        if (!r.source().isEmpty()) {
            b.append(r.source()).append(", ");
        }
        b.append("service point ").append(r.servicePoint()).append(", meter ").append(c.meter()).append(' ')
                .append(c.unit().symbol());
        if (i >= 0) {
            b.append(", value ").append(i + 1).append(" (label ").append(c.label(i)).append(')');
            if (c.segment(i) > 0) {
                b.append(", segment ").append(c.segment(i));
            }
        }
        return b.toString();
    }
}
