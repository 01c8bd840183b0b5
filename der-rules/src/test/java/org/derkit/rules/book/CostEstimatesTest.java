package org.derkit.rules.book;

import static org.derkit.rules.book.ApplicationFixtures.app;
import static org.derkit.rules.book.ApplicationFixtures.btm;
import static org.derkit.rules.book.ApplicationFixtures.facility;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.application.CircuitData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.SystemType;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.derkit.rules.QtSupport;
import org.junit.jupiter.api.Test;

class CostEstimatesTest {

    private static Finding evaluate(InterconnectionApplication application) {
        return CostEstimates.rules().rule("POL-40").orElseThrow().evaluate(ScreeningContext.of(application));
    }

    @Test
    void POL_40_ranges_render_min_max_and_open_upper_bounds() {
        assertEquals("15000.00..25000.00", CostItem.VOLTAGE_REGULATOR_BANK.range().toString());
        assertEquals("25000.00..", CostItem.DTT_COMMUNICATIONS_ABOVE_15_KV.range().toString());
        assertEquals("110000.00..", CostItem.RECLOSING_SUBTRANSMISSION.range().toString());
        assertEquals("0.00..110000.00", CostItem.RECLOSING_DISTRIBUTION.range().toString());
        assertEquals(CostRange.atLeast(25_000), CostRange.parse("25000.00.."));
        assertEquals(CostRange.between(1, 2), CostRange.parse("1..2"));
        assertThrows(IllegalArgumentException.class, () -> CostRange.parse("x..2"));
        assertThrows(IllegalArgumentException.class, () -> CostRange.between(5, 4));
    }

    @Test
    void POL_40_estimates_add_up_and_an_open_bound_stays_open() {
        CostEstimate e = CostEstimate.empty()
                .plus(CostLine.of(CostItem.VOLTAGE_REGULATOR_BANK, 2))
                .plus(CostLine.one(CostItem.HIGH_SIDE_SURGE_ARRESTERS))
                .plus(CostLine.one(CostItem.MOBILE_SUBSTATION));
        assertEquals("130000.00..175000.00", e.total().toString());
        assertEquals("155000.00..", e.plus(CostLine.one(CostItem.DTT_COMMUNICATIONS_ABOVE_15_KV)).total().toString());
        CostLine miles = new CostLine(CostItem.SUBTRANSMISSION_RECONDUCTOR, new BigDecimal("2.5"));
        assertEquals("625000.00..2500000.00", miles.range().toString());
        assertThrows(IllegalArgumentException.class, () -> new CostLine(CostItem.SUBSTATION_LTC,
                new BigDecimal("1.5")));
    }

    @Test
    void POL_40_sum_of_ranges_is_the_range_of_sums() {
        List<CostItem> items = List.of(CostItem.values());
        qt().withFixedSeed(QtSupport.SEED)
                .forAll(integers().between(0, items.size() - 1), integers().between(0, items.size() - 1),
                        integers().between(0, 5))
                .as((a, b, n) -> List.of(CostLine.of(items.get(a), n), CostLine.one(items.get(b))))
                .describedAs(List::toString)
                .check(lines -> {
                    CostRange total = CostEstimate.of(lines).total();
                    CostRange first = lines.get(0).range();
                    CostRange second = lines.get(1).range();
                    boolean open = first.isOpen() || second.isOpen();
                    return total.min().equals(first.min().plus(second.min())) && total.isOpen() == open
                            && (open || total.max().orElseThrow().equals(first.max().orElseThrow()
                                    .plus(second.max().orElseThrow())));
                });
    }

    @Test
    void POL_40_btm_scada_metering_package_from_exactly_200_kW() {
        assertEquals("7000.00..20000.00", evaluate(app(btm("200", "100").build())).value().orElseThrow());
        assertEquals("0.00..0.00", evaluate(app(btm("199.999", "100").build())).value().orElseThrow());
    }

    @Test
    void POL_40_rlg_at_distribution_voltage_with_two_regulators_and_reverse_flow() {
        InterconnectionApplication a = app(facility(Siting.REMOTELY_LOCATED, "2000", "2000",
                NominalVoltage.Y7200_12470, SystemType.RADIAL).build(), CircuitData.builder()
                .regulatorsSeeingReverseFlow(2).reverseFlowAtSubstation(true).build());
        Finding f = evaluate(a);
        assertEquals(Outcome.VALUE, f.outcome());
        assertEquals("145000.00..210000.00", f.value().orElseThrow());
        assertTrue(f.explanation().contains("2 x voltage regulator bank"), f.explanation());
    }

