package org.derkit.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi867Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UsageReader} on 867 text: the DTM*150 and DTM*151 bounds the intervals must cover (times
 * with seconds, intervals before the start), the day counts of full local days, where each
 * refusal points, and the reader's own contract (profile, closing its input, naming the files).
 */
class EdiPeriodBoundsTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 5);
    private static final Pattern INTERVAL_QTY = Pattern.compile("QTY\\*QD\\*([0-9.]+)\\*KH~\\nDTM\\*582\\*[0-9]{8}\\*[0-9]{4}~\\n");

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.ISO_8859_1);
        return f;
    }

    /** One 867 of one service point and one meter, 2026-03-01 14:00 to 2026-03-05 14:00 (or midnight reads). */
    private static String generated(int readHour) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Edi867Generator g = Edi867Generator.withSeed(5).withPeriod(START, END).withMetersPerServicePoint(1);
        (readHour == 0 ? g.withReadHour(0) : g).writeTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static UsageReadException refused(Path f) {
        return assertThrows(UsageReadException.class, () -> UsageReader.ameren().readAll(List.of(f)));
    }

    /**
     * The text without the k-th interval (QTY and DTM*582) of the first meter; its energy moves to
     * the next interval so that the meter's totals still equal the interval sums.
     */
    private static String withoutInterval(String text, int k) {
        Matcher m = INTERVAL_QTY.matcher(text);
        List<int[]> all = new ArrayList<>();
        while (m.find()) {
            all.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
        }
        int[] gone = all.get(k);
        int[] next = all.get(k + 1);
        BigDecimal moved = new BigDecimal(text.substring(gone[2], gone[3]))
                .add(new BigDecimal(text.substring(next[2], next[3])));
        String cut = text.substring(0, gone[0]) + text.substring(gone[1], next[2]) + moved.toPlainString()
                + text.substring(next[3]);
        Matcher se = Pattern.compile("SE\\*(\\d+)\\*0001~").matcher(cut);
        assertTrue(se.find());
        return cut.replace(se.group(), "SE*" + (Integer.parseInt(se.group(1)) - 2) + "*0001~");
    }

    private static int intervals(String text) {
        Matcher m = INTERVAL_QTY.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void a_DTM_151_time_with_seconds_past_the_hour_needs_the_interval_holding_it() throws IOException {
        String text = generated(14);
        assertTrue(text.contains("DTM*151*20260305*1400~"), "the generator reads at 14:00");
        Path f = file("seconds.x12", text.replace("DTM*151*20260305*1400~", "DTM*151*20260305*140030~"));
        UsageProblem p = refused(f).problems().get(0);
        assertEquals("PERIOD_NOT_COVERED", p.code());
        assertTrue(p.detail().startsWith("the intervals end at 2026-03-05T14:00-06:00: 2026-03-05T14:00-06:00 to "
                + "2026-03-05T15:00-06:00 (1 intervals) of the billing period 2026-03-01T14:00-06:00 (DTM*150) to "
                + "2026-03-05T14:00-06:00 (DTM*151) missing"), p.detail());
        Path whole = file("whole.x12", text.replace("DTM*151*20260305*1400~", "DTM*151*20260305*140000~")
                .replace("DTM*150*20260301*1400~", "DTM*150*20260301*140000~"));
        assertEquals(4 * 24, UsageReader.ameren().readAll(List.of(whole)).get(0).period().meters().get(0).size());
    }

    @Test
    void intervals_before_the_DTM_150_time_are_refused_at_the_first_interval() throws IOException {
        String text = generated(14);
        Path f = file("late-start.x12", text.replace("DTM*150*20260301*1400~", "DTM*150*20260301*1600~"));
        UsageProblem p = refused(f).problems().get(0);
        assertEquals("OUTSIDE_PERIOD", p.code());
        assertTrue(p.detail().startsWith("the intervals start at 2026-03-01T14:00-06:00, 2 intervals before the start of"
                + " the billing period 2026-03-01T16:00-06:00 (DTM*150) to 2026-03-05T14:00-06:00 (DTM*151) (meter "),
                p.detail());
        Matcher first = INTERVAL_QTY.matcher(text);
        assertTrue(first.find());
        assertEquals(first.start(), p.location().orElseThrow().byteOffset());
    }

    @Test
    void a_shortfall_or_excess_at_the_end_is_located_at_the_last_interval() throws IOException {
        String text = generated(14);
        Matcher m = INTERVAL_QTY.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        for (String end : List.of("1700", "1300")) {
            Path f = file("end-" + end + ".x12", text.replace("DTM*151*20260305*1400~", "DTM*151*20260305*" + end + "~"));
            UsageProblem p = refused(f).problems().get(0);
            assertEquals(end.equals("1700") ? "PERIOD_NOT_COVERED" : "OUTSIDE_PERIOD", p.code());
            assertEquals("QTY", p.location().orElseThrow().segmentTag(), end);
            assertEquals(last, p.location().orElseThrow().byteOffset(), end);
        }
    }

    @Test
    void a_full_first_local_day_with_an_hour_missing_is_a_gap_and_a_wrong_day_count() throws IOException {
        String text = generated(0);
        assertTrue(text.contains("DTM*150*20260301~"), "midnight reads");
        Path f = file("first-day.x12", withoutInterval(text, 4));
        List<UsageProblem> p = refused(f).problems();
        assertEquals(List.of("GAP", "WRONG_DAY_COUNT"), p.stream().map(UsageProblem::code).toList());
        assertTrue(p.get(1).detail().startsWith("local day 2026-03-01 has 23 intervals; the zone rules give 24"),
                p.get(1).detail());
    }

    @Test
    void a_full_last_local_day_with_an_hour_missing_is_a_gap_and_a_wrong_day_count() throws IOException {
        String text = generated(0);
        Path f = file("last-day.x12", withoutInterval(text, intervals(text) - 5));
        List<UsageProblem> p = refused(f).problems();
        assertEquals(List.of("GAP", "WRONG_DAY_COUNT"), p.stream().map(UsageProblem::code).toList());
        assertTrue(p.get(1).detail().startsWith("local day 2026-03-04 has 23 intervals"), p.get(1).detail());
    }

    @Test
    void a_problem_of_account_level_usage_names_its_loop() throws IOException {
        String meterText = generated(14);
        String text = meterText.replaceFirst("PTD\\*PM~", "PTD*BQ~").replaceFirst("REF\\*MG\\*[0-9]+~\\n", "");
        Matcher se = Pattern.compile("SE\\*(\\d+)\\*0001~").matcher(text);
        assertTrue(se.find());
        text = text.replace(se.group(), "SE*" + (Integer.parseInt(se.group(1)) - 1) + "*0001~");
        text = text.replace("DTM*151*20260305*1400~", "DTM*151*20260305*1700~");
        int loop = 0;
        for (int at = text.indexOf("PTD*"); at >= 0 && at <= text.indexOf("PTD*BQ"); at = text.indexOf("PTD*", at + 1)) {
            loop++;
        }
        UsageReader reader = UsageReader.of(AmerenProfile.DEFAULT.withIntervalLoopCodes(Set.of("PM", "BQ")));
        Path f = file("bq-late.x12", text);
        UsageProblem p = assertThrows(UsageReadException.class, () -> reader.readAll(List.of(f))).problems().get(0);
        assertEquals("PERIOD_NOT_COVERED", p.code());
        assertTrue(p.detail().endsWith(" missing (account-level usage (PTD*BQ loop " + loop + ") kWh)"), p.detail());
    }

    @Test
    void the_reader_says_its_profile_and_a_reader_without_the_total_check_reads_as_the_default() throws IOException {
        assertSame(AmerenProfile.DEFAULT, UsageReader.ameren().profile());
        AmerenProfile bq = AmerenProfile.DEFAULT.withIntervalLoopCodes(Set.of("PM", "BQ"));
        assertSame(bq, UsageReader.of(bq).profile());
        Path f = file("plain.x12", generated(14));
        List<ReconstructedPeriod> unchecked = UsageReader.ameren().withServicePointTotalsChecked(false)
                .readAll(List.of(f)).stream().map(TransactionUsage::period).toList();
        assertEquals(UsageReader.ameren().readAll(List.of(f)).stream().map(TransactionUsage::period).toList(), unchecked);
        assertEquals(4 * 24, unchecked.get(0).meters().get(0).size());
    }

    @Test
    void reading_a_stream_closes_it() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(generated(14).getBytes(StandardCharsets.ISO_8859_1)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        List<TransactionUsage> all = new ArrayList<>();
        UsageReader.ameren().read(in, "in.x12", all::add);
        assertEquals(1, all.size());
        assertTrue(closed[0], "closed");
    }

    @Test
    void a_stitching_problem_names_the_files_of_the_periods_without_their_transaction_sets() {
        long h = java.time.Instant.parse("2025-12-01T06:00:00Z").getEpochSecond();
        ReconstructedPeriod a = StitchedNetAndPeriodViewTest.period("a.x12 ST 0001",
                StitchedNetAndPeriodViewTest.kwh(StitchedNetAndPeriodViewTest.M1, h, new int[] {0, 1, 2}, "1", "1", "1"));
        ReconstructedPeriod b = StitchedNetAndPeriodViewTest.period("b.x12 ST 0002",
                StitchedNetAndPeriodViewTest.kwh(StitchedNetAndPeriodViewTest.M1, h, new int[] {1, 2, 3}, "1", "1", "1"));
        UsageReadException e = assertThrows(UsageReadException.class, () -> UsageReader.stitch(List.of(a, b)));
        assertEquals("a.x12, b.x12", e.source());
        assertEquals("OVERLAP", e.problems().get(0).code());
        assertEquals("a.x12, b.x12", e.problems().get(0).source());
    }
}
