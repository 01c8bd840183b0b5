package org.derkit.rules.book;

import static org.derkit.rules.book.ApplicationFixtures.app;
import static org.derkit.rules.book.ApplicationFixtures.btm;
import static org.derkit.rules.book.ApplicationFixtures.facility;
import static org.derkit.rules.book.ApplicationFixtures.kv;
import static org.derkit.rules.book.ApplicationFixtures.kw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.ApplicationId;
import org.derkit.model.Money;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Voltage;
import org.derkit.model.application.Applicant;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.application.LifecycleState;
import org.derkit.model.application.SiteControlEvidence;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.StorageCharging;
import org.derkit.model.facility.SystemType;
import org.derkit.rules.Finding;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.QtSupport;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

    /** A pair of nameplates (W) with an export (W) and a voltage/system index for the level property. */
    record LevelCase(long smallerW, long largerW, long exportW, int k) {
    }

    /** A level with two kVA ratings (VA) for the fee property. */
    record FeeCase(ApplicationLevel level, long smallerVa, long largerVa) {
    }

    private static Finding evaluate(String id, InterconnectionApplication application) {
        return ApplicationRules.rules().rule(id).orElseThrow().evaluate(ScreeningContext.of(application));
    }

    private static Finding evaluate(String id, Facility.Builder facility) {
        return evaluate(id, app(facility.build()));
    }

    @Test
    void the_set_has_POL_01_to_POL_13_with_catalogue_citations() {
        assertEquals(List.of("POL-01", "POL-02", "POL-03", "POL-04", "POL-05", "POL-06", "POL-07", "POL-08",
                "POL-09", "POL-10", "POL-11", "POL-12", "POL-13"), ApplicationRules.rules().ids());
        assertEquals("3.2 Table 1", ApplicationRules.rules().rule("POL-06").orElseThrow().citation().section());
        assertEquals(Source.INTERCONNECTION_POLICY_2023,
                ApplicationRules.rules().rule("POL-12").orElseThrow().citation().source());
        assertEquals(Kind.PROCESS, ApplicationRules.rules().rule("POL-10").orElseThrow().kind());
        assertEquals(Topic.STORAGE, ApplicationRules.rules().rule("POL-12").orElseThrow().topic());
    }

    @Nested
    class VoltageClassAndSiting {
        @Test
        void POL_01_btm_at_7200_12470_is_distribution() {
            Finding f = evaluate("POL-01", btm("40", "20"));
            assertEquals(Outcome.VALUE, f.outcome());
            assertEquals("DISTRIBUTION/BTM", f.value().orElseThrow());
        }

        @Test
        void POL_01_rlg_at_69_kV_is_sub_transmission_and_480_V_is_service() {
            assertEquals("SUB_TRANSMISSION/RLG", evaluate("POL-01", facility(Siting.REMOTELY_LOCATED, "12000",
                    "12000", NominalVoltage.KV69, SystemType.RADIAL)).value().orElseThrow());
            assertEquals("SERVICE/BTM", evaluate("POL-01", facility(Siting.BEHIND_THE_METER, "40", "20",
                    NominalVoltage.Y277_480, SystemType.RADIAL)).value().orElseThrow());
        }

        @Test
        void POL_01_unknown_voltage_is_insufficient_data() {
            Finding f = evaluate("POL-01", Facility.builder().siting(Siting.BEHIND_THE_METER));
            assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
            assertEquals(List.of("POI voltage"), f.missingInputs());
        }
    }

    @Test
    void POL_02_states_the_governing_rules() {
        Finding f = evaluate("POL-02", btm("40", "20"));
        assertEquals(Outcome.INFO, f.outcome());
        assertTrue(f.explanation().contains("IEEE P2800"), f.explanation());
    }

    @Nested
    class NetMeteringAndQf {
        private Finding pol03(String kw) {
            return evaluate("POL-03", btm(kw, "0").renewable(true));
        }

        @Test
        void POL_03_net_metering_4999_999_kW_passes() {
            assertEquals(Outcome.PASS, pol03("4999.999").outcome());
        }

        @Test
        void POL_03_net_metering_5000_kW_passes_inclusive() {
            Finding f = pol03("5000");
            assertEquals(Outcome.PASS, f.outcome());
            assertTrue(f.explanation().contains("aggregate AC nameplate 5000 kW <= 5000 kW"), f.explanation());
            assertTrue(f.explanation().contains("2,000 kW"), f.explanation());
        }

        @Test
        void POL_03_net_metering_5000_001_kW_fails() {
            assertEquals(Outcome.FAIL, pol03("5000.001").outcome());
        }

        @Test
        void POL_03_non_renewable_or_rlg_fails_and_unknown_fuel_is_insufficient() {
            assertEquals(Outcome.FAIL, evaluate("POL-03", btm("100", "0").renewable(false)).outcome());
            assertEquals(Outcome.FAIL, evaluate("POL-03", facility(Siting.REMOTELY_LOCATED, "100", "100",
                    NominalVoltage.Y7200_12470, SystemType.RADIAL).renewable(true)).outcome());
            assertEquals(Outcome.INSUFFICIENT_DATA, evaluate("POL-03", btm("100", "0")).outcome());
        }

        @Test
        void POL_04_peak_demand_149_999_kW_passes_150_kW_fails() {
            assertEquals(Outcome.PASS, evaluate("POL-04", btm("10", "5").customerPeakDemand(kw("149.999")))
                    .outcome());
            assertEquals(Outcome.FAIL, evaluate("POL-04", btm("10", "5").customerPeakDemand(kw("150"))).outcome());
            assertEquals(Outcome.FAIL, evaluate("POL-04", btm("10", "5").customerPeakDemand(kw("150.001")))
                    .outcome());
            assertEquals(Outcome.INSUFFICIENT_DATA, evaluate("POL-04", btm("10", "5")).outcome());
        }

        @Test
        void POL_05_qf_at_20_MW_passes_above_fails_and_mentions_the_federal_80_MW() {
            assertEquals(Outcome.PASS, evaluate("POL-05", btm("19999.999", "0").qualifyingFacility(true)).outcome());
            Finding at = evaluate("POL-05", btm("20000", "0").qualifyingFacility(true));
            assertEquals(Outcome.PASS, at.outcome());
            assertTrue(at.explanation().contains("80 MW"), at.explanation());
            assertEquals(Outcome.FAIL, evaluate("POL-05", btm("20000.001", "0").qualifyingFacility(true)).outcome());
            assertEquals(Outcome.NOT_APPLICABLE, evaluate("POL-05", btm("30000", "0").qualifyingFacility(false))
                    .outcome());
            Finding unknown = evaluate("POL-05", btm("30000", "0"));
            assertEquals(Outcome.INSUFFICIENT_DATA, unknown.outcome(), "whether it is a QF is unknown");
            assertEquals(java.util.List.of("Qualifying Facility"), unknown.missingInputs());
        }
    }

    @Nested
    class Level {
        private LevelDecision level(String nameplateKw, String exportKw, NominalVoltage poi, SystemType system) {
            return ApplicationLevels.determine(LevelInputs.of(kw(nameplateKw), kw(exportKw), poi.lineToLine(),
                    system));
        }

        @Test
        void POL_06_worked_example_20_kW_export_40_kW_btm_is_level_1_with_a_50_dollar_fee() {
            InterconnectionApplication a = app(btm("40", "20").build());
            Finding level = evaluate("POL-06", a);
            assertEquals("LEVEL_1", level.value().orElseThrow());
            assertEquals("application level LEVEL_1 (export capacity 20 kW <= 25 kW and nameplate 40 kW <= 50 kW) "
                    + "from level inputs (nameplate, export capacity, POI voltage, system type) nameplate 40 kW, "
                    + "export capacity 20 kW, POI voltage 12470 V, system RADIAL (3.2 Table 1); lowest qualifying "
                    + "level; Level 2 limits from the Illinois column of the Part 466 Level 2 table (secondary); "
                    + "Level 3 non-exporting on both branches (P466-08)", level.explanation());
            Finding fee = evaluate("POL-07", a);
            assertEquals(Outcome.VALUE, fee.outcome());
            assertEquals("50.00", fee.value().orElseThrow());
        }

        @Test
        void POL_06_level_1_limits_are_inclusive() {
            assertEquals(ApplicationLevel.LEVEL_1, level("50", "25", NominalVoltage.Y7200_12470, SystemType.RADIAL)
                    .level());
            assertEquals(ApplicationLevel.LEVEL_2, level("50.001", "25", NominalVoltage.Y7200_12470,
                    SystemType.RADIAL).level());
            assertEquals(ApplicationLevel.LEVEL_2, level("50", "25.001", NominalVoltage.Y7200_12470,
                    SystemType.RADIAL).level());
            assertEquals(ApplicationLevel.LEVEL_1, level("49.999", "24.999", NominalVoltage.Y7200_12470,
                    SystemType.RADIAL).level());
        }

        @Test
        void POL_06_level_2_at_12_47_kV_up_to_3_MW_inclusive() {
            assertEquals(ApplicationLevel.LEVEL_2, level("2999.999", "100", NominalVoltage.Y7200_12470,
                    SystemType.RADIAL).level());
            assertEquals(ApplicationLevel.LEVEL_2, level("3000", "100", NominalVoltage.Y7200_12470,
                    SystemType.RADIAL).level());
            assertEquals(ApplicationLevel.LEVEL_4, level("3000.001", "100", NominalVoltage.Y7200_12470,
                    SystemType.RADIAL).level());
        }

        @Test
        void POL_06_level_2_includes_exactly_69_kV_and_says_so() {
            LevelDecision at = level("5000", "5000", NominalVoltage.KV69, SystemType.RADIAL);
            assertEquals(ApplicationLevel.LEVEL_2, at.level());
            assertTrue(at.reason().contains("69 kV included"), at.reason());
            assertEquals(ApplicationLevel.LEVEL_4, level("5000.001", "5000", NominalVoltage.KV69,
                    SystemType.RADIAL).level());
            assertEquals(ApplicationLevel.LEVEL_4, level("5000", "5000", kv("69.001"), SystemType.RADIAL).level());
            assertEquals(ApplicationLevel.LEVEL_2, level("4000", "5000", kv("68.999"), SystemType.RADIAL).level());
        }

        @Test
        void POL_06_level_2_table_has_both_columns_with_the_illinois_figures_by_default() {
            Level2Table t = Level2Table.ILLINOIS;
            assertEquals(Level2Table.Column.MAINLINE_NEAR_SUBSTATION, t.column());
            assertEquals(kw("500"), t.limitFor(Voltage.ofVolts(4999)).orElseThrow());
            assertEquals(kw("3000"), t.limitFor(Voltage.ofVolts(5000)).orElseThrow());
            assertEquals(kw("4000"), t.limitFor(Voltage.ofVolts(15_000)).orElseThrow());
            assertEquals(kw("5000"), t.limitFor(Voltage.ofVolts(69_000)).orElseThrow());
            assertTrue(t.limitFor(Voltage.ofVolts(69_001)).isEmpty());
            Level2Table any = t.withColumn(Level2Table.Column.ANY_LOCATION);
            assertEquals(List.of(kw("500"), kw("2000"), kw("3000"), kw("4000")),
                    any.bands().stream().map(b -> b.limit(any.column())).toList());
            LevelInputs in = LevelInputs.of(kw("2500"), kw("100"), Voltage.ofVolts(12_470), SystemType.RADIAL);
            assertEquals(ApplicationLevel.LEVEL_2, ApplicationLevels.determine(in, t,
                    ApplicationLevels.Level3Reading.PART_466).level());
            assertEquals(ApplicationLevel.LEVEL_4, ApplicationLevels.determine(in, any,
                    ApplicationLevels.Level3Reading.PART_466).level());
        }

        @Test
        void POL_06_worked_example_12_MVA_rlg_at_69_kV_is_part_467() {
            Finding f = evaluate("POL-06", facility(Siting.REMOTELY_LOCATED, "12000", "12000", NominalVoltage.KV69,
                    SystemType.RADIAL));
            assertEquals("PART_467", f.value().orElseThrow());
        }

        @Test
        void POL_06_10_MVA_is_level_4_inclusive_and_a_kVA_above_is_part_467() {
            assertEquals(ApplicationLevel.LEVEL_4, level("10000", "10000", NominalVoltage.KV69, SystemType.RADIAL)
                    .level());
            assertEquals(ApplicationLevel.PART_467, level("10000.001", "10000", NominalVoltage.KV69,
                    SystemType.RADIAL).level());
            LevelInputs kva = new LevelInputs(kw("9500"), java.util.Optional.of(ApparentPower.ofKilovoltAmperes(
                    new BigDecimal("10000.001"))), java.util.Optional.of(kw("100")),
                    java.util.Optional.of(Voltage.ofVolts(138_000)), java.util.Optional.of(SystemType.RADIAL));
            assertEquals(ApplicationLevel.PART_467, ApplicationLevels.determine(kva).level());
        }

        @Test
        void POL_06_level_3_radial_needs_non_export_and_under_10_MVA() {
            assertEquals(ApplicationLevel.LEVEL_3, level("6000", "0", NominalVoltage.Y7200_12470, SystemType.RADIAL)
                    .level());
            assertEquals(ApplicationLevel.LEVEL_3, level("9999.999", "0", NominalVoltage.KV69, SystemType.RADIAL)
                    .level());
            assertEquals(ApplicationLevel.LEVEL_4, level("10000", "0", NominalVoltage.KV69, SystemType.RADIAL)
                    .level());
            assertEquals(ApplicationLevel.LEVEL_4, level("6000", "0.001", NominalVoltage.Y7200_12470,
                    SystemType.RADIAL).level());
        }

        @Test
        void P466_08_seed_summary_reads_radial_level_3_without_non_export() {
            LevelInputs exporting = LevelInputs.of(kw("6000"), kw("6000"), Voltage.ofVolts(12_470), SystemType.RADIAL);
            assertEquals(ApplicationLevel.LEVEL_4, ApplicationLevels.determine(exporting).level());
            assertEquals(ApplicationLevel.LEVEL_3, ApplicationLevels.determine(exporting, Level2Table.ILLINOIS,
                    ApplicationLevels.Level3Reading.SEED_SUMMARY).level());
        }

        @Test
        void POL_06_unknown_export_is_insufficient_unless_the_nameplate_is_25_kW_or_less() {
            Finding f = evaluate("POL-06", Facility.builder().siting(Siting.BEHIND_THE_METER)
                    .declaredNameplate(kw("40")).pointOfInterconnectionVoltage(NominalVoltage.V120_240));
            assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
            assertEquals(List.of("export capacity"), ApplicationLevels.missingInputs(new LevelInputs(kw("40"),
                    java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.of(Voltage.ofVolts(240)), java.util.Optional.empty()), Level2Table.ILLINOIS));
            assertEquals("LEVEL_1", evaluate("POL-06", Facility.builder().declaredNameplate(kw("25"))).value()
                    .orElseThrow());
            assertEquals(Outcome.INSUFFICIENT_DATA, evaluate("POL-06", Facility.builder()).outcome());
        }

        @Test
        void POL_06_ess_only_application_is_sized_by_the_inverter_ac_nameplate() {
            Facility essOnly = Facility.builder().siting(Siting.BEHIND_THE_METER).exportCapacity(kw("0"))
                    .addStorage(EnergyStorage.builder().acRating(kw("60")).charging(StorageCharging.GRID)
                            .exportAllowed(false).build())
                    .pointOfInterconnectionVoltage(NominalVoltage.Y277_480).systemType(SystemType.RADIAL).build();
            assertEquals("LEVEL_2", evaluate("POL-06", app(essOnly)).value().orElseThrow());
            assertEquals("160.00", evaluate("POL-07", app(essOnly)).value().orElseThrow());
        }

        private LevelInputs unknownSystem(String nameplateKw, String exportKw, NominalVoltage poi) {
            return new LevelInputs(kw(nameplateKw), java.util.Optional.empty(), java.util.Optional.of(kw(exportKw)),
                    java.util.Optional.of(poi.lineToLine()), java.util.Optional.empty());
        }

        @Test
        void POL_06_level_1_on_a_nameplate_of_25_kW_or_less_says_the_export_capacity_cannot_exceed_it() {
            LevelInputs in = new LevelInputs(kw("20"), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty());
            LevelDecision d = ApplicationLevels.determine(in);
            assertEquals(ApplicationLevel.LEVEL_1, d.level());
            assertTrue(d.reason().contains("nameplate 20 kW <= 25 kW"), d.reason());
        }

        @Test
        void POL_06_level_2_reason_names_the_POI_voltage_in_kV_its_band_and_the_column() {
            LevelDecision d = level("2500", "100", NominalVoltage.Y7200_12470, SystemType.RADIAL);
            assertEquals(ApplicationLevel.LEVEL_2, d.level());
            assertTrue(d.reason().contains("POI voltage 12.47 kV (5 kV to under 15 kV, Illinois figures)"),
                    d.reason());
            assertTrue(d.reason().contains("nameplate 2500 kW <= 3000 kW"), d.reason());
        }

        @Test
        void POL_06_level_3_reason_names_the_export_capacity_and_the_radial_branch() {
            LevelDecision d = level("6000", "0", NominalVoltage.Y7200_12470, SystemType.RADIAL);
            assertEquals(ApplicationLevel.LEVEL_3, d.level());
            assertTrue(d.reason().contains("non-exporting (export capacity 0 kW)"), d.reason());
            assertTrue(d.reason().contains("radial, rating 6000 kVA < 10 MVA"), d.reason());
        }

        @Test
        void POL_06_level_4_and_part_467_reasons_compare_the_rating_with_10_MVA() {
            LevelDecision four = level("6000", "6000", NominalVoltage.Y7200_12470, SystemType.RADIAL);
            assertEquals(ApplicationLevel.LEVEL_4, four.level());
            assertTrue(four.reason().contains("rating 6000 kVA <= 10 MVA"), four.reason());
            LevelDecision big = level("12000", "12000", NominalVoltage.KV69, SystemType.RADIAL);
            assertEquals(ApplicationLevel.PART_467, big.level());
            assertTrue(big.reason().contains("rating 12000 kVA > 10 MVA"), big.reason());
        }

        @Test
        void POL_06_level_3_on_a_networked_system_needs_50_kW_or_less_even_when_non_exporting() {
            assertEquals(ApplicationLevel.LEVEL_4, level("6000", "0", NominalVoltage.Y7200_12470,
                    SystemType.NETWORKED).level());
        }

        @Test
        void POL_06_a_non_exporting_6_MW_facility_of_unknown_system_type_needs_the_system_type() {
            // radial: Level 3 (non-exporting, under 10 MVA); networked: Level 4 (over 50 kW)
            LevelInputs in = unknownSystem("6000", "0", NominalVoltage.Y7200_12470);
            assertEquals(List.of("system type"), ApplicationLevels.missingInputs(in, Level2Table.ILLINOIS));
            assertThrows(IllegalArgumentException.class, () -> ApplicationLevels.determine(in));
            assertTrue(ApplicationLevels.levelOf(in, Level2Table.ILLINOIS,
                    ApplicationLevels.Level3Reading.PART_466).isEmpty());
        }

        @Test
        void P466_08_a_6_MW_facility_of_unknown_export_and_system_needs_the_export_capacity() {
            // Part 466 asks non-export on both Level 3 branches: an exporting facility is Level 4 either way
            LevelInputs in = new LevelInputs(kw("6000"), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.of(Voltage.ofVolts(12_470)), java.util.Optional.empty());
            assertTrue(ApplicationLevels.missingInputs(in, Level2Table.ILLINOIS).contains("export capacity"),
                    () -> ApplicationLevels.missingInputs(in, Level2Table.ILLINOIS).toString());
        }

        @Test
        void POL_06_unknown_export_and_POI_voltage_of_a_40_kW_facility_are_both_needed() {
            // export over 25 kW leaves Level 1; Level 2 then depends on the POI voltage (69 kV or less)
            LevelInputs in = new LevelInputs(kw("40"), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty());
            assertEquals(List.of("export capacity", "POI voltage"), ApplicationLevels.missingInputs(in,
                    Level2Table.ILLINOIS));
        }

        @Test
        void POL_06_level_2_bands_read_as_the_table_writes_them() {
            List<Level2Table.Band> bands = Level2Table.ILLINOIS.bands();
            assertEquals(List.of("0 kV to under 5 kV", "5 kV to under 15 kV", "15 kV to under 30 kV",
                    "30 kV to 69 kV"), bands.stream().map(Level2Table.Band::describe).toList());
            assertEquals(new Level2Table.Band(Voltage.ofVolts(5_000), Voltage.ofVolts(15_000), false, kw("3000"),
                    kw("2000")), bands.get(1));
            assertThrows(IllegalArgumentException.class, () -> new Level2Table.Band(Voltage.ofVolts(15_000),
                    Voltage.ofVolts(15_000), false, kw("3000"), kw("2000")));
        }

        @Test
        void POL_06_level_2_tables_are_equal_by_column_and_print_it() {
            Level2Table illinois = Level2Table.of(Level2Table.Column.MAINLINE_NEAR_SUBSTATION);
            assertEquals(Level2Table.ILLINOIS, illinois);
            assertEquals(Level2Table.ILLINOIS.hashCode(), illinois.hashCode());
            Level2Table any = Level2Table.of(Level2Table.Column.ANY_LOCATION);
            assertFalse(Level2Table.ILLINOIS.equals(any));
            assertFalse(Level2Table.ILLINOIS.equals("Level 2 table (Illinois figures)"));
            assertEquals("Level 2 table (Illinois figures)", Level2Table.ILLINOIS.toString());
            assertEquals("Level 2 table (any-location figures)", any.toString());
        }

        @Test
        void POL_06_level_inputs_refuse_a_negative_kVA_nameplate_or_export_capacity() {
            assertThrows(IllegalArgumentException.class, () -> new LevelInputs(kw("10"), java.util.Optional.of(
                    ApparentPower.ofKilovoltAmperes(new BigDecimal("-0.001"))), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty()));
            assertThrows(IllegalArgumentException.class, () -> new LevelInputs(kw("10"), java.util.Optional.empty(),
                    java.util.Optional.of(kw("-0.001")), java.util.Optional.empty(), java.util.Optional.empty()));
        }

        @Test
        void POL_06_level_inputs_with_every_attribute_known_print_them_all() {
            LevelInputs in = LevelInputs.of(kw("40"), ApparentPower.ofKilovoltAmperes(42), kw("20"),
                    Voltage.ofVolts(240), SystemType.RADIAL);
            assertEquals(ApparentPower.ofKilovoltAmperes(42), in.rating());
            assertEquals("nameplate 40 kW (42 kVA), export capacity 20 kW, POI voltage 240 V, system RADIAL",
                    in.toString());
            LevelInputs larger = in.withNameplate(kw("60"), java.util.Optional.empty());
            assertEquals(kw("60"), larger.nameplate());
            assertEquals(ApparentPower.ofKilovoltAmperes(60), larger.rating(), "kW at unity power factor");
            assertEquals(in.exportCapacity(), larger.exportCapacity());
        }

        @Test
        void POL_06_a_larger_nameplate_never_lowers_the_level() {
            List<NominalVoltage> voltages = List.of(NominalVoltage.V120_240, NominalVoltage.Y2400_4160,
                    NominalVoltage.Y7200_12470, NominalVoltage.KV34_5, NominalVoltage.KV69, kv("138"));
            qt().withFixedSeed(QtSupport.SEED)
                    .forAll(longs().between(0, 12_000_000), longs().between(0, 12_000_000),
                            longs().between(0, 12_000_000), integers().between(0, 11))
                    .as((a, b, e, k) -> new LevelCase(Math.min(a, b), Math.max(a, b), Math.min(e, Math.min(a, b)), k))
                    .describedAs(LevelCase::toString)
                    .check(c -> {
                        Voltage v = voltages.get(c.k() % 6).lineToLine();
                        SystemType s = c.k() < 6 ? SystemType.RADIAL : SystemType.NETWORKED;
                        ActivePower export = ActivePower.ofWatts(BigDecimal.valueOf(c.exportW()));
                        ApplicationLevel small = ApplicationLevels.determine(LevelInputs.of(
                                ActivePower.ofWatts(BigDecimal.valueOf(c.smallerW())), export, v, s)).level();
                        ApplicationLevel large = ApplicationLevels.determine(LevelInputs.of(
                                ActivePower.ofWatts(BigDecimal.valueOf(c.largerW())), export, v, s)).level();
                        return !large.isLowerThan(small);
                    });
        }
    }

    @Nested
    class Fee {
        @Test
        void POL_07_level_2_fee_is_100_dollars_plus_1_dollar_per_kVA() {
            ApplicationFee fee = ApplicationFee.of(ApplicationLevel.LEVEL_2, ApparentPower.ofKilovoltAmperes(250));
            assertEquals(Money.ofDollars(350), fee.amount());
            assertEquals("350.00", fee.valueText());
            assertEquals("$350.00 (LEVEL_2: $100.00 + $1.00/kVA x 250 kVA)", fee.toString());
            assertEquals("100.50", ApplicationFee.of(ApplicationLevel.LEVEL_2,
                    ApparentPower.ofKilovoltAmperes(new BigDecimal("0.5"))).valueText());
        }

        @Test
        void POL_07_a_fee_on_a_fractional_kVA_is_exact_and_shown_as_money_rounded_half_up_to_the_cent() {
            ApplicationFee fee = ApplicationFee.of(ApplicationLevel.LEVEL_2,
                    ApparentPower.ofKilovoltAmperes(new BigDecimal("50.001")));
            assertEquals(Money.ofDollars(new BigDecimal("150.001")), fee.amount(), "the amount stays exact");
            assertEquals(Money.ofDollars(new BigDecimal("150.00")), fee.amountDue());
            assertEquals("150.00", fee.valueText());
            assertEquals("$150.00 (LEVEL_2: $100.00 + $1.00/kVA x 50.001 kVA = $150.001, rounded half up to the "
                    + "cent)", fee.toString());
            assertEquals("150.01", ApplicationFee.of(ApplicationLevel.LEVEL_2,
                    ApparentPower.ofKilovoltAmperes(new BigDecimal("50.005"))).valueText(), "half up");
            assertEquals("150.00", ApplicationFee.of(ApplicationLevel.LEVEL_2,
                    ApparentPower.ofKilovoltAmperes(new BigDecimal("50.0049"))).valueText());
            assertEquals("600.01", ApplicationFee.of(ApplicationLevel.LEVEL_3,
                    ApparentPower.ofKilovoltAmperes(new BigDecimal("50.0025"))).valueText(), "$2 x 0.0025 = half a cent");
            Finding viaRule = evaluate("POL-07", app(Facility.builder().siting(Siting.BEHIND_THE_METER)
                    .declaredNameplate(kw("50.001")).declaredApparentNameplate(
                            ApparentPower.ofKilovoltAmperes(new BigDecimal("50.001")))
                    .exportCapacity(kw("20")).pointOfInterconnectionVoltage(NominalVoltage.Y277_480)
                    .systemType(SystemType.RADIAL).build()));
            assertEquals("150.00", viaRule.value().orElseThrow());
        }

        @Test
        void POL_07_fees_of_each_level_and_the_fixed_fees() {
            ApparentPower kva = ApparentPower.ofKilovoltAmperes(6000);
            assertEquals(Money.ofDollars(50), ApplicationFee.of(ApplicationLevel.LEVEL_1, kva).amount());
            assertEquals(Money.ofDollars(12_500), ApplicationFee.of(ApplicationLevel.LEVEL_3, kva).amount());
            assertEquals(Money.ofDollars(13_000), ApplicationFee.of(ApplicationLevel.LEVEL_4, kva).amount());
            assertEquals(Money.ofDollars(15_000), ApplicationFee.of(ApplicationLevel.PART_467, kva).amount());
            assertEquals("300.00", ApplicationFee.PRE_APPLICATION.toPlainString());
            assertEquals("1500.00", ApplicationFee.SUPPLEMENTAL_REVIEW.toPlainString());
            assertThrows(IllegalArgumentException.class, () -> ApplicationFee.of(ApplicationLevel.LEVEL_2,
                    ApparentPower.ofKilovoltAmperes(-1)));
        }

        @Test
        void POL_07_fee_uses_kVA_when_known_and_reports_insufficient_data_with_the_level() {
            Facility withKva = btm("3000", "3000").declaredApparentNameplate(ApparentPower.ofKilovoltAmperes(3100))
                    .build();
            assertEquals("LEVEL_2", evaluate("POL-06", app(withKva)).value().orElseThrow());
            assertEquals("3200.00", evaluate("POL-07", app(withKva)).value().orElseThrow());
            assertEquals(Outcome.INSUFFICIENT_DATA, evaluate("POL-07", Facility.builder()).outcome());
        }

        @Test
        void POL_07_fees_never_decrease_with_kVA_at_a_level() {
            qt().withFixedSeed(QtSupport.SEED)
                    .forAll(integers().between(0, 4), longs().between(0, 20_000_000), longs().between(0, 20_000_000))
                    .as((l, a, b) -> new FeeCase(ApplicationLevel.values()[l], Math.min(a, b), Math.max(a, b)))
                    .describedAs(FeeCase::toString)
                    .check(c -> {
                        ApplicationLevel level = c.level();
                        ApparentPower small = ApparentPower.ofKilovoltAmperes(BigDecimal.valueOf(c.smallerVa(), 3));
                        ApparentPower large = ApparentPower.ofKilovoltAmperes(BigDecimal.valueOf(c.largerVa(), 3));
                        return ApplicationFee.of(level, large).amount().compareTo(
                                ApplicationFee.of(level, small).amount()) >= 0;
                    });
        }
    }

    @Nested
    class ContentsAndSiteControl {
        @Test
        void POL_08_level_1_with_a_unit_and_export_passes_without_site_plan() {
            assertEquals(Outcome.PASS, evaluate("POL-08", btm("40", "20").addGeneratingUnits(
                    org.derkit.model.facility.GeneratingUnit.builder()
                            .energySource(org.derkit.model.facility.EnergySource.SOLAR)
                            .technology(org.derkit.model.facility.UnitTechnology.INVERTER_BASED)
                            .nameplate(kw("40")).build())).outcome());
        }

        @Test
        void POL_08_level_2_without_site_plan_and_one_line_fails_naming_them() {
            Finding f = evaluate("POL-08", btm("400", "400").energySource(org.derkit.model.facility.EnergySource.SOLAR));
            assertEquals(Outcome.FAIL, f.outcome());
            assertTrue(f.explanation().contains("without equipment, site plan, one-line diagram is not complete"),
                    f.explanation());
            InterconnectionApplication complete = InterconnectionApplication.builder().id(ApplicationId.of("A-2"))
                    .facility(btm("400", "400").energySource(org.derkit.model.facility.EnergySource.SOLAR).build())
                    .addDocuments(ApplicationDocument.SITE_PLAN, ApplicationDocument.ONE_LINE_DIAGRAM,
                            ApplicationDocument.EQUIPMENT_SPECIFICATIONS)
                    .build();
            assertEquals(Outcome.PASS, evaluate("POL-08", complete).outcome());
        }

        private InterconnectionApplication withApplicant(Applicant applicant) {
            return InterconnectionApplication.builder().id(ApplicationId.of("A-3")).facility(btm("40", "20").build())
                    .applicant(applicant).build();
        }

        @Test
        void POL_09_a_non_customer_needs_proof_of_site_control() {
            assertEquals(Outcome.FAIL, evaluate("POL-09", withApplicant(Applicant.builder().existingCustomer(false)
                    .siteControlProof(false).build())).outcome());
            assertEquals(Outcome.PASS, evaluate("POL-09", withApplicant(Applicant.builder().existingCustomer(false)
                    .siteControlEvidence(SiteControlEvidence.LEASE_AGREEMENT).build())).outcome());
            assertEquals(Outcome.INSUFFICIENT_DATA, evaluate("POL-09", withApplicant(Applicant.builder()
                    .existingCustomer(false).build())).outcome());
            assertEquals(Outcome.NOT_APPLICABLE, evaluate("POL-09", withApplicant(Applicant.builder()
                    .existingCustomer(true).build())).outcome());
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void POL_10_moves_forward_one_step_at_a_time_to_permission_to_operate() {
            ApplicationLifecycle l = ApplicationLifecycle.start();
            for (LifecycleState s : LifecycleState.values()) {
                if (s != LifecycleState.APPLICATION) {
                    l = l.advanceTo(s);
                }
            }
            assertTrue(l.isComplete());
            assertEquals(8, l.history().size());
            assertEquals(LifecycleState.PERMISSION_TO_OPERATE, l.state());
        }

        @Test
        void POL_10_skipping_a_step_is_refused_naming_both_states() {
            LifecycleTransitionException e = assertThrows(LifecycleTransitionException.class,
                    () -> ApplicationLifecycle.start().advanceTo(LifecycleState.COST_ESTIMATE));
            assertEquals("Invalid lifecycle transition (valid values APPLICATION -> INTERCONNECTION_STUDY): "
                    + "APPLICATION -> COST_ESTIMATE", e.getMessage());
            assertEquals(LifecycleState.APPLICATION, e.from());
            assertEquals(LifecycleState.COST_ESTIMATE, e.to());
        }

        @Test
        void POL_10_going_back_staying_or_moving_after_pto_is_refused() {
            ApplicationLifecycle atWitness = ApplicationLifecycle.at(LifecycleState.WITNESS_TEST);
            assertThrows(LifecycleTransitionException.class, () -> atWitness.advanceTo(LifecycleState.CONSTRUCTION));
            assertThrows(LifecycleTransitionException.class, () -> atWitness.advanceTo(LifecycleState.WITNESS_TEST));
            LifecycleTransitionException e = assertThrows(LifecycleTransitionException.class, () ->
                    ApplicationLifecycle.transition(LifecycleState.PERMISSION_TO_OPERATE, LifecycleState.APPLICATION));
            assertEquals("Invalid lifecycle transition (valid values none: PERMISSION_TO_OPERATE is the last state): "
                    + "PERMISSION_TO_OPERATE -> APPLICATION", e.getMessage());
            assertFalse(ApplicationLifecycle.isAllowed(LifecycleState.CONSTRUCTION, LifecycleState.CONSTRUCTION));
        }

        @Test
        void POL_10_an_application_known_to_be_in_a_state_has_passed_every_earlier_state_in_order() {
            List<LifecycleState> all = List.of(LifecycleState.values());
            for (int i = 0; i < all.size(); i++) {
                ApplicationLifecycle l = ApplicationLifecycle.at(all.get(i));
                assertEquals(all.get(i), l.state());
                assertEquals(all.subList(0, i + 1), l.history());
                assertEquals(i == all.size() - 1, l.isComplete(), all.get(i) + " is complete only at PTO");
            }
            assertEquals(ApplicationLifecycle.start(), ApplicationLifecycle.at(LifecycleState.APPLICATION));
        }

        @Test
        void POL_10_every_single_forward_step_is_allowed_and_returns_the_new_state() {
            List<LifecycleState> all = List.of(LifecycleState.values());
            for (int i = 0; i + 1 < all.size(); i++) {
                assertEquals(all.get(i + 1), ApplicationLifecycle.transition(all.get(i), all.get(i + 1)));
                assertTrue(ApplicationLifecycle.isAllowed(all.get(i), all.get(i + 1)));
            }
            assertFalse(ApplicationLifecycle.isAllowed(LifecycleState.APPLICATION, LifecycleState.PERMISSION_TO_OPERATE));
        }

        @Test
        void POL_10_lifecycles_are_values_equal_by_their_history() {
            ApplicationLifecycle stepped = ApplicationLifecycle.start().advanceTo(LifecycleState.INTERCONNECTION_STUDY)
                    .advanceTo(LifecycleState.COST_ESTIMATE);
            ApplicationLifecycle known = ApplicationLifecycle.at(LifecycleState.COST_ESTIMATE);
            assertEquals(known, stepped);
            assertEquals(known.hashCode(), stepped.hashCode());
            assertNotEquals(known, ApplicationLifecycle.at(LifecycleState.INTERCONNECTION_STUDY));
            assertNotEquals(known, (Object) LifecycleState.COST_ESTIMATE);
            assertEquals(List.of(LifecycleState.APPLICATION, LifecycleState.INTERCONNECTION_STUDY,
                    LifecycleState.COST_ESTIMATE).hashCode(), known.hashCode(), "the hash of its history");
            assertEquals("lifecycle at COST_ESTIMATE", known.toString());
        }

        @Test
        void POL_10_finding_states_the_lifecycle() {
            Finding f = evaluate("POL-10", btm("40", "20"));
            assertEquals(Outcome.INFO, f.outcome());
            assertTrue(f.explanation().startsWith("Lifecycle, one step at a time: application"), f.explanation());
        }
    }

    @Nested
    class Storage {
        private Facility.Builder withStorage(StorageCharging charging, boolean export) {
            return btm("40", "20").addStorage(EnergyStorage.builder().acRating(kw("10")).charging(charging)
                    .exportAllowed(export).build());
        }

        @Test
        void POL_11_storage_without_the_supplemental_form_fails() {
            assertEquals(Outcome.FAIL, evaluate("POL-11", withStorage(StorageCharging.SOURCE, false)).outcome());
            InterconnectionApplication withForm = InterconnectionApplication.builder().id(ApplicationId.of("A-4"))
                    .facility(withStorage(StorageCharging.SOURCE, false).build())
                    .addDocuments(ApplicationDocument.ESS_SUPPLEMENTAL_FORM).build();
            assertEquals(Outcome.PASS, evaluate("POL-11", withForm).outcome());
            assertEquals(Outcome.NOT_APPLICABLE, evaluate("POL-11", btm("40", "20")).outcome());
        }

        @Test
        void POL_12_each_charging_and_export_gives_its_type_of_table_2() {
            assertEquals("1-NEx", evaluate("POL-12", withStorage(StorageCharging.SOURCE, false)).value().orElseThrow());
            assertEquals("1-Ex", evaluate("POL-12", withStorage(StorageCharging.SOURCE, true)).value().orElseThrow());
            assertEquals("2-NEx", evaluate("POL-12", withStorage(StorageCharging.SOURCE_AND_GRID, false)).value()
                    .orElseThrow());
            assertEquals("2-Ex", evaluate("POL-12", withStorage(StorageCharging.SOURCE_AND_GRID, true)).value()
                    .orElseThrow());
            assertEquals("3-NEx", evaluate("POL-12", withStorage(StorageCharging.GRID, false)).value().orElseThrow());
            assertEquals("3-Ex", evaluate("POL-12", withStorage(StorageCharging.GRID, true)).value().orElseThrow());
            assertEquals(Outcome.NOT_APPLICABLE, evaluate("POL-12", btm("40", "20")).outcome());
        }

        @Test
        void POL_12_types_carry_compensation_tariff_and_hardware_as_data() {
            assertEquals(EssConfiguration.Tariff.STANDARD_RATES, EssConfiguration.TYPE_3_NEX.tariff());
            assertEquals(List.of(EssConfiguration.Control.PCS_IMPORT_ONLY, EssConfiguration.Control.RELAYING),
                    EssConfiguration.TYPE_3_NEX.controls());
            assertEquals(EssConfiguration.Compensation.SOURCE_ENERGY_ONLY, EssConfiguration.TYPE_2_EX.compensation());
            assertEquals(List.of(EssConfiguration.Control.SEPARATE_SOURCE_AND_ESS_METERS),
                    EssConfiguration.parse("2-ex").controls());
            assertEquals("1-Ex (Rider NM or QF; PCS (Export Only mode) or DC coupled with 2-quadrant inverter "
                    + "(generation only))", EssConfiguration.TYPE_1_EX.toString());
            assertThrows(IllegalArgumentException.class, () -> EssConfiguration.parse("4-Ex"));
        }

        @Test
        void POL_12_each_type_charges_and_exports_as_table_2_describes_and_names_its_compensation() {
            // Table 2: type 1 charges from the appropriate source only, 2 from the source and the grid,
            // 3 from the grid only; "Ex" allows ESS export, "NEx" does not
            assertEquals(StorageCharging.SOURCE, EssConfiguration.TYPE_1_NEX.charging());
            assertEquals(StorageCharging.SOURCE_AND_GRID, EssConfiguration.TYPE_2_EX.charging());
            assertEquals(StorageCharging.GRID, EssConfiguration.TYPE_3_NEX.charging());
            for (EssConfiguration c : EssConfiguration.values()) {
                assertEquals(c.code().endsWith("-Ex"), c.exportAllowed(), c.code());
            }
            assertEquals("MISO or not applicable", EssConfiguration.TYPE_3_EX.compensation().text());
            assertEquals("not applicable", EssConfiguration.TYPE_3_NEX.compensation().text());
        }

        @Test
        void POL_12_several_units_combine_where_they_charge_and_whether_any_exports() {
            Facility f = btm("40", "20")
                    .addStorage(EnergyStorage.builder().acRating(kw("10")).charging(StorageCharging.SOURCE)
                            .exportAllowed(false).build())
                    .addStorage(EnergyStorage.builder().acRating(kw("10")).charging(StorageCharging.GRID)
                            .exportAllowed(true).build())
                    .build();
            assertEquals(EssConfiguration.TYPE_2_EX, EssConfiguration.of(f.storage()).orElseThrow());
            Finding unknown = evaluate("POL-12", btm("40", "20").addStorage(EnergyStorage.builder()
                    .acRating(kw("10")).build()));
            assertEquals(Outcome.INSUFFICIENT_DATA, unknown.outcome());
        }
    }

    @Nested
    class Queue {
        private final Instant t0 = Instant.parse("2024-03-01T15:00:00Z");

        @Test
        void POL_13_later_applications_on_the_same_circuit_wait_for_undecided_earlier_ones() {
            ApplicationId a = ApplicationId.of("A");
            ApplicationId b = ApplicationId.of("B");
            ApplicationId c = ApplicationId.of("C");
            InterconnectionQueue q = InterconnectionQueue.of(List.of(
                    QueueEntry.pending(b, "CKT-1", t0.plusSeconds(60)),
                    QueueEntry.pending(a, "CKT-1", t0),
                    QueueEntry.pending(c, "CKT-2", t0.plusSeconds(120))));
            assertEquals(1, q.position(a));
            assertEquals(2, q.position(b));
            assertEquals(1, q.position(c));
            assertEquals(List.of(a), q.waitsFor(b).stream().map(QueueEntry::application).toList());
            assertTrue(q.isReadyForStudy(c));
            assertEquals(List.of(a, c), q.readyForStudy().stream().map(QueueEntry::application).toList());
            InterconnectionQueue decided = q.withDecided(a);
            assertTrue(decided.isReadyForStudy(b));
            assertFalse(q.isReadyForStudy(b));
        }

        @Test
        void POL_13_ties_are_ordered_by_id_and_duplicates_refused() {
            InterconnectionQueue q = InterconnectionQueue.of(List.of(
                    QueueEntry.pending(ApplicationId.of("Z"), "CKT-1", t0),
                    QueueEntry.pending(ApplicationId.of("M"), "CKT-1", t0)));
            assertEquals(1, q.position(ApplicationId.of("M")));
            assertThrows(IllegalArgumentException.class, () -> InterconnectionQueue.of(List.of(
                    QueueEntry.pending(ApplicationId.of("Z"), "CKT-1", t0),
                    QueueEntry.pending(ApplicationId.of("Z"), "CKT-2", t0))));
            assertThrows(IllegalArgumentException.class, () -> q.position(ApplicationId.of("nope")));
        }

        @Test
        void POL_13_a_decided_application_no_longer_blocks_its_circuit() {
            ApplicationId a = ApplicationId.of("A");
            ApplicationId b = ApplicationId.of("B");
            InterconnectionQueue q = InterconnectionQueue.of(List.of(
                    new QueueEntry(a, "CKT-1", t0, true),
                    QueueEntry.pending(b, "CKT-1", t0.plusSeconds(60))));
            assertEquals(List.of(b), q.readyForStudy().stream().map(QueueEntry::application).toList());
            assertEquals(List.of(), q.waitsFor(b));
            InterconnectionQueue allDecided = q.withDecided(b);
            assertEquals(List.of(), allDecided.readyForStudy());
        }

        @Test
        void POL_13_ready_applications_come_in_order_of_submission_whatever_their_circuit() {
            // one application per circuit, submitted a minute apart in the reverse order of the circuit names
            List<QueueEntry> entries = new java.util.ArrayList<>();
            List<ApplicationId> bySubmission = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ApplicationId id = ApplicationId.of("APP-" + i);
                entries.add(QueueEntry.pending(id, "CKT-" + (8 - i), t0.plusSeconds(60L * i)));
                bySubmission.add(id);
            }
            java.util.Collections.reverse(entries);
            InterconnectionQueue q = InterconnectionQueue.of(entries);
            assertEquals(bySubmission, q.readyForStudy().stream().map(QueueEntry::application).toList());
        }

        @Test
        void POL_13_the_queue_cannot_be_changed_through_what_it_returns() {
            InterconnectionQueue q = InterconnectionQueue.of(List.of(
                    QueueEntry.pending(ApplicationId.of("A"), "CKT-1", t0),
                    QueueEntry.pending(ApplicationId.of("B"), "CKT-1", t0.plusSeconds(60)),
                    QueueEntry.pending(ApplicationId.of("C"), "CKT-2", t0.plusSeconds(120))));
            List<QueueEntry> circuit = q.circuit("CKT-1");
            assertThrows(UnsupportedOperationException.class, () -> circuit.remove(0));
            assertEquals(2, q.circuit("CKT-1").size());
            assertEquals(List.of(), q.circuit("CKT-9"));
            assertEquals("queue of 3 applications on 2 circuits", q.toString());
        }

        @Test
        void POL_13_finding_states_the_queue_order() {
            assertEquals(Outcome.INFO, evaluate("POL-13", btm("40", "20")).outcome());
        }
    }
}
