package org.derkit.metering;

import org.derkit.model.retail.DeliveryVoltageLevel;
import org.derkit.model.retail.ReadingQuality;
import org.derkit.model.retail.IntervalClock;
import static org.derkit.metering.Fixtures.M1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.derkit.metering.spi.LossFactorSource;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;

class AggregationAndLossTest {

    private static final LocalDate FALL = LocalDate.of(2024, 11, 3);
    private static final IntervalClock QUARTER = IntervalClock.ameren().withIntervalMinutes(15);

    private IntervalSeries quarters(LocalDate day, int count, int skip) {
        IntervalSeries.Builder b = IntervalSeries.meterBuilder(Fixtures.SP, M1, MeterRole.ADDITIVE, MeterUnit.KWH, 15);
        long sod = QUARTER.startOfDaySeconds(day);
        for (int i = 0; i < count; i++) {
            if (i != skip) {
                b.add(Instant.ofEpochSecond(sod + i * 900L), new BigDecimal("0.25"), ReadingQuality.ACTUAL);
            }
        }
        return b.build();
    }

    @Test
    void RES_20_fifteen_minute_data_of_the_fall_back_day_aggregates_to_25_hours() {
        IntervalSeries hourly = Aggregation.toHourly(quarters(FALL, 100, -1), QUARTER);
        assertEquals(25, hourly.size());
        assertEquals(60, hourly.intervalMinutes());
        assertEquals(new BigDecimal("1.00"), hourly.value(1));
        assertEquals("2024-11-03T01:00-06:00", Fixtures.fmt(hourly.start(2)));
        assertEquals(new BigDecimal("25.00"), hourly.total());
    }

    @Test
    void an_incomplete_interior_hour_is_reported() {
        MeteringException e = assertThrows(MeteringException.class,
                () -> Aggregation.toHourly(quarters(FALL, 100, 10), QUARTER));
        assertEquals(MeteringProblem.Kind.INCOMPLETE_HOUR, e.problems().get(0).kind());
    }

    @Test
    void RES_24_loss_factor_formulas_are_exact() {
        LossFactorSource ameren = LossFactors.ameren2007();
        Instant t = Instant.parse("2025-07-01T20:00:00Z");
        BigDecimal load = new BigDecimal("10000");
        assertEquals(new BigDecimal("1.08297100000000"), ameren.lossFactor(DeliveryVoltageLevel.SECONDARY, t, load));
        assertEquals(0, new BigDecimal("1.04822200").compareTo(ameren.lossFactor(DeliveryVoltageLevel.PRIMARY, t, load)));
        assertEquals(0, new BigDecimal("1.018246").compareTo(ameren.lossFactor(DeliveryVoltageLevel.HIGH_VOLTAGE, t, load)));
        assertEquals(0, new BigDecimal("1.06102").compareTo(ameren.lossFactor(DeliveryVoltageLevel.SECONDARY, t, BigDecimal.ZERO)));
    }

    @Test
    void RES_24_loss_adjusted_values_are_rounded_half_even_to_six_places() {
        IntervalSeries s = quarters(FALL, 4, -1);
        IntervalSeries adjusted = LossFactors.apply(s, DeliveryVoltageLevel.SECONDARY, h -> new BigDecimal("10000"),
                LossFactors.ameren2007());
        // 0.25 x 1.082971 = 0.27074275 -> 0.270743 (half-even)
        assertEquals(new BigDecimal("0.270743"), adjusted.value(0));
        assertTrue(LossFactors.available().stream().anyMatch(f -> f.name().equals("ameren-2007")));
    }

    private static final java.time.ZoneId KATHMANDU = java.time.ZoneId.of("Asia/Kathmandu");

