package org.derkit.edi;

import org.derkit.model.retail.MeterRole;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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
}
