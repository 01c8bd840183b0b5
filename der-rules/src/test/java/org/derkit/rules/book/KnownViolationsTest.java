package org.derkit.rules.book;

import static org.derkit.model.DerQuantities.kilowatts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import org.derkit.model.ApplicationId;
import org.derkit.model.Length;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.CommunicationProtocol;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.OperatingMode;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.model.AccountNumber;
import org.derkit.model.installation.Conductor;
import org.derkit.model.installation.Conduit;
import org.derkit.model.installation.ConduitType;
import org.derkit.model.installation.CurrentTransformer;
import org.derkit.model.installation.EnclosurePanel;
import org.derkit.model.installation.InstrumentTransformerSet;
import org.derkit.model.installation.MeteringInstallation;
import org.derkit.model.TransformerRatio;
import org.derkit.model.installation.Wiring;
import org.derkit.model.retail.BillingOption;
import org.derkit.model.retail.Enrollment;
import org.derkit.model.retail.EnrollmentCycle;
import org.derkit.model.retail.RetailAccount;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, class 1: a violation that the known inputs prove is reported whatever else is unknown
 * (the cases that used to give INSUFFICIENT_DATA).
 */
class KnownViolationsTest {

    private static Finding screen(String id, InterconnectionApplication a) {
        return AmerenRuleBook.book().evaluate(Screening.of(a)).byId(id).orElseThrow();
    }

    private static Finding installation(String id, MeteringInstallation m) {
        return screen(id, BtmFixtures.withInstallation(m));
    }

    @Test
    void BTM_25_an_indoor_enclosure_fails_whatever_its_access_and_approval() {
        Finding f = installation("BTM-25", MeteringInstallation.builder().enclosureOutdoor(false).build());
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("enclosure outdoors is false, not true (Customer Responsibilities)", f.explanation());
    }

    @Test
    void BTM_27_rigid_conduit_of_1_inch_and_flexible_conduit_on_a_wall_fail_with_the_rest_unknown() {
        Finding small = installation("BTM-27", MeteringInstallation.builder().conduit(Conduit.builder()
                .type(ConduitType.RIGID).tradeSize(Length.ofInches(BigDecimal.ONE)).build()).build());
        assertEquals(Outcome.FAIL, small.outcome());
        Finding flexible = installation("BTM-27", MeteringInstallation.builder().conduit(Conduit.builder()
                .type(ConduitType.FLEXIBLE).backToBackOnHFrame(false).build()).build());
        assertEquals(Outcome.FAIL, flexible.outcome());
        Finding top = installation("BTM-27", MeteringInstallation.builder().conduit(Conduit.builder()
                .addEntryPanels(EnclosurePanel.TOP).build()).build());
        assertEquals(Outcome.FAIL, top.outcome());
        Finding open = installation("BTM-27", MeteringInstallation.builder().conduit(Conduit.builder()
                .type(ConduitType.RIGID).tradeSize(Length.ofInches(new BigDecimal("1.5"))).build()).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, open.outcome(), "entry panels unknown");
    }

    @Test
    void BTM_17_a_0_3_class_ct_is_advisory_whatever_its_range() {
        CurrentTransformer ct = CurrentTransformer.builder().ratio(TransformerRatio.of(600, 5))
                .accuracyClass(new BigDecimal("0.3")).build();
        Finding f = installation("BTM-17", MeteringInstallation.builder()
                .addTransformerSets(InstrumentTransformerSet.builder().addCurrentTransformers(ct).build()).build());
        assertEquals(Outcome.ADVISORY, f.outcome());
    }

    private static Inverter.BuildFinal inverter() {
        return Inverter.builder().manufacturer("Acme").model("S7").acRating(kilowatts(7.6));
    }

    private static InterconnectionApplication with(Inverter... inverters) {
        Facility.Builder f = Facility.builder();
        for (Inverter i : inverters) {
            f.addGeneratingUnits(GeneratingUnit.builder().energySource(EnergySource.SOLAR)
                    .technology(UnitTechnology.INVERTER_BASED).nameplate(kilowatts(7.6)).inverter(i).build());
        }
        return InterconnectionApplication.builder().id(ApplicationId.of("INV")).facility(f.build()).build();
    }

    @Test
    void INV_07_protocols_other_only_fail_with_firmware_updates_unknown() {
        Finding f = screen("INV-07", with(inverter().addProtocols(CommunicationProtocol.OTHER).build()));
        assertEquals(Outcome.FAIL, f.outcome());
        assertTrue(f.explanation().contains("no Table 2 protocol"), f.explanation());
    }

    @Test
    void INV_03_supported_modes_without_ride_through_fail_with_external_commands_unknown() {
        Finding f = screen("INV-03", with(inverter().addCertifications(Certification.IEEE_1547_2018)
                .addSupportedModes(OperatingMode.VOLT_VAR, OperatingMode.RAMP_RATES, OperatingMode.VOLT_WATT).build()));
        assertEquals(Outcome.FAIL, f.outcome());
        assertTrue(f.explanation().contains("no voltage ride through"), f.explanation());
        assertTrue(f.explanation().contains("no frequency ride through"), f.explanation());
        Finding unknown = screen("INV-03", with(inverter().addCertifications(Certification.IEEE_1547_2018)
                .addSupportedModes(OperatingMode.VOLT_VAR, OperatingMode.RAMP_RATES, OperatingMode.VOLT_WATT,
                        OperatingMode.VOLTAGE_RIDE_THROUGH, OperatingMode.FREQUENCY_RIDE_THROUGH).build()));
        assertEquals(Outcome.INSUFFICIENT_DATA, unknown.outcome(), "external commands unknown, nothing wrong known");
    }

    @Test
    void INV_04_two_identical_inverters_are_inverter_1_and_inverter_2() {
        Inverter same = inverter().addCertifications(Certification.IEEE_1547_2018).build();
        Finding f = screen("INV-04", with(same, same));
        assertEquals(Outcome.FAIL, f.outcome());
        assertTrue(f.explanation().contains("inverter 1 (Acme S7): no UL 1741 SA or SB"), f.explanation());
        assertTrue(f.explanation().contains("inverter 2 (Acme S7): no UL 1741 SA or SB"), f.explanation());
    }

    @Test
    void RES_14_a_missing_notice_is_not_hidden_as_not_applicable_when_partial_load_is_unknown() {
        Enrollment e = Enrollment.builder().account(RetailAccount.builder().number(AccountNumber.of("1234567890"))
                .build()).cycle(EnrollmentCycle.ON_CYCLE).requestedBillingOption(BillingOption.DUAL)
                .representativeNotified(false).build();
        Finding f = AmerenRuleBook.book().evaluate(Screening.of(e)).byId("RES-14").orElseThrow();
        assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
        assertEquals(java.util.List.of("partial load"), f.missingInputs());
        Finding fails = AmerenRuleBook.book().evaluate(Screening.of(e.withPartialLoad(true))).byId("RES-14")
                .orElseThrow();
        assertEquals(Outcome.FAIL, fails.outcome());
    }

    @Test
    void BTM_31_aluminum_secondary_wiring_is_reviewed_with_its_size_and_length_unknown() {
        Finding f = installation("BTM-31", MeteringInstallation.builder().secondaryWiring(Wiring.builder()
                .material(Conductor.ALUMINUM).build()).build());
        assertEquals(Outcome.REVIEW, f.outcome());
    }
}
