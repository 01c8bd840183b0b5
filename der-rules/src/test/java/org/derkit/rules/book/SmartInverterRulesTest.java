package org.derkit.rules.book;

import static org.derkit.model.DerQuantities.hertz;
import static org.derkit.model.DerQuantities.kilowatts;
import static org.derkit.model.DerQuantities.volts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.derkit.model.AccountNumber;
import org.derkit.model.ApplicationId;
import org.derkit.model.Percentage;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.application.RebateApplication;
import org.derkit.model.application.RebateType;
import org.derkit.model.application.SupplyMethod;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.CommunicationDeviceOwner;
import org.derkit.model.facility.CommunicationProtocol;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.FrequencyTripSetting;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.InverterSettings;
import org.derkit.model.facility.OperatingMode;
import org.derkit.model.facility.ReconnectRamp;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.model.facility.UtilityControl;
import org.derkit.model.facility.VoltVarCurve;
import org.derkit.model.facility.VoltVarPoint;
import org.derkit.model.facility.VoltageTripSetting;
import org.derkit.model.retail.DeliveryServiceRate;
import org.derkit.rules.Catalogue;
import org.derkit.rules.CatalogueEntry;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.derkit.rules.Rule;
import org.derkit.rules.Source;
import org.junit.jupiter.api.Test;

class SmartInverterRulesTest {

    // ------------------------------------------------------------------------------- fixtures

    private static final Set<Certification> PRE_2018 = Set.of(Certification.IEEE_1547_2003,
            Certification.UL_1741_SA, Certification.RULE_21_PHASE_1);
    private static final Set<Certification> IEEE_2018 = Set.of(Certification.IEEE_1547_2018,
            Certification.UL_1741_SB, Certification.RULE_21_PHASE_1);
    private static final Set<OperatingMode> ALL_MODES = Set.of(OperatingMode.values());
    private static final Set<OperatingMode> DEFAULT_ACTIVE = Set.of(OperatingMode.ANTI_ISLANDING,
            OperatingMode.VOLT_VAR, OperatingMode.RAMP_RATES, OperatingMode.VOLTAGE_RIDE_THROUGH,
            OperatingMode.FREQUENCY_RIDE_THROUGH);

    private static VoltageTripSetting vt(String region, String pickupPercent, String seconds) {
        return new VoltageTripSetting(region, Percentage.ofPercent(new BigDecimal(pickupPercent)),
                Duration.ofNanos(new BigDecimal(seconds).movePointRight(9).longValueExact()));
    }

    private static FrequencyTripSetting ft(String region, String hz, String seconds) {
        return new FrequencyTripSetting(region, hertz(Double.parseDouble(hz)),
                Duration.ofNanos(new BigDecimal(seconds).movePointRight(9).longValueExact()));
    }

    private static Duration sec(String seconds) {
        return Duration.ofNanos(new BigDecimal(seconds).movePointRight(9).longValueExact());
    }

    /** Table 5 and Table 6 ride-through as trip settings. */
    private static final List<VoltageTripSetting> SEED_VOLTAGE_TRIPS = List.of(vt("OV2", "120", "0.16"),
            vt("OV1", "110", "13"), vt("UV1", "88", "21"), vt("UV2", "50", "1.5"));
    private static final List<FrequencyTripSetting> SEED_FREQUENCY_TRIPS = List.of(ft("OF2", "62", "0.16"),
            ft("OF1", "60.5", "300"), ft("UF1", "58.5", "300"), ft("UF2", "57", "0.16"));
    /** IEEE 1547-2018 default trip settings (regulations.md section 2). */
    private static final List<VoltageTripSetting> IEEE_VOLTAGE_TRIPS = List.of(vt("OV2", "120", "0.16"),
            vt("OV1", "110", "13"), vt("UV1", "88", "21"), vt("UV2", "50", "2"));
    private static final List<FrequencyTripSetting> IEEE_FREQUENCY_TRIPS = List.of(ft("OF2", "62", "0.16"),
            ft("OF1", "61.2", "300"), ft("UF1", "58.5", "300"), ft("UF2", "56.5", "0.16"));

    private static InverterSettings.Builder settings(List<VoltageTripSetting> v, List<FrequencyTripSetting> f,
            VoltVarCurve q) {
        return InverterSettings.builder().voltageTrips(v).frequencyTrips(f).voltVarCurve(q)
                .normalRampUpRate(Percentage.ONE_HUNDRED).reconnectDelay(Duration.ofSeconds(300))
                .reconnectRamp(new ReconnectRamp.Linear(Percentage.ofPercent(2)))
                .islandingTripTime(Duration.ofSeconds(2)).openPhaseTripTime(Duration.ofSeconds(1));
    }

    private static InverterSettings seedSettings() {
        return settings(SEED_VOLTAGE_TRIPS, SEED_FREQUENCY_TRIPS, VoltVarDefaults.SEED_TABLE_7).build();
    }

    private static InverterSettings ieeeSettings() {
        return settings(IEEE_VOLTAGE_TRIPS, IEEE_FREQUENCY_TRIPS, VoltVarDefaults.IEEE_1547_2018_CATEGORY_B).build();
    }

