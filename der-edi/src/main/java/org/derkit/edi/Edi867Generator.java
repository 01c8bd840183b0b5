package org.derkit.edi;

import org.derkit.model.retail.EndOfDayStyle;
import org.derkit.model.retail.ReadingQuality;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.derkit.edi.internal.DayClock;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.InvalidValueException;

/**
 * Writes synthetic but valid Ameren-profile 867 interval usage: seeded, so the same settings give
 * the same bytes. For tests, demos and benchmarks.
 *
 * <p>Each service point gets {@link #withMetersPerServicePoint meters} (the last one subtractive
 * when {@link #withSubtractiveMeters} is on and there are at least two), one 867 per billing
 * period, hourly values with elapsed-hour labels (23 on the spring-forward day, 25 on the
 * fall-back day), per-meter totals and a service-point summary of additive minus subtractive
 * usage. Periods follow one another; with {@link #withSplitHours} the meters are read at half past
 * the read hour, so the boundary hour is sent twice, its two parts in consecutive periods.
 *
 * <pre>{@code
 * Edi867Generator gen = Edi867Generator.withSeed(7).withServicePoints(2)
 *         .withPeriod(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 19));
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     gen.writeTo(out);
 * }
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe; each {@code with*} method returns a copy.
 */
public final class Edi867Generator {

    private final long seed;
    private final int servicePoints;
    private final int meters;
    private final boolean subtractive;
    private final boolean multipliers;
    private final LocalDate start;
    private final LocalDate end;
    private final int periods;
    private final int readHour;
    private final boolean splitHours;
    private final Set<MeterUnit> units;
    private final int estimatedPercent;
    private final AmerenProfile profile;

    private Edi867Generator(long seed, int servicePoints, int meters, boolean subtractive, boolean multipliers,
            LocalDate start, LocalDate end, int periods, int readHour, boolean splitHours, Set<MeterUnit> units,
            int estimatedPercent, AmerenProfile profile) {
        this.seed = seed;
        this.servicePoints = servicePoints;
        this.meters = meters;
        this.subtractive = subtractive;
        this.multipliers = multipliers;
        this.start = start;
        this.end = end;
        this.periods = periods;
        this.readHour = readHour;
        this.splitHours = splitHours;
        this.units = units;
        this.estimatedPercent = estimatedPercent;
        this.profile = profile;
    }

    /**
     * {@return a generator with this seed and the defaults: one service point with one additive meter, one
     * period from 2025-10-31 to 2025-12-01 read at 14:00 (label 1500 first), kWh only, 2 % estimated
     * values, the Ameren profile}
     *
     * @param seed the seed; the same seed and settings write the same bytes
     */
    public static Edi867Generator withSeed(long seed) {
        return new Edi867Generator(seed, 1, 1, false, false, LocalDate.of(2025, 10, 31), LocalDate.of(2025, 12, 1),
                1, 14, false, EnumSet.of(MeterUnit.KWH), 2, AmerenProfile.DEFAULT);
    }

    /**
     * A copy with this many service points (1..10,000,000). This instance is immutable and
     * unaffected by this method call.
     *
     * @param count the number of service points, 1 to 10,000,000
     * @return the copy
     */
    public Edi867Generator withServicePoints(int count) {
        check("servicePoints", count, 1, 10_000_000);
        return new Edi867Generator(seed, count, meters, subtractive, multipliers, start, end, periods, readHour,
                splitHours, units, estimatedPercent, profile);
    }

    /**
     * A copy with this many meters per service point (1..20). This instance is immutable and
     * unaffected by this method call.
     *
     * @param count the number of meters of each service point, 1 to 20
     * @return the copy
     */
    public Edi867Generator withMetersPerServicePoint(int count) {
        check("metersPerServicePoint", count, 1, 20);
        return new Edi867Generator(seed, servicePoints, count, subtractive, multipliers, start, end, periods,
                readHour, splitHours, units, estimatedPercent, profile);
    }

    /**
     * A copy where the last meter of a service point with two or more meters is subtractive
     * (REF*JH*S). This instance is immutable and unaffected by this method call.
     *
     * @param on whether to make the last meter subtractive
     * @return the copy
     */
    public Edi867Generator withSubtractiveMeters(boolean on) {
        return new Edi867Generator(seed, servicePoints, meters, on, multipliers, start, end, periods, readHour,
                splitHours, units, estimatedPercent, profile);
    }

