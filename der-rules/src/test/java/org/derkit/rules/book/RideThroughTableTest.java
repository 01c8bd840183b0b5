package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RideThroughTableTest {

    private static final List<RideThroughTable> VOLTAGE = List.of(RideThroughTable.SEED_VOLTAGE,
            RideThroughTable.IEEE_1547_2018_CAT_III_VOLTAGE);
    private static final List<RideThroughTable> FREQUENCY = List.of(RideThroughTable.SEED_FREQUENCY,
            RideThroughTable.IEEE_1547_2018_FREQUENCY);

    private static String seed(double v) {
        return RideThroughTable.SEED_VOLTAGE.regionOf(v).name();
    }

    private static String seedHz(double f) {
        return RideThroughTable.SEED_FREQUENCY.regionOf(f).name();
    }

    private static String ieee(double v) {
        return RideThroughTable.IEEE_1547_2018_CAT_III_VOLTAGE.regionOf(v).name();
    }

    private static String ieeeHz(double f) {
        return RideThroughTable.IEEE_1547_2018_FREQUENCY.regionOf(f).name();
    }

    @Nested
    class Seed_table_5 {
        @Test
        void INV_10_regions_at_and_around_every_bound() {
            assertEquals("HV2", seed(120));
            assertEquals("HV1", seed(119.999));
            assertEquals("HV2", seed(120.001));
            assertEquals("NN", seed(110), "110 % exactly is NN");
            assertEquals("HV1", seed(110.001));
            assertEquals("NN", seed(109.999));
            assertEquals("NN", seed(88));
            assertEquals("LV1", seed(87.999));
            assertEquals("LV1", seed(70));
            assertEquals("LV2", seed(69.999));
            assertEquals("LV2", seed(50));
            assertEquals("LV3", seed(49.999));
            assertEquals("LV3", seed(0));
        }

        @Test
        void INV_10_operations_and_times_of_each_region() {
            RideThroughTable t = RideThroughTable.SEED_VOLTAGE;
            assertEquals("HV2 V >= 120 %: cease to energize, max trip 0.16 s", t.region("HV2").toString());
            assertEquals("HV1 110 % < V < 120 %: momentary cessation, ride-through 12 s, max trip 13 s",
                    t.region("HV1").toString());
            assertEquals("NN 88 % <= V <= 110 %: continuous operation, indefinitely", t.region("NN").toString());
            assertEquals("LV1 70 % <= V < 88 %: mandatory operation, ride-through 20 s, max trip 21 s",
                    t.region("LV1").toString());
            assertEquals("LV2 50 % <= V < 70 %: mandatory operation, ride-through 10 s, max trip 11 s",
                    t.region("LV2").toString());
            assertEquals("LV3 V < 50 %: momentary cessation, ride-through 1 s, max trip 1.5 s",
                    t.region("LV3").toString());
        }
    }

    @Nested
    class Seed_table_6 {
        @Test
        void INV_11_regions_at_and_around_every_bound() {
            assertEquals("HF2", seedHz(62.001));
            assertEquals("HF1", seedHz(62.0));
            assertEquals("HF1", seedHz(60.501));
            assertEquals("NN", seedHz(60.5));
            assertEquals("NN", seedHz(58.5));
            assertEquals("LF1", seedHz(58.499));
            assertEquals("LF1", seedHz(57.0));
            assertEquals("LF2", seedHz(56.999));
        }

        @Test
        void INV_11_regions_carry_the_ranges_of_adjustability() {
            RideThroughTable t = RideThroughTable.SEED_FREQUENCY;
            assertEquals("HF2 f > 62 Hz: no ride-through, max trip 0.16 s, adjustable 62-64 Hz",
                    t.region("HF2").toString());
            assertEquals("HF1 60.5 Hz < f <= 62 Hz: mandatory operation, ride-through 299 s, max trip 300 s, "
                    + "adjustable 60.1-62 Hz", t.region("HF1").toString());
            assertEquals("LF1 57 Hz <= f < 58.5 Hz: mandatory operation, ride-through 299 s, max trip 300 s, "
                    + "adjustable 57-59.9 Hz", t.region("LF1").toString());
            assertTrue(t.region("LF2").adjustability().orElseThrow().contains(53.0));
            assertTrue(t.region("LF2").adjustability().orElseThrow().contains(57.0));
            assertTrue(!t.region("LF2").adjustability().orElseThrow().contains(52.99));
            assertTrue(!t.region("HF1").adjustability().orElseThrow().contains(62.01));
        }
    }

    @Nested
    class Ieee_1547_2018 {
        @Test
        void INV_13_exactly_120_percent_rides_through_under_category_III_but_trips_under_table_5() {
            assertEquals("HV1", ieee(120));
            assertEquals("HV2", seed(120));
            assertEquals("HV2", ieee(Math.nextUp(120.0)));
        }

        @Test
        void INV_13_continuous_frequency_band_is_58_8_to_61_2_Hz() {
            assertEquals("NN 58.8 Hz <= f <= 61.2 Hz: continuous operation, indefinitely",
                    RideThroughTable.IEEE_1547_2018_FREQUENCY.continuousRegion().toString());
            assertEquals("LF1", ieeeHz(58.7999));
            assertEquals("NN", ieeeHz(58.8));
            assertEquals("NN", ieeeHz(61.2));
            assertEquals("HF1", ieeeHz(61.2001));
            assertEquals("HF1", ieeeHz(61.8));
            assertEquals("HF1B", ieeeHz(61.9));
            assertEquals("HF1B", ieeeHz(62.0));
            assertEquals("HF2", ieeeHz(62.0001));
            assertEquals("LF2B", ieeeHz(56.5));
            assertEquals("LF2", ieeeHz(56.4999));
        }

        @Test
        void INV_13_differences_between_the_tables_are_listed() {
            assertEquals("[V = 120 %: HV1 momentary cessation 12 s vs HV2 cease to energize]",
                    RideThroughTable.IEEE_1547_2018_CAT_III_VOLTAGE.differencesFrom(RideThroughTable.SEED_VOLTAGE)
                            .toString());
            assertEquals("[58.5 Hz <= f < 58.8 Hz: LF1 mandatory operation 299 s vs NN continuous operation, "
                    + "60.5 Hz < f <= 61.2 Hz: NN continuous operation vs HF1 mandatory operation 299 s, "
                    + "61.8 Hz < f <= 62 Hz: HF1B no ride-through vs HF1 mandatory operation 299 s]",
                    RideThroughTable.IEEE_1547_2018_FREQUENCY.differencesFrom(RideThroughTable.SEED_FREQUENCY)
                            .toString());
            assertEquals(List.of(), RideThroughTable.SEED_VOLTAGE.differencesFrom(RideThroughTable.SEED_VOLTAGE));
        }
    }

    @Nested
    class Every_value_in_exactly_one_region {
        @Test
        void INV_10_every_voltage_maps_to_exactly_one_region() {
            qt().withFixedSeed(InverterGens.SEED).withExamples(3000).forAll(InverterGens.voltagesPercent())
                    .checkAssert(v -> {
                        for (RideThroughTable t : VOLTAGE) {
                            assertExactlyOne(t, v);
                        }
                    });
        }

        @Test
        void INV_11_every_frequency_maps_to_exactly_one_region() {
            qt().withFixedSeed(InverterGens.SEED).withExamples(3000).forAll(InverterGens.frequenciesHz())
                    .checkAssert(f -> {
                        for (RideThroughTable t : FREQUENCY) {
                            assertExactlyOne(t, f);
                        }
                    });
        }

        @Test
        void INV_10_INV_11_every_exact_bound_and_its_neighbours_map_to_exactly_one_region() {
            List<RideThroughTable> all = List.of(RideThroughTable.SEED_VOLTAGE,
                    RideThroughTable.IEEE_1547_2018_CAT_III_VOLTAGE, RideThroughTable.SEED_FREQUENCY,
                    RideThroughTable.IEEE_1547_2018_FREQUENCY);
            int checked = 0;
            for (RideThroughTable t : all) {
                for (double x : InverterGens.edges(t)) {
                    assertExactlyOne(t, x);
                    checked++;
                }
            }
            assertTrue(checked > 60, "checked " + checked);
        }

        private void assertExactlyOne(RideThroughTable t, double x) {
            long containing = t.regions().stream().filter(r -> r.contains(x)).count();
            assertEquals(1, containing, () -> t.name() + " at " + x);
            assertTrue(t.regionOf(x).contains(x), () -> t.name() + " at " + x);
        }
    }

    @Nested
    class Bad_input {
        @Test
        void NaN_is_refused_with_the_quantity_and_unit() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RideThroughTable.SEED_FREQUENCY.regionOf(Double.NaN));
            assertEquals("Invalid value for frequency (valid values a number, Hz): NaN", e.getMessage());
        }

        @Test
        void a_table_with_a_gap_is_refused() {
            RideThroughRegion low = new RideThroughRegion("LOW", RideThroughQuantity.VOLTAGE,
                    Double.NEGATIVE_INFINITY, false, 50, false, RideThroughOperation.CEASE_TO_ENERGIZE,
                    Optional.empty(), Optional.of(Duration.ofMillis(160)), Optional.empty());
            RideThroughRegion high = new RideThroughRegion("HIGH", RideThroughQuantity.VOLTAGE, 50, false,
                    Double.POSITIVE_INFINITY, false, RideThroughOperation.CONTINUOUS_OPERATION,
                    Optional.empty(), Optional.empty(), Optional.empty());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RideThroughTable.of("gappy", RideThroughQuantity.VOLTAGE, List.of(high, low)));
            assertEquals("Invalid value for regions LOW and HIGH of gappy (valid values adjacent, the shared "
                    + "bound in exactly one): V < 50 % then V > 50 %", e.getMessage());
        }

        @Test
        void an_unknown_region_name_is_refused_with_the_names() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RideThroughTable.SEED_VOLTAGE.region("HV3"));
            assertEquals("Invalid value for region of Table 5 L/HVRT (4.1, before IEEE 1547-2018) (valid values "
                    + "[HV2, HV1, NN, LV1, LV2, LV3]): 'HV3'", e.getMessage());
        }
    }
}
