package org.derkit.edi;

import org.derkit.model.retail.EndOfDayStyle;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ReadingQuality;
import org.derkit.model.InvalidValueException;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Edi867GeneratorTest {

    private static List<Transaction> read(Edi867Generator g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        g.writeTo(out);
        try (X12Reader r = Fixtures.strict(out.toByteArray())) {
            return r.readInterchanges().get(0).groups().get(0).transactions();
        }
    }

    @Test
    void same_seed_gives_the_same_bytes_and_another_seed_other_bytes() {
        Edi867Generator g = Edi867Generator.withSeed(5).withServicePoints(2);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        g.writeTo(a);
        g.writeTo(b);
        Edi867Generator.withSeed(6).withServicePoints(2).writeTo(c);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        assertTrue(!java.util.Arrays.equals(a.toByteArray(), c.toByteArray()));
    }

    @Test
    void dst_days_get_23_and_25_values() {
        Edi867 march = (Edi867) read(Edi867Generator.withSeed(1).withReadHour(0)
                .withPeriod(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9))).get(0);
        Edi867 november = (Edi867) read(Edi867Generator.withSeed(1).withReadHour(0)
                .withPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2))).get(0);
        assertEquals(23, march.intervalCount());
        assertEquals(25, november.intervalCount());
    }

    @Test
    void split_hours_repeat_the_boundary_label_in_consecutive_periods() {
        List<Transaction> t = read(Edi867Generator.withSeed(3).withPeriods(2).withSplitHours(true)
                .withPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3)));
        IntervalChannel first = ((Edi867) t.get(0)).meters().get(0).channels().get(0);
        IntervalChannel second = ((Edi867) t.get(1)).meters().get(0).channels().get(0);
        assertEquals(first.intervalEnd(first.size() - 1), second.intervalEnd(0));
        assertEquals("1500", second.labelTimeText(0));
        // 2 days of 24 hours from 14:30 to 14:30 = 48 hours, plus one shared partial hour
        assertEquals(49, first.size());
    }

    @Test
    void summary_is_additive_minus_subtractive_and_totals_match_channels() {
        Edi867 t = (Edi867) read(Edi867Generator.withSeed(9).withMetersPerServicePoint(3).withSubtractiveMeters(true)
                .withMultipliers(true)).get(0);
        List<UsageLoop> meters = t.meters();
        assertEquals(MeterRole.SUBTRACTIVE, meters.get(2).role());
        assertEquals(new BigDecimal("40"), meters.get(1).multiplier());
        BigDecimal net = BigDecimal.ZERO;
        for (UsageLoop m : meters) {
            BigDecimal sum = m.channels().get(0).sum();
            assertEquals(sum, m.quantities().get(0).value());
            net = m.role() == MeterRole.SUBTRACTIVE ? net.subtract(sum) : net.add(sum);
        }
        assertEquals(net, t.summary().orElseThrow().quantities().get(0).value());
    }

    @Test
    void write_at_least_reaches_the_size() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = Edi867Generator.withSeed(1).writeAtLeast(out, 200_000);
        assertTrue(n >= 200_000);
        assertEquals(n, out.size());
    }

    @Test
    void settings_out_of_range_are_refused_with_field_range_and_value() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Edi867Generator.withSeed(1).withReadHour(23));
        assertEquals("Invalid value for readHour (valid values 0..22): 23", ex.getMessage());
    }

    // ------------------------------------------------------------------ settings

    @Test
    void every_count_setting_refuses_values_outside_its_documented_range_and_accepts_its_bounds() {
        Edi867Generator g = Edi867Generator.withSeed(1);
        assertRefused("servicePoints", "1..10000000", "0", () -> g.withServicePoints(0));
        assertRefused("servicePoints", "1..10000000", "10000001", () -> g.withServicePoints(10_000_001));
        assertRefused("metersPerServicePoint", "1..20", "0", () -> g.withMetersPerServicePoint(0));
        assertRefused("metersPerServicePoint", "1..20", "21", () -> g.withMetersPerServicePoint(21));
        assertRefused("periods", "1..120", "0", () -> g.withPeriods(0));
        assertRefused("periods", "1..120", "121", () -> g.withPeriods(121));
        assertRefused("estimatedPercent", "0..100", "-1", () -> g.withEstimatedPercent(-1));
        assertRefused("estimatedPercent", "0..100", "101", () -> g.withEstimatedPercent(101));
        assertEquals(10_000_000L, g.withServicePoints(10_000_000).transactionCount());
        assertEquals(120L, g.withPeriods(120).transactionCount());
        assertEquals(1_200_000_000L, g.withServicePoints(10_000_000).withPeriods(120).transactionCount());
        g.withMetersPerServicePoint(20);
        g.withEstimatedPercent(0);
        g.withEstimatedPercent(100);
    }

    private static void assertRefused(String field, String range, String value, Runnable call) {
        InvalidValueException ex = assertThrows(InvalidValueException.class, call::run);
        assertEquals("Invalid value for " + field + " (valid values " + range + "): " + value, ex.getMessage());
    }

    @Test
    void a_period_must_end_after_it_starts() {
        LocalDate d = LocalDate.of(2026, 5, 1);
        InvalidValueException ex = assertThrows(InvalidValueException.class,
                () -> Edi867Generator.withSeed(1).withPeriod(d, d));
        assertEquals("Invalid value for period (valid values last day after the first): 2026-05-01..2026-05-01",
                ex.getMessage());
    }

    // ------------------------------------------------------------------ transactions and output

    @Test
    void transactions_come_service_point_by_service_point_and_period_by_period_with_numbered_controls() {
        Edi867Generator g = Edi867Generator.withSeed(2).withServicePoints(2).withPeriods(2)
                .withPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3));
        assertEquals(4L, g.transactionCount());
        Iterator<Edi867> it = g.transactions();
        List<Edi867> all = new ArrayList<>();
        it.forEachRemaining(all::add);
        assertThrows(NoSuchElementException.class, it::next);
        assertEquals(List.of("0001", "0002", "0003", "0004"), all.stream().map(Edi867::controlNumber).toList());
        assertEquals(List.of("90000000", "90000000", "90000001", "90000001"),
                all.stream().map(t -> t.referenceValue("LU").orElseThrow()).toList());
        assertEquals(List.of("1000000000", "1000000000", "1000000001", "1000000001"),
                all.stream().map(t -> t.referenceValue("12").orElseThrow()).toList());
        // periods follow one another: 04-01..04-03, then 04-03..04-05, for each service point
        assertEquals(List.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 3)), all.stream().map(t -> t.periodStart().orElseThrow()).toList());
        assertEquals(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 5)), all.stream().map(t -> t.periodEnd().orElseThrow()).toList());
        // BPT02: AIC, the period's last day, the control number in five digits; BPT03 the day after
        assertEquals(List.of("AIC2026040300001", "AIC2026040500002", "AIC2026040300003", "AIC2026040500004"),
                all.stream().map(Edi867::reference).toList());
        assertEquals(LocalDate.of(2026, 4, 6), all.get(1).reportDate());
    }

    @Test
    void meters_are_numbered_per_service_point_with_alternating_rate_classes() {
        Edi867Generator g = Edi867Generator.withSeed(4).withServicePoints(2).withMetersPerServicePoint(3)
                .withPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2));
        List<Transaction> t = read(g);
        List<UsageLoop> second = ((Edi867) t.get(1)).meters();
        assertEquals(List.of("7000020", "7000021", "7000022"),
                second.stream().map(m -> m.reference("MG").orElseThrow()).toList());
        assertEquals(List.of("DS3", "DS4", "DS3"), second.stream().map(m -> m.rateClass().orElseThrow()).toList());
        assertEquals(List.of(MeterRole.ADDITIVE, MeterRole.ADDITIVE, MeterRole.ADDITIVE),
                second.stream().map(UsageLoop::role).toList());
        assertEquals(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE),
                second.stream().map(UsageLoop::multiplier).toList());
    }

    @Test
    void with_two_meters_the_second_is_the_subtractive_one() {
        Edi867 t = Edi867Generator.withSeed(4).withMetersPerServicePoint(2).withSubtractiveMeters(true)
                .transactions().next();
        assertEquals(List.of(MeterRole.ADDITIVE, MeterRole.SUBTRACTIVE), t.meters().stream().map(UsageLoop::role).toList());
        Edi867 one = Edi867Generator.withSeed(4).withSubtractiveMeters(true).transactions().next();
        assertEquals(List.of(MeterRole.ADDITIVE), one.meters().stream().map(UsageLoop::role).toList());
    }

    @Test
    void the_in_memory_interchange_is_what_write_to_writes() {
        Edi867Generator g = Edi867Generator.withSeed(8).withServicePoints(2).withPeriods(2)
                .withPeriod(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7));
        Interchange i = g.interchange();
        assertEquals(g.interchangeHeader(), i.header());
        assertEquals(1, i.groups().size());
        assertEquals(g.groupHeader(), i.groups().get(0).header());
        assertEquals(4, i.groups().get(0).transactions().size());
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        long n = g.writeTo(direct);
        assertEquals(direct.size(), n);
        assertArrayEquals(direct.toByteArray(), Fixtures.write(List.of(i), LineEnding.LF));
        try (X12Reader r = Fixtures.strict(direct.toByteArray())) {
            assertEquals(List.of(i), r.readInterchanges());
        }
    }

    @Test
    void write_at_least_stops_after_the_transaction_set_that_reaches_the_size() {
        Edi867Generator g = Edi867Generator.withSeed(1).withPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2));
        String trailer = "GE*1*1~\nIEA*1*000000001~\n";
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        long n = g.writeAtLeast(one, 1);
        assertEquals(1, transactionsIn(one.toByteArray()));
        assertTrue(one.toString(StandardCharsets.ISO_8859_1).endsWith(trailer));
        long headerAndOne = n - trailer.length();
        ByteArrayOutputStream exact = new ByteArrayOutputStream();
        g.writeAtLeast(exact, headerAndOne);
        assertEquals(1, transactionsIn(exact.toByteArray()));
        ByteArrayOutputStream more = new ByteArrayOutputStream();
        g.writeAtLeast(more, headerAndOne + 1);
        assertEquals(2, transactionsIn(more.toByteArray()));
    }

    private static int transactionsIn(byte[] data) {
        try (X12Reader r = Fixtures.strict(data)) {
            return r.readInterchanges().get(0).groups().get(0).transactions().size();
        }
    }

    // ------------------------------------------------------------------ period bounds

    @Test
    void period_bounds_carry_the_read_time_and_a_midnight_read_is_a_date_alone() {
        assertEquals(List.of("1400", "1400"), periodTimes(Edi867Generator.withSeed(1)));
        assertEquals(List.of("1430", "1430"), periodTimes(Edi867Generator.withSeed(1).withSplitHours(true)));
        assertEquals(List.of("", ""), periodTimes(Edi867Generator.withSeed(1).withReadHour(0)));
        assertEquals(List.of("0030", "0030"), periodTimes(Edi867Generator.withSeed(1).withReadHour(0)
                .withSplitHours(true)));
        assertEquals(List.of("0700", "0700"), periodTimes(Edi867Generator.withSeed(1).withReadHour(7)));
    }

    private static List<String> periodTimes(Edi867Generator g) {
        Edi867 t = (Edi867) read(g.withPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2))).get(0);
        List<DateReference> dates = t.summary().orElseThrow().dates();
        assertEquals(List.of("150", "151"), dates.stream().map(DateReference::qualifier).toList());
        assertEquals(dates, t.meters().get(0).dates());
        return dates.stream().map(DateReference::time).toList();
    }

    @Test
    void a_midnight_read_covers_whole_days_from_label_0100_to_2400() {
        Edi867 t = (Edi867) read(Edi867Generator.withSeed(1).withReadHour(0)
                .withPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3))).get(0);
        IntervalChannel c = t.meters().get(0).channels().get(0);
        assertEquals(48, c.size());
        assertEquals("0100", c.labelTimeText(0));
        assertEquals(LocalDate.of(2026, 6, 1), c.labelDate(0));
        assertEquals("2400", c.labelTimeText(47));
        assertEquals(LocalDate.of(2026, 6, 2), c.labelDate(47));
    }

    @Test
    void the_midnight_next_day_profile_labels_the_last_hour_0000_of_the_next_day() {
        AmerenProfile p = AmerenProfile.DEFAULT.withEndOfDayStyle(EndOfDayStyle.MIDNIGHT_NEXT_DAY);
        Edi867Generator g = Edi867Generator.withSeed(1).withProfile(p)
                .withPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        g.writeTo(out);
        String text = out.toString(StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("DTM*582*20260602*0000"), text);
        assertFalse(text.matches("(?s).*DTM\\*582\\*\\d{8}\\*2400.*"), text);
        try (X12Reader r = X12Factory.newFactory().withProfile(p).newReader(new ByteArrayInputStream(out.toByteArray()))) {
            Edi867 t = (Edi867) r.readInterchanges().get(0).groups().get(0).transactions().get(0);
            assertEquals(24, t.intervalCount());
        }
        String standard = writeText(Edi867Generator.withSeed(1).withPeriod(LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 2)));
        assertTrue(standard.contains("DTM*582*20260601*2400"), standard);
        assertFalse(standard.matches("(?s).*DTM\\*582\\*\\d{8}\\*0000.*"), standard);
    }

    private static String writeText(Edi867Generator g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        g.writeTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    // ------------------------------------------------------------------ values

    /** The documented load shape: 0.3 of the peak at night, rising to the peak at 13:00-14:00. */
    private static double shape(int hourOfDay) {
        return 0.3 + 0.7 * Math.max(0, Math.sin(Math.PI * (hourOfDay - 6) / 14.0));
    }

    /** Checks each value lies within +-10 % of the shape's hourly value (times factor); returns how many were estimated. */
    private static int assertShaped(IntervalChannel c, double peak, double factor, int from, int to) {
        int estimated = 0;
        for (int i = from; i < to; i++) {
            int hourOfDay = Math.floorMod(c.labelHhmm(i) / 100 - 1, 24);
            long base = Math.round(shape(hourOfDay) * peak);
            long v = c.value(i).movePointRight(2).longValueExact();
            long lo = (long) Math.floor((base - base / 10) * factor) - 1;
            long hi = (long) Math.ceil((base + base / 10) * factor) + 1;
            assertTrue(v >= lo && v <= hi, "value " + i + " at " + c.labelTimeText(i) + ": " + v + " not in " + lo + ".." + hi);
            if (c.quality(i) == ReadingQuality.ESTIMATED) {
                estimated++;
            }
        }
        return estimated;
    }

    @Test
    void hourly_values_follow_the_load_shape_with_ten_percent_noise_and_a_subtractive_meter_carries_a_quarter() {
        Edi867 t = (Edi867) read(Edi867Generator.withSeed(11).withMetersPerServicePoint(2).withSubtractiveMeters(true)
                .withUnits(EnumSet.of(MeterUnit.KWH, MeterUnit.KVARH))).get(0);
        for (IntervalChannel c : t.meters().get(0).channels()) {
            assertShaped(c, 8_000, 1, 0, c.size());
        }
        for (IntervalChannel c : t.meters().get(1).channels()) {
            assertShaped(c, 2_000, 1, 0, c.size());
        }
        // the noise varies from day to day: the 31 values at 15:00 are not all the same
        IntervalChannel c = t.meters().get(0).channels().get(0);
        java.util.Set<BigDecimal> at1500 = new java.util.HashSet<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.labelHhmm(i) == 1500) {
                at1500.add(c.value(i));
            }
        }
        assertTrue(at1500.size() > 10, at1500.toString());
    }

    @Test
    void each_part_of_a_split_hour_carries_about_half_the_hour() {
        List<Transaction> t = read(Edi867Generator.withSeed(3).withPeriods(2).withSplitHours(true)
                .withPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3)));
        for (Transaction x : t) {
            IntervalChannel c = ((Edi867) x).meters().get(0).channels().get(0);
            assertShaped(c, 8_000, 0.5, 0, 1);
            assertShaped(c, 8_000, 1, 1, c.size() - 1);
            assertShaped(c, 8_000, 0.5, c.size() - 1, c.size());
        }
        IntervalChannel first = ((Edi867) t.get(0)).meters().get(0).channels().get(0);
        IntervalChannel second = ((Edi867) t.get(1)).meters().get(0).channels().get(0);
        // the two parts are drawn separately
        assertFalse(first.value(first.size() - 1).equals(second.value(0)));
    }

    @Test
    void the_estimated_share_follows_the_setting() {
        Edi867Generator g = Edi867Generator.withSeed(21).withServicePoints(4);
        assertEquals(0, estimatedShare(g.withEstimatedPercent(0))[0]);
        int[] all = estimatedShare(g.withEstimatedPercent(100));
        assertEquals(all[1], all[0]);
        int[] half = estimatedShare(g.withEstimatedPercent(50));
        assertTrue(half[0] > half[1] * 0.4 && half[0] < half[1] * 0.6, half[0] + " of " + half[1]);
        int[] two = estimatedShare(g);
        assertTrue(two[0] > 0 && two[0] < two[1] * 0.05, two[0] + " of " + two[1]);
    }

    private static int[] estimatedShare(Edi867Generator g) {
        int estimated = 0;
        int total = 0;
        for (Transaction x : read(g)) {
            IntervalChannel c = ((Edi867) x).meters().get(0).channels().get(0);
            estimated += assertShaped(c, 8_000, 1, 0, c.size());
            total += c.size();
        }
        return new int[] {estimated, total};
    }

    // ------------------------------------------------------------------ stability across releases

    /**
     * The same seed and settings give the same bytes, in this release and the next: users keep generated
     * files as property-test fixtures, so the values drawn for a seed are pinned here.
     */
    @Test
    void a_seed_gives_the_same_values_from_release_to_release() {
        IntervalChannel c = Edi867Generator.withSeed(7).transactions().next().meters().get(0).channels().get(0);
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            first.add(c.value(i).toPlainString() + (c.quality(i) == ReadingQuality.ESTIMATED ? "E" : ""));
        }
        assertEquals(List.of("72.09E", "72.81", "65.59", "53.63", "47.61", "34.66"), first);
        assertEquals(new BigDecimal("33210.76"), c.sum());
    }

    @Test
    void a_rich_setting_gives_the_same_bytes_from_release_to_release() throws NoSuchAlgorithmException {
        Edi867Generator g = Edi867Generator.withSeed(-3).withServicePoints(2).withMetersPerServicePoint(3)
                .withSubtractiveMeters(true).withMultipliers(true).withPeriods(2).withSplitHours(true)
                .withUnits(EnumSet.of(MeterUnit.KWH, MeterUnit.KW, MeterUnit.KVARH)).withEstimatedPercent(30)
                .withPeriod(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 9));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = g.writeTo(out);
        assertEquals(72_651L, n);
        assertEquals("70ffcfdd483d999216d11ab762338c1ed4691414523e7a4337d4446c683cd43c", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray())));
    }

    @Test
    void with_methods_leave_the_generator_they_are_called_on_unchanged() {
        Edi867Generator g = Edi867Generator.withSeed(5);
        String before = writeText(g);
        g.withServicePoints(3);
        g.withMetersPerServicePoint(2);
        g.withSubtractiveMeters(true);
        g.withMultipliers(true);
        g.withPeriods(2);
        g.withReadHour(3);
        g.withSplitHours(true);
        g.withUnits(EnumSet.of(MeterUnit.KW));
        g.withEstimatedPercent(90);
        g.withProfile(AmerenProfile.DEFAULT.withServicePointQualifier("ESI"));
        g.withPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2));
        assertEquals(before, writeText(g));
        assertSame(Edi867.class, g.transactions().next().getClass());
    }
}
