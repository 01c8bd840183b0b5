package org.derkit.rules.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.derkit.model.Length;
import org.derkit.model.NominalVoltage;
import org.derkit.model.installation.Conductor;
import org.derkit.model.installation.Conduit;
import org.derkit.model.installation.ConduitType;
import org.derkit.model.installation.EnclosurePanel;
import org.derkit.model.installation.FrameMaterial;
import org.derkit.model.installation.InstallationPicture;
import org.derkit.model.installation.MeteringInstallation;
import org.derkit.model.installation.Mounting;
import org.derkit.model.installation.MountingType;
import org.derkit.model.installation.Neutral;
import org.derkit.model.installation.ServiceConfiguration;
import org.derkit.model.installation.WireSize;
import org.derkit.model.installation.Wiring;
import org.derkit.model.installation.WorkingSpace;
import org.derkit.rules.Comparison;
import org.derkit.rules.Decision;
import org.derkit.rules.Dimension;
import org.derkit.rules.Inclusivity;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * The physical installation of the Ameren BTM production metering cabinet and the customer's
 * instrument-transformer enclosure: BTM-24 to BTM-36 of the BTM Production Metering Requirements
 * (2024).
 *
 * <p>Limits, in inches unless stated, all inclusive ("at least", "no less than", "up to"):
 * enclosure spacing at least 6; working space width at least the greater of 30 and the enclosure
 * width, depth at least 42, headspace at least 78; cabinet center at 66 above final grade;
 * conduit 1.5 rigid; secondary wiring #12 AWG Cu up to 55 ft or #10 AWG Cu up to 90 ft; gas relief
 * vent clearance at least 3 ft for risers up to 2.375 in outside diameter and 15 ft above;
 * equipment grounding conductor at least #10 AWG Cu. The rules evaluate the application's
 * {@link MeteringInstallation}; without one they do not apply.
 *
 * <p>Implementation Requirements: a static utility; the rule set is immutable and thread-safe.
 */
public final class InstallationRules {

    /** Minimum spacing between the enclosures (BTM-28). */
    public static final Length ENCLOSURE_SPACING_MIN = Length.ofInches(6);
    /** Minimum working-space width when the enclosure is narrower (BTM-29). */
    public static final Length WORKING_WIDTH_MIN = Length.ofInches(30);
    /** Minimum working-space depth (BTM-29). */
    public static final Length WORKING_DEPTH_MIN = Length.ofInches(42);
    /** Minimum headspace (BTM-29). */
    public static final Length HEADSPACE_MIN = Length.ofInches(78);
    /** Height of the cabinet's center above final grade (BTM-30). */
    public static final Length CABINET_CENTER_HEIGHT = Length.ofInches(66);
    /** Conduit trade size (BTM-27). */
    public static final Length CONDUIT_SIZE = Length.ofInches(new BigDecimal("1.5"));
    /** H-frame post trade size (BTM-26). */
    public static final Length POST_SIZE = Length.ofInches(3);
    /** Longest #12 AWG Cu secondary run (BTM-31): 55 ft. */
    public static final Length AWG_12_MAX_RUN = Length.ofFeet(55);
    /** Longest #10 AWG Cu secondary run (BTM-31): 90 ft. */
    public static final Length AWG_10_MAX_RUN = Length.ofFeet(90);
    /** The largest gas-riser outside diameter of the small clearance, inclusive (BTM-33). */
    public static final Length SMALL_RISER_MAX_DIAMETER = Length.ofInches(new BigDecimal("2.375"));
    /** Relief-vent clearance for risers up to 2.375 in (BTM-33): 3 ft. */
    public static final Length SMALL_RISER_CLEARANCE = Length.ofFeet(3);
    /** Relief-vent clearance for risers above 2.375 in (BTM-33): 15 ft. */
    public static final Length LARGE_RISER_CLEARANCE = Length.ofFeet(15);
    /** Smallest equipment grounding conductor (BTM-34). */
    public static final WireSize GROUNDING_CONDUCTOR_MIN = WireSize.AWG_10;
    /** Smallest neutral for parallel runs (BTM-24, 2023 NEC 310.10(G)). */
    public static final WireSize PARALLEL_NEUTRAL_MIN = WireSize.AWG_1_0;

