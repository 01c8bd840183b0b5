package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.derkit.edi.internal.Bytes;
import org.derkit.edi.internal.DayClock;
import org.derkit.edi.internal.Segments;
import org.derkit.model.retail.IntervalClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte-level parsers every reader shares: X12 R and N numbers, CCYYMMDD dates, HHMM[SS] times,
 * the X12 length of a number, the decimal writer, and the interval-end clock. Each case states the
 * value the standard gives the text.
 */
class NumbersDatesAndTimesFromBytesTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The number parseDecimal reads, as a BigDecimal, or "BAD" / "BIG". */
    private static String decimal(String text) {
        byte[] bytes = b(text);
        long[] out = {Long.MIN_VALUE};
        int scale = Bytes.parseDecimal(bytes, 0, bytes.length, out);
        if (scale == Bytes.BAD) {
            return "BAD";
        }
        if (scale == Bytes.BIG) {
            return "BIG";
        }
        return BigDecimal.valueOf(out[0], scale).toPlainString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "7, 7", "-7, -7", "0000000000000000077.01, 77.01", "1., 1", ".5, 0.5", "-0.50, -0.50",
        "123456789012345678, 123456789012345678", "0.123456789012345678, 0.123456789012345678",
        "1234567890123456789, BIG", "-, BAD", "., BAD", "-., BAD", "1..5, BAD", "1.2.3, BAD", "+1, BAD", "1e3, BAD",
        "'1 ', BAD"})
    void an_R_number_is_read_exactly_or_refused(String text, String expected) {
        assertEquals(expected, decimal(text));
    }

    @Test
    void an_R_number_of_127_decimals_fits_a_long_and_one_more_decimal_does_not() {
        assertEquals("0." + "0".repeat(126) + "1", decimal("0." + "0".repeat(126) + "1"));
        assertEquals("BIG", decimal("0." + "0".repeat(127) + "1"));
    }

    @Test
    void an_empty_element_is_no_number_even_at_the_end_of_the_buffer() {
        long[] out = new long[1];
        assertEquals(Bytes.BAD, Bytes.parseDecimal(new byte[0], 0, 0, out));
        assertEquals(Bytes.BAD, Bytes.parseDecimal(b("12"), 2, 2, out));
        assertNull(Bytes.parseImplied(new byte[0], 0, 0, 2));
        assertNull(Bytes.parseImplied(b("12"), 2, 2, 2));
    }

    @Test
    void a_number_too_long_for_a_long_keeps_its_exact_value() {
        byte[] text = b("QTY*-12345678901234567890.5*KH");
        assertEquals(new BigDecimal("-12345678901234567890.5"), Bytes.bigValue(text, 4, 27));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"12345, 123.45", "-12345, -123.45", "0, 0.00", "-, ", "'', ", "12a, ", "1.5, ", "a12, ", "' 12', "})
    void an_N2_number_has_two_implied_decimals_and_digits_only(String text, String expected) {
        byte[] bytes = b(text);
        BigDecimal v = Bytes.parseImplied(bytes, 0, bytes.length, 2);
        assertEquals(expected == null ? null : new BigDecimal(expected), v);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"20260415", "00010101", "20240229", "20000229", "99991231", "20260430", "20261130"})
    void real_calendar_dates_are_read(String text) {
        assertEquals(Integer.parseInt(text), Bytes.parseDate(b(text), 0, 8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"00000101", "00001231", "20230229", "19000229", "21000229", "20260431", "20260631",
        "20260931", "20261131", "20260132", "20261301", "20260001", "20260100", "2026041", "202604155", "2026O415"})
    void impossible_dates_are_refused(String text) {
        assertEquals(-1, Bytes.parseDate(b(text), 0, text.length()));
    }

    @Test
    void the_days_of_each_month_follow_the_gregorian_calendar() {
        for (int year : new int[] {1900, 1999, 2000, 2024, 2026, 2100, 2400}) {
            for (int month = 1; month <= 12; month++) {
                assertEquals(java.time.YearMonth.of(year, month).lengthOfMonth(), Bytes.daysInMonth(year, month),
                        year + "-" + month);
            }
        }
        assertFalse(Bytes.validDate(101), "year 0");
        assertTrue(Bytes.validDate(10101), "year 1");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0000, 0", "1230, 1230", "2359, 2359", "2400, 2400", "2500, 2500", "2559, 2559", "123059, 1230",
        "120000, 1200", "000059, 0", "2600, -1", "1260, -1", "123060, -1", "12345, -1", "123, -1", "1234567, -1",
        "12a4, -1", "1230a9, -1", "'', -1"})
    void times_are_HHMM_or_HHMMSS_with_elapsed_hours_up_to_25(String text, int expected) {
        assertEquals(expected, Bytes.parseTime(b(text), 0, text.length()));
    }

    private static String written(long unscaled, int scale) {
        byte[] out = new byte[64];
        int end = Bytes.writeDecimal(out, 3, unscaled, scale);
        return new String(out, 3, end - 3, StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0} scale {1} -> {2}")
    @CsvSource({"0, 0, 0", "0, 2, 0.00", "7, 0, 7", "-7, 0, -7", "141596, 2, 1415.96", "-141596, 2, -1415.96",
        "5, 3, 0.005", "-5, 2, -0.05", "100, 2, 1.00", "9223372036854775807, 0, 9223372036854775807",
        "-9223372036854775808, 0, -9223372036854775808", "-9223372036854775808, 2, -92233720368547758.08",
        "-9223372036854775808, 20, -0.09223372036854775808"})
    void decimals_are_written_in_plain_notation(long unscaled, int scale, String expected) {
        assertEquals(expected, written(unscaled, scale));
        assertEquals(new BigDecimal(expected), BigDecimal.valueOf(unscaled, scale));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 1", "000, 1", "-0, 1", "0.0, 1", "12, 2", "-12, 2", "0012, 2", "100, 3", "-100.50, 5", "0.05, 2",
        "9, 1", "'', 0", "-, 0"})
    void the_X12_length_of_a_number_counts_digits_without_sign_point_or_leading_zeros(String text, int length) {
        byte[] bytes = b(text);
        assertEquals(length, Segments.numericLength(bytes, 0, bytes.length));
    }

    @Test
    void interval_ends_count_hours_and_minutes_from_the_start_of_the_local_day() {
        IntervalClock chicago = IntervalClock.ameren();
        DayClock clock = new DayClock(chicago);
        long midnight = ZonedDateTime.of(2026, 4, 15, 0, 0, 0, 0, IntervalClock.CHICAGO).toEpochSecond();
        assertEquals(midnight + 15 * 60, clock.end(20260415, 15));
        assertEquals(midnight + 90 * 60, clock.end(20260415, 130));
        assertEquals(midnight + 24 * 3600, clock.end(20260415, 2400));
        assertEquals(1440, clock.dayMinutes());
        assertEquals(DayClock.BEYOND_DAY, clock.end(20260415, 2415));
        // the spring-forward day has 23 hours: its last label is 2300
        long spring = ZonedDateTime.of(2026, 3, 8, 0, 0, 0, 0, IntervalClock.CHICAGO).toEpochSecond();
        assertEquals(spring + 23 * 3600, clock.end(20260308, 2300));
        assertEquals(1380, clock.dayMinutes());
        assertEquals(DayClock.BEYOND_DAY, clock.end(20260308, 2315));
        // back to a cached day
        assertEquals(midnight + 45 * 60, clock.end(20260415, 45));
        assertEquals(1440, clock.dayMinutes());
        assertEquals(1500, clock.dayMinutes(LocalDate.of(2026, 11, 1)));
    }
}