    /**
     * A copy where every second meter has multiplier 40 (MEA**MU*40). This instance is immutable
     * and unaffected by this method call.
     *
     * @param on whether every second meter has multiplier 40
     * @return the copy
     */
    public Edi867Generator withMultipliers(boolean on) {
        return new Edi867Generator(seed, servicePoints, meters, subtractive, on, start, end, periods, readHour,
                splitHours, units, estimatedPercent, profile);
    }

    /**
     * A copy whose first billing period runs from the read on {@code first} to the read on
     * {@code last}. This instance is immutable and unaffected by this method call.
     *
     * @param first the local date of the read that starts the period
     * @param last the local date of the read that ends it, after {@code first}
     * @return the copy
     * @throws InvalidValueException when last is not after first
     */
    public Edi867Generator withPeriod(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (!last.isAfter(first)) {
            throw new InvalidValueException("period", "last day after the first", first + ".." + last);
        }
        return new Edi867Generator(seed, servicePoints, meters, subtractive, multipliers, first, last, periods,
                readHour, splitHours, units, estimatedPercent, profile);
    }

    /**
     * A copy with this many consecutive periods (1..120) of the first period's length per service
     * point. This instance is immutable and unaffected by this method call.
     *
     * @param count the number of consecutive periods, 1 to 120
     * @return the copy
     */
    public Edi867Generator withPeriods(int count) {
        check("periods", count, 1, 120);
        return new Edi867Generator(seed, servicePoints, meters, subtractive, multipliers, start, end, count,
                readHour, splitHours, units, estimatedPercent, profile);
    }

    /**
     * A copy where meters are read this many elapsed hours after the start of the day (0..22).
     * This instance is immutable and unaffected by this method call.
     *
     * @param hour elapsed hours after local midnight, 0 to 22
     * @return the copy
     */
    public Edi867Generator withReadHour(int hour) {
        check("readHour", hour, 0, 22);
        return new Edi867Generator(seed, servicePoints, meters, subtractive, multipliers, start, end, periods, hour,
                splitHours, units, estimatedPercent, profile);
    }

    /**
     * A copy where meters are read at half past the read hour, so that the boundary hour is split
     * between consecutive periods. This instance is immutable and unaffected by this method call.
     *
     * @param on whether reads fall at half past the read hour
     * @return the copy
     */
    public Edi867Generator withSplitHours(boolean on) {
        return new Edi867Generator(seed, servicePoints, meters, subtractive, multipliers, start, end, periods,
                readHour, on, units, estimatedPercent, profile);
    }

    /**
     * A copy with these interval units (at least one). This instance is immutable and unaffected by
     * this method call.
     *
     * @param value the channel units, at least one
     * @return the copy
     */
    public Edi867Generator withUnits(Set<MeterUnit> value) {
        if (value.isEmpty()) {
            throw new InvalidValueException("units", "at least one of KH, K1, K3", "[]");
        }
        return new Edi867Generator(seed, servicePoints, meters, subtractive, multipliers, start, end, periods,
                readHour, splitHours, EnumSet.copyOf(value), estimatedPercent, profile);
    }

    /**
     * A copy with this share of estimated values (0..100 %). This instance is immutable and
     * unaffected by this method call.
     *
     * @param percent the share of values marked estimated, 0 to 100 inclusive
     * @return the copy
     */
    public Edi867Generator withEstimatedPercent(int percent) {
        check("estimatedPercent", percent, 0, 100);
        return new Edi867Generator(seed, servicePoints, meters, subtractive, multipliers, start, end, periods,
                readHour, splitHours, units, percent, profile);
    }

    /**
     * A copy with another profile (zone, end-of-day label style, service-point qualifier). This
     * instance is immutable and unaffected by this method call.
     *
     * @param value the profile the output follows
     * @return the copy
     */
    public Edi867Generator withProfile(AmerenProfile value) {
        return new Edi867Generator(seed, servicePoints, meters, subtractive, multipliers, start, end, periods,
                readHour, splitHours, units, estimatedPercent, Objects.requireNonNull(value, "profile"));
    }

