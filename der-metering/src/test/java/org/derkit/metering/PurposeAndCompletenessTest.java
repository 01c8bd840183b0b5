package org.derkit.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi867;
import org.derkit.edi.Edi867Generator;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 4 in der-metering: BPT01 purposes (cancellation, replacement by BPT09), duplicates
 * across files, der-edi's completeness findings, and the coverage of the billing period.
 */
class PurposeAndCompletenessTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 5);

    @TempDir
    Path dir;

    /** One 867 of one service point, 2026-03-01 14:00 to 2026-03-05 14:00. */
    static String generated(long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Edi867Generator.withSeed(seed).withPeriod(START, END).withMetersPerServicePoint(2).withSubtractiveMeters(true)
                .writeTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    static String bpt02(String text) {
        Matcher m = Pattern.compile("BPT\\*00\\*([^*~]+)\\*").matcher(text);
        assertTrue(m.find(), "a BPT segment");
        return m.group(1);
    }

    /** The text with its BPT made a cancellation (01) or replacement (05) named {@code reference} of report {@code original}. */
    static String withPurpose(String text, String purpose, String reference, String original) {
        return text.replaceFirst("BPT\\*00\\*[^*~]+\\*([0-9]{8})\\*C1~",
                "BPT*" + purpose + "*" + reference + "*$1*C1*****" + original + "~");
    }

    Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.ISO_8859_1);
        return f;
    }

    @Nested
    class Purposes {

        @Test
        void should_say_purpose_reference_and_original_reference_of_each_transaction_set() throws IOException {
            String original = generated(1);
            Path a = file("a.x12", original);
            Path c = file("c.x12", withPurpose(original, "01", "C1", bpt02(original)));
            List<TransactionUsage> all = UsageReader.ameren().readAll(List.of(a, c));
            assertEquals(Edi867.Purpose.ORIGINAL, all.get(0).purpose());
            assertEquals(bpt02(original), all.get(0).reference());
            assertTrue(all.get(0).originalReference().isEmpty());
            assertTrue(all.get(0).isUsage());
            TransactionUsage cancel = all.get(1);
            assertEquals(Edi867.Purpose.CANCELLATION, cancel.purpose());
            assertEquals("C1", cancel.reference());
            assertEquals(bpt02(original), cancel.originalReference().orElseThrow());
            assertFalse(cancel.isUsage());
            assertTrue(cancel.hasPeriod());
            assertEquals(List.of(), cancel.period().meters(), "a cancellation's repeated values are not usage");
            assertTrue(cancel.toString().endsWith(", cancels report " + bpt02(original)), cancel.toString());
        }

        @Test
        void should_remove_a_cancelled_report_from_the_stitched_usage_in_either_file_order() throws IOException {
            String first = generated(1);
            String second = generated(2).replace(bpt02(generated(2)), "AIC-OTHER-SP")
                    .replace("REF*LU*90000000", "REF*LU*90000042");
            Path a = file("a.x12", first);
            Path b = file("b.x12", second);
            Path c = file("c.x12", withPurpose(first, "01", "C1", bpt02(first)));
            for (List<Path> files : List.of(List.of(a, b, c), List.of(c, b, a))) {
                List<ServicePointUsage> usage = UsageReader.ameren().readAndStitch(files);
                assertEquals(1, usage.size(), "only the service point whose report was not cancelled");
                assertEquals("90000042", usage.get(0).servicePoint().value());
            }
        }

        @Test
        void should_stitch_the_replacements_values_instead_of_the_originals() throws IOException {
            String original = generated(1);
            String other = generated(7);
            Path a = file("a.x12", original);
            Path r = file("r.x12", withPurpose(other, "05", "R1", bpt02(original)));
            ServicePointUsage replaced = UsageReader.ameren().readAndStitch(List.of(r, a)).get(0);
            ServicePointUsage expected = UsageReader.ameren().readAndStitch(List.of(file("o.x12", other))).get(0);
            assertEquals(expected.netSeries(), replaced.netSeries());
            assertFalse(expected.netSeries().equals(
                    UsageReader.ameren().readAndStitch(List.of(a)).get(0).netSeries()), "the seeds give other values");
        }

        @Test
        void should_stitch_as_if_cancelled_reports_were_never_read_and_replaced_ones_never_sent_in_any_order()
                throws IOException {
            java.util.Random seeds = new java.util.Random(Long.getLong("QT_SEED", 20240415L) + 11);
            for (int k = 0; k < 8; k++) {
                long seed = seeds.nextLong();
                java.util.Random r = new java.util.Random(seed);
                int meters = 1 + r.nextInt(3);
                boolean subtractive = r.nextBoolean();
                boolean split = r.nextBoolean();
                java.util.function.LongFunction<Edi867Generator> settings = s2 -> Edi867Generator.withSeed(s2)
                        .withMetersPerServicePoint(meters).withSubtractiveMeters(subtractive).withSplitHours(split)
                        .withUnits(java.util.EnumSet.of(MeterUnit.KWH, MeterUnit.KW)).withEstimatedPercent(5);
                LocalDate start = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(2000));
                List<Path> all = new java.util.ArrayList<>();
                List<Path> expected = new java.util.ArrayList<>();
                for (int p = 0; p < 3; p++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    LocalDate from = start.plusDays(9L * p);
                    settings.apply(seed).withPeriod(from, from.plusDays(9)).writeTo(out);
                    String text = out.toString(StandardCharsets.ISO_8859_1);
                    Path original = file("p" + k + "-" + p + ".x12", text);
                    all.add(original);
                    switch (r.nextInt(3)) {
                        case 0 -> expected.add(original);
                        case 1 -> all.add(file("c" + k + "-" + p + ".x12", withPurpose(text, "01", "C" + p, bpt02(text))));
                        default -> {
                            ByteArrayOutputStream other = new ByteArrayOutputStream();
                            settings.apply(seed + 1 + p).withPeriod(from, from.plusDays(9)).writeTo(other);
                            String newer = other.toString(StandardCharsets.ISO_8859_1);
                            all.add(file("r" + k + "-" + p + ".x12", withPurpose(newer, "05", "R" + p, bpt02(text))));
                            expected.add(file("n" + k + "-" + p + ".x12", newer));
                        }
                    }
                }
                List<ServicePointUsage> want = expected.isEmpty() ? List.of() : UsageReader.ameren().readAndStitch(expected);
                List<Path> reversed = new java.util.ArrayList<>(all);
                java.util.Collections.reverse(reversed);
                for (List<Path> order : List.of(all, reversed)) {
                    List<ServicePointUsage> got = UsageReader.ameren().readAndStitch(order);
                    assertEquals(want.size(), got.size(), "seed " + seed);
                    for (int i = 0; i < want.size(); i++) {
                        assertEquals(want.get(i).netSeries(), got.get(i).netSeries(), "seed " + seed);
                        assertEquals(want.get(i).meterSeries(), got.get(i).meterSeries(), "seed " + seed);
                        assertTrue(got.get(i).isEnergyConserved(), "seed " + seed);
                        UsageReaderTest.assertNetIsAdditiveMinusSubtractive(got.get(i));
                    }
                }
            }
        }

        @Test
        void should_refuse_a_cancellation_or_replacement_naming_no_report_read_with_a_typed_problem() throws IOException {
            String original = generated(1);
            Path c = file("c.x12", withPurpose(original, "01", "C1", "NOT-READ"));
            UsageReadException e = assertThrows(UsageReadException.class,
                    () -> UsageReader.ameren().readAndStitch(List.of(c)));
            assertEquals("ORIGINAL_NOT_FOUND", e.problems().get(0).code());
            assertEquals(c + ": " + c + " transaction set 867 0001 (group 1, interchange 000000001): the cancellation"
                    + " (BPT 01 'C1') names report 'NOT-READ' (BPT09), which none of the inputs read holds: read it"
                    + " together with the report it cancels", e.getMessage());
            Path r = file("r.x12", withPurpose(original, "05", "R1", "NOT-READ"));
            UsageReadException replacement = assertThrows(UsageReadException.class,
                    () -> UsageReader.ameren().readAndStitch(List.of(r)));
            assertTrue(replacement.getMessage().contains("the replacement (BPT 05 'R1') names report 'NOT-READ'"),
                    replacement.getMessage());
        }

        @Test
        void should_refuse_two_replacements_of_one_report() throws IOException {
            String original = generated(1);
            Path a = file("a.x12", original);
            Path r1 = file("r1.x12", withPurpose(generated(2), "05", "R1", bpt02(original)));
            Path r2 = file("r2.x12", withPurpose(generated(3), "05", "R2", bpt02(original)));
            UsageReadException e = assertThrows(UsageReadException.class,
                    () -> UsageReader.ameren().readAndStitch(List.of(a, r1, r2)));
            assertEquals("REPLACED_TWICE", e.problems().get(0).code());
            assertTrue(e.getMessage().contains("is replaced twice: by 'R1' (" + r1 + " transaction set"), e.getMessage());
        }

        @Test
        void should_refuse_the_same_file_read_twice_as_a_duplicate_interchange_naming_both() throws IOException {
            Path a = file("a.x12", generated(1));
            Path copy = file("copy.x12", generated(1));
            UsageReadException same = assertThrows(UsageReadException.class,
                    () -> UsageReader.ameren().readAndStitch(List.of(a, copy)));
            assertEquals(List.of("DUPLICATE_INTERCHANGE"), same.problems().stream().map(UsageProblem::code).toList());
            assertTrue(same.getMessage().contains("interchange 000000001 of sender '006936017' (ISA13, ISA06) was already"
                    + " read from " + a), same.getMessage());
            String other = generated(1).replace("*000000001*0*P*", "*000000002*0*P*").replace("IEA*1*000000001",
                    "IEA*1*000000002");
            Path resent = file("resent.x12", other);
            UsageReadException report = assertThrows(UsageReadException.class,
                    () -> UsageReader.ameren().readAndStitch(List.of(a, resent)));
            assertEquals("DUPLICATE_REPORT", report.problems().get(0).code());
            assertTrue(report.getMessage().contains("BPT 00 report '" + bpt02(other) + "' was already read in " + a),
                    report.getMessage());
        }

        @Test
        void should_apply_purposes_in_the_ledger_of_a_streaming_consumer() throws IOException {
            String original = generated(1);
            Path a = file("a.x12", original);
            Path c = file("c.x12", withPurpose(original, "01", "C1", bpt02(original)));
            ReportLedger ledger = new ReportLedger();
            UsageReader.ameren().read(List.of(c, a), ledger::record);
            assertThrows(IllegalStateException.class, () -> ledger.stands(UsageReader.ameren().readAll(List.of(a)).get(0)));
            ledger.check();
            assertTrue(ledger.hasCancellationsOrReplacements());
            for (TransactionUsage t : UsageReader.ameren().readAll(List.of(a, c))) {
                assertFalse(ledger.stands(t), t.toString());
            }
            assertEquals(List.of(c + " transaction set 867 0001 (group 1, interchange 000000001) cancels report '"
                    + bpt02(original) + "' (" + a + " transaction set 867 0001 (group 1, interchange 000000001)): its"
                    + " usage is not output"), ledger.notices());
        }
    }

    @Nested
    class Completeness {

        @Test
        void should_refuse_qty_totals_other_than_the_interval_sums_with_der_edis_code() throws IOException {
            String text = generated(1);
            Matcher qty = Pattern.compile("QTY\\*QD\\*([0-9.]+)\\*KH~\\nDTM\\*582").matcher(text);
            assertTrue(qty.find());
            String changed = text.substring(0, qty.start(1)) + "999.99" + text.substring(qty.end(1));
            Path f = file("total.x12", changed);
            UsageReadException e = assertThrows(UsageReadException.class, () -> UsageReader.ameren().readAll(List.of(f)));
            assertEquals("TOTAL_MISMATCH", e.problems().get(0).code());
            assertTrue(e.problems().get(0).location().isPresent());
        }

        @Test
        void should_name_the_missing_local_times_when_the_first_hours_of_the_period_are_missing() throws IOException {
            String text = generated(1);
            // the period starts at 14:00 (DTM*150*20260301*1400); state 12:00 instead
            Path f = file("early.x12", text.replace("DTM*150*20260301*1400~", "DTM*150*20260301*1200~"));
            UsageReadException e = assertThrows(UsageReadException.class, () -> UsageReader.ameren().readAll(List.of(f)));
            UsageProblem p = e.problems().get(0);
            assertEquals("PERIOD_NOT_COVERED", p.code());
            assertTrue(p.detail().startsWith("the intervals start at 2026-03-01T14:00-06:00: 2026-03-01T12:00-06:00 to "
                    + "2026-03-01T14:00-06:00 (2 intervals) of the billing period 2026-03-01T12:00-06:00 (DTM*150) to "
                    + "2026-03-05T14:00-06:00 (DTM*151) missing (meter "), p.detail());
            assertEquals("QTY", p.location().orElseThrow().segmentTag());
        }

        @Test
        void should_name_the_missing_local_times_at_the_end_and_refuse_intervals_beyond_a_bound() throws IOException {
            String text = generated(1);
            Path late = file("late.x12", text.replace("DTM*151*20260305*1400~", "DTM*151*20260305*1700~"));
            UsageProblem end = assertThrows(UsageReadException.class,
                    () -> UsageReader.ameren().readAll(List.of(late))).problems().get(0);
            assertEquals("PERIOD_NOT_COVERED", end.code());
            assertTrue(end.detail().startsWith("the intervals end at 2026-03-05T14:00-06:00: 2026-03-05T14:00-06:00 to "
                    + "2026-03-05T17:00-06:00 (3 intervals)"), end.detail());
            Path shorter = file("short.x12", text.replace("DTM*151*20260305*1400~", "DTM*151*20260305*1300~"));
            UsageProblem beyond = assertThrows(UsageReadException.class,
                    () -> UsageReader.ameren().readAll(List.of(shorter))).problems().get(0);
            assertEquals("OUTSIDE_PERIOD", beyond.code());
            assertTrue(beyond.detail().startsWith("the intervals end at 2026-03-05T14:00-06:00, 1 intervals after the end"),
                    beyond.detail());
        }

        @Test
        void should_accept_a_split_hour_at_either_end_as_covering_its_bound() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Edi867Generator.withSeed(4).withPeriod(START, END).withPeriods(2).withSplitHours(true).writeTo(out);
            String text = out.toString(StandardCharsets.ISO_8859_1);
            assertTrue(text.contains("DTM*150*20260301*1430~"), "the generator states the read time");
            List<TransactionUsage> all = UsageReader.ameren().readAll(List.of(file("split.x12", text)));
            assertEquals(2, all.size());
            assertEquals(1, UsageReader.stitchTransactions(all).get(0).splitHours().size());
        }

        @Test
        void should_take_a_date_without_time_as_the_start_of_its_day() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Edi867Generator.withSeed(4).withPeriod(START, END).withReadHour(0).writeTo(out);
            String text = out.toString(StandardCharsets.ISO_8859_1);
            assertTrue(text.contains("DTM*150*20260301~") && text.contains("DTM*151*20260305~"), "midnight reads: dates");
            TransactionUsage t = UsageReader.ameren().readAll(List.of(file("midnight.x12", text))).get(0);
            assertEquals(4 * 24, t.period().meters().get(0).size());
        }
    }

    @Nested
    class AccountLevel {

        @Test
        void should_read_PTD_BQ_intervals_as_account_level_usage_with_the_meters_values_and_net() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Edi867Generator.withSeed(1).withPeriod(START, END).writeTo(out);
            String meterText = out.toString(StandardCharsets.ISO_8859_1);
            String text = meterText.replaceFirst("PTD\\*PM~", "PTD*BQ~").replaceFirst("REF\\*MG\\*[0-9]+~\\n", "");
            Matcher se = Pattern.compile("SE\\*(\\d+)\\*0001~").matcher(text);
            assertTrue(se.find());
            text = text.replace(se.group(), "SE*" + (Integer.parseInt(se.group(1)) - 1) + "*0001~");
            Path f = file("bq.x12", text);
            Path m = file("pm.x12", meterText);
            UsageReader reader = UsageReader.of(AmerenProfile.DEFAULT.withIntervalLoopCodes(Set.of("PM", "BQ")));

            TransactionUsage t = reader.readAll(List.of(f)).get(0);
            assertEquals(1, t.period().meters().size(), "nothing dropped");
            IntervalSeries account = t.period().meters().get(0);
            assertTrue(account.isAccountLevel());
            assertFalse(account.isNet());
            assertTrue(account.meter().isEmpty());
            assertEquals(MeterRole.ADDITIVE, account.role().orElseThrow());
            IntervalSeries meter = reader.readAll(List.of(m)).get(0).period().meters().get(0);
            assertEquals(meter.size(), account.size());
            for (int i = 0; i < meter.size(); i++) {
                assertEquals(meter.start(i), account.start(i));
                assertEquals(meter.value(i), account.value(i));
                assertEquals(meter.quality(i), account.quality(i));
            }
            ServicePointUsage usage = reader.readAndStitch(List.of(f)).get(0);
            assertEquals(reader.readAndStitch(List.of(m)).get(0).netSeries(), usage.netSeries());
            assertTrue(usage.isEnergyConserved());

            StringBuilder csv = new StringBuilder();
            MeteringCsv.writeIntervals(csv, List.of(account), IntervalClock.ameren());
            assertTrue(csv.toString().lines().skip(1).allMatch(l -> l.startsWith("90000000,,A,kWh,")), csv.substring(0, 200));
            assertEquals(List.of(account), MeteringCsv.readIntervals(new StringReader(csv.toString()), "bq.csv",
                    IntervalClock.ameren()));
            NetSeriesAccumulator net = new NetSeriesAccumulator(IntervalClock.ameren());
            net.add(t.period());
            net.finish();
            List<IntervalSeries> streamed = new java.util.ArrayList<>();
            net.forEachNet(streamed::add);
            assertEquals(usage.netSeries(), streamed, "the streaming series as the whole result");
        }

        @Test
        void should_leave_account_level_loops_to_der_edis_refusal_when_the_profile_does_not_read_them()
                throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Edi867Generator.withSeed(1).withPeriod(START, END).writeTo(out);
            String text = out.toString(StandardCharsets.ISO_8859_1).replaceFirst("PTD\\*PM~", "PTD*BQ~");
            UsageReadException e = assertThrows(UsageReadException.class,
                    () -> UsageReader.ameren().readAll(List.of(file("bq-default.x12", text))));
            assertTrue(e.getMessage().contains("BQ"), e.getMessage());
        }
    }

    @Test
    void should_name_the_hour_of_a_net_overflow_in_chicago_time_in_the_stitcher_and_the_series_accumulator() {
        org.derkit.model.ServicePointId sp = org.derkit.model.ServicePointId.of("90000000");
        long start = java.time.ZonedDateTime.of(2026, 11, 1, 1, 0, 0, 0, java.time.ZoneId.of("America/Chicago"))
                .plusHours(1).toEpochSecond(); // the repeated 01:00, CST
        IntervalSeries big = IntervalSeries.meterBuilder(sp, org.derkit.model.MeterNumber.of("7000000"),
                MeterRole.ADDITIVE, MeterUnit.KWH, 60).add(start, Long.MAX_VALUE - 1, 0, 1, false).build();
        IntervalSeries more = IntervalSeries.meterBuilder(sp, org.derkit.model.MeterNumber.of("7000001"),
                MeterRole.ADDITIVE, MeterUnit.KWH, 60).add(start, 10, 0, 1, false).build();
        ReconstructedPeriod p = new ReconstructedPeriod(sp, new org.derkit.model.retail.BillingPeriod(
                LocalDate.of(2026, 10, 28), LocalDate.of(2026, 11, 4)), "a.x12 ST 0001", List.of(big, more));
        MeteringException e = assertThrows(MeteringException.class, () -> Stitcher.stitch(List.of(p)));
        assertEquals("the net of the interval starting 2026-11-01T01:00-06:00 exceeds 18 digits (meter 7000001)",
                e.problems().get(0).message().replaceFirst(" \\(service point.*$", ""), e.getMessage());
        NetSeriesAccumulator net = new NetSeriesAccumulator(IntervalClock.ameren());
        net.add(p);
        UsageReadException streamed = assertThrows(UsageReadException.class, net::finish);
        assertTrue(streamed.getMessage().contains("the net of the interval starting 2026-11-01T01:00-06:00 exceeds 18 digits"),
                streamed.getMessage());
    }

    @Test
    void should_print_an_overlap_between_periods_in_chicago_time_with_the_offset() throws IOException {
        Path a = file("a.x12", generated(1));
        String later = generated(2).replace(bpt02(generated(2)), "AIC-LATER");
        Path b = file("b.x12", later);
        UsageReadException e = assertThrows(UsageReadException.class,
                () -> UsageReader.ameren().readAndStitch(List.of(a, b)));
        assertEquals("OVERLAP", e.problems().get(0).code());
        assertTrue(e.getMessage().contains(" from 2026-03-01T14:00-06:00 to 2026-03-05T14:00-06:00"), e.getMessage());
        assertFalse(e.getMessage().contains("Z;") || e.getMessage().matches(".*T\\d\\d:\\d\\d(:\\d\\d)?Z.*"),
                e.getMessage());
        assertTrue(MeterUnit.KWH.isEnergy());
    }
}
