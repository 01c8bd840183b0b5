package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.derkit.model.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The settings of an {@link AmerenProfile}: each {@code with} copy changes its own setting only. */
class ProfileSettingsTest {

    private static final AmerenProfile P = AmerenProfile.DEFAULT;

    @Test
    void a_loop_code_is_known_when_it_is_a_summary_meter_or_interval_code() {
        AmerenProfile p = P.withLoopCodes(Set.of("SU"), Set.of("PM")).withIntervalLoopCodes(Set.of("IX"));
        assertTrue(p.knowsLoopCode("SU"));
        assertTrue(p.knowsLoopCode("PM"));
        assertTrue(p.knowsLoopCode("IX"));
        assertFalse(p.knowsLoopCode("BQ"));
        assertFalse(p.knowsLoopCode(""));
    }

    @Test
    void each_copy_changes_its_own_setting() {
        AmerenProfile esi = P.withServicePointQualifier("ESI");
        assertEquals("ESI", esi.servicePointQualifier());
        assertEquals(P.intervalLoopCodes(), esi.intervalLoopCodes());
        AmerenProfile codes = P.withLoopCodes(Set.of("SU"), Set.of("PM", "XX"));
        assertEquals(Set.of("SU"), codes.summaryLoopCodes());
        assertEquals(Set.of("PM", "XX"), codes.meterLoopCodes());
        assertEquals("LU", codes.servicePointQualifier());
        AmerenProfile quarter = P.withIntervalMinutes(15);
        assertEquals(15, quarter.intervalMinutes());
        assertEquals(P.zone(), quarter.zone());
        assertEquals(Set.of("PM", "BQ"), P.withIntervalLoopCodes(Set.of("PM", "BQ")).intervalLoopCodes());
        assertEquals(60, P.intervalMinutes());
    }

    @Test
    void an_interval_length_must_divide_the_hour() {
        assertEquals("Invalid value for intervalMinutes (valid values divisors of 60): 0",
                assertThrows(InvalidValueException.class, () -> P.withIntervalMinutes(0)).getMessage());
        assertEquals("Invalid value for intervalMinutes (valid values divisors of 60): -5",
                assertThrows(InvalidValueException.class, () -> P.withIntervalMinutes(-5)).getMessage());
        assertEquals("Invalid value for intervalMinutes (valid values divisors of 60): 7",
                assertThrows(InvalidValueException.class, () -> P.withIntervalMinutes(7)).getMessage());
        assertEquals(1, P.withIntervalMinutes(1).intervalMinutes());
    }

    @Test
    void a_loop_code_cannot_be_both_summary_and_meter() {
        assertEquals("Invalid value for meterLoopCodes (valid values codes not in summaryLoopCodes): SU",
                assertThrows(InvalidValueException.class, () -> P.withLoopCodes(Set.of("SU"), Set.of("SU")))
                        .getMessage());
    }
}
