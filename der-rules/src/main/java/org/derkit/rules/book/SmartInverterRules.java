package org.derkit.rules.book;

import static org.derkit.rules.book.InverterReview.certified2018;
import static org.derkit.rules.book.InverterReview.hasSelected;
import static org.derkit.rules.book.InverterReview.inverters;
import static org.derkit.rules.book.InverterReview.review;
import static org.derkit.rules.book.InverterReview.unknown;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.derkit.model.Percentage;
import org.derkit.model.application.RebateApplication;
import org.derkit.model.application.RebateType;
import org.derkit.model.application.SupplyMethod;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.CommunicationDeviceOwner;
import org.derkit.model.facility.CommunicationProtocol;
import org.derkit.model.facility.FrequencyTripSetting;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.InverterSettings;
import org.derkit.model.facility.OperatingMode;
import org.derkit.model.facility.ReconnectRamp;
import org.derkit.model.facility.UtilityControl;
import org.derkit.model.facility.VoltVarCurve;
import org.derkit.model.facility.VoltageTripSetting;
import org.derkit.model.retail.DeliveryServiceRate;
import org.derkit.rules.Comparison;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;
import org.derkit.rules.book.InverterReview.Selection;

/**
 * The Ameren Illinois Smart Inverter Specification (2023), INV-01 to INV-16: rebate application
 * completeness and supply method, certifications and the 2023-03-31 cutoff, utility control,
 * protocols, operating modes, trip times, voltage and frequency ride-through, volt-var, ramp rates.
 *
 * <p>The settings an inverter is checked against depend on its certification
 * ({@link SettingsBasis}): inverters certified before IEEE 1547-2018 against the section 4.1
 * tables (INV-08 to INV-12), inverters certified to IEEE 1547-2018 against the Category B / III
 * defaults (INV-13), whose finding names the differences between the two. The tables themselves are
 * public data: {@link RideThroughTable}, {@link VoltVarDefaults}.
 */
public final class SmartInverterRules {

    /** INV-05: new interconnections on or after this date need IEEE 1547-2018 for the rebate. */
    public static final LocalDate IEEE_1547_2018_CUTOFF = LocalDate.of(2023, 3, 31);

    /** INV-09: trip within 2 s on islanding and open phase. */
    public static final Duration ISLANDING_TRIP_LIMIT = Duration.ofSeconds(2);

    /** INV-14: range of adjustment of the normal ramp-up rate, percent of maximum current per second. */
    public static final Percentage MIN_NORMAL_RAMP_RATE = Percentage.ofPercent(1);

    /** INV-14: upper end of the range, also the default. */
    public static final Percentage MAX_NORMAL_RAMP_RATE = Percentage.ofPercent(100);

    /** INV-15: wait before current injection on connect or reconnect. */
    public static final Duration RECONNECT_WAIT = Duration.ofSeconds(300);

    /** INV-07: the protocols of Table 2. */
    public static final Set<CommunicationProtocol> TABLE_2_PROTOCOLS = Set.copyOf(EnumSet.of(
            CommunicationProtocol.IEEE_1815_DNP3_TCP, CommunicationProtocol.SUNSPEC_MODBUS_TCP,
            CommunicationProtocol.SUNSPEC_MODBUS_RS485, CommunicationProtocol.IEEE_2030_5_TCP));

    private static final Source DOC = Source.SMART_INVERTER_2023;
    private static final Set<CommunicationDeviceOwner> ACCEPTED_OWNERS = Set.of(CommunicationDeviceOwner.COMPANY,
            CommunicationDeviceOwner.APPROVED_THIRD_PARTY);
    private static final Set<OperatingMode> TABLE_3_REQUIRED = Set.copyOf(EnumSet.of(OperatingMode.ANTI_ISLANDING,
            OperatingMode.CONSTANT_POWER_FACTOR, OperatingMode.VOLT_VAR, OperatingMode.RAMP_RATES,
            OperatingMode.VOLTAGE_RIDE_THROUGH, OperatingMode.FREQUENCY_RIDE_THROUGH));
    private static final Set<OperatingMode> TABLE_3_ACTIVATED = Set.copyOf(EnumSet.of(OperatingMode.ANTI_ISLANDING,
            OperatingMode.VOLT_VAR, OperatingMode.RAMP_RATES, OperatingMode.VOLTAGE_RIDE_THROUGH,
            OperatingMode.FREQUENCY_RIDE_THROUGH));
    private static final Set<OperatingMode> TABLE_3_DEACTIVATED = Set.copyOf(EnumSet.of(
            OperatingMode.CONSTANT_POWER_FACTOR, OperatingMode.VOLT_WATT, OperatingMode.CONSTANT_REACTIVE_POWER,
            OperatingMode.FREQUENCY_WATT));
    private static final Set<OperatingMode> SMART_FUNCTIONS = Set.copyOf(EnumSet.of(OperatingMode.VOLT_VAR,
            OperatingMode.VOLTAGE_RIDE_THROUGH, OperatingMode.FREQUENCY_RIDE_THROUGH, OperatingMode.RAMP_RATES));

