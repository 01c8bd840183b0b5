package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.derkit.model.Length;
import org.derkit.model.NominalVoltage;
import org.derkit.model.installation.Conductor;
import org.derkit.model.installation.Conduit;
import org.derkit.model.installation.ConduitType;
import org.derkit.model.installation.EnclosurePanel;
import org.derkit.model.installation.FrameMaterial;
import org.derkit.model.installation.GasRiser;
import org.derkit.model.installation.InstallationPicture;
import org.derkit.model.installation.MeteringInstallation;
import org.derkit.model.installation.Mounting;
import org.derkit.model.installation.MountingType;
import org.derkit.model.installation.Neutral;
import org.derkit.model.installation.WireSize;
import org.derkit.model.installation.Wiring;
import org.derkit.model.installation.WorkingSpace;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.junit.jupiter.api.Test;

class InstallationRulesTest {

    private static Finding evaluate(String id, MeteringInstallation m) {
        return InstallationRules.rules().rule(id).orElseThrow().evaluate(ScreeningContext.of(BtmFixtures.withInstallation(m)));
    }

    private static Length in(String inches) {
        return Length.ofInches(new BigDecimal(inches));
    }

    @Test
    void rule_set_lists_BTM_24_to_BTM_36() {
        assertEquals(List.of("BTM-24", "BTM-25", "BTM-26", "BTM-27", "BTM-28", "BTM-29", "BTM-30", "BTM-31",
                "BTM-32", "BTM-33", "BTM-34", "BTM-35", "BTM-36"), InstallationRules.rules().ids());
    }

    @Test
    void BTM_24_grounded_wye_neutral_for_parallel_runs_at_least_1_0_AWG() {
        Neutral.Builder n = Neutral.builder().routedWithPhaseConductors(true).neutralLugging(true)
                .isolatedFromEquipmentGround(true).parallelRuns(true);
        MeteringInstallation.Builder m = MeteringInstallation.builder().serviceVoltage(NominalVoltage.Y277_480);
        assertEquals(Outcome.PASS, evaluate("BTM-24", m.neutral(n.size(WireSize.AWG_1_0).build()).build()).outcome());
        assertEquals(Outcome.FAIL, evaluate("BTM-24", m.neutral(n.size(WireSize.awg(1)).build()).build()).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, evaluate("BTM-24", MeteringInstallation.builder()
                .serviceVoltage(NominalVoltage.delta(org.derkit.model.Voltage.ofVolts(480))).build()).outcome());
    }

    @Test
    void BTM_25_accessible_outdoor_approved_location() {
        assertEquals(Outcome.PASS, evaluate("BTM-25", MeteringInstallation.builder().enclosureOutdoor(true)
                .enclosureAccessible(true).locationApproved(true).build()).outcome());
        assertEquals(Outcome.FAIL, evaluate("BTM-25", MeteringInstallation.builder().enclosureOutdoor(false)
                .enclosureAccessible(true).locationApproved(true).build()).outcome());
    }

    @Test
    void BTM_26_wooden_posts_fail_and_the_asm_h_frame_passes() {
        Mounting.Builder h = Mounting.builder().type(MountingType.H_FRAME).postSize(Length.ofInches(3))
                .postsSetInConcrete(true).horizontalMaterial(FrameMaterial.P1100T_UNISTRUT);
        assertEquals(Outcome.PASS, evaluate("BTM-26", MeteringInstallation.builder().mounting(
                h.postMaterial(FrameMaterial.GALVANIZED_RMC_STEEL).build()).build()).outcome());
        assertEquals(Outcome.FAIL, evaluate("BTM-26", MeteringInstallation.builder().mounting(
                h.postMaterial(FrameMaterial.WOOD).build()).build()).outcome());
        assertEquals(Outcome.PASS, evaluate("BTM-26", MeteringInstallation.builder().mounting(
                Mounting.builder().type(MountingType.EXTERIOR_WALL).build()).build()).outcome());
    }

    @Test
    void BTM_26_a_known_part_that_breaks_the_h_frame_decides_false_while_others_are_unknown() {
        Mounting.Builder h = Mounting.builder().type(MountingType.H_FRAME);
        assertEquals(Optional.empty(), InstallationRules.isMountingAcceptable(h.build()), "nothing known but the type");
        assertEquals(Optional.of(false), InstallationRules.isMountingAcceptable(h.postsSetInConcrete(false).build()),
                "posts not set in concrete");
        assertEquals(Optional.of(false), InstallationRules.isMountingAcceptable(Mounting.builder()
                .type(MountingType.H_FRAME).postSize(in("2")).build()), "posts under 3 in");
        assertEquals(Optional.of(false), InstallationRules.isMountingAcceptable(Mounting.builder()
                .type(MountingType.OTHER).build()), "neither an exterior wall nor an H-frame");
    }

