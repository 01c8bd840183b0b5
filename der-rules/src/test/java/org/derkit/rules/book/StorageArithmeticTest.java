package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.derkit.model.ActivePower;
import org.derkit.model.ApplicationId;
import org.derkit.model.NominalVoltage;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.SystemType;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.rules.Finding;
import org.derkit.rules.Findings;
import org.derkit.rules.Outcome;
import org.junit.jupiter.api.Test;

/**
 * One storage arithmetic (policy 3.4, P466-01): the level, the fee, the BTM production meter and
 * the self-contained limit see the same aggregate nameplate whether the facility is
 * generation-only, ESS-only or hybrid, and whether the application declares the generation
 * nameplate or describes the units. ESS-only applications are sized by their inverters' AC
 * nameplate.
 */
class StorageArithmeticTest {

    private static final String[] SIZE_RULES = {"POL-06", "POL-07", "BTM-01", "BTM-03", "P466-01"};

    private static ActivePower kw(String value) {
        return ActivePower.ofKilowatts(new BigDecimal(value));
    }

    private static GeneratingUnit solar(ActivePower nameplate) {
        return GeneratingUnit.builder().energySource(EnergySource.SOLAR).technology(UnitTechnology.INVERTER_BASED)
                .nameplate(nameplate).build();
    }

    private static EnergyStorage storage(ActivePower acRating) {
        return EnergyStorage.builder().acRating(acRating).build();
    }

    /** The same total described six ways. */
    private static Map<String, Facility.Builder> shapes(ActivePower total) {
        ActivePower half = ActivePower.ofKilowatts(total.value().divide(BigDecimal.valueOf(2)).stripTrailingZeros());
        ActivePower rest = ActivePower.ofKilowatts(total.value().subtract(half.value()).stripTrailingZeros());
        Map<String, Facility.Builder> shapes = new LinkedHashMap<>();
        shapes.put("generation declared", Facility.builder().declaredNameplate(total));
        shapes.put("generation units", Facility.builder().addGeneratingUnits(solar(total)));
        shapes.put("ESS-only declared 0 kW", Facility.builder().declaredNameplate(ActivePower.ZERO)
                .addStorage(storage(total)));
        shapes.put("ESS-only undeclared", Facility.builder().addStorage(storage(total)));
        shapes.put("hybrid declared", Facility.builder().declaredNameplate(rest).addStorage(storage(half)));
        shapes.put("hybrid units", Facility.builder().addGeneratingUnits(solar(rest)).addStorage(storage(half)));
        return shapes;
    }

    private static Findings screen(Facility.Builder facility, ActivePower export, NominalVoltage poi) {
        Facility f = facility.siting(Siting.BEHIND_THE_METER).phases(Phases.THREE).exportCapacity(export)
                .pointOfInterconnectionVoltage(poi).systemType(SystemType.RADIAL)
                .meteringType(org.derkit.model.facility.MeteringType.SELF_CONTAINED).build();
        InterconnectionApplication a = InterconnectionApplication.builder().id(ApplicationId.of("ESS")).facility(f)
                .build();
        return AmerenRuleBook.book().evaluate(Screening.of(a));
    }

    private static String summary(Findings findings) {
        StringBuilder s = new StringBuilder();
        for (String id : SIZE_RULES) {
            Finding f = findings.byId(id).orElseThrow();
            // values compared as numbers: 25.0005 kW + 25.0005 kW is 50.0010 kW, the same as 50.001 kW
            String value = f.value().filter(v -> v.matches("[0-9.]+"))
                    .map(v -> new BigDecimal(v).stripTrailingZeros().toPlainString()).orElse(f.value().orElse(""));
            s.append(id).append('=').append(f.outcome()).append(' ').append(value).append("; ");
        }
        return s.toString();
    }