    private static final Set<EnclosurePanel> ALLOWED_PANELS = Set.copyOf(EnumSet.of(EnclosurePanel.SIDE,
            EnclosurePanel.BOTTOM));
    private static final String CUSTOMER = "Customer Responsibilities";

    // --------------------------------------------------------------------------------------- rules

    /** BTM-24, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_24 = Rule.id("BTM-24")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .when(Input.of("grounded wye service", InstallationRules::isGroundedWye), "is true", b -> b)
            .measure("neutral routed with the phase conductors",
                    m -> m.neutral().flatMap(Neutral::routedWithPhaseConductors))
            .is(true)
            .and("parallel-run neutral at least 1/0 AWG", m -> m.neutral().flatMap(InstallationRules::parallelNeutralSized))
            .is(true)
            .and("neutral on a neutral lugging system", m -> m.neutral().flatMap(Neutral::neutralLugging))
            .is(true)
            .and("neutral isolated from the equipment grounding conductor",
                    m -> m.neutral().flatMap(Neutral::isolatedFromEquipmentGround))
            .is(true)
            .passes("neutral routed with the phases to the instrument-transformer enclosure, sized per NEC "
                    + "(parallel runs at least 1/0 AWG, 2023 NEC 310.10(G)), lugged, isolated from ground")
            .build();

    /** BTM-25, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_25 = Rule.id("BTM-25")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .measure("enclosure outdoors", MeteringInstallation::enclosureOutdoor)
            .is(true)
            .and("enclosure accessible", MeteringInstallation::enclosureAccessible)
            .is(true)
            .and("location approved by Ameren", MeteringInstallation::locationApproved)
            .is(true)
            .passes("BTM metering enclosure in an accessible outdoor location approved by Ameren")
            .build();

    /** BTM-26, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_26 = Rule.id("BTM-26")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .measure("mounting", m -> m.mounting().flatMap(InstallationRules::isMountingAcceptable))
            .is(true)
            .passes("sturdy exterior wall or H-frame of 3 in galvanized RMC posts in concrete with P1100T "
                    + "unistrut horizontals (ASM Figure 700-11); no wooden posts or cross members")
            .build();

    /** BTM-27, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_27 = Rule.id("BTM-27")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .measure("conduit", m -> m.conduit().flatMap(InstallationRules::isConduitAcceptable))
            .is(true)
            .passes("1.5 in rigid conduit through side or bottom panels only (flexible only back to back on "
                    + "an approved H-frame, through the bottom)")
            .build();

    /** BTM-28, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_28 = Rule.id("BTM-28")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .quoting("Spacing between these enclosures shall be no less than 6\"")
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .measure("enclosure spacing", Dimension.LENGTH, MeteringInstallation::enclosureSpacing)
            .atLeast(ENCLOSURE_SPACING_MIN)
            .passes("at least 6 in between the enclosures")
            .build();

    /** BTM-29, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_29 = Rule.id("BTM-29")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .measure("working-space width", Dimension.LENGTH, m -> m.workingSpace().flatMap(WorkingSpace::width))
            .atLeast(WORKING_WIDTH_MIN)
            .and("working-space width beyond the enclosure width", Dimension.LENGTH,
                    InstallationRules::widthBeyondEnclosure)
            .atLeast(Length.ZERO)
            .and("working-space depth", Dimension.LENGTH, m -> m.workingSpace().flatMap(WorkingSpace::depth))
            .atLeast(WORKING_DEPTH_MIN)
            .and("headspace", Dimension.LENGTH, m -> m.workingSpace().flatMap(WorkingSpace::headspace))
            .atLeast(HEADSPACE_MIN)
            .passes("clear working space: width at least the greater of 30 in and the enclosure width, "
                    + "depth at least 42 in, headspace at least 78 in")
            .build();

    /** BTM-30, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_30 = Rule.id("BTM-30")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .measure("cabinet center height above final grade", Dimension.LENGTH,
                    m -> m.mounting().flatMap(Mounting::cabinetCenterHeight))
            .between(CABINET_CENTER_HEIGHT, Inclusivity.INCLUSIVE, CABINET_CENTER_HEIGHT, Inclusivity.INCLUSIVE)
            .passes("cabinet center at 66 in above final grade")
            .build();

    /** BTM-31, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_31 = Rule.id("BTM-31")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .quoting("#12 GA Cu up to 55 ft MAX. (recommended) #10 GA Cu up to 90 ft MAX.")
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .from("secondary wiring", MeteringInstallation::secondaryWiring)
            .decides("#12 AWG Cu up to 55 ft or #10 AWG Cu up to 90 ft to the non-shorting terminal strip;"
                    + " other conductors by review", InstallationRules::checkSecondaryWiring)
            .limit("#12 AWG Cu secondary run", Dimension.LENGTH_FEET, Comparison.AT_MOST, Length.ofFeet(55))
            .limit("#10 AWG Cu secondary run", Dimension.LENGTH_FEET, Comparison.AT_MOST, Length.ofFeet(90))
            .build();

    /** BTM-32, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_32 = Rule.id("BTM-32")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .when("CTs are not shared with a customer production meter (BTM-20)",
                    m -> m.sharedMetering().isEmpty())
            .measure("single common CT return", MeteringInstallation::commonCtReturn)
            .is(true)
            .passes("CT secondary returns joined into one common return landing in the BTM cabinet")
            .build();

    /** BTM-33, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_33 = Rule.id("BTM-33")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .when("a natural-gas riser is near the metering", m -> m.gasRiser().isPresent())
            .measure("relief-vent clearance beyond the required radius", Dimension.LENGTH,
                    InstallationRules::clearanceBeyondRequired)
            .atLeast(Length.ZERO)
            .passes("relief-vent clearance of 3 ft for risers up to 2.375 in outside diameter, 15 ft above")
            .limit("gas riser outside diameter for the 3 ft radius", Dimension.LENGTH, Comparison.AT_MOST,
                    Length.ofInches(new BigDecimal("2.375")))
            .limit("relief-vent clearance, riser up to 2.375 in", Dimension.LENGTH_FEET, Comparison.AT_LEAST,
                    Length.ofFeet(3))
            .limit("relief-vent clearance, riser above 2.375 in", Dimension.LENGTH_FEET, Comparison.AT_LEAST,
                    Length.ofFeet(15))
            .build();

    /** BTM-34, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_34 = Rule.id("BTM-34")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .measure("equipment grounding conductor at least #10 AWG Cu",
                    m -> m.equipmentGroundingConductor().flatMap(InstallationRules::groundingConductorSized))
            .is(true)
            .and("grounding conductor on the equipment ground bar",
                    MeteringInstallation::groundingConductorOnGroundBar)
            .is(true)
            .passes("#10 AWG Cu or larger equipment grounding conductor with the secondaries, on the ground "
                    + "bar (it bonds the cabinet; the layout's ground rod may be omitted)")
            .build();

    /** BTM-35, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_35 = Rule.id("BTM-35")
            .cites(Source.BTM_METERING_2024, CUSTOMER)
            .kind(Kind.RULE)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .measure("conductors labelled with phase and transformer type", MeteringInstallation::conductorsLabelled)
            .is(true)
            .passes("customer conductors labelled with phase and instrument-transformer type on the terminal strip")
            .build();

    /** BTM-36, in the rule set of {@link #rules()}. */
    public static final Rule<MeteringInstallation> BTM_36 = Rule.id("BTM-36")
            .cites(Source.BTM_METERING_2024, "Installation Pictures")
            .kind(Kind.PROCESS)
            .topic(Topic.INSTALLATION)
            .appliesTo(MeteringInstallation.class)
            .measure("installation pictures", m -> Optional.of(PictureChecklist.of(m)))
            .satisfies("complete", PictureChecklist::isComplete)
            .then(Outcome.INFO, "installation pictures uploaded at Construction Complete")
            .otherwise(Outcome.REQUIRED, "the missing installation pictures, uploaded to PowerClerk at "
                    + "Construction Complete")
            .build();