    @Test
    void BTM_27_rigid_conduit_through_side_or_bottom_flexible_only_back_to_back_through_bottom() {
        Conduit rigid = Conduit.builder().type(ConduitType.RIGID).tradeSize(in("1.5"))
                .entryPanels(EnumSet.of(EnclosurePanel.SIDE, EnclosurePanel.BOTTOM)).build();
        assertEquals(Optional.of(true), InstallationRules.isConduitAcceptable(rigid));
        assertEquals(Optional.of(false), InstallationRules.isConduitAcceptable(Conduit.builder()
                .type(ConduitType.RIGID).tradeSize(in("1.5")).entryPanels(EnumSet.of(EnclosurePanel.TOP)).build()));
        assertEquals(Optional.of(true), InstallationRules.isConduitAcceptable(Conduit.builder()
                .type(ConduitType.FLEXIBLE).tradeSize(in("1.5")).entryPanels(EnumSet.of(EnclosurePanel.BOTTOM))
                .backToBackOnHFrame(true).build()));
        assertEquals(Optional.of(false), InstallationRules.isConduitAcceptable(Conduit.builder()
                .type(ConduitType.FLEXIBLE).tradeSize(in("1.5")).entryPanels(EnumSet.of(EnclosurePanel.SIDE))
                .backToBackOnHFrame(true).build()));
        assertEquals(Outcome.PASS, evaluate("BTM-27", MeteringInstallation.builder().conduit(rigid).build()).outcome());
    }

    @Test
    void BTM_28_spacing_at_least_6_in() {
        assertEquals(Outcome.FAIL, evaluate("BTM-28", MeteringInstallation.builder().enclosureSpacing(in("5.99"))
                .build()).outcome());
        assertEquals(Outcome.PASS, evaluate("BTM-28", MeteringInstallation.builder().enclosureSpacing(in("6"))
                .build()).outcome());
        assertEquals(Outcome.PASS, evaluate("BTM-28", MeteringInstallation.builder().enclosureSpacing(in("6.01"))
                .build()).outcome());
    }

    private static Outcome workingSpace(String width, String enclosure, String depth, String head) {
        return evaluate("BTM-29", MeteringInstallation.builder().enclosureWidth(in(enclosure)).workingSpace(
                WorkingSpace.builder().width(in(width)).depth(in(depth)).headspace(in(head)).build()).build())
                .outcome();
    }

    @Test
    void BTM_29_working_space_limits_below_at_and_above() {
        assertEquals(Length.ofInches(30), InstallationRules.requiredWorkingWidth(Length.ofInches(24)));
        assertEquals(Length.ofInches(36), InstallationRules.requiredWorkingWidth(Length.ofInches(36)));
        assertEquals(Outcome.PASS, workingSpace("30", "24", "42", "78"));
        assertEquals(Outcome.FAIL, workingSpace("29.99", "24", "42", "78"));
        assertEquals(Outcome.FAIL, workingSpace("35.99", "36", "42", "78"));
        assertEquals(Outcome.PASS, workingSpace("36", "36", "42", "78"));
        assertEquals(Outcome.FAIL, workingSpace("36", "36", "41.99", "78"));
        assertEquals(Outcome.FAIL, workingSpace("36", "36", "42", "77.99"));
        assertEquals(Outcome.PASS, workingSpace("36.01", "36", "42.01", "78.01"));
    }

    @Test
    void BTM_30_cabinet_center_at_66_in() {
        for (String h : List.of("65.99", "66", "66.01")) {
            Outcome o = evaluate("BTM-30", MeteringInstallation.builder().mounting(Mounting.builder()
                    .cabinetCenterHeight(in(h)).build()).build()).outcome();
            assertEquals(h.equals("66") ? Outcome.PASS : Outcome.FAIL, o, h);
        }
    }

