package org.derkit.model;

import static org.derkit.model.QtSupport.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TransformerRatioTest {

    @Test
    void ct_600_5_with_pt_288_120_gives_multiplier_288() {
        TransformerRatio multiplier = TransformerRatio.parse("600:5").times(TransformerRatio.parse("288:120"));
        assertEquals(0, multiplier.value().compareTo(BigDecimal.valueOf(288)));
    }

    @Test
    void ratios_with_thousands_separators_and_decimals_parse() {
        assertEquals(0, TransformerRatio.parse("7,200:120").value().compareTo(BigDecimal.valueOf(60)));
        assertEquals(0, TransformerRatio.parse("7,620:120").value().compareTo(new BigDecimal("63.5")));
        assertTrue(TransformerRatio.parse("2.4:1").isEquivalentTo(TransformerRatio.parse("288:120")));
    }

    @Test
    void text_round_trips() {
        qt().withFixedSeed(SEED).forAll(integers().between(1, 100_000), integers().between(1, 1000))
                .check((p, s) -> {
                    TransformerRatio r = TransformerRatio.of(p, s);
                    return TransformerRatio.parse(r.toString()).equals(r);
                });
    }
}
