package org.derkit.examples.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.derkit.rules.book.RideThroughTable;
import org.junit.jupiter.api.Test;

class DemoPlotsTest {

    @Test
    void INV_10_seed_voltage_envelope_below_nominal_steps_up_with_the_duration() {
        DemoPlots.Envelope rideThrough = DemoPlots.Envelope.of(RideThroughTable.SEED_VOLTAGE, false, false);
        assertEquals(Optional.empty(), rideThrough.levelAt(0.5), "LV3 rides through 1 s down to 0 %");
        assertEquals(Optional.of(50.0), rideThrough.levelAt(5));
        assertEquals(Optional.of(70.0), rideThrough.levelAt(15));
        assertEquals(Optional.of(88.0), rideThrough.levelAt(30));
        DemoPlots.Envelope trip = DemoPlots.Envelope.of(RideThroughTable.SEED_VOLTAGE, false, true);
        assertEquals(Optional.empty(), trip.levelAt(1.0), "nothing must have tripped before 1.5 s");
        assertEquals(Optional.of(50.0), trip.levelAt(1.5));
        assertEquals(Optional.of(88.0), trip.levelAt(21));
    }

    @Test
    void INV_10_seed_voltage_envelope_above_nominal_trips_at_120_percent_after_0_16_s() {
        DemoPlots.Envelope trip = DemoPlots.Envelope.of(RideThroughTable.SEED_VOLTAGE, true, true);
        assertEquals(Optional.empty(), trip.levelAt(0.1));
        assertEquals(Optional.of(120.0), trip.levelAt(0.16));
        assertEquals(Optional.of(110.0), trip.levelAt(13));
    }

    @Test
    void INV_11_ieee_frequency_envelope_rides_through_to_61_8_Hz_for_299_s() {
        DemoPlots.Envelope high = DemoPlots.Envelope.of(RideThroughTable.IEEE_1547_2018_FREQUENCY, true, false);
        assertEquals(Optional.of(61.8), high.levelAt(100));
        assertEquals(Optional.of(61.2), high.levelAt(300));
    }

    @Test
    void the_charts_name_both_tables_and_both_curves() {
        String volt = DemoPlots.voltVar().toSvg(800, 500);
        assertTrue(volt.contains("seed Table 7") && volt.contains("IEEE 1547-2018 Category B default"));
        String ride = DemoPlots.voltageRideThrough().toSvg(800, 500);
        assertTrue(ride.contains("seed must trip, low") && ride.contains("IEEE ride through, high"));
        assertEquals(ride, DemoPlots.voltageRideThrough().toSvg(800, 500), "the same chart gives the same SVG");
    }
}