    private static final Predicate<ScreeningContext> HAS_INVERTERS = InverterReview::hasInverters;

    private static final String DIFFERENCES = "IEEE 1547-2018 vs 4.1 tables: " + SettingsBasis
            .SECTION_4_2_IEEE_1547_2018.differencesFromOther().stream().map(Object::toString)
            .reduce((a, b) -> a + "; " + b).orElse("none") + "; continuous frequency "
            + RideThroughTable.IEEE_1547_2018_FREQUENCY.continuousRegion().rangeText() + " vs "
            + RideThroughTable.SEED_FREQUENCY.continuousRegion().rangeText();

    private static final List<OperatingMode> REQUIRED_IN_ORDER = sorted(TABLE_3_REQUIRED);
    private static final List<OperatingMode> ACTIVATED_IN_ORDER = sorted(TABLE_3_ACTIVATED);
    private static final List<OperatingMode> DEACTIVATED_IN_ORDER = sorted(TABLE_3_DEACTIVATED);

    // -------------------------------------------------------------------------------------- inputs

    /** The rebate the application asks for (generation, storage or both); unknown when not stated. */
    private static final Input<ScreeningContext, RebateType> REBATE_REQUESTED = Input.of(
            "rebate requested", a -> a.rebate().flatMap(RebateApplication::rebateRequested));

    // --------------------------------------------------------------------------------------- rules

    /**
     * INV-01 (Rebate Application): Rebate application fields: name, account number, service and mailing address,
     * phones, email, inverter manufacturer/model/AC kW, energy source, DC nameplate (kW, kVA, AC volts), ESS power
     * and energy capacity, rebate requested (generation unit/inverter, ESS, both).
     */
    public static final Rule<ScreeningContext> INV_01 = Rule.id("INV-01")
            .cites(DOC, "Rebate Application").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("a SMART inverter rebate is applied for", a -> a.rebate().isPresent())
            .measure("rebate application",
                    a -> Optional.of(RebateCompleteness.of(a.rebate().orElseThrow(), a.facility())))
            .satisfies("complete", RebateCompleteness::isComplete)
            .passes("rebate application with every field and attachment")
            .build();

    /**
     * INV-02 (Rebate Application): ESS rebate supply method by rate: DS-1 and DS-2 choose Real Time Pricing,
     * PowerSmart Pricing or Peak Time Rewards; DS-3, DS-4, DS-5 and DS-6 choose Hourly Supply Service or Peak Time
     * Rewards.
     */
    public static final Rule<ScreeningContext> INV_02 = Rule.id("INV-02")
            .cites(DOC, "Rebate Application").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("a rebate is applied for", a -> a.rebate().isPresent())
            .when(REBATE_REQUESTED, "is for energy storage (ESS)", t -> t != RebateType.GENERATION)
            .measure("ESS supply method for the rate", a -> a.rebate().flatMap(SupplyChoice::of))
            .satisfies("offered on that rate", SupplyChoice::isOffered)
            .passes("supply method offered on the customer's rate")
            .build();

