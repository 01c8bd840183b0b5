package org.derkit.rules.book;

import static org.derkit.rules.book.SysFixtures.app;
import static org.derkit.rules.book.SysFixtures.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.derkit.model.ActivePower;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Coupling;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.derkit.rules.RuleSet;
import org.junit.jupiter.api.Test;

class StorageMeteringRulesTest {

    private static final RuleSet<ScreeningContext> RULES = StorageMeteringRules.rules();

    private static final GeneratingUnit PV = GeneratingUnit.builder().energySource(EnergySource.SOLAR)
            .technology(UnitTechnology.INVERTER_BASED).nameplate(ActivePower.ofKilowatts(100)).build();

    private static EnergyStorage ess(Coupling coupling, Boolean bidirectional) {
        EnergyStorage.Builder b = EnergyStorage.builder().acRating(ActivePower.ofKilowatts(50));
        if (coupling != null) {
            b.coupling(coupling);
        }
        if (bidirectional != null) {
            b.bidirectionalInverter(bidirectional);
        }
        return b.build();
    }

    private static Finding pol41(EnergyStorage... storage) {
        return eval(RULES, "POL-41", app(f -> f.addGeneratingUnits(PV).addStorage(storage)));
    }

    @Test
    void POL_41_AC_coupled_storage_may_need_separate_metering() {
        Finding f = pol41(ess(Coupling.AC, null));
        assertEquals(Outcome.REVIEW, f.outcome());
        assertEquals("storage 1 (50 kW) AC coupled: separate storage metering may be required (6.11.5 ESS Metering)",
                f.explanation());
    }

    @Test
    void POL_41_DC_coupled_storage_depends_on_the_bidirectional_inverter() {
        assertEquals(Outcome.REVIEW, pol41(ess(Coupling.DC, true)).outcome());
        assertEquals(Outcome.NOT_REQUIRED, pol41(ess(Coupling.DC, false)).outcome());
        Finding unknown = pol41(ess(Coupling.DC, null));
        assertEquals(Outcome.INSUFFICIENT_DATA, unknown.outcome());
        assertEquals(List.of("bi-directional inverter of storage 1 (50 kW)"), unknown.missingInputs());
    }

    @Test
    void POL_41_a_triggering_system_decides_even_if_another_is_unknown_and_own_meter_passes() {
        assertEquals(Outcome.REVIEW, pol41(ess(null, null), ess(Coupling.AC, null)).outcome());
        assertEquals(Outcome.PASS, eval(RULES, "POL-41", app(f -> f.addGeneratingUnits(PV)
                .addStorage(ess(Coupling.AC, null)).separateStorageMetering(true))).outcome());
    }

    @Test
    void POL_41_does_not_apply_without_generation_or_to_non_renewable_generation() {
        assertEquals(Outcome.NOT_APPLICABLE, eval(RULES, "POL-41", app(f -> f.addStorage(ess(Coupling.AC, null))))
                .outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RULES, "POL-41", app(f -> f.addGeneratingUnits(PV))).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval(RULES, "POL-41", app(f -> f.addGeneratingUnits(GeneratingUnit.builder()
                .energySource(EnergySource.DIESEL).technology(UnitTechnology.SYNCHRONOUS)
                .nameplate(ActivePower.ofKilowatts(100)).build()).addStorage(ess(Coupling.AC, null)))).outcome());
    }
}
