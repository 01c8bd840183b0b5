package org.derkit.rules.book;

import static org.derkit.model.DerQuantities.kilowatts;
import static org.derkit.model.DerQuantities.megawatts;

import java.util.List;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Voltage;
import org.derkit.model.application.Applicant;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.Siting;
import org.derkit.rules.Comparison;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * The application rules of the DER Interconnection Policy, sections 1 to 3 (POL-01 to POL-13):
 * voltage class and siting, the governing rules, net metering and QF eligibility, the application
 * level and fee, the contents of an application, site control, the lifecycle, energy storage and
 * the queue.
 *
 * <p>The level and the fee use the Part 466 aggregate nameplate (P466-01) and the Illinois
 * column of the Level 2 table; an ESS-only facility is sized by its inverters' AC nameplate
 * (POL-11).
 */
public final class ApplicationRules {

    /** Net-metering size limit as the policy states it (inclusive): 5,000 kW. */
    public static final ActivePower NET_METERING_LIMIT = kilowatts(5000);
    /** Peak yearly demand below which credits carry forward (exclusive): 150 kW. */
    public static final ActivePower CARRY_FORWARD_DEMAND = kilowatts(150);
    /** QF size limit as the policy states it (inclusive): 20 MW. */
    public static final ActivePower QF_LIMIT = megawatts(20);

    private static final String POLICY_SECTION_1 = "1. Definitions";

    // -------------------------------------------------------------------------------------- inputs

    static final Input<ScreeningContext, NominalVoltage> POI_VOLTAGE = Input.of(
            "POI voltage", a -> a.facility().pointOfInterconnectionVoltage());
    static final Input<ScreeningContext, Siting> SITING = Input.of(
            "siting", a -> a.facility().siting());
    static final Input<ScreeningContext, ActivePower> NAMEPLATE = Input.of(
            "aggregate AC nameplate", Dimension.ACTIVE_POWER, ScreeningContext::totalNameplate);
    static final Input<ScreeningContext, Boolean> RENEWABLE = Input.of(
            "renewably fueled", a -> a.facility().isRenewable());
    static final Input<ScreeningContext, ActivePower> PEAK_DEMAND = Input.of(
            "customer peak yearly demand", Dimension.ACTIVE_POWER, a -> a.facility().customerPeakDemand());
    /** The level the screening worked out, with its inputs (POL-06, POL-07); unknown when the level is. */
    static final Input<ScreeningContext, ScreenedLevel> LEVEL_INPUTS = Input.of(
            "level inputs (nameplate, export capacity, POI voltage, system type)",
            a -> a.level().flatMap(level -> a.levelInputs().map(in -> new ScreenedLevel(in, level))));
    static final Input<ScreeningContext, ApplicationContents> CONTENTS = Input.of(
            "application", a -> Optional.of(ApplicationContents.of(a)));
    static final Input<ScreeningContext, Boolean> SITE_CONTROL_PROOF = Input.of(
            "proof of legal site control", a -> a.applicant().flatMap(Applicant::hasSiteControlProof));
    static final Input<ScreeningContext, Boolean> ESS_FORM = Input.of(
            "ESS Supplemental Form attached", a -> Optional.of(a.has(ApplicationDocument.ESS_SUPPLEMENTAL_FORM)));
    static final Input<ScreeningContext, EssConfiguration> ESS_USE = Input.of(
            "storage charging and export", a -> EssConfiguration.of(a.facility().storage()));

    // --------------------------------------------------------------------------------------- rules

