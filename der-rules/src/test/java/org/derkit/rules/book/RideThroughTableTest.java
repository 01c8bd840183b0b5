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

    private static final Optional<Duration> NONE = Optional.empty();

    private static RideThroughRegion volts(String name, double lower, boolean lowerInclusive, double upper,
            boolean upperInclusive, RideThroughOperation op, Optional<Duration> rideThrough,
            Optional<Duration> maxTrip) {
        return new RideThroughRegion(name, RideThroughQuantity.VOLTAGE, lower, lowerInclusive, upper, upperInclusive,
                op, rideThrough, maxTrip, Optional.empty());
    }

    private static Optional<Duration> secs(double seconds) {
        return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    /**
     * A stricter variant of Table 5, listed highest first as the tables are: it trips (ceases to
     * energize) at 45 % and below instead of riding through down to 0 %, and gives no ride-through
     * above 115 % instead of momentary cessation up to 120 %; elsewhere it is Table 5.
     */
    private static final RideThroughTable STRICTER = RideThroughTable.of("stricter Table 5",
            RideThroughQuantity.VOLTAGE, List.of(
                    volts("TOP", 115, false, Double.POSITIVE_INFINITY, false, RideThroughOperation.NO_RIDE_THROUGH,
                            NONE, secs(0.16)),
                    volts("HV1", 110, false, 115, true, RideThroughOperation.MOMENTARY_CESSATION, secs(12), secs(13)),
                    volts("NN", 88, true, 110, true, RideThroughOperation.CONTINUOUS_OPERATION, NONE, NONE),
                    volts("LV1", 70, true, 88, false, RideThroughOperation.MANDATORY_OPERATION, secs(20), secs(21)),
                    volts("LV2", 50, true, 70, false, RideThroughOperation.MANDATORY_OPERATION, secs(10), secs(11)),
                    volts("LV3", 45, false, 50, false, RideThroughOperation.MOMENTARY_CESSATION, secs(1), secs(1.5)),
                    volts("BOTTOM", Double.NEGATIVE_INFINITY, false, 45, true,
                            RideThroughOperation.CEASE_TO_ENERGIZE, NONE, secs(0.16))));

    @Nested
    class Tables_built_from_regions {
        @Test
        void INV_10_a_table_listed_highest_first_finds_the_region_of_each_value_at_and_around_its_bounds() {
            assertEquals("BOTTOM", STRICTER.regionOf(0).name());
            assertEquals("BOTTOM", STRICTER.regionOf(45).name(), "45 % belongs to the region below it");
            assertEquals("LV3", STRICTER.regionOf(Math.nextUp(45.0)).name());
            assertEquals("LV3", STRICTER.regionOf(Math.nextDown(50.0)).name());
            assertEquals("LV2", STRICTER.regionOf(50).name());
            assertEquals("LV1", STRICTER.regionOf(70).name());
            assertEquals("NN", STRICTER.regionOf(88).name());
            assertEquals("NN", STRICTER.regionOf(110).name());
            assertEquals("HV1", STRICTER.regionOf(115).name());
            assertEquals("TOP", STRICTER.regionOf(Math.nextUp(115.0)).name());
            assertEquals("TOP", STRICTER.regionOf(Double.POSITIVE_INFINITY).name());
            assertEquals("BOTTOM", STRICTER.regionOf(Double.NEGATIVE_INFINITY).name());
        }

        @Test
        void INV_10_a_table_keeps_its_name_quantity_and_the_order_it_lists_its_regions_in() {
            assertEquals("stricter Table 5", STRICTER.name());
            assertEquals(RideThroughQuantity.VOLTAGE, STRICTER.quantity());
            assertEquals(List.of("TOP", "HV1", "NN", "LV1", "LV2", "LV3", "BOTTOM"),
                    STRICTER.regions().stream().map(RideThroughRegion::name).toList());
            assertEquals(RideThroughQuantity.FREQUENCY, RideThroughTable.SEED_FREQUENCY.quantity());
        }

        @Test
        void INV_10_a_copy_of_table_5_from_its_regions_maps_every_bound_as_table_5_does() {
            RideThroughTable copy = RideThroughTable.of("copy", RideThroughQuantity.VOLTAGE,
                    RideThroughTable.SEED_VOLTAGE.regions());
            for (double v : new double[] {0, 49.999, 50, 69.999, 70, 87.999, 88, 110, 110.001, 119.999, 120, 130}) {
                assertEquals(seed(v), copy.regionOf(v).name(), "at " + v + " %");
            }
            assertEquals(List.of(), copy.differencesFrom(RideThroughTable.SEED_VOLTAGE));
        }

        @Test
        void INV_11_table_6_prints_its_name_then_its_regions_highest_first() {
            assertEquals("Table 6 L/HFRT (4.1, before IEEE 1547-2018): "
                    + "HF2 f > 62 Hz: no ride-through, max trip 0.16 s, adjustable 62-64 Hz; "
                    + "HF1 60.5 Hz < f <= 62 Hz: mandatory operation, ride-through 299 s, max trip 300 s, "
                    + "adjustable 60.1-62 Hz; "
                    + "NN 58.5 Hz <= f <= 60.5 Hz: continuous operation, indefinitely; "
                    + "LF1 57 Hz <= f < 58.5 Hz: mandatory operation, ride-through 299 s, max trip 300 s, "
                    + "adjustable 57-59.9 Hz; "
                    + "LF2 f < 57 Hz: no ride-through, max trip 0.16 s, adjustable 53-57 Hz",
                    RideThroughTable.SEED_FREQUENCY.toString());
        }

        @Test
        void INV_10_differences_reach_the_open_ends_and_a_run_starting_below_every_bound_is_kept_whole() {
            // below 45 % and at 45 %: Table 5 LV3 rides through 1 s, the stricter table ceases to energize;
            // 45-50 % agree (LV3 both); 115-120 % is HV1 against TOP; from 120 % up HV2 against TOP
            assertEquals(List.of(
                    "V <= 45 %: LV3 momentary cessation 1 s vs BOTTOM cease to energize",
                    "115 % < V < 120 %: HV1 momentary cessation 12 s vs TOP no ride-through",
                    "V >= 120 %: HV2 cease to energize vs TOP no ride-through"),
                    RideThroughTable.SEED_VOLTAGE.differencesFrom(STRICTER).stream()
                            .map(RideThroughTable.Difference::toString).toList());
        }

        @Test
        void INV_10_two_tables_of_one_region_each_differ_for_any_value() {
            RideThroughTable on = RideThroughTable.of("always on", RideThroughQuantity.VOLTAGE, List.of(
                    volts("ON", Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false,
                            RideThroughOperation.CONTINUOUS_OPERATION, NONE, NONE)));
            RideThroughTable off = RideThroughTable.of("always off", RideThroughQuantity.VOLTAGE, List.of(
                    volts("OFF", Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false,
                            RideThroughOperation.CEASE_TO_ENERGIZE, NONE, secs(0.16))));
            assertEquals("any V", on.region("ON").rangeText());
            assertEquals("ON", on.regionOf(Double.NEGATIVE_INFINITY).name());
            assertEquals("ON", on.regionOf(Double.POSITIVE_INFINITY).name());
            assertEquals("[any V: ON continuous operation vs OFF cease to energize]",
                    on.differencesFrom(off).toString());
            assertEquals(List.of(), on.differencesFrom(on));
            assertEquals("always on: ON any V: continuous operation, indefinitely", on.toString());
        }

        @Test
        void INV_11_a_region_without_a_range_of_adjustability_refuses_a_setting_check() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RideThroughTable.SEED_FREQUENCY.checkSetting("NN", 60.0));
            assertEquals("Invalid value for region NN of Table 6 L/HFRT (4.1, before IEEE 1547-2018) (valid values "
                    + "a region with a range of adjustability): NN", e.getMessage());
        }

        @Test
        void INV_11_setting_checks_include_both_ends_of_the_range_of_adjustability() {
            RideThroughTable t = RideThroughTable.SEED_FREQUENCY;
            assertEquals(60.1, t.checkSetting("HF1", 60.1));
            assertEquals(62.0, t.checkSetting("HF1", 62.0));
            assertEquals(57.0, t.checkSetting("LF1", 57.0));
            assertEquals(59.9, t.checkSetting("LF1", 59.9));
            assertThrows(IllegalArgumentException.class, () -> t.checkSetting("HF1", 60.09));
            assertThrows(IllegalArgumentException.class, () -> t.checkSetting("LF1", 59.91));
        }
    }

    @Nested
    class Regions {
        @Test
        void a_region_of_one_value_is_refused_because_lower_must_be_below_upper() {
            assertThrows(IllegalArgumentException.class, () -> volts("X", 50, true, 50, true,
                    RideThroughOperation.CONTINUOUS_OPERATION, NONE, NONE));
            assertThrows(IllegalArgumentException.class, () -> volts("X", 60, true, 50, true,
                    RideThroughOperation.CONTINUOUS_OPERATION, NONE, NONE));
        }

        @Test
        void a_finite_region_may_include_both_bounds() {
            RideThroughRegion nn = volts("NN", 88, true, 110, true, RideThroughOperation.CONTINUOUS_OPERATION,
                    NONE, NONE);
            assertTrue(nn.contains(88) && nn.contains(110));
            assertTrue(!nn.contains(Math.nextDown(88.0)) && !nn.contains(Math.nextUp(110.0)));
        }

        @Test
        void an_infinite_bound_is_refused_when_inclusive() {
            IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> volts("LV3",
                    Double.NEGATIVE_INFINITY, true, 50, false, RideThroughOperation.MOMENTARY_CESSATION, secs(1),
                    secs(1.5)));
            assertEquals("Invalid value for region LV3 bounds (valid values infinite bounds exclusive): "
                    + "-Infinity .. 50.0", low.getMessage());
            assertThrows(IllegalArgumentException.class, () -> volts("HV2", 120, true, Double.POSITIVE_INFINITY,
                    true, RideThroughOperation.CEASE_TO_ENERGIZE, NONE, secs(0.16)));
        }

        @Test
        void INV_11_a_range_of_adjustability_may_be_a_single_setting_and_includes_both_ends() {
            RideThroughRegion.SettingRange one = new RideThroughRegion.SettingRange(60.0, 60.0);
            assertTrue(one.contains(60.0));
            RideThroughRegion.SettingRange hf2 = new RideThroughRegion.SettingRange(62.0, 64.0);
            assertTrue(hf2.contains(62.0) && hf2.contains(64.0) && !hf2.contains(64.01));
        }

        @Test
        void a_range_of_adjustability_must_be_finite_and_ordered() {
            assertThrows(IllegalArgumentException.class, () -> new RideThroughRegion.SettingRange(64.0, 62.0));
            assertThrows(IllegalArgumentException.class, () -> new RideThroughRegion.SettingRange(Double.NaN, 62.0));
            assertThrows(IllegalArgumentException.class,
                    () -> new RideThroughRegion.SettingRange(53.0, Double.POSITIVE_INFINITY));
            assertThrows(IllegalArgumentException.class,
                    () -> new RideThroughRegion.SettingRange(Double.NEGATIVE_INFINITY, 57.0));
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
