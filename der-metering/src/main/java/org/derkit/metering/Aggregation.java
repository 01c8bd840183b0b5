package org.derkit.metering;

import org.derkit.model.InvalidValueException;
import org.derkit.model.retail.ReadingQuality;
import org.derkit.model.retail.IntervalClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.derkit.metering.internal.Decimals;

/**
 * Aggregates intervals shorter than an hour (15 minutes, say) into clock hours of the zone, across
 * DST days: a 23-hour day gives 23 hours and a 25-hour day 25, because hours are grouped on
 * instants, not on local times.
 *
 * <p>Energy units (kWh, kvarh) are summed exactly. Demand (kW) is averaged: exact when the
 * quotient terminates (4 quarters do), otherwise rounded half-even to the values' largest scale
 * plus 6. An hour that lacks some of its intervals is reported as
 * {@link MeteringProblem.Kind#INCOMPLETE_HOUR}, except the series' first and last hour, which may
 * be partial at the edges of a billing period. {@code parts} is the largest of the pieces'.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Aggregation {

    private Aggregation() {
    }

    /**
     * Aggregates a series to hours of the clock's zone.
     *
     * @param series a sub-hourly series (15-minute intervals, say)
     * @param clock the clock whose zone defines the hours; a 23- or 25-hour day keeps its elapsed hours
     * @return the hourly series: each hour the exact sum of its intervals, estimated if any part was
     * @throws MeteringException listing every incomplete interior hour
     * @throws InvalidValueException if the series is already hourly
     */
    public static IntervalSeries toHourly(IntervalSeries series, IntervalClock clock) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(clock, "clock");
        int len = series.intervalMinutes();
        if (len >= 60) {
            throw new InvalidValueException("interval length of the series to aggregate to hours (" + series + ")",
                    "< 60 minutes (a sub-hourly series)", len + " minutes");
        }
        int perHour = 60 / len;
        ZoneRules rules = clock.zone().getRules();
        IntervalSeries.Builder out = series.isNet()
                ? IntervalSeries.netBuilder(series.servicePoint(), series.unit(), 60)
                : series.isAccountLevel()
                        ? IntervalSeries.accountBuilder(series.servicePoint(), series.role().orElseThrow(), series.unit(), 60)
                        : IntervalSeries.meterBuilder(series.servicePoint(), series.meter().orElseThrow(),
                                series.role().orElseThrow(), series.unit(), 60);
        List<MeteringProblem> problems = new ArrayList<>();
        int n = series.size();
        int i = 0;
        while (i < n) {
            long hour = hourStart(series.startSeconds(i), rules);
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            int parts = 1;
            boolean estimated = false;
            int maxScale = 0;
            while (i < n && hourStart(series.startSeconds(i), rules) == hour) {
                sum = sum.add(series.value(i));
                maxScale = Math.max(maxScale, series.scale(i));
                parts = Math.max(parts, series.parts(i));
                estimated |= series.quality(i) == ReadingQuality.ESTIMATED;
                count++;
                i++;
            }
            boolean edge = hour == hourStart(series.startSeconds(0), rules) || i == n;
            if (count != perHour && !edge) {
                problems.add(new MeteringProblem(MeteringProblem.Kind.INCOMPLETE_HOUR, series + ", hour starting "
                        + clock.format(Instant.ofEpochSecond(hour)), "hour has " + count + " of its " + perHour
                                + " intervals of " + len + " min"));
                continue;
            }
            BigDecimal value = sum;
            if (!series.unit().isEnergy()) {
                BigDecimal c = BigDecimal.valueOf(count);
                try {
                    value = sum.divide(c);
                } catch (ArithmeticException nonTerminating) {
                    value = sum.divide(c, maxScale + 6, RoundingMode.HALF_EVEN);
                }
            }
            BigDecimal v = Decimals.normalise(value);
            out.add(hour, Decimals.unscaled(v), v.scale(), parts, estimated);
        }
        if (!problems.isEmpty()) {
            throw new MeteringException(problems);
        }
        return out.build();
    }

    private static long hourStart(long epochSecond, ZoneRules rules) {
        int offset = rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        return epochSecond - Math.floorMod(epochSecond + offset, 3600L);
    }
}
