package org.derkit.model.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.junit.jupiter.api.Test;

class FacilityTest {

    private static GeneratingUnit pv(long kw, Long kva) {
        return GeneratingUnit.builder().energySource(EnergySource.SOLAR)
                .technology(UnitTechnology.INVERTER_BASED).nameplate(ActivePower.ofKilowatts(kw))
                .apparentPowerNameplate(Optional.ofNullable(kva).map(ApparentPower::ofKilovoltAmperes))
                .build();
    }

    @Test
    void P466_01_aggregate_nameplate_sums_units_and_storage() {
        Facility f = Facility.builder().addGeneratingUnits(pv(100, 100L), pv(50, 50L))
                .addStorage(EnergyStorage.builder().acRating(ActivePower.ofKilowatts(60)).build())
                .build();
        assertEquals(Optional.of(ActivePower.ofKilowatts(210)), f.aggregateNameplate());
        assertEquals(Optional.of(ApparentPower.ofKilovoltAmperes(210)), f.aggregateApparentNameplate(),
                "storage counted at unity power factor");
    }

    @Test
    void P466_01_storage_counts_the_same_whether_the_generation_is_declared_or_described_by_units() {
        EnergyStorage ess20 = EnergyStorage.builder().acRating(ActivePower.ofKilowatts(20)).build();
        Facility declared = Facility.builder().declaredNameplate(ActivePower.ofKilowatts(40)).addStorage(ess20).build();
        Facility units = Facility.builder().addGeneratingUnits(pv(40, null)).addStorage(ess20).build();
        assertEquals(Optional.of(ActivePower.ofKilowatts(60)), declared.aggregateNameplate());
        assertEquals(declared.aggregateNameplate(), units.aggregateNameplate());
        assertEquals(Optional.of(ActivePower.ofKilowatts(40)), declared.generationNameplate());
        assertEquals(ActivePower.ofKilowatts(20), declared.storageNameplate());
        assertFalse(declared.isStorageOnly());
        assertFalse(units.isStorageOnly());
    }

    @Test
    void policy_3_4_an_ess_only_facility_is_sized_by_its_storage_inverters_whether_or_not_it_declares_0_kW() {
        EnergyStorage ess60 = EnergyStorage.builder().acRating(ActivePower.ofKilowatts(60)).build();
        Facility zero = Facility.builder().declaredNameplate(ActivePower.ZERO).addStorage(ess60).build();
        Facility undeclared = Facility.builder().addStorage(ess60).build();
        for (Facility f : new Facility[] {zero, undeclared}) {
            assertEquals(Optional.of(ActivePower.ofKilowatts(60)), f.aggregateNameplate());
            assertTrue(f.isStorageOnly());
            assertEquals(Optional.of(false), f.hasGeneration());
        }
        assertEquals(Optional.of(ApparentPower.ofKilovoltAmperes(60)), undeclared.aggregateApparentNameplate());
    }

    @Test
    void a_declared_nameplate_takes_precedence_over_the_units() {
        Facility f = Facility.builder().addGeneratingUnits(pv(100, null))
                .declaredNameplate(ActivePower.ofKilowatts(120)).build();
        assertEquals(Optional.of(ActivePower.ofKilowatts(120)), f.aggregateNameplate());
        assertEquals(Optional.of(ActivePower.ofKilowatts(120)), f.generationNameplate());
        assertEquals(Optional.empty(), f.aggregateApparentNameplate(), "one unit without kVA: unknown");
    }

    @Test
    void an_empty_facility_knows_nothing() {
        Facility f = Facility.builder().build();
        assertEquals(Optional.empty(), f.aggregateNameplate());
        assertEquals(Optional.empty(), f.isRenewable());
    }

    @Test
    void renewable_is_derived_from_the_sources_unless_stated() {
        Facility solar = Facility.builder().addGeneratingUnits(pv(10, null)).build();
        assertEquals(Optional.of(true), solar.isRenewable());
        Facility gas = solar.withEnergySource(EnergySource.NATURAL_GAS);
        assertEquals(Optional.of(false), gas.isRenewable());
        assertEquals(Optional.of(true), gas.withRenewable(true).isRenewable());
    }

    @Test
    void storage_only_facilities_are_recognised() {
        Facility ess = Facility.builder()
                .addStorage(EnergyStorage.builder().acRating(ActivePower.ofKilowatts(5)).build()).build();
        assertTrue(ess.isStorageOnly());
    }
}