    /**
     * INV-03 (2.2 Inverters): A SMART inverter meets IEEE 1547-2018 (UL 1741 SA acceptable until 1547-2018 devices
     * are available) and supports real/reactive power support, voltage and frequency ride-through, ramp rate
     * controls, and communications accepting external commands.
     */
    public static final Rule<ScreeningContext> INV_03 = Rule.id("INV-03")
            .cites(DOC, "2.2 Inverters").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("the facility has inverters", HAS_INVERTERS)
            .measure("SMART inverter capabilities", a -> review(a, Selection.ALL,
                    "IEEE 1547-2018 or UL 1741 SA with grid support and external commands", (i, unknown) -> {
                        List<String> p = new ArrayList<>();
                        if (!certified2018(i) && !i.isCertifiedTo(Certification.UL_1741_SA)) {
                            p.add("neither IEEE 1547-2018 nor UL 1741 SA");
                        }
                        if (i.supportedModes().isEmpty()) {
                            unknown.add("supported operating modes"); // not described: unknown, not absent
                        } else {
                            for (OperatingMode m : SMART_FUNCTIONS) {
                                if (!i.supportedModes().contains(m)) {
                                    p.add("no " + m.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                                }
                            }
                            if (!i.supportedModes().contains(OperatingMode.VOLT_WATT)
                                    && !i.supportedModes().contains(OperatingMode.FREQUENCY_WATT)) {
                                p.add("no real power support (volt/watt or frequency/watt)");
                            }
                        }
                        if (i.acceptsExternalCommands().isEmpty()) {
                            unknown.add("accepts external commands");
                        } else if (!i.acceptsExternalCommands().get()) {
                            p.add("does not accept external commands");
                        }
                        p.sort(null);
                        return p;
                    }))
            .satisfies("SMART", InverterReview::isCompliant)
            .passes("SMART inverter (IEEE 1547-2018, or UL 1741 SA until then)")
            .build();

    /**
     * INV-04 (2.3 Table 1): The inverter meets at least one standard in each row: (a) IEEE 1547-2003, IEEE 1547a
     * or IEEE 1547-2018; (b) UL 1741 SA or UL 1741 SB; (c) California Rule 21 Phase 1 functions.
     */
    public static final Rule<ScreeningContext> INV_04 = Rule.id("INV-04")
            .cites(DOC, "2.3 Table 1").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("the facility has inverters", HAS_INVERTERS)
            .measure("inverter standards", a -> review(a, Selection.ALL,
                    "a standard in every row of Table 1", (i, unknown) -> {
                        List<String> p = new ArrayList<>();
                        if (!i.isCertifiedTo(Certification.IEEE_1547_2003) && !i.isCertifiedTo(Certification.IEEE_1547A)
                                && !certified2018(i)) {
                            p.add("no IEEE 1547-2003, 1547a or 1547-2018");
                        }
                        if (!i.isCertifiedTo(Certification.UL_1741_SA) && !i.isCertifiedTo(Certification.UL_1741_SB)) {
                            p.add("no UL 1741 SA or SB");
                        }
                        if (!i.isCertifiedTo(Certification.RULE_21_PHASE_1)) {
                            p.add("no California Rule 21 Phase 1");
                        }
                        return p;
                    }))
            .satisfies("compliant with every row", InverterReview::isCompliant)
            .passes("a standard of each row of Table 1")
            .note("IEEE 1547-2018 certified inverters operate at Category B normal and Category III abnormal "
                    + "performance")
            .build();

    /**
     * INV-05 (2.3 Cutoff): For new interconnections on or after the cutoff (the earlier of 2023-03-31 or
     * commercial availability of 1547-2018 certified inverters; use 2023-03-31), inverters not certified to IEEE
     * 1547-2018 are ineligible for the SMART inverter rebate.
     */
    public static final Rule<ScreeningContext> INV_05 = Rule.id("INV-05")
            .cites(DOC, "2.3 Cutoff").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("a SMART inverter rebate is applied for", a -> a.rebate().isPresent())
            .andWhen("the facility has inverters", HAS_INVERTERS)
            .measure("rebate eligibility", a -> a.interconnectionDate().map(d -> cutoff(a, d)))
            .satisfies("eligible", InverterReview::isCompliant)
            .passes("eligible for the SMART inverter rebate")
            .note("cutoff 2023-03-31, the earlier of that date and commercial availability of IEEE 1547-2018 "
                    + "inverters")
            .build();

    /**
     * INV-06 (2.5-2.7 Control): The company can operate and control the inverter directly or through aggregators;
     * it owns the communication device or approves a secure third-party one; with multiple inverters it needs
     * access to each or to an aggregating controller; the utility interface is at a safely accessible location
     * with reliable communication.
     */
    public static final Rule<ScreeningContext> INV_06 = Rule.id("INV-06")
            .cites(DOC, "2.5-2.7 Control").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("the facility has inverters", HAS_INVERTERS)
            .measure("company can control the inverters", a -> control(a).flatMap(UtilityControl::companyCanControl))
            .is(true)
            .and("communication device owner", a -> control(a).flatMap(UtilityControl::communicationDeviceOwner))
            .isOneOf(ACCEPTED_OWNERS)
            .and("access to each inverter or an aggregator", a -> inverters(a).size() <= 1 ? Optional.of(true)
                    : control(a).flatMap(UtilityControl::accessToEachInverterOrAggregator))
            .is(true)
            .and("utility interface safely accessible", a -> control(a).flatMap(UtilityControl::interfaceSafelyAccessible))
            .is(true)
            .and("reliable communication", a -> control(a).flatMap(UtilityControl::reliableCommunication))
            .is(true)
            .passes("Ameren can operate and control the inverters")
            .build();

    /**
     * INV-07 (3. Table 2): The inverter supports at least one of: IEEE 1815 (DNP3) over TCP/IP on Ethernet;
     * SunSpec Modbus over TCP/IP on Ethernet; SunSpec Modbus on RS-485; IEEE 2030.5 (SEP 2.0) over TCP/IP on
     * Ethernet.
     */
    public static final Rule<ScreeningContext> INV_07 = Rule.id("INV-07")
            .cites(DOC, "3. Table 2").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("the facility has inverters", HAS_INVERTERS)
            .measure("inverter communications", a -> review(a, Selection.ALL,
                    "a Table 2 protocol and remote firmware updates", (i, unknown) -> {
                        List<String> p = new ArrayList<>();
                        if (i.protocols().isEmpty()) {
                            unknown.add("communication protocols"); // not described: unknown, not absent
                        } else if (i.protocols().stream().noneMatch(TABLE_2_PROTOCOLS::contains)) {
                            p.add("no Table 2 protocol (DNP3, SunSpec Modbus TCP or RS-485, IEEE 2030.5)");
                        }
                        if (i.remoteFirmwareUpdate().isEmpty()) {
                            unknown.add("remote firmware update");
                        } else if (!i.remoteFirmwareUpdate().get()) {
                            p.add("firmware not updatable remotely");
                        }
                        return p;
                    }))
            .satisfies("compliant", InverterReview::isCompliant)
            .passes("communications of Table 2 with remote firmware updates")
            .build();

    /**
     * INV-08 (4.1 Table 3): Operating modes for pre-1547-2018 inverters: required and activated by default:
     * anti-islanding, volt/var, ramp rates, voltage ride-through, frequency ride-through; required and deactivated
     * by default: adjustable constant power factor; required as available and deactivated if capable: volt/watt,
     * constant reactive power, frequency/watt.
     */
    public static final Rule<ScreeningContext> INV_08 = Rule.id("INV-08")
            .cites(DOC, "4.1 Table 3").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("an inverter is certified before IEEE 1547-2018", a -> hasSelected(a, Selection.BEFORE_IEEE_1547_2018))
            .measure("operating modes", a -> review(a, Selection.BEFORE_IEEE_1547_2018,
                    "Table 3 modes supported and activated as by default", (i, unknown) -> {
                        if (i.supportedModes().isEmpty() && i.activeModes().isEmpty()) {
                            return unknown(unknown, "operating modes"); // not described: unknown, not absent
                        }
                        List<String> p = new ArrayList<>();
                        for (OperatingMode m : REQUIRED_IN_ORDER) {
                            if (!i.supportedModes().contains(m)) {
                                p.add(words(m) + " not supported");
                            }
                        }
                        for (OperatingMode m : ACTIVATED_IN_ORDER) {
                            if (!i.activeModes().contains(m)) {
                                p.add(words(m) + " not activated");
                            }
                        }
                        for (OperatingMode m : DEACTIVATED_IN_ORDER) {
                            if (i.activeModes().contains(m)) {
                                p.add(words(m) + " activated (deactivated by default)");
                            }
                        }
                        return p;
                    }))
            .satisfies("as Table 3 requires", InverterReview::isCompliant)
            .passes("operating modes of Table 3")
            .build();

    /** INV-09 (4.1 Table 4): Response to islanding faults and open phase: trip within 2 seconds. */
    public static final Rule<ScreeningContext> INV_09 = Rule.id("INV-09")
            .cites(DOC, "4.1 Table 4").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("the facility has inverters", HAS_INVERTERS)
            .measure("longest islanding or open-phase trip time", Dimension.SECONDS,
                    SmartInverterRules::longestIslandingTrip)
            .atMost(ISLANDING_TRIP_LIMIT)
            .passes("trip within 2 s on islanding faults and open phase")
            .build();

    /**
     * INV-10 (4.1 Table 5): Voltage ride-through (percent of nominal): HV2 V &gt;= 120: cease to energize, max
     * trip 0.16 s; HV1 110 &lt; V &lt; 120: momentary cessation, ride-through 12 s, max trip 13 s; NN 88 &lt;= V
     * &lt;= 110: continuous operation; LV1 70 &lt;= V &lt; 88: mandatory operation, ride-through 20 s, max trip 21
     * s; LV2 50 &lt;= V &lt; 70: mandatory operation, ride-through 10 s, max trip 11 s; LV3 V &lt; 50: momentary
     * cessation ...
     */
    public static final Rule<ScreeningContext> INV_10 = Rule.id("INV-10")
            .cites(DOC, "4.1 Table 5").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("an inverter is certified before IEEE 1547-2018", a -> hasSelected(a, Selection.BEFORE_IEEE_1547_2018))
            .measure("voltage trip settings", a -> review(a, Selection.BEFORE_IEEE_1547_2018,
                    "voltage trips honour Table 5 ride-through and max trip times",
                    (i, unknown) -> voltageTrips(i).map(t -> TripSettingChecks.voltageTripProblems(t, RideThroughTable.SEED_VOLTAGE))
                            .orElseGet(() -> unknown(unknown, "voltage trip settings"))))
            .satisfies("within Table 5", InverterReview::isCompliant)
            .passes("voltage ride-through of Table 5")
            .build();

    /**
     * INV-11 (4.1 Table 6): Frequency ride-through: HF2 f &gt; 62: no ride-through, max trip 0.16 s, adjustable
     * 62.0-64.0 Hz; HF1 60.5 &lt; f &lt;= 62: mandatory operation until 299 s, max trip 300 s, adjustable
     * 60.1-62.0 Hz; NN 58.5 &lt;= f &lt;= 60.5: continuous; LF1 57.0 &lt;= f &lt; 58.5: mandatory operation until
     * 299 s, max trip 300 s, adjustable 57.0-59.9 Hz; LF2 f &lt; 57.0: no ride-through, max trip 0.16 s,
     * adjustable 53.0-57.0 Hz. ...
     */
    public static final Rule<ScreeningContext> INV_11 = Rule.id("INV-11")
            .cites(DOC, "4.1 Table 6").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("an inverter is certified before IEEE 1547-2018", a -> hasSelected(a, Selection.BEFORE_IEEE_1547_2018))
            .measure("frequency trip settings", a -> review(a, Selection.BEFORE_IEEE_1547_2018,
                    "frequency trips within Table 6 adjustability and times",
                    (i, unknown) -> frequencyTrips(i).map(t -> TripSettingChecks.frequencyTripProblems(t,
                            RideThroughTable.SEED_FREQUENCY)).orElseGet(() -> unknown(unknown, "frequency trip settings"))))
            .satisfies("within Table 6", InverterReview::isCompliant)
            .passes("frequency ride-through of Table 6")
            .build();

    /**
     * INV-12 (4.1 Table 7): Volt-var default curve (percent of nominal voltage, reactive power percent): V1 92.0%
     * inject Q1 30%; V2 96.7% Q2 0; V3 103.3% Q3 0; V4 107.0% absorb Q4 30%; open-loop response time 5 s to 90%.
     */
    public static final Rule<ScreeningContext> INV_12 = Rule.id("INV-12")
            .cites(DOC, "4.1 Table 7").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("an inverter is certified before IEEE 1547-2018", a -> hasSelected(a, Selection.BEFORE_IEEE_1547_2018))
            .measure("volt-var curve", a -> review(a, Selection.BEFORE_IEEE_1547_2018, "the Table 7 default curve",
                    (i, unknown) -> voltVar(i).map(c -> voltVarProblems(c, VoltVarDefaults.SEED_TABLE_7))
                            .orElseGet(() -> unknown(unknown, "volt-var curve"))))
            .satisfies("the default", InverterReview::isCompliant)
            .then(Outcome.PASS, "Table 7 default volt-var curve")
            .otherwise(Outcome.REVIEW, "volt-var curve other than the Table 7 default: by mutual agreement only")
            .build();

    /**
     * INV-13 (4.2 IEEE 1547-2018): IEEE 1547-2018 certified inverters are capable of Category B normal and
     * Category III abnormal performance; defaults match the IEEE 1547-2018 Category B defaults (regulations.md
     * section 2: volt-var, volt-watt, frequency droop, enter service, Category III trip and ride-through tables),
     * and where those are not defined the 4.1 settings apply; differences between the two tables (1.20 pu,
     * continuous frequency band) are ...
     */
    public static final Rule<ScreeningContext> INV_13 = Rule.id("INV-13")
            .cites(DOC, "4.2 IEEE 1547-2018").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("an inverter is certified to IEEE 1547-2018", a -> hasSelected(a, Selection.IEEE_1547_2018))
            .measure("IEEE 1547-2018 settings", a -> review(a, Selection.IEEE_1547_2018,
                    "Category B volt-var and Category III trip and ride-through defaults", (i, unknown) -> {
                        Optional<List<VoltageTripSetting>> v = voltageTrips(i);
                        Optional<List<FrequencyTripSetting>> f = frequencyTrips(i);
                        Optional<VoltVarCurve> q = voltVar(i);
                        if (v.isEmpty()) {
                            unknown.add("voltage trip settings");
                        }
                        if (f.isEmpty()) {
                            unknown.add("frequency trip settings");
                        }
                        if (q.isEmpty()) {
                            unknown.add("volt-var curve");
                        }
                        List<String> p = new ArrayList<>();
                        v.ifPresent(t -> p.addAll(TripSettingChecks.voltageTripProblems(t,
                                RideThroughTable.IEEE_1547_2018_CAT_III_VOLTAGE)));
                        f.ifPresent(t -> p.addAll(TripSettingChecks.frequencyTripProblems(t, RideThroughTable.IEEE_1547_2018_FREQUENCY)));
                        q.ifPresent(c -> p.addAll(voltVarProblems(c, VoltVarDefaults.IEEE_1547_2018_CATEGORY_B)));
                        return p;
                    }))
            .satisfies("the Category B / III defaults", InverterReview::isCompliant)
            .then(Outcome.PASS, "IEEE 1547-2018 Category B / Category III default settings")
            .otherwise(Outcome.REVIEW, "settings other than the IEEE 1547-2018 defaults: by mutual agreement only")
            .note(DIFFERENCES)
            .build();

    /**
     * INV-14 (4.3 Ramp Rates): Normal ramp-up rate default 100% of maximum current output per second, adjustable
     * 1% to 100%.
     */
    public static final Rule<ScreeningContext> INV_14 = Rule.id("INV-14")
            .cites(DOC, "4.3 Ramp Rates").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("the facility has inverters", HAS_INVERTERS)
            .measure("slowest normal ramp-up rate", Dimension.PERCENTAGE,
                    a -> rampRates(a).map(l -> l.get(0)))
            .atLeast(MIN_NORMAL_RAMP_RATE)
            .and("fastest normal ramp-up rate", Dimension.PERCENTAGE,
                    a -> rampRates(a).map(l -> l.get(l.size() - 1)))
            .atMost(MAX_NORMAL_RAMP_RATE)
            .passes("normal ramp-up rate within 1% to 100% of maximum current per second (default 100%)")
            .build();

    /**
     * INV-15 (4.3 Ramp Rates): Connect/reconnect: wait 300 s before current injection; a linear ramp is no faster
     * than 2% of maximum output current per second; a step ramp takes at least 50 s to reach maximum output.
     */
    public static final Rule<ScreeningContext> INV_15 = Rule.id("INV-15")
            .cites(DOC, "4.3 Ramp Rates").kind(Kind.RULE).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .when("the facility has inverters", HAS_INVERTERS)
            .measure("shortest wait before current injection", Dimension.SECONDS,
                    SmartInverterRules::shortestReconnectDelay)
            .atLeast(RECONNECT_WAIT)
            .and("reconnection ramp", SmartInverterRules::reconnectRamps)
            .satisfies("within 4.3", RampCheck::isCompliant)
            .passes("300 s wait, then a ramp no faster than 2%/s or steps over at least 50 s")
            .limit("linear ramp per second, % of maximum output current", Dimension.PERCENTAGE, Comparison.AT_MOST,
                    Percentage.ofPercent(2))
            .limit("step ramp to maximum output", Dimension.SECONDS, Comparison.AT_LEAST,
                    java.time.Duration.ofSeconds(50))
            .build();

    /**
     * INV-16 (Appendix A): Rule 21 Phase 1 functions: anti-islanding, L/HVRT, L/HFRT, dynamic volt/var, ramp
     * rates, fixed power factor, soft-start reconnect, frequency-watt (optional), volt/watt (optional).
     */
    public static final Rule<ScreeningContext> INV_16 = Rule.id("INV-16")
            .cites(DOC, "Appendix A").kind(Kind.INFORMATIONAL).topic(Topic.SMART_INVERTER)
            .appliesTo(ScreeningContext.class)
            .states("California Rule 21 Phase 1 functions: anti-islanding, low/high voltage ride-through, "
                    + "low/high frequency ride-through, dynamic volt/var, ramp rates, fixed power factor, "
                    + "soft-start reconnect, frequency-watt (optional), volt/watt (optional)")
            .build();

    private static final RuleSet<ScreeningContext> RULES = RuleSet.of("Smart inverter", List.of(
            INV_01, INV_02, INV_03, INV_04, INV_05, INV_06, INV_07, INV_08, INV_09, INV_10, INV_11, INV_12, INV_13,
            INV_14, INV_15, INV_16));

    /** {@return the rules INV-01 to INV-16 on an interconnection application, in catalogue order} */
    public static RuleSet<ScreeningContext> rules() {
        return RULES;
    }

    private SmartInverterRules() {
    }

    // -------------------------------------------------------------------------------- computations

    /**
     * INV-02: the supply methods a customer on a rate may elect for an ESS rebate.
     *
     * @param rate the customer's delivery service rate
     * @return INV-02: the supply methods a customer on a rate may elect for an ESS rebate
     */
    public static Set<SupplyMethod> supplyMethodsFor(DeliveryServiceRate rate) {
        switch (rate) {
            case DS_1:
            case DS_2:
                return Set.of(SupplyMethod.REAL_TIME_PRICING, SupplyMethod.POWER_SMART_PRICING,
                        SupplyMethod.PEAK_TIME_REWARDS);
            default:
                return Set.of(SupplyMethod.HOURLY_SUPPLY_SERVICE, SupplyMethod.PEAK_TIME_REWARDS);
        }
    }

    /**
     * INV-09: the longest islanding or open-phase trip time of the inverters; empty if one is unknown.
     *
     * @param a the screening of the application
     * @return INV-09: the longest islanding or open-phase trip time of the inverters; empty if one is unknown
     */
    public static Optional<Duration> longestIslandingTrip(ScreeningContext a) {
        Duration longest = Duration.ZERO;
        for (Inverter i : inverters(a)) {
            Optional<InverterSettings> s = i.settings();
            if (s.isEmpty() || s.get().islandingTripTime().isEmpty() || s.get().openPhaseTripTime().isEmpty()) {
                return Optional.empty();
            }
            longest = max(longest, max(s.get().islandingTripTime().get(), s.get().openPhaseTripTime().get()));
        }
        return Optional.of(longest);
    }

    /**
     * INV-15: the shortest reconnect delay of the inverters; empty if one is unknown.
     *
     * @param a the screening of the application
     * @return INV-15: the shortest reconnect delay of the inverters; empty if one is unknown
     */
    public static Optional<Duration> shortestReconnectDelay(ScreeningContext a) {
        Duration shortest = null;
        for (Inverter i : inverters(a)) {
            Optional<Duration> d = i.settings().flatMap(InverterSettings::reconnectDelay);
            if (d.isEmpty()) {
                return Optional.empty();
            }
            shortest = shortest == null || d.get().compareTo(shortest) < 0 ? d.get() : shortest;
        }
        return Optional.ofNullable(shortest);
    }

    /**
     * INV-02: a customer's rate and the supply method elected for an ESS rebate.
     *
     * @param rate the delivery service rate
     * @param method the supply method elected
     */
    public record SupplyChoice(DeliveryServiceRate rate, SupplyMethod method) {
        /** Both from a rebate application, empty if either is unknown. */
        static Optional<SupplyChoice> of(RebateApplication r) {
            if (r.rate().isEmpty() || r.supplyMethod().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SupplyChoice(r.rate().get(), r.supplyMethod().get()));
        }

        /** {@return whether the method is offered on the rate} */
        public boolean isOffered() {
            return supplyMethodsFor(rate).contains(method);
        }

        /** Such as {@code HOURLY_SUPPLY_SERVICE on DS-1}. */
        @Override
        public String toString() {
            return method + " on " + rate.code();
        }
    }

    // ------------------------------------------------------------------------------------- helpers

    /** INV-05: who is ineligible, for an interconnection on a date. */
    private static InverterReview cutoff(ScreeningContext a, LocalDate date) {
        boolean after = !date.isBefore(IEEE_1547_2018_CUTOFF);
        String summary = "interconnection " + date + (after ? " on or after" : " before")
                + " the 2023-03-31 cutoff" + (after ? ", certified to IEEE 1547-2018" : "");
        return review(a, Selection.ALL, summary, (i, unknown) -> after && !certified2018(i)
                ? List.of("not certified to IEEE 1547-2018 for an interconnection " + date
                        + " on or after the 2023-03-31 cutoff")
                : List.of()).orElseThrow();
    }

    private static Optional<UtilityControl> control(ScreeningContext a) {
        return a.facility().utilityControl();
    }

    private static List<OperatingMode> sorted(Set<OperatingMode> modes) {
        return modes.stream().sorted().toList();
    }

    private static String words(OperatingMode m) {
        return m.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Optional<List<VoltageTripSetting>> voltageTrips(Inverter i) {
        return i.settings().map(InverterSettings::voltageTrips).filter(l -> !l.isEmpty());
    }

    private static Optional<List<FrequencyTripSetting>> frequencyTrips(Inverter i) {
        return i.settings().map(InverterSettings::frequencyTrips).filter(l -> !l.isEmpty());
    }

    private static Optional<VoltVarCurve> voltVar(Inverter i) {
        return i.settings().flatMap(InverterSettings::voltVarCurve);
    }

    private static List<String> voltVarProblems(VoltVarCurve programmed, VoltVarCurve defaultCurve) {
        VoltVarDefaults.VoltVarComparison c = VoltVarDefaults.compare(programmed, defaultCurve);
        return c.matchesDefault() && c.nonIncreasing() ? List.of() : List.of("volt-var " + c);
    }

    /** The inverters' normal ramp-up rates, ascending; empty if one is unknown. */
    private static Optional<List<Percentage>> rampRates(ScreeningContext a) {
        List<Percentage> rates = new ArrayList<>();
        for (Inverter i : inverters(a)) {
            Optional<Percentage> r = i.settings().flatMap(InverterSettings::normalRampUpRate);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            rates.add(r.get());
        }
        rates.sort(null);
        return rates.isEmpty() ? Optional.empty() : Optional.of(rates);
    }

    private static Optional<RampCheck> reconnectRamps(ScreeningContext a) {
        List<ReconnectRamp> ramps = new ArrayList<>();
        for (Inverter i : inverters(a)) {
            Optional<ReconnectRamp> r = i.settings().flatMap(InverterSettings::reconnectRamp);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            ramps.add(r.get());
        }
        return ramps.isEmpty() ? Optional.empty()
                : Optional.of(RampChecks.checkAll(ramps, RampRequirement.SMART_INVERTER_4_3));
    }
}