    private static final RuleSet<ScreeningContext> RULES = RuleSet.of("installation",
            BTM_24, BTM_25, BTM_26, BTM_27, BTM_28, BTM_29, BTM_30, BTM_31, BTM_32, BTM_33, BTM_34,
            BTM_35, BTM_36).liftTo(BtmMeteringRules::productionMeteringInstallation, BtmMeteringRules::productionMeteringUndecided,
                    BtmMeteringRules.PRODUCTION_METERING);

    /** {@return BTM-24 to BTM-36, in catalogue order} */
    public static RuleSet<ScreeningContext> rules() {
        return RULES;
    }

    private InstallationRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * The working-space width required in front of an enclosure (BTM-29): the greater of 30 in and its width.
     *
     * @param enclosureWidth the width of the enclosure
     * @return the working-space width required in front of an enclosure (BTM-29): the greater of 30 in and its width
     */
    public static Length requiredWorkingWidth(Length enclosureWidth) {
        return enclosureWidth.max(WORKING_WIDTH_MIN);
    }

    /**
     * The clearance required from a natural-gas relief vent (BTM-33): a 3 ft spherical radius for
     * risers of outside diameter up to 2.375 in (inclusive), 15 ft for larger risers.
     *
     * @param riserOutsideDiameter the outside diameter of the natural-gas riser
     * @return the clearance required from a natural-gas relief vent (BTM-33): a 3 ft spherical radius for risers of
     *         outside diameter up to 2.375 in (inclusive), 15 ft for larger risers
     */
    public static Length requiredVentClearance(Length riserOutsideDiameter) {
        return riserOutsideDiameter.isAtMost(SMALL_RISER_MAX_DIAMETER) ? SMALL_RISER_CLEARANCE
                : LARGE_RISER_CLEARANCE;
    }