    @Test
    void POL_40_rlg_on_networked_sub_transmission_around_10_MW() {
        assertEquals("500000.00..6000000.00", evaluate(app(facility(Siting.REMOTELY_LOCATED, "12000", "12000",
                NominalVoltage.KV69, SystemType.NETWORKED).build())).value().orElseThrow());
        assertEquals("300000.00..500000.00", evaluate(app(facility(Siting.REMOTELY_LOCATED, "9999.999",
                "9999.999", NominalVoltage.KV69, SystemType.NETWORKED).build())).value().orElseThrow());
        assertEquals("300000.00..6000000.00", evaluate(app(facility(Siting.REMOTELY_LOCATED, "10000", "10000",
                NominalVoltage.KV69, SystemType.NETWORKED).build())).value().orElseThrow());
        assertEquals("300000.00..500000.00", evaluate(app(facility(Siting.REMOTELY_LOCATED, "12000", "12000",
                NominalVoltage.KV34_5, SystemType.RADIAL).build())).value().orElseThrow());
    }

    @Test
    void POL_40_dtt_above_15_kV_is_open_ended_and_unknown_siting_is_insufficient() {
        InterconnectionApplication a = app(facility(Siting.REMOTELY_LOCATED, "3000", "3000", NominalVoltage.KV34_5,
                SystemType.RADIAL).build(), CircuitData.builder().reverseFlowToTransmission(true).build());
        assertEquals("325000.00..", evaluate(a).value().orElseThrow());
        assertFalse(CostRange.ZERO.isOpen());
        assertEquals(Outcome.INSUFFICIENT_DATA, evaluate(app(btm("200", "100").build().withSiting(
                java.util.Optional.empty()))).outcome());
    }

    @Test
    void POL_40_an_empty_estimate_lists_no_modification() {
        assertTrue(CostEstimate.empty().isEmpty());
        assertEquals("no listed modification", CostEstimate.empty().describe());
        assertFalse(CostEstimate.empty().plus(CostLine.one(CostItem.BTM_SCADA_METERING)).isEmpty());
    }

    @Test
    void POL_40_describe_separates_parts_by_semicolons_and_alternatives_by_or() {
        // 6.1 $15,000-$25,000 each; 6.11.2 a breaker station $4M-$6M or a new terminal position $500k-$750k
        CostEstimate e = CostEstimate.empty().plus(CostLine.of(CostItem.VOLTAGE_REGULATOR_BANK, 2))
                .plusEither(List.of(CostLine.one(CostItem.RLG_BREAKER_STATION),
                        CostLine.one(CostItem.RLG_TERMINAL_POSITION)));
        String regulators = "2 x " + CostItem.VOLTAGE_REGULATOR_BANK.description() + " (6.1) 30000.00..50000.00";
        String station = "1 x " + CostItem.RLG_BREAKER_STATION.description() + " (6.11.2) 4000000.00..6000000.00";
        String terminal = "1 x " + CostItem.RLG_TERMINAL_POSITION.description() + " (6.11.2) 500000.00..750000.00";
        assertEquals(regulators + "; " + station + " or " + terminal, e.describe());
        assertEquals("530000.00..6050000.00 (" + e.describe() + ")", e.toString());
        assertEquals("1 x BTM SCADA metering package (6.11.4) 7000.00..20000.00",
                CostEstimate.of(List.of(CostLine.one(CostItem.BTM_SCADA_METERING))).describe());
    }

    @Test
    void POL_40_no_regulator_seeing_reverse_flow_adds_no_regulator_line() {
        CostEstimates.Inputs small = new CostEstimates.Inputs(Siting.BEHIND_THE_METER, ActivePower.ofKilowatts(100),
                NominalVoltage.V120_240, Optional.of(SystemType.RADIAL), 0, false, false);
        assertTrue(CostEstimates.indicative(small).isEmpty(), () -> CostEstimates.indicative(small).describe());
        CostEstimates.Inputs one = new CostEstimates.Inputs(Siting.BEHIND_THE_METER, ActivePower.ofKilowatts(100),
                NominalVoltage.V120_240, Optional.of(SystemType.RADIAL), 1, false, false);
        assertEquals("15000.00..25000.00", CostEstimates.indicative(one).total().toString());
    }

    @Test
    void POL_40_inputs_name_only_the_circuit_facts_that_hold() {
        CostEstimates.Inputs plain = new CostEstimates.Inputs(Siting.REMOTELY_LOCATED, ActivePower.ofKilowatts(2000),
                NominalVoltage.Y7200_12470, Optional.empty(), 0, false, false);
        assertEquals("RLG 2000 kW at 7200/12470Y", plain.toString());
        String all = new CostEstimates.Inputs(Siting.REMOTELY_LOCATED, ActivePower.ofKilowatts(2000),
                NominalVoltage.Y7200_12470, Optional.of(SystemType.NETWORKED), 2, true, true).toString();
        assertTrue(all.startsWith("RLG 2000 kW at 7200/12470Y NETWORKED"), all);
        assertTrue(all.contains("2 regulators"), all);
        assertTrue(all.contains("reverse flow at the substation"), all);
        assertTrue(all.contains("reverse flow to transmission"), all);
        String substationOnly = new CostEstimates.Inputs(Siting.REMOTELY_LOCATED, ActivePower.ofKilowatts(2000),
                NominalVoltage.Y7200_12470, Optional.empty(), 0, true, false).toString();
        assertTrue(substationOnly.contains("substation") && !substationOnly.contains("transmission"), substationOnly);
    }
}