    @Test
    void hours_follow_the_local_clock_in_a_zone_a_quarter_hour_off_the_hour() {
        // Kathmandu is UTC+05:45: its local hours start at 15 past a UTC hour
        IntervalClock clock = IntervalClock.of(KATHMANDU, 15);
        long midnight = LocalDate.of(2025, 7, 4).atStartOfDay(KATHMANDU).toEpochSecond();
        IntervalSeries.Builder b = IntervalSeries.meterBuilder(Fixtures.SP, M1, MeterRole.ADDITIVE, MeterUnit.KWH, 15);
        for (int i = 0; i < 8; i++) {
            b.add(Instant.ofEpochSecond(midnight + i * 900L), BigDecimal.valueOf(i + 1), ReadingQuality.ACTUAL);
        }
        IntervalSeries hourly = Aggregation.toHourly(b.build(), clock);
        assertEquals(2, hourly.size());
        assertEquals(Instant.ofEpochSecond(midnight), hourly.start(0));
        assertEquals(new BigDecimal("10"), hourly.value(0));
        assertEquals(new BigDecimal("26"), hourly.value(1));
    }

    @Test
    void an_hour_is_estimated_if_any_of_its_intervals_is() {
        IntervalSeries.Builder b = IntervalSeries.meterBuilder(Fixtures.SP, M1, MeterRole.ADDITIVE, MeterUnit.KWH, 15);
        long sod = QUARTER.startOfDaySeconds(LocalDate.of(2025, 7, 4));
        for (int i = 0; i < 8; i++) {
            b.add(Instant.ofEpochSecond(sod + i * 900L), new BigDecimal("0.25"),
                    i == 5 ? ReadingQuality.ESTIMATED : ReadingQuality.ACTUAL);
        }
        IntervalSeries hourly = Aggregation.toHourly(b.build(), QUARTER);
        assertEquals(ReadingQuality.ACTUAL, hourly.quality(0));
        assertEquals(ReadingQuality.ESTIMATED, hourly.quality(1));
    }

    @Test
    void demand_is_averaged_and_a_non_terminating_average_keeps_six_more_places() {
        IntervalSeries.Builder b = IntervalSeries.meterBuilder(Fixtures.SP, M1, MeterRole.ADDITIVE, MeterUnit.KW, 15);
        long sod = QUARTER.startOfDaySeconds(LocalDate.of(2025, 7, 4));
        // a partial first hour (00:15 to 01:00) of 1, 1 and 2 kW, then a whole hour of 2, 2, 3 and 3 kW
        String[] kw = {"1", "1", "2", "2", "2", "3", "3"};
        for (int i = 0; i < kw.length; i++) {
            b.add(Instant.ofEpochSecond(sod + (i + 1) * 900L), new BigDecimal(kw[i]), ReadingQuality.ACTUAL);
        }
        IntervalSeries hourly = Aggregation.toHourly(b.build(), QUARTER);
        assertEquals(new BigDecimal("1.333333"), hourly.value(0));
        assertEquals(new BigDecimal("2.5"), hourly.value(1));
    }

    @Test
    void a_net_series_aggregates_to_a_net_series_and_an_account_series_to_an_account_series() {
        long sod = QUARTER.startOfDaySeconds(LocalDate.of(2025, 7, 4));
        IntervalSeries.Builder net = IntervalSeries.netBuilder(Fixtures.SP, MeterUnit.KWH, 15);
        IntervalSeries.Builder account = IntervalSeries.accountBuilder(Fixtures.SP, MeterRole.SUBTRACTIVE, MeterUnit.KWH,
                15);
        for (int i = 0; i < 4; i++) {
            net.add(Instant.ofEpochSecond(sod + i * 900L), new BigDecimal("-0.5"), ReadingQuality.ACTUAL);
            account.add(Instant.ofEpochSecond(sod + i * 900L), new BigDecimal("0.5"), ReadingQuality.ACTUAL);
        }
        IntervalSeries hourlyNet = Aggregation.toHourly(net.build(), QUARTER);
        assertTrue(hourlyNet.isNet());
        assertTrue(hourlyNet.meter().isEmpty());
        assertEquals(new BigDecimal("-2.0"), hourlyNet.value(0));
        IntervalSeries hourlyAccount = Aggregation.toHourly(account.build(), QUARTER);
        assertTrue(hourlyAccount.isAccountLevel());
        assertTrue(!hourlyAccount.isNet());
        assertEquals(java.util.Optional.of(MeterRole.SUBTRACTIVE), hourlyAccount.role());
        assertEquals(60, hourlyAccount.intervalMinutes());
    }

    @Test
    void the_built_in_loss_factor_source_is_called_by_its_name() {
        assertEquals("ameren-2007", LossFactors.ameren2007().toString());
    }
}
