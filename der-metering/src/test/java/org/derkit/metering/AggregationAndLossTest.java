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
}
