package org.derkit.metering;

import org.derkit.model.retail.EndOfDayStyle;
import org.derkit.model.retail.IntervalLabel;
import org.derkit.model.retail.IntervalClock;
import static org.derkit.metering.Fixtures.fmt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.derkit.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class IntervalClockTest {

    private final IntervalClock clock = IntervalClock.ameren();

    private String end(String date, String time) {
        return fmt(clock.intervalEnd(IntervalLabel.parse(LocalDate.parse(date), time)));
    }

    @Test
    void RES_20_spring_forward_2024_has_23_hours_and_label_0200_ends_at_0300_CDT() {
        assertEquals(23, clock.intervalsIn(LocalDate.of(2024, 3, 10)));
        assertEquals("2024-03-10T01:00-06:00", end("2024-03-10", "0100"));
        assertEquals("2024-03-10T03:00-05:00", end("2024-03-10", "0200"));
        assertEquals("2024-03-10T04:00-05:00", end("2024-03-10", "0300"));
        assertEquals("2024-03-11T00:00-05:00", end("2024-03-10", "2300"));
        assertThrows(InvalidValueException.class, () -> end("2024-03-10", "2400"));
    }

    @Test
    void RES_20_fall_back_2024_has_25_hours_and_label_0300_ends_at_0200_CST() {
        assertEquals(25, clock.intervalsIn(LocalDate.of(2024, 11, 3)));
        assertEquals("2024-11-03T01:00-05:00", end("2024-11-03", "0100"));
        assertEquals("2024-11-03T01:00-06:00", end("2024-11-03", "0200"));
        assertEquals("2024-11-03T02:00-06:00", end("2024-11-03", "0300"));
        assertEquals("2024-11-04T00:00-06:00", end("2024-11-03", "2500"));
    }

    @Test
    void RES_20_spring_forward_and_fall_back_2025() {
        assertEquals(23, clock.intervalsIn(LocalDate.of(2025, 3, 9)));
        assertEquals("2025-03-09T03:00-05:00", end("2025-03-09", "0200"));
        assertEquals("2025-03-10T00:00-05:00", end("2025-03-09", "2300"));
        assertEquals(25, clock.intervalsIn(LocalDate.of(2025, 11, 2)));
        assertEquals("2025-11-02T01:00-06:00", end("2025-11-02", "0200"));
        assertEquals("2025-11-03T00:00-06:00", end("2025-11-02", "2500"));
    }

    @Test
    void RES_20_normal_day_labels_equal_wall_clock_time() {
        assertEquals(24, clock.intervalsIn(LocalDate.of(2025, 7, 4)));
        assertEquals("2025-07-04T15:00-05:00", end("2025-07-04", "1500"));
        assertEquals("2025-07-05T00:00-05:00", end("2025-07-04", "2400"));
    }

    @Test
    void both_end_of_day_styles_name_the_same_instant() {
        assertEquals(end("2024-11-03", "2500"), end("2024-11-04", "0000"));
        IntervalLabel last = IntervalLabel.parse(LocalDate.of(2024, 11, 3), "2500");
        java.time.Instant t = clock.intervalEnd(last);
        assertEquals(last, clock.label(t, EndOfDayStyle.END_OF_DAY_2400));
        assertEquals("20241104 0000", clock.label(t, EndOfDayStyle.MIDNIGHT_NEXT_DAY).toString());
    }

    @Test
    void label_time_text_accepts_seconds_and_refuses_nonsense() {
        assertEquals(15 * 60, IntervalLabel.parse(LocalDate.of(2025, 1, 1), "150000").minutes());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> IntervalLabel.parse(LocalDate.of(2025, 1, 1), "15x0"));
        assertEquals("Invalid value for DTM*582 time (valid values HHMM or HHMMSS from 0000 to 2500): '15x0'",
                e.getMessage());
        assertThrows(InvalidValueException.class, () -> IntervalLabel.parse(LocalDate.of(2025, 1, 1), "2510"));
        assertThrows(InvalidValueException.class, () -> IntervalLabel.parse(LocalDate.of(2025, 1, 1), "0160"));
    }

    @Test
    void fifteen_minute_clock_counts_92_intervals_on_the_spring_forward_day() {
        IntervalClock q = clock.withIntervalMinutes(15);
        assertEquals(92, q.intervalsIn(LocalDate.of(2024, 3, 10)));
        assertEquals(100, q.intervalsIn(LocalDate.of(2024, 11, 3)));
        assertThrows(InvalidValueException.class, () -> clock.withIntervalMinutes(7));
    }
}
