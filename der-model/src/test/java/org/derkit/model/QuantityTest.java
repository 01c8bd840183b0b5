package org.derkit.model;

import static org.derkit.model.QtSupport.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.integers;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import javax.measure.Quantity;
import javax.measure.quantity.Power;
import org.derkit.model.measure.ApparentPowerQuantity;
import org.derkit.model.measure.DerUnits;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuantityTest {

    private static BigDecimal milli(long thousandths) {
        return BigDecimal.valueOf(thousandths, 3);
    }

    @Nested
    class Conversions {

        @Test
        void active_power_round_trips_through_watts_and_megawatts() {
            qt().withFixedSeed(SEED).forAll(longs().between(-50_000_000_000L, 50_000_000_000L))
                    .describedAs(v -> milli(v) + " kW")
                    .check(v -> {
                        ActivePower p = ActivePower.ofKilowatts(milli(v));
                        return ActivePower.ofWatts(p.value().movePointRight(3)).equals(p)
                                && ActivePower.ofMegawatts(p.toMegawatts()).equals(p);
                    });
        }

        @Test
        void active_power_round_trips_through_javax_measure_in_any_unit() {
            qt().withFixedSeed(SEED).forAll(longs().between(0, 5_000_000_000L))
                    .describedAs(v -> milli(v) + " kW")
                    .check(v -> {
                        ActivePower p = ActivePower.ofKilowatts(milli(v));
                        Quantity<Power> inWatts = p.toQuantity().to(DerUnits.WATT);
                        Quantity<Power> inMegawatts = p.toQuantity().to(DerUnits.MEGAWATT);
                        return ActivePower.from(inWatts).equals(p) && ActivePower.from(inMegawatts).equals(p);
                    });
        }

        @Test
        void apparent_power_round_trips_through_volt_amperes() {
            qt().withFixedSeed(SEED).forAll(longs().between(0, 5_000_000_000L))
                    .check(v -> {
                        ApparentPower s = ApparentPower.ofKilovoltAmperes(milli(v));
                        Quantity<ApparentPowerQuantity> va = s.toQuantity().to(DerUnits.VOLT_AMPERE);
                        return ApparentPower.from(va).equals(s)
                                && ApparentPower.ofMegavoltAmperes(s.toMegavoltAmperes()).equals(s);
                    });
        }

        @Test
        void energy_round_trips_through_megawatt_hours_and_watt_hours() {
            qt().withFixedSeed(SEED).forAll(longs().between(-1_000_000_000L, 1_000_000_000L))
                    .check(v -> {
                        Energy e = Energy.ofKilowattHours(milli(v));
                        return Energy.ofMegawattHours(e.toMegawattHours()).equals(e)
                                && Energy.from(e.toQuantity().to(DerUnits.WATT_HOUR)).equals(e);
                    });
        }

        @Test
        void length_round_trips_through_feet_and_miles() {
            qt().withFixedSeed(SEED).forAll(integers().between(0, 10_000_000))
                    .check(inches -> {
                        // inches are canonical: feet and miles given as decimals come back exactly
                        Length feet = Length.ofFeet(milli(inches));
                        Length miles = Length.ofMiles(milli(inches));
                        return feet.toFeet().compareTo(milli(inches)) == 0
                                && miles.toMiles().compareTo(milli(inches)) == 0
                                && Length.ofInches(inches * 12L).equals(Length.ofFeet(inches));
                    });
        }

        @Test
        void text_round_trips_through_parse() {
            qt().withFixedSeed(SEED).forAll(longs().between(-1_000_000_000L, 1_000_000_000L))
                    .check(v -> {
                        ActivePower p = ActivePower.ofKilowatts(milli(v));
                        Energy e = Energy.ofKilowattHours(milli(v));
                        return ActivePower.parse(p.toString()).equals(p) && Energy.parse(e.toString()).equals(e);
                    });
        }

        @Test
        void test_parse_reads_other_units() {
            assertEquals(ActivePower.ofKilowatts(2500), ActivePower.parse("2.5 MW"));
            assertEquals(ActivePower.ofKilowatts(new BigDecimal("0.25")), ActivePower.parse("250 W"));
            assertEquals(Length.ofInches(36), Length.parse("3 ft"));
            assertEquals(Voltage.ofVolts(12_470), Voltage.ofKilovolts(new BigDecimal("12.47")));
        }

        @Test
        void power_times_duration_is_energy() {
            assertEquals(Energy.ofKilowattHours(new BigDecimal("12.5")),
                    ActivePower.ofKilowatts(50).times(Duration.ofMinutes(15)));
        }
    }

    @Nested
    class Exactness {

        @Test
        void ten_times_a_tenth_of_a_kilowatt_hour_is_exactly_one() {
            Energy sum = Energy.ZERO;
            for (int i = 0; i < 10; i++) {
                sum = sum.plus(Energy.ofKilowattHours(new BigDecimal("0.1")));
            }
            assertEquals(0, sum.value().compareTo(BigDecimal.ONE));
        }

        @Test
        void sums_are_exact_and_order_independent() {
            qt().withFixedSeed(SEED)
                    .forAll(longs().between(-1_000_000_000L, 1_000_000_000L),
                            longs().between(-1_000_000_000L, 1_000_000_000L),
                            longs().between(-1_000_000_000L, 1_000_000_000L))
                    .check((a, b, c) -> {
                        Energy x = Energy.ofKilowattHours(milli(a));
                        Energy y = Energy.ofKilowattHours(milli(b));
                        Energy z = Energy.ofKilowattHours(milli(c));
                        return x.plus(y).plus(z).equals(z.plus(x).plus(y))
                                && x.plus(y).minus(y).equals(x);
                    });
        }

        @Test
        void money_adds_exactly_and_prints_two_decimals() {
            Money fee = Money.ofDollars(100).plus(Money.ofDollars(BigDecimal.ONE).multipliedBy(250));
            assertEquals("350.00", fee.toPlainString());
            assertEquals("$1,600.00", Money.ofDollars(1600).toString());
            assertEquals(Money.parse("600.00"), Money.ofDollars(600));
        }

        @Test
        void double_factories_refuse_what_they_cannot_represent() {
            assertThrows(InvalidValueException.class, () -> ActivePower.ofKilowatts(Double.NaN));
            assertThrows(InvalidValueException.class,
                    () -> ActivePower.ofKilowatts(Double.POSITIVE_INFINITY));
        }
    }

    @Nested
    class KilowattsAndKilovoltAmperesDoNotMix {

        private boolean acceptsParameterOfType(Class<?> owner, String name, Class<?> parameter) {
            return Arrays.stream(owner.getMethods())
                    .filter(m -> m.getName().equals(name))
                    .map(Method::getParameters)
                    .flatMap(Arrays::stream)
                    .map(Parameter::getType)
                    .anyMatch(t -> t.equals(parameter));
        }

        @Test
        void no_comparison_of_active_power_takes_apparent_power() {
            for (String name : new String[] {"isAtLeast", "isAtMost", "isGreaterThan", "isLessThan",
                    "plus", "minus", "compareTo", "max", "min"}) {
                assertFalse(acceptsParameterOfType(ActivePower.class, name, ApparentPower.class), name);
                assertFalse(acceptsParameterOfType(ApparentPower.class, name, ActivePower.class), name);
                assertFalse(acceptsParameterOfType(ActivePower.class, name, ReactivePower.class), name);
            }
        }

        @Test
        void comparison_methods_are_typed_by_the_quantity_not_by_object() throws Exception {
            Method isAtLeast = ActivePower.class.getMethod("isAtLeast", DerQuantity.class);
            // erased to DerQuantity, but the generic bound is the subtype itself (Q = ActivePower)
            assertEquals("Q", isAtLeast.getGenericParameterTypes()[0].getTypeName());
            assertTrue(ActivePower.class.getGenericSuperclass().getTypeName()
                    .endsWith("DerQuantity<org.derkit.model.ActivePower>"));
        }

        @Test
        void same_number_in_kw_and_kva_is_not_equal() {
            assertFalse(ActivePower.ofKilowatts(100).equals(ApparentPower.ofKilovoltAmperes(100)));
        }

        @Test
        void converting_kva_to_kw_needs_a_power_factor() {
            ApparentPower s = ApparentPower.ofKilovoltAmperes(100);
            assertEquals(ActivePower.ofKilowatts(90), s.toActivePower(PowerFactor.of(new BigDecimal("0.9"))));
            assertEquals(ActivePower.ofKilowatts(100), s.toActivePowerAtUnityPowerFactor());
            assertThrows(InvalidValueException.class, () -> PowerFactor.of(BigDecimal.ZERO));
            assertThrows(InvalidValueException.class, () -> PowerFactor.of(new BigDecimal("1.01")));
        }
    }
}
