package org.derkit.edi.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Turns elapsed-hour labels (date CCYYMMDD, HHMM) into interval-end epoch seconds:
 * {@code startOfDay(date, zone) + HH hours + MM minutes}, with Instant arithmetic. The start and
 * length of the last day asked for are cached, so a run of labels on one day costs no allocation.
 *
 * <p>Implementation Requirements: not thread-safe (it caches).
 */
public final class DayClock {

    /** Returned when the label lies beyond the end of its day (2500 on a 24-hour day). */
    public static final long BEYOND_DAY = Long.MIN_VALUE;

    private final ZoneId zone;
    private int lastDate = -1;
    private long lastStart;
    private int lastMinutes;
    private int nextDate = -1;
    private long nextStart;

    public DayClock(ZoneId zone) {
        this.zone = zone;
    }

    /** The end of the interval labelled (date, hhmm) in epoch seconds, or {@link #BEYOND_DAY}. */
    public long end(int date, int hhmm) {
        if (date != lastDate) {
            LocalDate d = LocalDate.of(date / 10000, date / 100 % 100, date % 100);
            long start = date == nextDate ? nextStart : d.atStartOfDay(zone).toEpochSecond();
            LocalDate n = d.plusDays(1);
            long next = n.atStartOfDay(zone).toEpochSecond();
            lastStart = start;
            lastMinutes = (int) ((next - start) / 60);
            lastDate = date;
            nextDate = n.getYear() * 10000 + n.getMonthValue() * 100 + n.getDayOfMonth();
            nextStart = next;
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
        return (int) ((day.plusDays(1).atStartOfDay(zone).toEpochSecond() - day.atStartOfDay(zone).toEpochSecond()) / 60);
    }

    public ZoneId zone() {
        return zone;
    }
}