    /**
     * POL-01 (1. Definitions): Voltage classes: distribution system = nominal line-to-line 4 kV to 15 kV;
     * sub-transmission = 34.5 kV or 69 kV; service voltage = at or below 1000 V. Siting: behind-the-meter (BTM)
     * DER shares a revenue meter with load; remotely located generation (RLG) serves load elsewhere (e.g.
     * community solar).
     */
    public static final Rule<ScreeningContext> POL_01 = Rule.id("POL-01")
            .cites(Source.INTERCONNECTION_POLICY_2023, POLICY_SECTION_1)
            .kind(Kind.COMPUTATION).topic(Topic.APPLICATION)
            .appliesTo(ScreeningContext.class)
            .from(POI_VOLTAGE).and(SITING)
            .computes("voltage class and siting", Placement::of, Placement::valueText)
            .note("distribution 4-15 kV, sub-transmission 34.5 or 69 kV, service at or below 1000 V")
            .build();

    /**
     * POL-02 (2.2 DER Customer Responsibilities): Governing rules: 83 Ill. Adm. Code Part 466/467, the
     * Interconnection Agreement, IEEE 1547, IEEE P2800, NEC, NESC, ASM (section 1500 for DER below 1000 V).
     * Non-compliant DER may be disconnected.
     */
    public static final Rule<ScreeningContext> POL_02 = Rule.id("POL-02")
            .cites(Source.INTERCONNECTION_POLICY_2023, "2.2 DER Customer Responsibilities")
            .kind(Kind.INFORMATIONAL).topic(Topic.APPLICATION)
            .appliesTo(ScreeningContext.class)
            .states("Interconnection is governed by 83 Ill. Adm. Code Part 466/467, the Interconnection "
                    + "Agreement, IEEE 1547, IEEE P2800, the NEC, the NESC and the Ameren Service Manual "
                    + "(section 1500 for DER below 1000 V); non-compliant DER may be disconnected")
            .build();

    /**
     * POL-03 (3.1 Incentives): Net metering: renewably fueled generator of 5,000 kW capacity or less located at
     * the customer's point of electric service.
     */
    public static final Rule<ScreeningContext> POL_03 = Rule.id("POL-03")
            .cites(Source.INTERCONNECTION_POLICY_2023, "3.1 Incentives")
            .quoting("renewably fueled generator of 5,000 kW capacity or less")
            .kind(Kind.RULE).topic(Topic.APPLICATION)
            .appliesTo(ScreeningContext.class)
            .measure(RENEWABLE).is(true)
            .and(NAMEPLATE).atMost(NET_METERING_LIMIT)
            .and(SITING).is(Siting.BEHIND_THE_METER)
            .passes("eligible for net metering")
            .note("5,000 kW is the policy's figure (older Illinois law said 2,000 kW)")
            .build();

    /**
     * POL-04 (3.1 Incentives): Customers with peak yearly demand below 150 kW may carry excess net-metering
     * generation credits into future billing periods.
     */
    public static final Rule<ScreeningContext> POL_04 = Rule.id("POL-04")
            .cites(Source.INTERCONNECTION_POLICY_2023, "3.1 Incentives")
            .quoting("peak yearly demand of less than 150 kW")
            .kind(Kind.RULE).topic(Topic.APPLICATION)
            .appliesTo(ScreeningContext.class)
            .measure(PEAK_DEMAND).lessThan(CARRY_FORWARD_DEMAND)
            .passes("may carry excess net-metering credits into future billing periods")
            .build();

    /**
     * POL-05 (3.1 Incentives): Qualifying Facilities (QF) are limited to 20 MW as stated in this document (the
     * federal size limit for small power production QFs is 80 MW: say so in the explanation).
     */
    public static final Rule<ScreeningContext> POL_05 = Rule.id("POL-05")
            .cites(Source.INTERCONNECTION_POLICY_2023, "3.1 Incentives")
            .quoting("limited to 20 MW")
            .kind(Kind.RULE).topic(Topic.APPLICATION)
            .appliesTo(ScreeningContext.class)
            .when(Input.of("Qualifying Facility", a -> a.facility().qualifyingFacility()), "is true", q -> q)
            .measure(NAMEPLATE).atMost(QF_LIMIT)
            .passes("within the QF size limit")
            .note("20 MW as stated in this document; the federal size limit for small power "
                    + "production QFs is 80 MW")
            .build();