    /** Every shape of {@code total} gives the same size findings; returns the level. */
    private static String sameForEveryShape(String total, String export, NominalVoltage poi) {
        String expected = null;
        String level = null;
        for (Map.Entry<String, Facility.Builder> shape : shapes(kw(total)).entrySet()) {
            Findings findings = screen(shape.getValue(), kw(export), poi);
            String summary = summary(findings);
            if (expected == null) {
                expected = summary;
                level = findings.byId("POL-06").orElseThrow().value().orElseThrow();
            }
            assertEquals(expected, summary, total + " kW as " + shape.getKey());
        }
        return level;
    }

    @Test
    void POL_06_the_25_kW_export_and_50_kW_nameplate_limits_of_level_1_are_the_same_for_every_shape() {
        assertEquals("LEVEL_1", sameForEveryShape("50", "25", NominalVoltage.Y277_480));
        assertEquals("LEVEL_2", sameForEveryShape("50.001", "25", NominalVoltage.Y277_480));
        assertEquals("LEVEL_2", sameForEveryShape("40", "25.001", NominalVoltage.Y277_480));
        assertEquals("LEVEL_1", sameForEveryShape("25", "25", NominalVoltage.Y277_480));
    }

    @Test
    void POL_06_every_level_2_limit_is_the_same_for_every_shape() {
        String[][] bands = {{"0.48", "500"}, {"12.47", "3000"}, {"24.9", "4000"}, {"34.5", "5000"}, {"69", "5000"}};
        for (String[] band : bands) {
            NominalVoltage poi = NominalVoltage.ofLineToLineKilovolts(new BigDecimal(band[0]));
            assertEquals("LEVEL_2", sameForEveryShape(band[1], "20", poi), band[0] + " kV at the limit");
            String above = new BigDecimal(band[1]).add(new BigDecimal("0.001")).toPlainString();
            assertNotEquals("LEVEL_2", sameForEveryShape(above, "20", poi), band[0] + " kV above the limit");
        }
    }

    @Test
    void POL_06_POL_07_an_ess_only_application_of_60_kW_exporting_20_kW_is_level_2_at_160_dollars() {
        for (Facility.Builder ess : new Facility.Builder[] {
                Facility.builder().declaredNameplate(ActivePower.ZERO).addStorage(storage(kw("60"))),
                Facility.builder().addStorage(storage(kw("60")))}) {
            Findings findings = screen(ess, kw("20"), NominalVoltage.Y277_480);
            assertEquals("LEVEL_2", findings.byId("POL-06").orElseThrow().value().orElseThrow());
            assertEquals("160.00", findings.byId("POL-07").orElseThrow().value().orElseThrow());
        }
    }

    @Test
    void BTM_01_counts_storage_the_same_way_at_200_kW() {
        for (Map.Entry<String, Facility.Builder> shape : shapes(kw("200")).entrySet()) {
            assertEquals(Outcome.REQUIRED, screen(shape.getValue(), kw("20"), NominalVoltage.Y277_480)
                    .byId("BTM-01").orElseThrow().outcome(), shape.getKey());
        }
        for (Map.Entry<String, Facility.Builder> shape : shapes(kw("199.999")).entrySet()) {
            assertEquals(Outcome.NOT_REQUIRED, screen(shape.getValue(), kw("20"), NominalVoltage.Y277_480)
                    .byId("BTM-01").orElseThrow().outcome(), shape.getKey());
        }
    }

    @Test
    void POL_41_applies_to_declared_solar_with_storage_as_to_described_units() {
        for (Facility.Builder hybrid : new Facility.Builder[] {
                Facility.builder().declaredNameplate(kw("10")).addStorage(storage(kw("10"))).renewable(true),
                Facility.builder().addGeneratingUnits(solar(kw("10"))).addStorage(storage(kw("10")))}) {
            assertNotEquals(Outcome.NOT_APPLICABLE, screen(hybrid, kw("10"), NominalVoltage.Y277_480)
                    .byId("POL-41").orElseThrow().outcome());
        }
        assertEquals(Outcome.NOT_APPLICABLE, screen(Facility.builder().addStorage(storage(kw("10"))).renewable(true),
                kw("10"), NominalVoltage.Y277_480).byId("POL-41").orElseThrow().outcome(), "ESS-only");
    }
}
