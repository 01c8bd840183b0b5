package org.derkit.metering;

import static org.derkit.metering.Fixtures.M1;
import static org.derkit.metering.Fixtures.channel;
import static org.derkit.metering.Fixtures.hours;
import static org.derkit.metering.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.ReadingQuality;
import org.junit.jupiter.api.Test;

/** {@link IntervalReconstructor}: what a duplicate, a step back across midnight and an incomplete day are told. */
class LabelOrderMessagesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 4);
    private final IntervalReconstructor reconstructor = IntervalReconstructor.ameren();

    @Test
    void a_repeated_label_is_a_duplicate_ending_where_the_value_before_it_ends() {
        List<MeteringProblem> p = reconstructor.check(report(DAY, DAY,
                channel(M1, MeterRole.ADDITIVE, DAY, "0100", "0200", "0200").build()));
        assertEquals(1, p.size());
        assertEquals(MeteringProblem.Kind.DUPLICATE, p.get(0).kind());
        assertEquals("duplicate interval: label 20250704 0200 ends at 2025-07-04T02:00-05:00, as the value before it",
                p.get(0).detail());
    }

    @Test
    void a_label_of_the_day_before_after_midnight_is_out_of_order_with_both_local_ends() {
        MeterChannel.Builder b = channel(M1, MeterRole.ADDITIVE, DAY, "2300", "2400");
        b.add(DAY.plusDays(1), "0100", BigDecimal.ONE, ReadingQuality.ACTUAL);
        b.add(DAY, "0500", BigDecimal.ONE, ReadingQuality.ACTUAL);
        List<MeteringProblem> p = reconstructor.check(report(DAY, DAY.plusDays(1), b.build()));
        assertEquals(List.of(MeteringProblem.Kind.OUT_OF_ORDER), p.stream().map(MeteringProblem::kind).toList());
        assertEquals("out-of-order interval: label 20250704 0500 ends at 2025-07-04T05:00-05:00, before the value"
                + " before it, which ends at 2025-07-05T01:00-05:00", p.get(0).detail());
    }

    @Test
    void a_last_day_read_to_midnight_with_an_hour_missing_has_the_wrong_count() {
        List<String> t = new ArrayList<>(Arrays.asList(hours(1, 24)));
        t.remove("0500");
        List<MeteringProblem> p = reconstructor.check(report(DAY, DAY,
                channel(M1, MeterRole.ADDITIVE, DAY, t.toArray(new String[0])).build()));
        assertEquals(List.of(MeteringProblem.Kind.GAP, MeteringProblem.Kind.WRONG_DAY_COUNT),
                p.stream().map(MeteringProblem::kind).toList());
        assertEquals("local day 2025-07-04 has 23 intervals; the zone rules give 24 (24-hour day)", p.get(1).detail());
    }

    @Test
    void a_last_day_read_to_noon_is_not_counted() {
        assertEquals(List.of(), reconstructor.check(report(DAY, DAY,
                channel(M1, MeterRole.ADDITIVE, DAY, hours(1, 12)).build())));
        assertEquals(12, reconstructor.reconstruct(report(DAY, DAY,
                channel(M1, MeterRole.ADDITIVE, DAY, hours(1, 12)).build())).meters().get(0).size());
    }

    @Test
    void the_reconstructor_says_its_clock() {
        assertEquals(org.derkit.model.retail.IntervalClock.ameren(), reconstructor.clock());
    }
}
