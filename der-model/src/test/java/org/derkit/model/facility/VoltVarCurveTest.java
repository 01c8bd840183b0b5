package org.derkit.model.facility;

import static org.derkit.model.QtSupport.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.derkit.model.Percentage;
import org.derkit.model.QtSupport;
import org.derkit.model.generator.ModelGenerators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VoltVarCurveTest {

    /** The seed's Table 7 curve (INV-12). */
    static final VoltVarCurve SEED_CURVE = new VoltVarCurve(List.of(VoltVarPoint.of(92.0, 30),
            VoltVarPoint.of(96.7, 0), VoltVarPoint.of(103.3, 0), VoltVarPoint.of(107.0, -30)),
            Duration.ofSeconds(5));

    @ParameterizedTest(name = "Q({0}%) = {1}%")
    @CsvSource({"80, 30", "92, 30", "94.35, 15", "96.7, 0", "100, 0", "103.3, 0", "105.15, -15",
            "107, -30", "120, -30"})
    void INV_12_piecewise_linear_between_points_and_flat_outside(BigDecimal voltage, BigDecimal q) {
        assertEquals(0, SEED_CURVE.reactivePowerAt(Percentage.ofPercent(voltage)).value().compareTo(q));
    }

    @Test
    void INV_12_q_is_monotone_non_increasing_in_voltage() {
        qt().withFixedSeed(SEED)
                .forAll(QtSupport.gen(ModelGenerators.voltagePercents()),
                        QtSupport.gen(ModelGenerators.voltagePercents()))
                .check((a, b) -> {
                    Percentage low = a.compareTo(b) <= 0 ? a : b;
                    Percentage high = a.compareTo(b) <= 0 ? b : a;
                    return SEED_CURVE.reactivePowerAt(low).compareTo(SEED_CURVE.reactivePowerAt(high)) >= 0;
                });
    }
}