    /**
     * The longest secondary run the document allows for a conductor (BTM-31): #12 AWG copper 55 ft
     * (recommended), #10 AWG copper 90 ft; empty for any other size or material (review).
     *
     * @param size the size
     * @param material the conductor material
     * @return the longest secondary run the document allows for a conductor (BTM-31): #12 AWG copper 55 ft
     *         (recommended), #10 AWG copper 90 ft; empty for any other size or material (review)
     */
    public static Optional<Length> maximumSecondaryRun(WireSize size, Conductor material) {
        Objects.requireNonNull(size, "size");
        if (Objects.requireNonNull(material, "material") != Conductor.COPPER) {
            return Optional.empty();
        }
        if (size.equals(WireSize.AWG_12)) {
            return Optional.of(AWG_12_MAX_RUN);
        }
        return size.equals(WireSize.AWG_10) ? Optional.of(AWG_10_MAX_RUN) : Optional.empty();
    }

    /**
     * Checks the secondary wiring (BTM-31): PASS within the conductor's maximum run, FAIL beyond
     * it, REVIEW for a size or material the document does not list.
     *
     * @param size the size
     * @param material the conductor material
     * @param length the length
     * @return the decision
     */
    public static Decision checkSecondaryWiring(WireSize size, Conductor material, Length length) {
        Objects.requireNonNull(length, "length");
        Optional<Length> max = maximumSecondaryRun(size, material);
        String wire = size + " " + material.name().toLowerCase(java.util.Locale.ROOT);
        if (max.isEmpty()) {
            return Decision.of(Outcome.REVIEW, () -> "secondary wiring " + wire + " is not a listed conductor "
                    + "(#12 AWG Cu up to 55 ft, #10 AWG Cu up to 90 ft)");
        }
        boolean ok = length.isAtMost(max.get());
        return Decision.of(ok ? Outcome.PASS : Outcome.FAIL, () -> "secondary wiring " + wire + " run "
                + feet(length) + (ok ? " <= " : " > ") + feet(max.get()));
    }

    /**
     * Checks secondary wiring of which any part may be unknown (BTM-31), three-valued: a known
     * size or material that the document does not list decides REVIEW whatever the rest is; a
     * listed conductor (#12 or #10 AWG copper) with a known length decides PASS or FAIL; otherwise
     * the decision names the unknown parts. No FAIL or PASS is possible while the conductor is
     * unknown, since an unlisted conductor goes to review at any length.
     *
     * @param wiring the secondary wiring as described, not null
     * @return the decision, INSUFFICIENT_DATA naming the unknown parts when they decide it
     */
    public static Decision checkSecondaryWiring(Wiring wiring) {
        Objects.requireNonNull(wiring, "wiring");
        Optional<WireSize> size = wiring.size();
        Optional<Conductor> material = wiring.material();
        boolean unlistedSize = size.map(s -> !s.equals(WireSize.AWG_12) && !s.equals(WireSize.AWG_10)).orElse(false);
        boolean unlistedMaterial = material.map(m -> m != Conductor.COPPER).orElse(false);
        if (unlistedSize || unlistedMaterial) {
            String known = size.map(String::valueOf).orElse("") + (size.isPresent() && material.isPresent() ? " " : "")
                    + material.map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
            return Decision.of(Outcome.REVIEW, () -> "secondary wiring " + known + " is not a listed conductor "
                    + "(#12 AWG Cu up to 55 ft, #10 AWG Cu up to 90 ft)");
        }
        if (size.isPresent() && material.isPresent() && wiring.length().isPresent()) {
            return checkSecondaryWiring(size.get(), material.get(), wiring.length().get());
        }
        List<String> unknown = new ArrayList<>(3);
        if (size.isEmpty()) {
            unknown.add("secondary wiring size");
        }
        if (material.isEmpty()) {
            unknown.add("secondary wiring material");
        }
        if (wiring.length().isEmpty()) {
            unknown.add("secondary wiring length");
        }
        return Decision.insufficient(unknown.toArray(new String[0]));
    }