    /**
     * POL-06 (3.2 Table 1): Application level from nameplate and export capacity and the EPS: Level 1: export
     * &lt;= 25 kW and nameplate &lt;= 50 kW; Level 2: on a distribution or sub-transmission line of 69 kV or less,
     * nameplate up to 5 MW depending on interconnection voltage (the Level 2 table of regulations.md section 1);
     * Level 3: on a networked system, non-exporting, nameplate &lt;= 50 kW, OR on radial distribution with
     * nameplate under ...
     */
    public static final Rule<ScreeningContext> POL_06 = Rule.id("POL-06")
            .cites(Source.INTERCONNECTION_POLICY_2023, "3.2 Table 1")
            .kind(Kind.COMPUTATION).topic(Topic.APPLICATION)
            .appliesTo(ScreeningContext.class)
            .from(LEVEL_INPUTS)
            .computes("application level", ApplicationRules::levelDecision, d -> d.level().name())
            .note("lowest qualifying level; Level 2 limits from the Illinois column of the Part 466 "
                    + "Level 2 table (secondary); Level 3 non-exporting on both branches (P466-08)")
            .limit("export capacity (Level 1)", Dimension.ACTIVE_POWER, Comparison.AT_MOST,
                    ActivePower.ofKilowatts(25))
            .limit("aggregate AC nameplate (Level 1)", Dimension.ACTIVE_POWER, Comparison.AT_MOST,
                    ActivePower.ofKilowatts(50))
            .limit("POI line-to-line voltage (Level 2)", Dimension.VOLTAGE, Comparison.AT_MOST,
                    Voltage.ofKilovolts(java.math.BigDecimal.valueOf(69)))
            .limit("aggregate AC nameplate (Level 2, POI under 5 kV)", Dimension.ACTIVE_POWER, Comparison.AT_MOST,
                    ActivePower.ofKilowatts(500))
            .limit("aggregate AC nameplate (Level 2, POI 5 kV to under 15 kV)", Dimension.ACTIVE_POWER, Comparison.AT_MOST,
                    ActivePower.ofKilowatts(3000))
            .limit("aggregate AC nameplate (Level 2, POI 15 kV to under 30 kV)", Dimension.ACTIVE_POWER, Comparison.AT_MOST,
                    ActivePower.ofKilowatts(4000))
            .limit("aggregate AC nameplate (Level 2, POI 30 kV to 69 kV)", Dimension.ACTIVE_POWER, Comparison.AT_MOST,
                    ActivePower.ofKilowatts(5000))
            .limit("aggregate AC nameplate (Level 3, networked)", Dimension.ACTIVE_POWER, Comparison.AT_MOST,
                    ActivePower.ofKilowatts(50))
            .limit("rating (Level 3, radial)", Dimension.APPARENT_POWER, Comparison.LESS_THAN,
                    ApparentPower.ofMegavoltAmperes(10))
            .limit("rating (Level 4)", Dimension.APPARENT_POWER, Comparison.AT_MOST,
                    ApparentPower.ofMegavoltAmperes(10))
            .build();

    /**
     * POL-07 (3.2 Table 1): Application fee: pre-application $300; Level 1 $50; Level 2 $100 + $1 per kVA
     * nameplate; Level 3 $500 + $2 per kVA; Level 4 $1,000 + $2 per kVA (part refundable); Part 467 $5,000 +
     * $10,000 study fee subject to true-up.
     */
    public static final Rule<ScreeningContext> POL_07 = Rule.id("POL-07")
            .cites(Source.INTERCONNECTION_POLICY_2023, "3.2 Table 1")
            .kind(Kind.COMPUTATION).topic(Topic.APPLICATION)
            .appliesTo(ScreeningContext.class)
            .from(LEVEL_INPUTS)
            .computes("application fee", ApplicationRules::screenedFee, ApplicationFee::valueText)
            .note("pre-application $300.00; a Level 2 supplemental review after a failed expedited "
                    + "review $1,500.00; kVA nameplate, or kW at unity power factor when unknown")
            .build();