    private static Inverter inverter(Set<Certification> certs, Set<CommunicationProtocol> protocols,
            Set<OperatingMode> supported, Set<OperatingMode> active, InverterSettings settings) {
        return Inverter.builder().manufacturer("Acme").model("S7").acRating(kilowatts(7.6))
                .firmwareVersion("3.1.0").acVoltage(volts(240)).dcNameplate(kilowatts(9))
                .addAllCertifications(certs).addAllProtocols(protocols).addAllSupportedModes(supported)
                .addAllActiveModes(active).acceptsExternalCommands(true).remoteFirmwareUpdate(true)
                .settings(settings).build();
    }

    private static Inverter seedInverter(InverterSettings settings) {
        return inverter(PRE_2018, Set.of(CommunicationProtocol.SUNSPEC_MODBUS_TCP), ALL_MODES, DEFAULT_ACTIVE, settings);
    }

    private static Inverter seedInverter() {
        return seedInverter(seedSettings());
    }

    private static Inverter ieeeInverter(InverterSettings settings) {
        return inverter(IEEE_2018, Set.of(CommunicationProtocol.IEEE_2030_5_TCP), ALL_MODES, DEFAULT_ACTIVE, settings);
    }

    private static final UtilityControl CONTROL = UtilityControl.builder().companyCanControl(true)
            .communicationDeviceOwner(CommunicationDeviceOwner.COMPANY).accessToEachInverterOrAggregator(true)
            .interfaceSafelyAccessible(true).reliableCommunication(true).build();

    private static InterconnectionApplication.Builder app(Inverter... inverters) {
        Facility.Builder f = Facility.builder().utilityControl(CONTROL);
        for (Inverter i : inverters) {
            f.addGeneratingUnits(GeneratingUnit.builder().energySource(EnergySource.SOLAR)
                    .technology(UnitTechnology.INVERTER_BASED).nameplate(kilowatts(7.6)).inverter(i).build());
        }
        return InterconnectionApplication.builder().id(ApplicationId.of("A-1")).facility(f.build());
    }

    private static RebateApplication.Builder rebate() {
        return RebateApplication.builder().customerName("Pat Doe").accountNumber(AccountNumber.of("1234567890"))
                .serviceAddress("1 Main St, Peoria, IL 61602").mailingAddress("1 Main St, Peoria, IL 61602")
                .phone("309-555-0100").email("pat@example.com").energySource(EnergySource.SOLAR)
                .dcNameplate(kilowatts(9)).apparentNameplate(org.derkit.model.DerQuantities.kilovoltAmperes(7.6))
                .acVoltage(volts(240)).rebateRequested(RebateType.GENERATION).nonResidential(false)
                .addAttachments(ApplicationDocument.INVERTER_SPEC_SHEET, ApplicationDocument.VOLT_VAR_SETPOINT_PICTURE,
                        ApplicationDocument.AS_BUILT_SINGLE_LINE);
    }

    private static Finding eval(String id, InterconnectionApplication a) {
        return SmartInverterRules.rules().rule(id).orElseThrow().evaluate(ScreeningContext.of(a));
    }

    private static Finding eval(String id, Inverter... inverters) {
        return eval(id, app(inverters).build());
    }

    // ------------------------------------------------------------------------------- the book