    @Test
    void BTM_31_wiring_gauge_and_length_table() {
        assertEquals(Optional.of(Length.ofFeet(55)), InstallationRules.maximumSecondaryRun(WireSize.AWG_12,
                Conductor.COPPER));
        assertEquals(Optional.of(Length.ofFeet(90)), InstallationRules.maximumSecondaryRun(WireSize.AWG_10,
                Conductor.COPPER));
        assertEquals(Optional.empty(), InstallationRules.maximumSecondaryRun(WireSize.awg(14), Conductor.COPPER));
        assertEquals(Outcome.PASS, InstallationRules.checkSecondaryWiring(WireSize.AWG_12, Conductor.COPPER,
                Length.ofFeet(55)).outcome());
        assertEquals(Outcome.FAIL, InstallationRules.checkSecondaryWiring(WireSize.AWG_12, Conductor.COPPER,
                Length.ofFeet(new BigDecimal("55.01"))).outcome());
        assertEquals(Outcome.PASS, InstallationRules.checkSecondaryWiring(WireSize.AWG_10, Conductor.COPPER,
                Length.ofFeet(90)).outcome());
        assertEquals(Outcome.FAIL, InstallationRules.checkSecondaryWiring(WireSize.AWG_10, Conductor.COPPER,
                Length.ofFeet(new BigDecimal("90.01"))).outcome());
        assertEquals(Outcome.REVIEW, InstallationRules.checkSecondaryWiring(WireSize.awg(8), Conductor.COPPER,
                Length.ofFeet(10)).outcome());
        Finding f = evaluate("BTM-31", MeteringInstallation.builder().secondaryWiring(Wiring.builder()
                .size(WireSize.AWG_12).material(Conductor.COPPER).length(Length.ofFeet(60)).build()).build());
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("secondary wiring #12 AWG copper run 60 ft > 55 ft (Customer Responsibilities)", f.explanation());
        Finding review = evaluate("BTM-31", MeteringInstallation.builder().secondaryWiring(Wiring.builder()
                .size(WireSize.awg(8)).material(Conductor.COPPER).length(Length.ofFeet(10)).build()).build());
        assertEquals(Outcome.REVIEW, review.outcome());
    }

    @Test
    void BTM_31_a_known_unlisted_conductor_is_reviewed_whatever_is_unknown_and_a_listed_one_needs_its_length() {
        Finding aluminum = evaluate("BTM-31", MeteringInstallation.builder().secondaryWiring(Wiring.builder()
                .material(Conductor.ALUMINUM).build()).build());
        assertEquals(Outcome.REVIEW, aluminum.outcome());
        assertEquals("secondary wiring aluminum is not a listed conductor (#12 AWG Cu up to 55 ft, #10 AWG Cu up to"
                + " 90 ft) (Customer Responsibilities)", aluminum.explanation());
        assertEquals(Outcome.REVIEW, evaluate("BTM-31", MeteringInstallation.builder().secondaryWiring(Wiring.builder()
                .size(WireSize.awg(8)).length(Length.ofFeet(10)).build()).build()).outcome());
        Finding noLength = evaluate("BTM-31", MeteringInstallation.builder().secondaryWiring(Wiring.builder()
                .size(WireSize.AWG_12).material(Conductor.COPPER).build()).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, noLength.outcome());
        assertEquals(List.of("secondary wiring length"), noLength.missingInputs());
        Finding long100 = evaluate("BTM-31", MeteringInstallation.builder().secondaryWiring(Wiring.builder()
                .material(Conductor.COPPER).length(Length.ofFeet(100)).build()).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, long100.outcome(), "an unlisted copper size goes to review");
        assertEquals(List.of("secondary wiring size"), long100.missingInputs());
    }

    @Test
    void BTM_31_a_review_names_the_known_parts_of_the_unlisted_conductor() {
        String listed = " is not a listed conductor (#12 AWG Cu up to 55 ft, #10 AWG Cu up to 90 ft)";
        assertEquals("secondary wiring #14 AWG copper" + listed,
                InstallationRules.checkSecondaryWiring(WireSize.awg(14), Conductor.COPPER, Length.ofFeet(10)).phrase());
        assertEquals("secondary wiring #14 AWG aluminum" + listed, InstallationRules.checkSecondaryWiring(
                Wiring.builder().size(WireSize.awg(14)).material(Conductor.ALUMINUM).build()).phrase());
        assertEquals("secondary wiring #8 AWG" + listed, InstallationRules.checkSecondaryWiring(
                Wiring.builder().size(WireSize.awg(8)).build()).phrase());
    }

    @Test
    void BTM_32_common_ct_return_unless_shared() {
        assertEquals(Outcome.PASS, evaluate("BTM-32", MeteringInstallation.builder().commonCtReturn(true).build())
                .outcome());
        assertEquals(Outcome.FAIL, evaluate("BTM-32", MeteringInstallation.builder().commonCtReturn(false).build())
                .outcome());
    }

    private static Outcome gas(String diameter, String clearanceInches) {
        return evaluate("BTM-33", MeteringInstallation.builder().gasRiser(GasRiser.builder()
                .outsideDiameter(in(diameter)).ventClearance(in(clearanceInches)).build()).build()).outcome();
    }