    /**
     * POL-08 (3.3 Process Overview): Every application states fuel source, nameplate capacity, export capacity and
     * equipment; Level 2 and above also include a site plan and a one-line electrical diagram.
     */
    public static final Rule<ScreeningContext> POL_08 = Rule.id("POL-08")
            .cites(Source.INTERCONNECTION_POLICY_2023, "3.3 Process Overview")
            .kind(Kind.RULE).topic(Topic.APPLICATION)
            .appliesTo(ScreeningContext.class)
            .measure(CONTENTS).satisfies("complete", ApplicationContents::isComplete)
            .passes("fuel source, nameplate, export capacity and equipment; site plan and one-line "
                    + "diagram at Level 2 and above")
            .build();

    /**
     * POL-09 (3.3 Process Overview): An applicant who is not already the Ameren customer at the site proves legal
     * site control: name on a property tax bill, deed, lease agreement, option agreement, another legally binding
     * contract, or a signed letter from the owner.
     */
    public static final Rule<ScreeningContext> POL_09 = Rule.id("POL-09")
            .cites(Source.INTERCONNECTION_POLICY_2023, "3.3 Process Overview")
            .quoting("proof of the applicant's legal right to control the site")
            .kind(Kind.RULE).topic(Topic.APPLICATION)
            .appliesTo(ScreeningContext.class)
            .when(Input.of("applicant is the Ameren customer at the site",
                    a -> a.applicant().flatMap(Applicant::existingCustomer)), "is false", c -> !c)
            .measure(SITE_CONTROL_PROOF).is(true)
            .passes("proof of legal site control (tax bill, deed, lease, option, binding contract or "
                    + "owner's letter)")
            .build();

    /**
     * POL-10 (3.3 Process Overview): Lifecycle: application -&gt; interconnection study -&gt; cost estimate of
     * system modifications -&gt; Interconnection Agreement -&gt; charges paid and IA signed by both -&gt;
     * construction by both parties -&gt; witness test -&gt; permission to operate.
     */
    public static final Rule<ScreeningContext> POL_10 = Rule.id("POL-10")
            .cites(Source.INTERCONNECTION_POLICY_2023, "3.3 Process Overview")
            .kind(Kind.PROCESS).topic(Topic.APPLICATION)
            .appliesTo(ScreeningContext.class)
            .states("Lifecycle, one step at a time: application, interconnection study, cost estimate "
                    + "of system modifications, Interconnection Agreement, charges paid and IA signed by "
                    + "both, construction by both parties, witness test, permission to operate "
                    + "(ApplicationLifecycle refuses any other transition)")
            .build();

    /**
     * POL-11 (3.4 Energy Storage Systems): ESS applications follow the same process plus an ESS Supplemental Form;
     * an ESS-only application's level and fee use the AC nameplate of the inverter.
     */
    public static final Rule<ScreeningContext> POL_11 = Rule.id("POL-11")
            .cites(Source.INTERCONNECTION_POLICY_2023, "3.4 Energy Storage Systems")
            .quoting("An \"ESS Supplemental Form\" must be completed")
            .kind(Kind.RULE).topic(Topic.STORAGE)
            .appliesTo(ScreeningContext.class)
            .when("the facility has energy storage", a -> a.facility().hasStorage())
            .measure(ESS_FORM).is(true)
            .passes("ESS Supplemental Form")
            .note("an ESS-only application's level and fee use the AC nameplate of its inverters")
            .build();