    /**
     * The pictures still missing from the Construction Complete upload (BTM-36), in the document's
     * order; the additional-cabinet picture is required only when the installation has an
     * additional pre-approved cabinet.
     *
     * @param installation the BTM production metering installation
     * @return the pictures still missing from the Construction Complete upload (BTM-36), in the document's order; the
     *         additional-cabinet picture is required only when the installation has an additional pre-approved cabinet
     */
    public static List<InstallationPicture> missingPictures(MeteringInstallation installation) {
        boolean additional = installation.additionalCabinet().orElse(false);
        List<InstallationPicture> missing = new ArrayList<>();
        for (InstallationPicture p : InstallationPicture.values()) {
            if ((p != InstallationPicture.ADDITIONAL_CABINET || additional) && !installation.pictures().contains(p)) {
                missing.add(p);
            }
        }
        return List.copyOf(missing);
    }

    /**
     * Whether a mounting is acceptable (BTM-26): a sturdy exterior wall, or an H-frame of 3 in
     * galvanized RMC steel posts set in concrete with P1100T unistrut horizontals (ASM Figure
     * 700-11); wood is never acceptable. False as soon as a known fact breaks that; empty when
     * none does and a needed fact is unknown.
     *
     * @param mounting how the metering cabinet is mounted
     * @return whether a mounting is acceptable (BTM-26): a sturdy exterior wall, or an H-frame of 3 in galvanized RMC
     *         steel posts set in concrete with P1100T unistrut horizontals (ASM Figure 700-11); wood is never acceptable
     */
    public static Optional<Boolean> isMountingAcceptable(Mounting mounting) {
        if (mounting.postMaterial().orElse(null) == FrameMaterial.WOOD
                || mounting.horizontalMaterial().orElse(null) == FrameMaterial.WOOD) {
            return Optional.of(false);
        }
        if (mounting.type().isEmpty()) {
            return Optional.empty();
        }
        if (mounting.type().get() != MountingType.H_FRAME) {
            return Optional.of(mounting.type().get() == MountingType.EXTERIOR_WALL);
        }
        // three-valued: a known attribute that breaks the requirement decides false
        if (mounting.postMaterial().map(m -> m != FrameMaterial.GALVANIZED_RMC_STEEL).orElse(false)
                || mounting.postSize().map(size -> !size.isAtLeast(POST_SIZE)).orElse(false)
                || !mounting.postsSetInConcrete().orElse(true)
                || mounting.horizontalMaterial().map(m -> m != FrameMaterial.P1100T_UNISTRUT).orElse(false)) {
            return Optional.of(false);
        }
        if (mounting.postMaterial().isEmpty() || mounting.postSize().isEmpty()
                || mounting.postsSetInConcrete().isEmpty() || mounting.horizontalMaterial().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(true);
    }

    /**
     * Whether a conduit is acceptable (BTM-27): 1.5 in rigid, entering and leaving only through
     * side or bottom panels; flexible 1.5 in only for enclosures mounted back to back on an
     * approved H-frame, entering through the bottom. False as soon as a known fact breaks that
     * (whatever else is unknown); empty when no known fact breaks it and a needed one is unknown.
     *
     * @param conduit the conduit between the metering cabinet and the CT enclosure
     * @return whether a conduit is acceptable (BTM-27): 1.5 in rigid, entering and leaving only through side or
     *         bottom panels; flexible 1.5 in only for enclosures mounted back to back on an approved H-frame, entering
     *         through the bottom
     */
    public static Optional<Boolean> isConduitAcceptable(Conduit conduit) {
        // three-valued: any known fact that breaks the requirement decides false, whatever is unknown
        Set<EnclosurePanel> panels = conduit.entryPanels();
        boolean unknown = panels.isEmpty();
        if (!ALLOWED_PANELS.containsAll(panels)) {
            return Optional.of(false);
        }
        if (conduit.tradeSize().isEmpty()) {
            unknown = true;
        } else if (!conduit.tradeSize().get().equals(CONDUIT_SIZE)) {
            return Optional.of(false);
        }
        if (conduit.type().isEmpty()) {
            unknown = true;
        } else if (conduit.type().get() != ConduitType.RIGID) {
            if (conduit.backToBackOnHFrame().isEmpty()) {
                unknown = true;
            } else if (!conduit.backToBackOnHFrame().get()) {
                return Optional.of(false);
            }
            if (!panels.isEmpty() && !panels.equals(Set.of(EnclosurePanel.BOTTOM))) {
                return Optional.of(false);
            }
        }
        return unknown ? Optional.empty() : Optional.of(true);
    }

    /**
     * The pictures a Construction Complete upload still lacks (BTM-36); its text lists them.
     *
     * @param required how many pictures are required
     * @param missing the missing pictures in the document's order
     */
    public record PictureChecklist(int required, List<InstallationPicture> missing) {

        /**
         * Validates and copies.
         *
         * @param required how many pictures are required
         * @param missing the missing pictures in the document's order
         */
        public PictureChecklist {
            missing = List.copyOf(missing);
        }

        /**
         * The checklist of an installation.
         *
         * @param installation the BTM production metering installation
         * @return the checklist of an installation
         */
        public static PictureChecklist of(MeteringInstallation installation) {
            int required = InstallationPicture.values().length
                    - (installation.additionalCabinet().orElse(false) ? 0 : 1);
            return new PictureChecklist(required, missingPictures(installation));
        }

        /** {@return whether every required picture is there} */
        public boolean isComplete() {
            return missing.isEmpty();
        }

        /** {@code 2 of 6 missing: inside of the BTM cabinet after wiring; PT nameplates, ...}. */
        @Override
        public String toString() {
            if (missing.isEmpty()) {
                return "all " + required + " pictures uploaded";
            }
            return missing.size() + " of " + required + " missing: " + missing.stream()
                    .map(InstallationPicture::description).collect(Collectors.joining("; "));
        }
    }

    // ------------------------------------------------------------------------------------- helpers

    private static String feet(Length length) {
        return length.toFeet().stripTrailingZeros().toPlainString() + " ft";
    }

    private static Optional<Boolean> isGroundedWye(MeteringInstallation m) {
        return m.serviceConfiguration().map(c -> c == ServiceConfiguration.FOUR_WIRE_WYE)
                .or(() -> m.serviceVoltage().map(v -> v.wiring() == NominalVoltage.Wiring.WYE));
    }

    private static Optional<Boolean> parallelNeutralSized(Neutral n) {
        Optional<Boolean> sized = n.size().map(s -> s.isAtLeast(PARALLEL_NEUTRAL_MIN));
        if (n.parallelRuns().isEmpty()) {
            return sized.filter(b -> b); // a large enough neutral complies either way
        }
        return n.parallelRuns().get() ? sized : Optional.of(true);
    }

    private static Optional<Boolean> groundingConductorSized(Wiring w) {
        if (w.material().map(m -> m != Conductor.COPPER).orElse(false)
                || w.size().map(s -> !s.isAtLeast(GROUNDING_CONDUCTOR_MIN)).orElse(false)) {
            return Optional.of(false);
        }
        return w.size().isEmpty() || w.material().isEmpty() ? Optional.empty() : Optional.of(true);
    }

    private static Optional<Length> widthBeyondEnclosure(MeteringInstallation m) {
        Optional<Length> width = m.workingSpace().flatMap(WorkingSpace::width);
        if (width.isEmpty() || m.enclosureWidth().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(width.get().minus(m.enclosureWidth().get()));
    }

    private static Optional<Length> clearanceBeyondRequired(MeteringInstallation m) {
        return m.gasRiser().flatMap(r -> r.outsideDiameter().isEmpty() || r.ventClearance().isEmpty()
                ? Optional.empty()
                : Optional.of(r.ventClearance().get().minus(requiredVentClearance(r.outsideDiameter().get()))));
    }
}
