package org.derkit.model.installation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.derkit.model.TransformerRatio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstallationTest {

    @Test
    void metering_multiplier_is_ct_ratio_times_pt_ratio() {
        MeteringInstallation m = MeteringInstallation.builder()
                .addTransformerSets(InstrumentTransformerSet.builder()
                        .addCurrentTransformers(CurrentTransformer.builder().ratio(TransformerRatio.parse("600:5")).build())
                        .addPotentialTransformers(PotentialTransformer.builder().ratio(TransformerRatio.parse("288:120")).build())
                        .build())
                .build();
        assertEquals(0, m.multiplier().orElseThrow().compareTo(BigDecimal.valueOf(288)));
        assertEquals(1, m.currentTransformers().size());
    }

    @ParameterizedTest
    @CsvSource({"#12 AWG, #12 AWG", "10, #10 AWG", "#10, #10 AWG", "1/0, 1/0 AWG", "4/0 AWG, 4/0 AWG"})
    void wire_sizes_parse_and_print(String text, String printed) {
        assertEquals(printed, WireSize.parse(text).toString());
    }

    @Test
    void a_smaller_gauge_number_is_a_larger_conductor() {
        assertTrue(WireSize.AWG_10.isAtLeast(WireSize.AWG_12));
        assertTrue(WireSize.AWG_1_0.isAtLeast(WireSize.awg(1)));
        assertTrue(WireSize.aught(4).compareTo(WireSize.AWG_1_0) > 0);
        assertTrue(!WireSize.AWG_12.isAtLeast(WireSize.AWG_10));
    }
}