    /**
     * POL-12 (3.4 Table 2): ESS configuration type from where it charges (appropriate source only / source and
     * grid / grid only) and whether ESS export is allowed: 1-NEx, 1-Ex, 2-NEx, 2-Ex, 3-NEx, 3-Ex, each with its
     * export compensation, applicable tariff (Rider NM or QF / standard rates / MISO) and the hardware and
     * controls required (PCS No Exchange / Export Only / Import Only mode, DC-coupled 2-quadrant inverter,
     * separate energy-source ...
     */
    public static final Rule<ScreeningContext> POL_12 = Rule.id("POL-12")
            .cites(Source.INTERCONNECTION_POLICY_2023, "3.4 Table 2")
            .kind(Kind.COMPUTATION).topic(Topic.STORAGE)
            .appliesTo(ScreeningContext.class)
            .when("the facility has energy storage", a -> a.facility().hasStorage())
            .from(ESS_USE)
            .computes("ESS configuration type", c -> c, EssConfiguration::code)
            .build();

    /**
     * POL-13 (3.5 Queue Process): Studies run in order of submission time per serving circuit; later applications
     * on the same circuit wait until the earlier one is decided and are studied with its impact.
     */
    public static final Rule<ScreeningContext> POL_13 = Rule.id("POL-13")
            .cites(Source.INTERCONNECTION_POLICY_2023, "3.5 Queue Process")
            .kind(Kind.PROCESS).topic(Topic.APPLICATION)
            .appliesTo(ScreeningContext.class)
            .states("Studies run in order of submission time per serving circuit; a later application "
                    + "on the same circuit waits until the earlier one is decided and is studied with "
                    + "its impact; larger distribution projects are screened for aggregate "
                    + "sub-transmission impact (InterconnectionQueue)")
            .build();

    private static final RuleSet<ScreeningContext> RULES = RuleSet.of("application", List.of(
            POL_01, POL_02, POL_03, POL_04, POL_05, POL_06, POL_07, POL_08, POL_09, POL_10, POL_11, POL_12,
            POL_13));

    /** {@return the rules POL-01 to POL-13} */
    public static RuleSet<ScreeningContext> rules() {
        return RULES;
    }

    private ApplicationRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * The level of one screening ({@link ScreeningContext#level()}) with the inputs that decided it;
     * shown in explanations as the inputs.
     *
     * @param inputs the level inputs of the screening
     * @param level the level the screening worked out from them
     */
    record ScreenedLevel(LevelInputs inputs, ApplicationLevel level) {

        /** The inputs, as {@link LevelInputs#toString()} writes them. */
        @Override
        public String toString() {
            return inputs.toString();
        }
    }

    /**
     * The application fee for level inputs that decide the level (POL-07).
     *
     * @param inputs what decides the result
     * @return the application fee for level inputs that decide the level (POL-07)
     * @throws IllegalArgumentException naming the inputs if an unknown input decides the level
     */
    public static ApplicationFee fee(LevelInputs inputs) {
        return ApplicationFee.of(ApplicationLevels.determine(inputs).level(), inputs.rating());
    }

    /**
     * The level of a facility, or empty when an unknown input decides it.
     *
     * @param facility the facility
     * @return the level of a facility, or empty when an unknown input decides it
     */
    public static Optional<LevelDecision> level(Facility facility) {
        return LevelInputs.from(facility).flatMap(i -> ApplicationLevels.tryDetermine(i, Level2Table.ILLINOIS,
                ApplicationLevels.Level3Reading.PART_466));
    }

    // ------------------------------------------------------------------------------------- helpers

    /** POL-06: the screening's level with the reason of its check, not worked out again. */
    private static LevelDecision levelDecision(ScreenedLevel screened) {
        return ApplicationLevels.decisionFor(screened.level(), screened.inputs());
    }

    /** POL-07: the fee of the screening's level, on the kVA rating (kW at unity power factor when unknown). */
    private static ApplicationFee screenedFee(ScreenedLevel screened) {
        return ApplicationFee.of(screened.level(), screened.inputs().rating());
    }
}