    private static void check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, min + ".." + max, value);
        }
    }

    /** {@return how many 867 transaction sets {@link #transactions()} yields} */
    public long transactionCount() {
        return (long) servicePoints * periods;
    }

    /** {@return the 867 transaction sets, service point by service point, period by period; built lazily} */
    public Iterator<Edi867> transactions() {
        return transactions(0, servicePoints);
    }

    private Iterator<Edi867> transactions(long firstServicePoint, long count) {
        return new Iterator<>() {
            private long sp = firstServicePoint;
            private int period;
            private long control = 1;

            @Override
            public boolean hasNext() {
                return sp < firstServicePoint + count;
            }

            @Override
            public Edi867 next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Edi867 t = build(sp, period, control++);
                if (++period == periods) {
                    period = 0;
                    sp++;
                }
                return t;
            }
        };
    }

    /** {@return the ISA header the generator writes (sender Ameren, receiver the supplier)} */
    public InterchangeHeader interchangeHeader() {
        return InterchangeHeader.of("006936017", "987654321", "251202", "1200", "000000001");
    }

    /** {@return the GS header the generator writes} */
    public GroupHeader groupHeader() {
        return GroupHeader.of("PT", "006936017", "987654321", "20251202", "1200", "1");
    }

    /** {@return the whole interchange in memory (for small settings)} */
    public Interchange interchange() {
        List<Transaction> all = new ArrayList<>();
        transactions().forEachRemaining(all::add);
        return new Interchange(interchangeHeader(), List.of(new FunctionalGroup(groupHeader(), all)));
    }

    /**
     * Writes one interchange with one PT group holding every transaction set; LF after each
     * terminator. Does not close the stream.
     *
     * @return the number of bytes written
     * @param out where the interchange goes; left open
     */
    public long writeTo(OutputStream out) {
        return write(out, transactions(), Long.MAX_VALUE);
    }

    /**
     * Writes one interchange with as many service points as needed (beyond the configured count:
     * the settings repeat with new identifiers) to reach at least {@code bytes}. For benchmarks.
     * Does not close the stream.
     *
     * @return the number of bytes written
     * @param out where the interchange goes; left open
     * @param bytes the minimum size of the output in bytes
     */
    public long writeAtLeast(OutputStream out, long bytes) {
        return write(out, transactions(0, Long.MAX_VALUE / 2), bytes);
    }

    private long write(OutputStream out, Iterator<Edi867> txns, long minBytes) {
        Counting counting = new Counting(out);
        X12Writer w = new X12Writer(counting, LineEnding.LF, profile);
        w.beginInterchange(interchangeHeader()).beginGroup(groupHeader());
        while (txns.hasNext() && counting.count < minBytes) {
            w.write(txns.next());
            w.flush();
        }
        w.endGroup().endInterchange();
        w.flush();
        return counting.count;
    }

    // ------------------------------------------------------------------ building one 867

    @SuppressWarnings("EnumOrdinal") // units index a small total array; the ordinal also seeds the values, which must not change
    private Edi867 build(long sp, int period, long control) {
        int days = (int) (end.toEpochDay() - start.toEpochDay());
        LocalDate pStart = start.plusDays((long) period * days);
        LocalDate pEnd = pStart.plusDays(days);
        String spId = Long.toString(90_000_000L + sp);
        List<UsageLoop> loops = new ArrayList<>();
        BigDecimal[] netTotals = new BigDecimal[MeterUnit.values().length];
        for (int m = 0; m < meters; m++) {
            boolean sub = subtractive && meters >= 2 && m == meters - 1;
            List<IntervalChannel> channels = new ArrayList<>();
            List<UsageQuantity> totals = new ArrayList<>();
            for (MeterUnit unit : units) {
                IntervalChannel c = channel(sp, m, sub, unit, pStart, pEnd);
                channels.add(c);
                BigDecimal sum = c.sum();
                totals.add(new UsageQuantity(ReadingQuality.ACTUAL, sum, unit));
                BigDecimal signed = sub ? sum.negate() : sum;
                netTotals[unit.ordinal()] = netTotals[unit.ordinal()] == null ? signed : netTotals[unit.ordinal()].add(signed);
            }
            List<Reference> refs = List.of(Reference.of("MG", Long.toString(7_000_000L + sp * 20 + m)),
                    Reference.of("JH", sub ? "S" : "A"), Reference.of("NH", m % 2 == 0 ? "DS3" : "DS4"));
            List<MeterMeasurement> mea = multipliers && m % 2 == 1 ? List.of(MeterMeasurement.multiplier(BigDecimal.valueOf(40)))
                    : List.of();
            loops.add(new UsageLoop("PM", periodDates(pStart, pEnd), refs, totals, mea, channels));
        }
        List<UsageQuantity> summary = new ArrayList<>();
        for (MeterUnit unit : units) {
            summary.add(new UsageQuantity(ReadingQuality.ACTUAL, netTotals[unit.ordinal()], unit));
        }
        loops.add(0, new UsageLoop("SU", periodDates(pStart, pEnd), List.of(), summary, List.of(), List.of()));
        String ref = "AIC" + String.format("%08d", pEnd.getYear() * 10000 + pEnd.getMonthValue() * 100 + pEnd.getDayOfMonth())
                + String.format("%05d", control % 100000);
        return new Edi867(String.format("%04d", control), "00", ref, pEnd.plusDays(1), "C1",
                List.of(new Party("8S", "AMEREN ILLINOIS", "1", "006936017"),
                        new Party("SJ", "EXAMPLE RES LLC", "1", "987654321")),
                List.of(Reference.of("12", Long.toString(1_000_000_000L + sp)),
                        Reference.of(profile.servicePointQualifier(), spId)),
                loops);
    }

    /**
     * DTM*150 and DTM*151 of a period read {@link #readHour} hours (and 30 minutes for split hours)
     * into its first and last day: the time (DTM03, elapsed time of the local day as the interval
     * labels count it) makes the billing period's bounds exact, so its intervals cover it exactly.
     * A read at midnight is written as a date alone.
     */
    private List<DateReference> periodDates(LocalDate s, LocalDate e) {
        int hhmm = readHour * 100 + (splitHours ? 30 : 0);
        if (hhmm == 0) {
            return List.of(DateReference.of("150", s), DateReference.of("151", e));
        }
        String time = String.format("%04d", hhmm);
        return List.of(new DateReference("150", s, time, ""), new DateReference("151", e, time, ""));
    }

    /** The hourly values of one meter in one unit over one period. */
    @SuppressWarnings("EnumOrdinal") // the ordinal seeds the generated values, which must not change
    private IntervalChannel channel(long sp, int meter, boolean subtractiveMeter, MeterUnit unit, LocalDate pStart,
            LocalDate pEnd) {
        IntervalChannel.Builder b = IntervalChannel.builder(unit, profile);
        DayClock clock = new DayClock(profile.clock());
        int firstLabel = readHour + 1;
        for (LocalDate d = pStart; !d.isAfter(pEnd); d = d.plusDays(1)) {
            int hours = clock.dayMinutes(d) / 60;
            int from = d.equals(pStart) ? firstLabel : 1;
            int to = d.equals(pEnd) ? (splitHours ? readHour + 1 : readHour) : hours;
            boolean lastDay = d.equals(pEnd);
            for (int h = from; h <= to; h++) {
                int date = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
                int label = h * 100;
                int labelDate = date;
                if (h == hours && profile.endOfDayStyle() == EndOfDayStyle.MIDNIGHT_NEXT_DAY) {
                    LocalDate next = d.plusDays(1);
                    labelDate = next.getYear() * 10000 + next.getMonthValue() * 100 + next.getDayOfMonth();
                    label = 0;
                }
                long endSec = b.endOf(labelDate, label);
                int part = 0;
                if (splitHours && h == readHour + 1) {
                    part = lastDay ? 1 : d.equals(pStart) ? 2 : 0;
                }
                long h1 = mix(seed, sp, meter, unit.ordinal(), endSec, part);
                long unscaled = hourlyValue(h - 1, subtractiveMeter, part, h1);
                boolean estimated = Math.floorMod(h1 >>> 20, 100) < estimatedPercent;
                b.addChecked(unscaled, 2, estimated, labelDate, label, false, null, endSec);
            }
        }
        return b.build();
    }

    /**
     * A commercial-looking load shape in hundredths of a unit: low at night, rising through the
     * morning to an afternoon peak, with +-10 % noise; a subtractive meter carries a quarter of it
     * (a sub-load), and each part of a split hour about half.
     */
    private static long hourlyValue(int hourOfDay, boolean subtractiveMeter, int part, long random) {
        int h = Math.floorMod(hourOfDay, 24);
        double shape = 0.3 + 0.7 * Math.max(0, Math.sin(Math.PI * (h - 6) / 14.0));
        long base = Math.round(shape * (subtractiveMeter ? 2_000 : 8_000));
        long noise = Math.floorMod(random, base / 5 + 1) - base / 10;
        long value = Math.max(0, base + noise);
        return part == 0 ? value : value / 2;
    }

    private static long mix(long seed, long sp, int meter, int unit, long end, int part) {
        long z = seed * 0x9E3779B97F4A7C15L + sp * 0xBF58476D1CE4E5B9L + meter * 0x94D049BB133111EBL
                + unit * 31L + end * 0x2545F4914F6CDD1DL + part * 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() {
            try {
                flush();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }
}