    @Test
    void BTM_33_gas_vent_clearance_3_ft_up_to_2_375_in_and_15_ft_above() {
        assertEquals(Length.ofFeet(3), InstallationRules.requiredVentClearance(in("2.375")));
        assertEquals(Length.ofFeet(15), InstallationRules.requiredVentClearance(in("2.376")));
        assertEquals(Outcome.FAIL, gas("2.375", "35.99"));
        assertEquals(Outcome.PASS, gas("2.375", "36"));
        assertEquals(Outcome.FAIL, gas("2.376", "36"));
        assertEquals(Outcome.FAIL, gas("4", "179.99"));
        assertEquals(Outcome.PASS, gas("4", "180"));
        assertEquals(Outcome.NOT_APPLICABLE, evaluate("BTM-33", MeteringInstallation.builder().build()).outcome());
    }

    @Test
    void BTM_33_property_clearance_passes_exactly_from_the_required_radius() {
        qt().withFixedSeed(Long.getLong("QT_SEED", 20240415L))
                .forAll(integers().between(1, 6000).zip(integers().between(0, 300), (d, c) -> new int[] {d, c}))
                .describedAs(r -> "riser " + BigDecimal.valueOf(r[0], 3) + " in, clearance " + r[1] + " in")
                .checkAssert(r -> assertEquals(
                        r[1] >= (r[0] <= 2375 ? 36 : 180) ? Outcome.PASS : Outcome.FAIL,
                        gas(BigDecimal.valueOf(r[0], 3).toPlainString(), String.valueOf(r[1]))));
    }

    @Test
    void BTM_34_grounding_conductor_at_least_10_AWG_copper() {
        Wiring ten = Wiring.builder().size(WireSize.AWG_10).material(Conductor.COPPER).build();
        Wiring twelve = Wiring.builder().size(WireSize.AWG_12).material(Conductor.COPPER).build();
        assertEquals(Outcome.PASS, evaluate("BTM-34", MeteringInstallation.builder().equipmentGroundingConductor(ten)
                .groundingConductorOnGroundBar(true).build()).outcome());
        assertEquals(Outcome.FAIL, evaluate("BTM-34", MeteringInstallation.builder()
                .equipmentGroundingConductor(twelve).groundingConductorOnGroundBar(true).build()).outcome());
    }

    @Test
    void BTM_35_conductors_labelled() {
        assertEquals(Outcome.FAIL, evaluate("BTM-35", MeteringInstallation.builder().conductorsLabelled(false)
                .build()).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, evaluate("BTM-35", MeteringInstallation.builder().build()).outcome());
    }

    @Test
    void BTM_36_checklist_lists_the_missing_pictures() {
        MeteringInstallation m = MeteringInstallation.builder().addPictures(InstallationPicture.OVERALL_EXTERIOR_VIEW,
                InstallationPicture.IT_ENCLOSURE_INSIDE, InstallationPicture.BTM_CABINET_OUTSIDE,
                InstallationPicture.CT_NAMEPLATES_AND_WIRING).build();
        assertEquals(List.of(InstallationPicture.BTM_CABINET_INSIDE, InstallationPicture.PT_NAMEPLATES_AND_WIRING),
                InstallationRules.missingPictures(m));
        Finding f = evaluate("BTM-36", m);
        assertEquals(Outcome.REQUIRED, f.outcome());
        assertEquals("installation pictures 2 of 6 missing: inside of the BTM cabinet after wiring; PT nameplates, "
                + "primary and secondary wiring is not complete (Installation Pictures)", f.explanation());
        MeteringInstallation all = MeteringInstallation.builder().addPictures(InstallationPicture.values()).build();
        assertEquals(Outcome.INFO, evaluate("BTM-36", all).outcome());
        assertEquals(List.of(InstallationPicture.ADDITIONAL_CABINET), InstallationRules.missingPictures(
                MeteringInstallation.builder().from(all).additionalCabinet(true)
                        .pictures(EnumSet.complementOf(EnumSet.of(InstallationPicture.ADDITIONAL_CABINET))).build()));
    }

    @Test
    void BTM_36_a_complete_checklist_counts_the_six_pictures_or_seven_with_an_additional_cabinet() {
        MeteringInstallation all = MeteringInstallation.builder().addPictures(InstallationPicture.values()).build();
        assertEquals("all 6 pictures uploaded", InstallationRules.PictureChecklist.of(all).toString());
        assertEquals("all 7 pictures uploaded", InstallationRules.PictureChecklist.of(
                MeteringInstallation.builder().from(all).additionalCabinet(true).build()).toString());
    }
}
