package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.derkit.model.Percentage;
import org.derkit.model.facility.VoltVarCurve;
import org.derkit.model.facility.VoltVarPoint;
import org.junit.jupiter.api.Test;

class VoltVarDefaultsTest {

    private static final List<VoltVarCurve> DEFAULTS = List.of(VoltVarDefaults.SEED_TABLE_7,
            VoltVarDefaults.IEEE_1547_2018_CATEGORY_B);

    private static BigDecimal q(VoltVarCurve c, String percent) {
        return c.reactivePowerAt(Percentage.ofPercent(new BigDecimal(percent))).value();
    }

    /** Voltages in thousandths of a percent, 80.000 % to 120.000 %, the curves' points first. */
    private static org.quicktheories.core.Gen<Integer> millipercent() {
        return org.quicktheories.generators.Generate.pick(List.of(92_000, 96_700, 103_300, 107_000, 98_000,
                102_000, 108_000)).mix(integers().between(80_000, 120_000), 80)
                .describedAs(a -> "V = " + BigDecimal.valueOf(a, 3) + " %");
    }

    @Test
    void INV_12_seed_curve_points_and_flat_ends() {
        VoltVarCurve c = VoltVarDefaults.SEED_TABLE_7;
        assertEquals(0, q(c, "92.0").compareTo(new BigDecimal("30")));
        assertEquals(0, q(c, "80").compareTo(new BigDecimal("30")));
        assertEquals(0, q(c, "96.7").compareTo(BigDecimal.ZERO));
        assertEquals(0, q(c, "100").compareTo(BigDecimal.ZERO));
        assertEquals(0, q(c, "103.3").compareTo(BigDecimal.ZERO));
        assertEquals(0, q(c, "107").compareTo(new BigDecimal("-30")));
        assertEquals(0, q(c, "120").compareTo(new BigDecimal("-30")));
        // halfway between V3 and V4: absorb 15 %
        assertEquals(0, q(c, "105.15").compareTo(new BigDecimal("-15")));
        assertEquals(Duration.ofSeconds(5), c.openLoopResponseTime());
    }

    @Test
    void INV_13_category_B_default_points() {
        VoltVarCurve c = VoltVarDefaults.IEEE_1547_2018_CATEGORY_B;
        assertEquals(0, q(c, "92").compareTo(new BigDecimal("44")));
        assertEquals(0, q(c, "95").compareTo(new BigDecimal("22")));
        assertEquals(0, q(c, "98").compareTo(BigDecimal.ZERO));
        assertEquals(0, q(c, "102").compareTo(BigDecimal.ZERO));
        assertEquals(0, q(c, "108").compareTo(new BigDecimal("-44")));
        assertEquals(-44.0, VoltVarDefaults.reactivePowerPercentAt(c, 130), 0.0);
        assertEquals(22.0, VoltVarDefaults.reactivePowerPercentAt(c, 95), 1e-12);
    }

    @Test
    void INV_12_INV_13_Q_is_monotone_non_increasing_in_V() {
        // voltages in thousandths of a percent, 80.000 % to 120.000 %
        qt().withFixedSeed(InverterGens.SEED).forAll(millipercent(), millipercent())
                .checkAssert((a, b) -> {
                    BigDecimal low = BigDecimal.valueOf(Math.min(a, b), 3);
                    BigDecimal high = BigDecimal.valueOf(Math.max(a, b), 3);
                    for (VoltVarCurve c : DEFAULTS) {
                        assertTrue(q(c, low.toPlainString()).compareTo(q(c, high.toPlainString())) >= 0,
                                () -> c + " at " + low + " and " + high);
                    }
                });
    }

    @Test
    void INV_12_INV_13_Q_is_continuous_in_V() {
        // a step of 0.001 % changes Q by at most the steepest slope times the step (Lipschitz)
        BigDecimal step = new BigDecimal("0.001");
        qt().withFixedSeed(InverterGens.SEED).forAll(millipercent())
                .checkAssert(a -> {
                    BigDecimal v = BigDecimal.valueOf(a, 3);
                    for (VoltVarCurve c : DEFAULTS) {
                        BigDecimal jump = q(c, v.add(step).toPlainString()).subtract(q(c, v.toPlainString())).abs();
                        // steepest segment: seed V3-V4, 30 % over 3.7 % of voltage = 8.11 % per %
                        assertTrue(jump.compareTo(new BigDecimal("0.00811")) <= 0, () -> c + " jumps " + jump);
                    }
                });
    }

    @Test
    void INV_12_the_double_evaluation_agrees_with_the_exact_one() {
        qt().withFixedSeed(InverterGens.SEED).forAll(millipercent())
                .checkAssert(a -> {
                    for (VoltVarCurve c : DEFAULTS) {
                        double exact = q(c, BigDecimal.valueOf(a, 3).toPlainString()).doubleValue();
                        assertEquals(exact, VoltVarDefaults.reactivePowerPercentAt(c, a / 1000.0), 1e-9);
                    }
                });
    }

    @Test
    void INV_12_a_programmed_curve_is_compared_with_the_default() {
        VoltVarCurve programmed = new VoltVarCurve(List.of(VoltVarPoint.of(93, 30), VoltVarPoint.of(96.7, 0),
                VoltVarPoint.of(103.3, 0), VoltVarPoint.of(107, -30)), Duration.ofSeconds(10));
        VoltVarDefaults.VoltVarComparison cmp = VoltVarDefaults.compare(programmed, VoltVarDefaults.SEED_TABLE_7);
        assertFalse(cmp.matchesDefault());
        assertTrue(cmp.nonIncreasing());
        assertEquals("V1 93%/30% instead of 92%/30%; response time 10 s instead of 5 s", cmp.toString());
        assertTrue(VoltVarDefaults.compare(VoltVarDefaults.SEED_TABLE_7, VoltVarDefaults.SEED_TABLE_7).matchesDefault());
    }

    @Test
    void INV_12_a_curve_that_injects_more_at_higher_voltage_is_flagged() {
        VoltVarCurve inverted = new VoltVarCurve(List.of(VoltVarPoint.of(92, -30), VoltVarPoint.of(107, 30)),
                Duration.ofSeconds(5));
        VoltVarDefaults.VoltVarComparison cmp = VoltVarDefaults.compare(inverted, VoltVarDefaults.SEED_TABLE_7);
        assertFalse(cmp.nonIncreasing());
        assertEquals("2 points instead of 4; Q rises with V", cmp.toString());
    }
}
