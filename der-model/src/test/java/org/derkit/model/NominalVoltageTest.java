package org.derkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NominalVoltageTest {

    @ParameterizedTest(name = "{0} is {3}")
    @CsvSource({
            "120/240, 120, 240, SERVICE",
            "277/480Y, 277, 480, SERVICE",
            "347/600Y, 347, 600, SERVICE",
            "2400/4160Y, 2400, 4160, DISTRIBUTION",
            "7200/12470Y, 7200, 12470, DISTRIBUTION",
            "7620/13200Y, 7620, 13200, DISTRIBUTION",
    })
    void POL_01_parse_knows_both_voltages_and_the_class(String text, long phaseToNeutral,
            long lineToLine, VoltageClass voltageClass) {
        NominalVoltage v = NominalVoltage.parse(text);
        assertEquals(Voltage.ofVolts(phaseToNeutral), v.phaseToNeutral().orElseThrow());
        assertEquals(Voltage.ofVolts(lineToLine), v.lineToLine());
        assertEquals(voltageClass, v.voltageClass());
    }

    @ParameterizedTest(name = "{0} kV is {1}")
    @CsvSource({
            "0.48, SERVICE", "1.0, SERVICE", "1.001, UNCLASSIFIED_MEDIUM", "3.999, UNCLASSIFIED_MEDIUM",
            "4, DISTRIBUTION", "12.47, DISTRIBUTION", "15, DISTRIBUTION", "15.001, UNCLASSIFIED_HIGH",
            "34.5, SUB_TRANSMISSION", "69, SUB_TRANSMISSION", "138, TRANSMISSION"})
    void POL_01_classes_at_and_around_their_limits(BigDecimal kilovolts, VoltageClass expected) {
        assertEquals(expected, NominalVoltage.ofLineToLineKilovolts(kilovolts).voltageClass());
    }

    @ParameterizedTest
    @CsvSource({"277/480Y", "7200/12470Y", "69 kV", "34.5 kV"})
    void toString_parses_back_to_an_equal_value(String text) {
        NominalVoltage v = NominalVoltage.parse(text);
        assertEquals(v, NominalVoltage.parse(v.toString()));
    }

    @ParameterizedTest
    @CsvSource({"abc", "480/277Y", "-5 kV"})
    void parse_refuses_nonsense(String text) {
        assertThrows(InvalidValueException.class, () -> NominalVoltage.parse(text));
    }
}