    @Test
    void INV_01_to_INV_16_each_once_with_the_catalogue_citation_and_kind() {
        Catalogue catalogue = Catalogue.bundled();
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= 16; n++) {
            ids.add(String.format("INV-%02d", n));
        }
        assertEquals(ids, SmartInverterRules.rules().ids());
        for (Rule<ScreeningContext> r : SmartInverterRules.rules().rules()) {
            CatalogueEntry e = catalogue.entry(r.id()).orElseThrow();
            assertEquals(Source.SMART_INVERTER_2023, r.citation().source(), r.id());
            assertEquals(e.section(), r.citation().section(), r.id());
            assertEquals(e.kind(), r.kind(), r.id());
        }
    }

    @Test
    void INV_compliant_facilities_pass_every_rule_that_applies() {
        InterconnectionApplication seed = app(seedInverter()).rebate(rebate().build())
                .interconnectionDate(LocalDate.of(2023, 3, 30)).build();
        for (Finding f : SmartInverterRules.rules().evaluate(ScreeningContext.of(seed))) {
            assertTrue(Set.of(Outcome.PASS, Outcome.NOT_APPLICABLE, Outcome.INFO).contains(f.outcome()),
                    f::toString);
        }
        InterconnectionApplication ieee = app(ieeeInverter(ieeeSettings())).rebate(rebate().build())
                .interconnectionDate(LocalDate.of(2024, 6, 1)).build();
        for (Finding f : SmartInverterRules.rules().evaluate(ScreeningContext.of(ieee))) {
            assertTrue(Set.of(Outcome.PASS, Outcome.NOT_APPLICABLE, Outcome.INFO).contains(f.outcome()),
                    f::toString);
        }
        assertEquals(Outcome.NOT_APPLICABLE, eval("INV-10", ieee).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval("INV-13", seed).outcome());
    }

    @Test
    void INV_rules_on_inverters_do_not_apply_without_inverters() {
        InterconnectionApplication none = InterconnectionApplication.builder().id(ApplicationId.of("A-0")).build();
        for (String id : List.of("INV-03", "INV-04", "INV-06", "INV-07", "INV-09", "INV-10", "INV-14", "INV-15")) {
            assertEquals(Outcome.NOT_APPLICABLE, eval(id, none).outcome(), id);
        }
    }

    // ---------------------------------------------------------------------------- INV-01, 02

    @Test
    void INV_01_missing_fields_and_attachments_are_listed() {
        RebateApplication r = RebateApplication.builder().customerName("Pat Doe").nonResidential(true)
                .rebateRequested(RebateType.BOTH).addAttachments(ApplicationDocument.INVERTER_SPEC_SHEET).build();
        Finding f = eval("INV-01", app(seedInverter()).rebate(r).build());
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("rebate application missing fields: account number, service address, mailing address, "
                + "telephone, email address, nameplate (kVA), ESS power capacity (kW), ESS energy capacity (kWh); "
                + "missing attachments: picture of the Illinois volt-var set points with model/serial number, "
                + "W9 of the non-residential owner or customer, as-built single-line diagram with AC/DC kW "
                + "is not complete (Rebate Application)", f.explanation());
    }

    @Test
    void INV_01_a_complete_rebate_application_passes_and_no_rebate_is_not_applicable() {
        assertEquals(Outcome.PASS, eval("INV-01", app(seedInverter()).rebate(rebate().build()).build()).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval("INV-01", seedInverter()).outcome());
    }

    @Test
    void INV_01_an_inverter_without_its_installed_firmware_version_leaves_the_form_incomplete() {
        Inverter unnamed = seedInverter().withFirmwareVersion(Optional.empty());
        Finding f = eval("INV-01", app(seedInverter(), unnamed).rebate(rebate().build()).build());
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("rebate application missing fields: installed firmware version (the specification sheet "
                + "must be for it) is not complete (Rebate Application)", f.explanation());
        assertEquals(Outcome.PASS, eval("INV-01", app(seedInverter(), seedInverter()).rebate(rebate().build())
                .build()).outcome());
    }

    @Test
    void INV_01_a_W9_is_needed_only_for_a_non_residential_owner() {
        RebateApplication business = rebate().nonResidential(true).build();
        assertEquals(List.of("W9 of the non-residential owner or customer"),
                RebateCompleteness.of(business, app(seedInverter()).build().facility()).missingAttachments());
    }

    private static List<String> missingFields(RebateApplication r, Facility f) {
        return RebateCompleteness.of(r, f).missingFields();
    }

    @Test
    void INV_01_DC_nameplate_and_AC_volts_come_from_the_form_or_else_from_every_inverter() {
        RebateApplication form = rebate().build().withDcNameplate(Optional.empty()).withAcVoltage(Optional.empty());
        Inverter full = seedInverter();
        assertEquals(List.of(), missingFields(form, app(full).build().facility()), "both on the inverter");
        assertEquals(List.of("DC nameplate (kW)"),
                missingFields(form, app(full, full.withDcNameplate(Optional.empty())).build().facility()));
        assertEquals(List.of("AC volts"),
                missingFields(form, app(full.withAcVoltage(Optional.empty()), full).build().facility()));
        assertEquals(List.of("inverter manufacturer, model and AC kW", "DC nameplate (kW)", "AC volts"),
                missingFields(form, Facility.builder().energySource(EnergySource.SOLAR).build()), "no inverter");
        assertEquals(List.of(), missingFields(rebate().build(), app(full.withDcNameplate(Optional.empty())
                .withAcVoltage(Optional.empty())).build().facility()), "both on the form");
    }

    @Test
    void INV_01_the_energy_source_comes_from_the_form_the_facility_or_its_generating_units() {
        RebateApplication form = rebate().build().withEnergySource(Optional.empty());
        String source = "energy source";
        assertTrue(missingFields(form, Facility.builder().build()).contains(source), "stated nowhere");
        assertFalse(missingFields(form, Facility.builder().energySource(EnergySource.WIND).build()).contains(source),
                "stated for the facility");
        assertFalse(missingFields(form, app(seedInverter()).build().facility()).contains(source),
                "the generating units' source");
        assertFalse(missingFields(rebate().build(), Facility.builder().build()).contains(source), "on the form");
    }

    @Test
    void INV_01_a_complete_form_reads_with_every_field_and_attachment() {
        RebateCompleteness complete = RebateCompleteness.of(rebate().build(), app(seedInverter()).build().facility());
        assertTrue(complete.isComplete());
        assertEquals("with every field and attachment", complete.toString());
        assertEquals("missing attachments: as-built single-line diagram with AC/DC kW", RebateCompleteness.of(
                rebate().build().withAttachments(ApplicationDocument.INVERTER_SPEC_SHEET,
                        ApplicationDocument.VOLT_VAR_SETPOINT_PICTURE), app(seedInverter()).build().facility())
                .toString());
    }

    @Test
    void an_inverter_review_reads_as_the_count_and_summary_or_as_its_problems() {
        String table1 = "certified to every row of Table 1";
        assertEquals("1 inverter: " + table1, new InverterReview(1, List.of(), table1).toString());
        assertEquals("2 inverters: " + table1, new InverterReview(2, List.of(), table1).toString());
        assertEquals("0 inverters: " + table1, new InverterReview(0, List.of(), table1).toString());
        assertEquals("inverter 1 (Acme S7): no UL 1741 SA or SB; inverter 2 (Acme S7): no UL 1741 SA or SB",
                new InverterReview(2, List.of("inverter 1 (Acme S7): no UL 1741 SA or SB",
                        "inverter 2 (Acme S7): no UL 1741 SA or SB"), table1).toString());
        assertThrows(IllegalArgumentException.class, () -> new InverterReview(-1, List.of(), table1));
    }

    @Test
    void a_storage_inverter_is_one_of_the_inverters_the_smart_inverter_rules_review() {
        Inverter storageInverter = seedInverter();
        InterconnectionApplication essOnly = InterconnectionApplication.builder().id(ApplicationId.of("A-2"))
                .facility(Facility.builder().addStorage(EnergyStorage.builder().acRating(kilowatts(7.6))
                        .inverter(storageInverter).build()).build()).build();
        ScreeningContext c = ScreeningContext.of(essOnly);
        assertTrue(InverterReview.hasInverters(c));
        assertEquals(List.of(storageInverter), InverterReview.inverters(c));
        assertFalse(InverterReview.hasInverters(ScreeningContext.of(app().build())), "no inverter at all");
    }

    @Test
    void INV_02_supply_method_by_rate() {
        assertEquals(Set.of(SupplyMethod.REAL_TIME_PRICING, SupplyMethod.POWER_SMART_PRICING,
                SupplyMethod.PEAK_TIME_REWARDS), SmartInverterRules.supplyMethodsFor(DeliveryServiceRate.DS_2));
        assertEquals(Set.of(SupplyMethod.HOURLY_SUPPLY_SERVICE, SupplyMethod.PEAK_TIME_REWARDS),
                SmartInverterRules.supplyMethodsFor(DeliveryServiceRate.DS_6));
        Inverter inv = seedInverter();
        Finding ok = eval("INV-02", app(inv).rebate(rebate().rebateRequested(RebateType.STORAGE)
                .rate(DeliveryServiceRate.DS_1).supplyMethod(SupplyMethod.REAL_TIME_PRICING).build()).build());
        assertEquals(Outcome.PASS, ok.outcome());
        Finding bad = eval("INV-02", app(inv).rebate(rebate().rebateRequested(RebateType.BOTH)
                .rate(DeliveryServiceRate.DS_3).supplyMethod(SupplyMethod.REAL_TIME_PRICING).build()).build());
        assertEquals(Outcome.FAIL, bad.outcome());
        assertEquals("ESS supply method for the rate REAL_TIME_PRICING on DS-3 is not offered on that rate "
                + "(Rebate Application)", bad.explanation());
        assertEquals(Outcome.INSUFFICIENT_DATA, eval("INV-02", app(inv).rebate(rebate()
                .rebateRequested(RebateType.STORAGE).supplyMethod(SupplyMethod.PEAK_TIME_REWARDS).build()).build())
                .outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval("INV-02", app(inv).rebate(rebate()
                .rebateRequested(RebateType.GENERATION).build()).build()).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, eval("INV-02", app(inv).build()).outcome(), "no rebate");
        Finding unknownType = eval("INV-02", app(inv).rebate(rebate().rate(DeliveryServiceRate.DS_3)
                .supplyMethod(SupplyMethod.REAL_TIME_PRICING).build().withRebateRequested(Optional.empty())).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, unknownType.outcome(), "an ESS rebate is not ruled out");
        assertEquals(List.of("rebate requested"), unknownType.missingInputs());
    }

    // ------------------------------------------------------------------------ INV-03 to 08

    @Test
    void INV_03_a_SMART_inverter_needs_certification_grid_support_and_external_commands() {
        assertEquals(Outcome.PASS, eval("INV-03", seedInverter()).outcome());
        Inverter plain = inverter(Set.of(Certification.IEEE_1547_2003), Set.of(), Set.of(OperatingMode.ANTI_ISLANDING,
                OperatingMode.VOLT_VAR, OperatingMode.VOLTAGE_RIDE_THROUGH, OperatingMode.FREQUENCY_RIDE_THROUGH,
                OperatingMode.VOLT_WATT), Set.of(), seedSettings());
        Finding f = eval("INV-03", plain);
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("SMART inverter capabilities inverter 1 (Acme S7): neither IEEE 1547-2018 nor UL 1741 SA; "
                + "inverter 1 (Acme S7): no ramp rates is not SMART (2.2 Inverters)", f.explanation());
    }

    @Test
    void INV_03_unknown_external_commands_is_insufficient_data() {
        Inverter unknown = Inverter.builder().manufacturer("Acme").model("S7").acRating(kilowatts(7.6))
                .addAllCertifications(PRE_2018).addAllSupportedModes(ALL_MODES).build();
        Finding f = eval("INV-03", unknown);
        assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
        assertEquals(List.of("SMART inverter capabilities"), f.missingInputs());
    }

    @Test
    void INV_04_one_standard_of_each_row_of_table_1() {
        assertEquals(Outcome.PASS, eval("INV-04", seedInverter()).outcome());
        Inverter noRule21 = inverter(Set.of(Certification.IEEE_1547A, Certification.UL_1741_SB),
                Set.of(CommunicationProtocol.SUNSPEC_MODBUS_RS485), ALL_MODES, DEFAULT_ACTIVE, seedSettings());
        Finding f = eval("INV-04", noRule21);
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("inverter standards inverter 1 (Acme S7): no California Rule 21 Phase 1 is not compliant with "
                + "every row (2.3 Table 1); IEEE 1547-2018 certified inverters operate at Category B normal and "
                + "Category III abnormal performance", f.explanation());
    }

    @Test
    void INV_05_cutoff_2023_03_31_is_inclusive() {
        Inverter old = seedInverter();
        RebateApplication r = rebate().build();
        assertEquals(Outcome.PASS, eval("INV-05", app(old).rebate(r).interconnectionDate(LocalDate.of(2023, 3, 30))
                .build()).outcome());
        Finding at = eval("INV-05", app(old).rebate(r).interconnectionDate(LocalDate.of(2023, 3, 31)).build());
        assertEquals(Outcome.FAIL, at.outcome());
        assertEquals("rebate eligibility inverter 1 (Acme S7): not certified to IEEE 1547-2018 for an interconnection "
                + "2023-03-31 on or after the 2023-03-31 cutoff is not eligible (2.3 Cutoff); cutoff 2023-03-31, the "
                + "earlier of that date and commercial availability of IEEE 1547-2018 inverters", at.explanation());
        assertEquals(Outcome.FAIL, eval("INV-05", app(old).rebate(r).interconnectionDate(LocalDate.of(2023, 4, 1))
                .build()).outcome());
        assertEquals(Outcome.PASS, eval("INV-05", app(ieeeInverter(ieeeSettings())).rebate(r)
                .interconnectionDate(LocalDate.of(2023, 3, 31)).build()).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, eval("INV-05", app(old).rebate(r).build()).outcome());
    }

    @Test
    void INV_06_company_control_and_communication() {
        assertEquals(Outcome.PASS, eval("INV-06", seedInverter()).outcome());
        UtilityControl thirdParty = UtilityControl.builder().companyCanControl(true)
                .communicationDeviceOwner(CommunicationDeviceOwner.UNAPPROVED_THIRD_PARTY)
                .interfaceSafelyAccessible(true).reliableCommunication(true).build();
        InterconnectionApplication a = InterconnectionApplication.builder().id(ApplicationId.of("A-2"))
                .facility(Facility.builder().from(app(seedInverter()).build().facility())
                        .utilityControl(thirdParty).build()).build();
        assertEquals(Outcome.FAIL, eval("INV-06", a).outcome());
        InterconnectionApplication two = InterconnectionApplication.builder().id(ApplicationId.of("A-3"))
                .facility(Facility.builder().from(app(seedInverter(), seedInverter()).build().facility())
                        .utilityControl(UtilityControl.builder().companyCanControl(true)
                                .communicationDeviceOwner(CommunicationDeviceOwner.COMPANY)
                                .interfaceSafelyAccessible(true).reliableCommunication(true).build()).build()).build();
        Finding f = eval("INV-06", two);
        assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
        assertEquals(List.of("access to each inverter or an aggregator"), f.missingInputs());
    }

    @Test
    void INV_07_a_table_2_protocol_and_remote_firmware_updates() {
        assertEquals(Outcome.PASS, eval("INV-07", seedInverter()).outcome());
        Inverter other = inverter(PRE_2018, Set.of(CommunicationProtocol.OTHER), ALL_MODES, DEFAULT_ACTIVE,
                seedSettings());
        Finding f = eval("INV-07", other);
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("inverter communications inverter 1 (Acme S7): no Table 2 protocol (DNP3, SunSpec Modbus TCP "
                + "or RS-485, IEEE 2030.5) is not compliant (3. Table 2)", f.explanation());
    }

    @Test
    void INV_08_table_3_modes_required_and_activated_by_default() {
        assertEquals(Outcome.PASS, eval("INV-08", seedInverter()).outcome());
        Set<OperatingMode> active = Set.of(OperatingMode.ANTI_ISLANDING, OperatingMode.VOLT_VAR,
                OperatingMode.RAMP_RATES, OperatingMode.VOLTAGE_RIDE_THROUGH, OperatingMode.CONSTANT_POWER_FACTOR);
        Finding f = eval("INV-08", inverter(PRE_2018, Set.of(CommunicationProtocol.SUNSPEC_MODBUS_TCP), ALL_MODES,
                active, seedSettings()));
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("operating modes inverter 1 (Acme S7): frequency ride through not activated; inverter 1 "
                + "(Acme S7): constant power factor activated (deactivated by default) is not as Table 3 requires "
                + "(4.1 Table 3)", f.explanation());
    }

    // ------------------------------------------------------------------------------- INV-09

    private static Finding inv09(String islanding) {
        return eval("INV-09", seedInverter(settings(SEED_VOLTAGE_TRIPS, SEED_FREQUENCY_TRIPS,
                VoltVarDefaults.SEED_TABLE_7).islandingTripTime(sec(islanding)).build()));
    }

    @Test
    void INV_09_trip_within_2_s_below_at_and_above() {
        assertEquals(Outcome.PASS, inv09("1.999").outcome());
        assertEquals(Outcome.PASS, inv09("2").outcome());
        Finding above = inv09("2.001");
        assertEquals(Outcome.FAIL, above.outcome());
        assertEquals("longest islanding or open-phase trip time 2.001 s > 2 s (4.1 Table 4)", above.explanation());
    }

    // ------------------------------------------------------------------------------- INV-10

    private static Finding inv10(VoltageTripSetting... trips) {
        return eval("INV-10", seedInverter(settings(List.of(trips), SEED_FREQUENCY_TRIPS,
                VoltVarDefaults.SEED_TABLE_7).build()));
    }

    @Test
    void INV_10_OV1_clearing_time_between_ride_through_12_s_and_max_trip_13_s() {
        assertEquals(Outcome.FAIL, inv10(vt("OV1", "110", "11.999")).outcome());
        assertEquals(Outcome.PASS, inv10(vt("OV1", "110", "12")).outcome());
        assertEquals(Outcome.PASS, inv10(vt("OV1", "110", "13")).outcome());
        Finding above = inv10(vt("OV1", "110", "13.001"));
        assertEquals(Outcome.FAIL, above.outcome());
        assertEquals("voltage trip settings inverter 1 (Acme S7): OV1 110% 13.001 s exceeds the HV1 max trip "
                + "time 13 s is not within Table 5 (4.1 Table 5)", above.explanation());
    }

    @Test
    void INV_10_a_clearing_time_before_the_ride_through_time_is_named_with_that_time() {
        assertEquals(List.of("OV1 110% 11.999 s trips before the HV1 ride-through time 12 s"),
                TripSettingChecks.voltageTripProblems(List.of(vt("OV1", "110", "11.999")),
                        RideThroughTable.SEED_VOLTAGE));
    }

    @Test
    void INV_10_a_setting_named_after_its_low_voltage_region_is_an_under_voltage_setting() {
        // LV1 at 88 % trips below 88 %, inside LV1 (70 % <= V < 88 %): 21 s is within 20-21 s
        assertEquals(List.of(), TripSettingChecks.voltageTripProblems(List.of(vt("LV1", "88", "21")),
                RideThroughTable.SEED_VOLTAGE));
        assertEquals(List.of("XV1 is neither an over- (OV) nor an under-voltage (UV) setting"),
                TripSettingChecks.voltageTripProblems(List.of(vt("XV1", "88", "21")), RideThroughTable.SEED_VOLTAGE));
    }

    @Test
    void INV_11_a_frequency_setting_of_no_table_6_row_is_reported_by_name() {
        assertEquals(List.of("XF1 is not one of OF2, OF1, UF1, UF2 (HF2, HF1, LF1, LF2)"),
                TripSettingChecks.frequencyTripProblems(List.of(ft("XF1", "60", "300")),
                        RideThroughTable.SEED_FREQUENCY));
    }

    @Test
    void INV_10_a_trip_inside_the_near_nominal_band_fails() {
        Finding f = inv10(vt("UV1", "90", "21"));
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("voltage trip settings inverter 1 (Acme S7): UV1 90% 21 s trips inside NN 88 % <= V <= 110 % "
                + "(continuous operation) is not within Table 5 (4.1 Table 5)", f.explanation());
        assertEquals(Outcome.PASS, inv10(vt("UV1", "88", "21")).outcome());
        assertEquals(Outcome.FAIL, inv10(vt("UV1", "88.001", "21")).outcome());
    }

    @Test
    void INV_10_OV2_at_120_percent_clears_within_0_16_s() {
        assertEquals(Outcome.PASS, inv10(vt("OV2", "120", "0.16")).outcome());
        assertEquals(Outcome.FAIL, inv10(vt("OV2", "120", "0.161")).outcome());
        assertEquals(Outcome.PASS, inv10(vt("UV2", "50", "1.5")).outcome());
        assertEquals(Outcome.FAIL, inv10(vt("UV2", "50", "0.999")).outcome());
    }

    @Test
    void INV_10_unknown_trip_settings_are_insufficient_data() {
        Finding f = eval("INV-10", seedInverter(settings(List.of(), SEED_FREQUENCY_TRIPS,
                VoltVarDefaults.SEED_TABLE_7).build()));
        assertEquals(Outcome.INSUFFICIENT_DATA, f.outcome());
        assertEquals(List.of("voltage trip settings"), f.missingInputs());
    }

    @Test
    void INV_10_INV_11_any_trip_setting_evaluates_without_throwing_and_deterministically() {
        qt().withFixedSeed(InverterGens.SEED).withExamples(300)
                .forAll(integers().between(0, 150_000), integers().between(0, 400_000),
                        integers().between(50_000, 70_000))
                .checkAssert((milliPercent, millis, milliHz) -> {
                    VoltageTripSetting v = new VoltageTripSetting(milliPercent % 2 == 0 ? "OV1" : "UV1",
                            Percentage.ofPercent(BigDecimal.valueOf(milliPercent, 3)), Duration.ofMillis(millis));
                    FrequencyTripSetting f = new FrequencyTripSetting(millis % 2 == 0 ? "OF1" : "UF1",
                            hertz(milliHz / 1000.0), Duration.ofMillis(millis));
                    InterconnectionApplication a = app(seedInverter(settings(List.of(v), List.of(f),
                            VoltVarDefaults.SEED_TABLE_7).build())).build();
                    Finding first = eval("INV-10", a);
                    assertTrue(Set.of(Outcome.PASS, Outcome.FAIL).contains(first.outcome()));
                    assertEquals(first, eval("INV-10", a));
                    assertEquals(first.explanation(), eval("INV-10", a).explanation());
                    assertTrue(Set.of(Outcome.PASS, Outcome.FAIL).contains(eval("INV-11", a).outcome()));
                });
    }

    // ------------------------------------------------------------------------------- INV-11

    private static Finding inv11(FrequencyTripSetting... trips) {
        return eval("INV-11", seedInverter(settings(SEED_VOLTAGE_TRIPS, List.of(trips),
                VoltVarDefaults.SEED_TABLE_7).build()));
    }

    @Test
    void INV_11_OF1_setting_outside_60_1_to_62_Hz_is_rejected() {
        Finding below = inv11(ft("OF1", "60.09", "300"));
        assertEquals(Outcome.FAIL, below.outcome());
        assertEquals("frequency trip settings inverter 1 (Acme S7): OF1 60.09 Hz 300 s outside the adjustable range "
                + "HF1 60.1-62 Hz is not within Table 6 (4.1 Table 6)", below.explanation());
        assertEquals(Outcome.PASS, inv11(ft("OF1", "60.1", "300")).outcome());
        assertEquals(Outcome.PASS, inv11(ft("OF1", "62", "300")).outcome());
        assertEquals(Outcome.FAIL, inv11(ft("OF1", "62.01", "300")).outcome());
    }

    @Test
    void INV_11_UF2_adjustable_53_to_57_Hz_and_clears_within_0_16_s() {
        assertEquals(Outcome.FAIL, inv11(ft("UF2", "52.99", "0.16")).outcome());
        assertEquals(Outcome.PASS, inv11(ft("UF2", "53", "0.16")).outcome());
        assertEquals(Outcome.PASS, inv11(ft("LF2", "57", "0.16")).outcome());
        assertEquals(Outcome.FAIL, inv11(ft("UF2", "57.01", "0.16")).outcome());
        assertEquals(Outcome.FAIL, inv11(ft("UF2", "56", "0.161")).outcome());
        assertEquals(Outcome.FAIL, inv11(ft("UF1", "58", "298.999")).outcome());
        assertEquals(Outcome.PASS, inv11(ft("UF1", "58", "299")).outcome());
    }

    @Test
    void INV_11_a_setting_outside_its_range_is_refused_by_the_table() {
        org.derkit.model.InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.derkit.model.InvalidValueException.class,
                () -> RideThroughTable.SEED_FREQUENCY.checkSetting("HF2", 64.5));
        assertEquals("Invalid value for HF2 trip setting (valid values 62 Hz to 64 Hz): 64.5 Hz", e.getMessage());
        assertEquals(62.0, RideThroughTable.SEED_FREQUENCY.checkSetting("HF2", 62.0));
    }

    // --------------------------------------------------------------------------- INV-12, 13

    @Test
    void INV_12_default_curve_passes_other_curve_needs_review() {
        assertEquals(Outcome.PASS, eval("INV-12", seedInverter()).outcome());
        VoltVarCurve other = new VoltVarCurve(List.of(VoltVarPoint.of(92, 30), VoltVarPoint.of(97, 0),
                VoltVarPoint.of(103.3, 0), VoltVarPoint.of(107, -30)), Duration.ofSeconds(5));
        Finding f = eval("INV-12", seedInverter(settings(SEED_VOLTAGE_TRIPS, SEED_FREQUENCY_TRIPS, other).build()));
        assertEquals(Outcome.REVIEW, f.outcome());
        assertEquals("volt-var curve inverter 1 (Acme S7): volt-var V2 97%/0% instead of 96.7%/0% is not the default "
                + "(4.1 Table 7)", f.explanation());
    }

    @Test
    void INV_13_IEEE_inverter_is_checked_against_category_B_and_III_and_the_differences_are_reported() {
        Finding ok = eval("INV-13", ieeeInverter(ieeeSettings()));
        assertEquals(Outcome.PASS, ok.outcome());
        assertTrue(ok.explanation().contains("V = 120 %: HV1 momentary cessation 12 s vs HV2 cease to energize"),
                ok::explanation);
        assertTrue(ok.explanation().contains("continuous frequency 58.8 Hz <= f <= 61.2 Hz vs 58.5 Hz <= f <= 60.5 Hz"),
                ok::explanation);
        Finding seedCurve = eval("INV-13", ieeeInverter(settings(IEEE_VOLTAGE_TRIPS, IEEE_FREQUENCY_TRIPS,
                VoltVarDefaults.SEED_TABLE_7).build()));
        assertEquals(Outcome.REVIEW, seedCurve.outcome());
        assertTrue(seedCurve.explanation().startsWith("IEEE 1547-2018 settings inverter 1 (Acme S7): volt-var "
                + "V1 92%/30% instead of 92%/44%; V2 96.7%/0% instead of 98%/0%; V3 103.3%/0% instead of 102%/0%; "
                + "V4 107%/-30% instead of 108%/-44% is not the Category B / III defaults (4.2 IEEE 1547-2018)"),
                seedCurve::explanation);
    }

    @Test
    void INV_13_UV2_under_category_III_may_take_2_s_but_not_under_table_5() {
        InverterSettings s = settings(List.of(vt("UV2", "50", "2")), IEEE_FREQUENCY_TRIPS,
                VoltVarDefaults.IEEE_1547_2018_CATEGORY_B).build();
        assertEquals(Outcome.PASS, eval("INV-13", ieeeInverter(s)).outcome());
        assertEquals(Outcome.FAIL, inv10(vt("UV2", "50", "2")).outcome());
    }

    // --------------------------------------------------------------------------- INV-14, 15

    private static Finding inv14(String percent) {
        return eval("INV-14", seedInverter(settings(SEED_VOLTAGE_TRIPS, SEED_FREQUENCY_TRIPS,
                VoltVarDefaults.SEED_TABLE_7).normalRampUpRate(Percentage.ofPercent(new BigDecimal(percent))).build()));
    }

    @Test
    void INV_14_normal_ramp_up_rate_adjustable_1_to_100_percent() {
        Finding below = inv14("0.99");
        assertEquals(Outcome.FAIL, below.outcome());
        assertEquals("slowest normal ramp-up rate 0.99% < 1% and fastest normal ramp-up rate 0.99% <= 100% "
                + "(4.3 Ramp Rates)", below.explanation());
        assertEquals(Outcome.PASS, inv14("1").outcome());
        assertEquals(Outcome.PASS, inv14("100").outcome());
        Finding unknown = eval("INV-14", seedInverter(InverterSettings.builder().build()));
        assertEquals(Outcome.INSUFFICIENT_DATA, unknown.outcome());
    }

    private static Finding inv15(String delay, ReconnectRamp ramp) {
        return eval("INV-15", seedInverter(settings(SEED_VOLTAGE_TRIPS, SEED_FREQUENCY_TRIPS,
                VoltVarDefaults.SEED_TABLE_7).reconnectDelay(sec(delay)).reconnectRamp(ramp).build()));
    }

    private static ReconnectRamp linear(String percent) {
        return new ReconnectRamp.Linear(Percentage.ofPercent(new BigDecimal(percent)));
    }

    private static ReconnectRamp steps(int n, int everySeconds) {
        List<ReconnectRamp.RampStep> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new ReconnectRamp.RampStep(Duration.ofSeconds((long) i * everySeconds),
                    Percentage.ofPercent(BigDecimal.valueOf(100L * i / n))));
        }
        return new ReconnectRamp.Step(list);
    }

    @Test
    void INV_15_wait_300_s_before_current_injection() {
        assertEquals(Outcome.FAIL, inv15("299.999", linear("2")).outcome());
        assertEquals(Outcome.PASS, inv15("300", linear("2")).outcome());
        assertEquals(Outcome.PASS, inv15("300.001", linear("2")).outcome());
    }

    @Test
    void INV_15_linear_ramp_no_faster_than_2_percent_per_second() {
        assertEquals(Outcome.PASS, inv15("300", linear("1.99")).outcome());
        Finding above = inv15("300", linear("2.01"));
        assertEquals(Outcome.FAIL, above.outcome());
        assertTrue(above.explanation().startsWith("shortest wait before current injection 300 s >= 300 s and "
                + "reconnection ramp "), above::explanation);
    }

    @Test
    void INV_15_step_ramp_takes_at_least_50_s() {
        assertEquals(Outcome.FAIL, inv15("300", steps(5, 9)).outcome());
        assertEquals(Outcome.PASS, inv15("300", steps(5, 10)).outcome());
        assertEquals(Outcome.PASS, inv15("300", steps(4, 13)).outcome());
    }

    @Test
    void INV_16_rule_21_phase_1_functions_are_stated() {
        Finding f = eval("INV-16", seedInverter());
        assertEquals(Outcome.INFO, f.outcome());
        assertTrue(f.explanation().startsWith("California Rule 21 Phase 1 functions: anti-islanding"));
        assertTrue(f.explanation().endsWith("(Appendix A)"), f::explanation);
    }
}
