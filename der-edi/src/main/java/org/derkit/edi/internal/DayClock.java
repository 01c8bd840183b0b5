package org.derkit.edi.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.derkit.model.retail.IntervalClock;

/**
 * A per-reader cache in front of der-model's {@link IntervalClock}, the one implementation of the
 * elapsed-hour rule: turns labels (date CCYYMMDD, HHMM) into interval-end epoch seconds,
 * {@code clock.startOfDaySeconds(date) + HH hours + MM minutes}. The start and length of the last
 * day asked for are cached, so a run of labels on one day costs no allocation.
 *
 * <p>Implementation Requirements: not thread-safe (it caches).
 */
public final class DayClock {

    /** Returned when the label lies beyond the end of its day (2500 on a 24-hour day). */
    public static final long BEYOND_DAY = Long.MIN_VALUE;

    private final IntervalClock clock;
    private int lastDate = -1;
    private long lastStart;
    private int lastMinutes;
    /** Days already computed, direct-mapped: a reused clock reads the same dates again and again. */
    private static final int CACHE = 512;
    private final int[] cacheDate = new int[CACHE];
    private final long[] cacheStart = new long[CACHE];
    private final int[] cacheMinutes = new int[CACHE];

    public DayClock(IntervalClock clock) {
        this.clock = clock;
    }

    /** The end of the interval labelled (date, hhmm) in epoch seconds, or {@link #BEYOND_DAY}. */
    public long end(int date, int hhmm) {
        if (date != lastDate) {
            int slot = (date * 0x9E3779B1 >>> 23) & (CACHE - 1);
            if (cacheDate[slot] == date) {
                lastStart = cacheStart[slot];
                lastMinutes = cacheMinutes[slot];
            } else {
                LocalDate d = LocalDate.of(date / 10000, date / 100 % 100, date % 100);
                long start = clock.startOfDaySeconds(d);
                long next = clock.startOfDaySeconds(d.plusDays(1));
                lastStart = start;
                lastMinutes = (int) ((next - start) / 60);
                cacheDate[slot] = date;
                cacheStart[slot] = start;
                cacheMinutes[slot] = lastMinutes;
            }
            lastDate = date;
        }
        int minutes = hhmm / 100 * 60 + hhmm % 100;
        if (minutes > lastMinutes) {
            return BEYOND_DAY;
        }
        return lastStart + minutes * 60L;
    }

    /** Length in minutes of the day last asked for (1380, 1440 or 1500 in Chicago). */
    public int dayMinutes() {
        return lastMinutes;
    }

    /** Length in minutes of a day. */
    public int dayMinutes(LocalDate day) {
        return clock.dayMinutes(day);
    }

    public ZoneId zone() {
        return clock.zone();
    }
}
