package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;
import org.junit.jupiter.api.Test;

/** The sys topics read facility inputs through the application under the facility input's name. */
class SysInputsTest {

    private static ScreeningContext context(java.util.function.UnaryOperator<Facility.Builder> facility) {
        return ScreeningContext.of(SysFixtures.app(facility));
    }

    @Test
    void a_facility_input_with_a_dimension_keeps_its_name_and_dimension_and_reads_the_facility() {
        Input<ScreeningContext, ActivePower> in = SysInputs.onFacility(FacilityInputs.AGGREGATE_NAMEPLATE);
        assertEquals("aggregate AC nameplate", in.name());
        assertEquals(Optional.of(Dimension.ACTIVE_POWER), in.dimension());
        assertEquals(Optional.of(ActivePower.ofKilowatts(40)),
                in.extractor().apply(context(f -> f.declaredNameplate(ActivePower.ofKilowatts(40)))));
        assertEquals(Optional.empty(), in.extractor().apply(context(f -> f)));
    }

    @Test
    void a_facility_input_without_a_dimension_reads_the_facility() {
        Input<ScreeningContext, Siting> in = SysInputs.onFacility(FacilityInputs.SITING);
        assertEquals("siting", in.name());
        assertEquals(Optional.empty(), in.dimension());
        assertEquals(Optional.of(Siting.REMOTELY_LOCATED),
                in.extractor().apply(context(f -> f.siting(Siting.REMOTELY_LOCATED))));
    }

    @Test
    void a_facility_is_inverter_based_when_it_describes_an_inverter() {
        Inverter i = Inverter.builder().manufacturer("Acme").model("PV").acRating(ActivePower.ofKilowatts(10)).build();
        assertTrue(SysInputs.hasInverters(context(f -> f.addGeneratingUnits(GeneratingUnit.builder()
                .energySource(EnergySource.SOLAR).technology(UnitTechnology.INVERTER_BASED).nameplate(i.acRating())
                .inverter(i).build()))));
        assertFalse(SysInputs.hasInverters(context(f -> f.declaredNameplate(ActivePower.ofKilowatts(10)))));
    }
}
