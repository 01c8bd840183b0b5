package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.ApplicationId;
import org.derkit.model.TransformerRatio;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.MeteringType;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.Siting;
import org.derkit.model.installation.CurrentTransformer;
import org.derkit.model.installation.InstrumentTransformerSet;
import org.derkit.model.installation.MeteringInstallation;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.junit.jupiter.api.Test;

/** The CT, PT and installation rules check only installations that a production meter needs (BTM-01..03). */
class ProductionMeteringScopeTest {

    private static final MeteringInstallation RF_2_1 = MeteringInstallation.builder()
            .addTransformerSets(InstrumentTransformerSet.builder().addCurrentTransformers(CurrentTransformer.builder()
                    .ratio(TransformerRatio.parse("600:5")).ratingFactor(new BigDecimal("2.1")).build()).build())
            .build();

    private static Finding btm16(Facility facility) {
        InterconnectionApplication a = InterconnectionApplication.builder().id(ApplicationId.of("SCOPE"))
                .facility(facility).meteringInstallation(RF_2_1).build();
        return AmerenRuleBook.book().evaluate(Screening.of(a)).byId("BTM-16").orElseThrow();
    }

    private static Facility.Builder btm(long kw) {
        return Facility.builder().siting(Siting.BEHIND_THE_METER).phases(Phases.THREE)
                .meteringType(MeteringType.INSTRUMENT_RATED).declaredNameplate(ActivePower.ofKilowatts(kw));
    }

    @Test
    void BTM_16_checks_the_ct_of_a_200_kW_btm_facility() {
        assertEquals(Outcome.FAIL, btm16(btm(200).build()).outcome());
    }

    @Test
    void BTM_16_is_not_applicable_below_200_kW_for_rlg_single_phase_and_three_phase_self_contained() {
        for (Facility f : new Facility[] {btm(199).build(), btm(500).siting(Siting.REMOTELY_LOCATED).build(),
                btm(250).phases(Phases.SINGLE).build(), btm(250).meteringType(MeteringType.SELF_CONTAINED).build()}) {
            Finding finding = btm16(f);
            assertEquals(Outcome.NOT_APPLICABLE, finding.outcome(), f.toString());
            assertTrue(finding.explanation().contains("BTM production metering installation"), finding.explanation());
        }
    }

    @Test
    void BTM_16_names_the_unknown_inputs_when_what_decides_the_meter_is_unknown() {
        Finding finding = btm16(Facility.builder().build());
        assertEquals(Outcome.INSUFFICIENT_DATA, finding.outcome());
        assertEquals(List.of("siting", "aggregate AC nameplate", "metering phases", "metering type"),
                finding.missingInputs());
        Finding onlyType = btm16(btm(250).meteringType(Optional.empty()).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, onlyType.outcome());
        assertEquals(List.of("metering type"), onlyType.missingInputs());
    }
}
