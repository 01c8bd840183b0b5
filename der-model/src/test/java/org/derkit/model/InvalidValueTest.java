package org.derkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.ReconnectRamp;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.model.facility.VoltVarCurve;
import org.derkit.model.facility.VoltVarPoint;
import org.derkit.model.installation.CurrentTransformer;
import org.derkit.model.installation.WireSize;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.Meter;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Construction refuses meaningless values with a message naming field, valid range and value. */
class InvalidValueTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("negative export capacity",
                        (Executable) () -> Facility.builder()
                                .exportCapacity(ActivePower.ofKilowatts(-1)).build(),
                        "Invalid value for exportCapacity (valid values >= 0 kW): -1 kW"),
                Arguments.of("negative declared nameplate",
                        (Executable) () -> Facility.builder()
                                .declaredNameplate(ActivePower.ofKilowatts(new BigDecimal("-0.001"))).build(),
                        "Invalid value for declaredNameplate (valid values >= 0 kW): -0.001 kW"),
                Arguments.of("zero unit nameplate",
                        (Executable) () -> GeneratingUnit.builder().energySource(EnergySource.SOLAR)
                                .technology(UnitTechnology.INVERTER_BASED)
                                .nameplate(ActivePower.ZERO).build(),
                        "Invalid value for nameplate (valid values > 0 kW): 0 kW"),
                Arguments.of("zero inverter rating",
                        (Executable) () -> Inverter.builder().manufacturer("Acme").model("X1")
                                .acRating(ActivePower.ZERO).build(),
                        "Invalid value for acRating (valid values > 0 kW): 0 kW"),
                Arguments.of("blank inverter model",
                        (Executable) () -> Inverter.builder().manufacturer("Acme").model(" ")
                                .acRating(ActivePower.ofKilowatts(10)).build(),
                        "Invalid value for model (valid values non-blank text without surrounding spaces): ' '"),
                Arguments.of("zero CT ratio",
                        (Executable) () -> CurrentTransformer.builder().ratio(TransformerRatio.of(0, 5)).build(),
                        "Invalid value for ratio primary (valid values > 0): 0"),
                Arguments.of("negative CT rating factor",
                        (Executable) () -> CurrentTransformer.builder().ratio(TransformerRatio.of(600, 5))
                                .ratingFactor(new BigDecimal("-2")).build(),
                        "Invalid value for ratingFactor (valid values > 0): -2"),
                Arguments.of("interval ending before it starts",
                        (Executable) () -> TimeInterval.of(Instant.parse("2024-03-10T08:00:00Z"),
                                Instant.parse("2024-03-10T07:00:00Z")),
                        "Invalid value for end (valid values >= start 2024-03-10T08:00:00Z): 2024-03-10T07:00:00Z"),
                Arguments.of("billing period ending before it starts",
                        (Executable) () -> new BillingPeriod(java.time.LocalDate.of(2024, 3, 10),
                                java.time.LocalDate.of(2024, 3, 9)),
                        "Invalid value for end (valid values >= start 2024-03-10): 2024-03-09"),
                Arguments.of("volt-var voltages not increasing",
                        (Executable) () -> new VoltVarCurve(List.of(VoltVarPoint.of(92, 30),
                                VoltVarPoint.of(92, 0)), Duration.ofSeconds(5)),
                        "Invalid value for points[1].voltage (valid values > 92.0% (strictly increasing)): 92.0%"),
                Arguments.of("zero meter multiplier",
                        (Executable) () -> Meter.builder().number(MeterNumber.of("12345678"))
                                .multiplier(BigDecimal.ZERO).build(),
                        "Invalid value for multiplier (valid values > 0): 0"),
                Arguments.of("three phases is not a count of 2",
                        (Executable) () -> Phases.of(2),
                        "Invalid value for phases (valid values 1 or 3): 2"),
                Arguments.of("wire gauge out of range",
                        (Executable) () -> WireSize.parse("#50 AWG"),
                        "Invalid value for gauge (valid values 1 to 40 AWG (use aught for 1/0 to 4/0)): 50"),
                Arguments.of("linear ramp of zero",
                        (Executable) () -> new ReconnectRamp.Linear(Percentage.ZERO),
                        "Invalid value for ratePerSecond (valid values > 0 % to 100 %): 0%"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void construction_refuses_with_field_range_and_value(String name, Executable construction,
            String message) {
        InvalidValueException e = assertThrows(InvalidValueException.class, construction);
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void the_exception_exposes_field_and_value(String name, Executable construction, String message) {
        InvalidValueException e = assertThrows(InvalidValueException.class, construction);
        assertEquals(message, "Invalid value for " + e.field() + " (valid values " + e.validValues()
                + "): " + e.value());
    }

    @org.junit.jupiter.api.Test
    void a_valid_value_that_breaks_an_ameren_requirement_is_not_an_error() {
        // RF 2.1 breaks BTM-16, but it is a meaningful CT: der-rules reports it as a finding
        CurrentTransformer ct = CurrentTransformer.builder().ratio(TransformerRatio.parse("600:5"))
                .ratingFactor(new BigDecimal("2.1")).build();
        assertEquals(0, ct.ratingFactor().orElseThrow().compareTo(new BigDecimal("2.1")));
    }
}
