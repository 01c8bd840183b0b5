package org.derkit.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.rules.Finding;
import org.derkit.rules.Findings;
import org.derkit.rules.RuleBook;
import org.derkit.rules.book.AmerenRuleBook;
import org.derkit.rules.book.Screening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented column of the application CSV, one case each: the cell is read into its field of
 * the application (the JSON document written from it shows the field with one value and not with
 * another), a bad value is refused naming the line and the column, and two of its values, all else
 * equal, change a finding of the book (CHANGES; no documented column changes nothing). The CT
 * ratio reaches BTM-14 through the secondary current it names (600:1 is a 1 A secondary); the
 * inverter's make, model and firmware change explanations rather than outcomes from the CSV, as the
 * rest of the rebate form is stated in JSON.
 *
 * <p>Each case starts from a row of {@code applications.csv} (a copy of the rows der-examples bundles),
 * with a few other cells set where the field needs them ({@code +column=value}, empty for unknown).
 */
class ApplicationCsvColumnsTest {

    /**
     * One column's case.
     *
     * @param column the column
     * @param context the bundled row and the cells set on it, {@code ROW+column=value+...}
     * @param value a value of the column
     * @param other another value (empty: unknown)
     * @param json a line of the JSON document written from the row with {@code value}, once more than with
     *     {@code other} (the CT and the PT of a row can share a line such as their accuracy class)
     * @param bad a value the column refuses (null: free text, every value is accepted)
     * @param reason the reason the refusal gives after {@code line 3, column <column>: }
     */
    record Case(String column, String context, String value, String other, String json, String bad, String reason) {
        @Override
        public String toString() {
            return column;
        }
    }

    private static Case c(String column, String context, String value, String other, String json, String bad,
            String reason) {
        return new Case(column, context, value, other, json, bad, reason);
    }

    static Stream<Case> cases() {
        return CASES.stream();
    }

    private static final List<Case> CASES = List.of(
            c("siting", "RES-ROOFTOP-8KW", "BTM", "RLG",
                    "\"siting\" : \"BEHIND_THE_METER\"",
                    "BEHIND", "Invalid value for siting (valid values BTM or RLG): 'BEHIND'"),
            c("phases", "RES-ROOFTOP-8KW", "1", "3",
                    "\"phases\" : \"SINGLE\"",
                    "x", "not a whole number: 'x'"),
            c("nameplate_kw", "RES-ROOFTOP-8KW", "8", "1",
                    "\"declaredNameplate\" : \"8 kW\"",
                    "ten", "not a decimal number: 'ten'"),
            c("nameplate_kva", "RES-ROOFTOP-8KW", "8", "120",
                    "\"declaredApparentNameplate\" : \"8 kVA\"",
                    "ten", "not a decimal number: 'ten'"),
            c("export_kw", "RES-ROOFTOP-8KW", "8", "30",
                    "\"exportCapacity\" : \"8 kW\"",
                    "ten", "not a decimal number: 'ten'"),
            c("storage_kw", "RES-ROOFTOP-8KW", "1", "3",
                    "\"acRating\" : \"1 kW\"",
                    "ten", "not a decimal number: 'ten'"),
            c("storage_charging", "STORAGE-RETROFIT-10KW", "SOURCE_AND_GRID", "SOURCE",
                    "\"charging\" : \"SOURCE_AND_GRID\"",
                    "SUN", "expected one of [SOURCE, SOURCE_AND_GRID, GRID]: 'SUN'"),
            c("storage_export", "STORAGE-RETROFIT-10KW", "true", "false",
                    "\"exportAllowed\" : true",
                    "yes", "expected true or false: 'yes'"),
            c("poi_kv", "RES-ROOFTOP-8KW", "0.24", "3",
                    "\"pointOfInterconnectionVoltage\" : \"120/240\"",
                    "ten", "not a decimal number: 'ten'"),
            c("system", "RES-ROOFTOP-8KW", "RADIAL", "NETWORKED",
                    "\"systemType\" : \"RADIAL\"",
                    "MESHED", "expected one of [RADIAL, NETWORKED]: 'MESHED'"),
            c("metering", "COMMERCIAL-250KW", "INSTRUMENT_RATED", "SELF_CONTAINED",
                    "\"meteringType\" : \"INSTRUMENT_RATED\"",
                    "SMART", "expected one of [SELF_CONTAINED, INSTRUMENT_RATED]: 'SMART'"),
            c("renewable", "RES-ROOFTOP-8KW", "true", "false",
                    "\"renewable\" : true",
                    "yes", "expected true or false: 'yes'"),
            c("peak_demand_kw", "RES-ROOFTOP-8KW", "12", "250",
                    "\"customerPeakDemand\" : \"12 kW\"",
                    "ten", "not a decimal number: 'ten'"),
            c("applicant_is_customer", "RES-ROOFTOP-8KW", "true", "false",
                    "\"existingCustomer\" : true",
                    "yes", "expected true or false: 'yes'"),
            c("site_control_proof", "COMMUNITY-SOLAR-3MW", "true", "false",
                    "\"siteControlProof\" : true",
                    "yes", "expected true or false: 'yes'"),
            c("has_site_plan", "COMMERCIAL-250KW", "true", "false",
                    "\"documents\" : [ \"SITE_PLAN\", \"ONE_LINE_DIAGRAM\", \"EQUIPMENT_SPECIFICATIONS\", \"CT_PT_SPECIFICATIONS\" ]",
                    "yes", "expected true or false: 'yes'"),
            c("has_one_line", "COMMERCIAL-250KW", "true", "false",
                    "\"documents\" : [ \"SITE_PLAN\", \"ONE_LINE_DIAGRAM\", \"EQUIPMENT_SPECIFICATIONS\", \"CT_PT_SPECIFICATIONS\" ]",
                    "yes", "expected true or false: 'yes'"),
            c("reverse_flow_at_substation", "RES-ROOFTOP-8KW", "false", "true",
                    "\"reverseFlowAtSubstation\" : false",
                    "yes", "expected true or false: 'yes'"),
            c("circuit_max_load_kw", "RES-ROOFTOP-8KW", "6500", "1",
                    "\"maximumLoad\" : \"6500 kW\"",
                    "ten", "not a decimal number: 'ten'"),
            c("circuit_der_kw", "RES-ROOFTOP-8KW", "900", "1000",
                    "\"existingDer\" : \"900 kW\"",
                    "ten", "not a decimal number: 'ten'"),
            c("fault_current_contribution_pct", "COMMERCIAL-250KW", "6", "12",
                    "\"faultCurrentContribution\" : \"6 %\"",
                    "ten", "not a decimal number: 'ten'"),
            c("spot_network", "RES-ROOFTOP-8KW", "true", "false",
                    "\"spotNetwork\" : true",
                    "yes", "expected true or false: 'yes'"),
            c("spot_network_max_load_kw", "RES-ROOFTOP-8KW+spot_network=true+spot_network_der_kva=20", "1000", "1",
                    "\"spotNetworkMaximumLoad\" : \"1000 kW\"",
                    "ten", "not a decimal number: 'ten'"),
            c("spot_network_der_kva", "RES-ROOFTOP-8KW+spot_network=true+spot_network_max_load_kw=1000", "20", "55",
                    "\"spotNetworkAggregateDer\" : \"20 kVA\"",
                    "ten", "not a decimal number: 'ten'"),
            c("has_equipment_specifications", "RLG-12MVA-69KV", "true", "false",
                    "\"documents\" : [ \"SITE_PLAN\", \"ONE_LINE_DIAGRAM\", \"EQUIPMENT_SPECIFICATIONS\" ]",
                    "yes", "expected true or false: 'yes'"),
            c("has_ess_supplemental_form", "STORAGE-RETROFIT-10KW", "true", "false",
                    "\"documents\" : [ \"EQUIPMENT_SPECIFICATIONS\", \"ESS_SUPPLEMENTAL_FORM\" ]",
                    "yes", "expected true or false: 'yes'"),
            c("inverter_manufacturer", "RES-ROOFTOP-8KW", "Example Power", "Acme",
                    "\"manufacturer\" : \"Example Power\"",
                    null, null),
            c("inverter_model", "RES-ROOFTOP-8KW", "EP-8000", "X-1",
                    "\"model\" : \"EP-8000\"",
                    null, null),
            c("inverter_kw", "RES-ROOFTOP-8KW+nameplate_kw=+nameplate_kva=", "8", "1",
                    "\"nameplate\" : \"8 kW\"",
                    "0", "must be greater than 0 kW: 0"),
            c("inverter_count", "RES-ROOFTOP-8KW+nameplate_kw=+nameplate_kva=", "1", "3",
                    null,
                    "x", "not a whole number: 'x'"),
            c("inverter_firmware", "RES-ROOFTOP-8KW+rebate_requested=GENERATION", "2.1.4", "",
                    "\"firmwareVersion\" : \"2.1.4\"",
                    null, null),
            c("inverter_certifications", "RES-ROOFTOP-8KW", "IEEE_1547_2003 UL_1741_SA RULE_21_PHASE_1", "IEEE_1547_2018 UL_1741_SB",
                    "\"certifications\" : [ \"IEEE_1547_2003\", \"UL_1741_SA\", \"RULE_21_PHASE_1\" ]",
                    "UL_1741_ZZ", "expected one of [IEEE_1547_2003, IEEE_1547A, IEEE_1547_2018, UL_1741, UL_1741_SA, UL_1741_SB, RULE_21_PHASE_1]: 'UL_1741_ZZ'"),
            c("inverter_protocols", "RES-ROOFTOP-8KW", "SUNSPEC_MODBUS_RS485", "OTHER",
                    "\"protocols\" : [ \"SUNSPEC_MODBUS_RS485\" ]",
                    "MODBUS", "expected one of [IEEE_1815_DNP3_TCP, SUNSPEC_MODBUS_TCP, SUNSPEC_MODBUS_RS485, IEEE_2030_5_TCP, OTHER]: 'MODBUS'"),
            c("inverter_supported_modes", "RES-ROOFTOP-8KW", "ANTI_ISLANDING VOLT_VAR RAMP_RATES VOLTAGE_RIDE_THROUGH FREQUENCY_RIDE_THROUGH CONSTANT_POWER_FACTOR", "ANTI_ISLANDING",
                    "\"supportedModes\" : [ \"ANTI_ISLANDING\", \"VOLT_VAR\", \"RAMP_RATES\", \"VOLTAGE_RIDE_THROUGH\", \"FREQUENCY_RIDE_THROUGH\", \"CONSTANT_POWER_FACTOR\" ]",
                    "FLY", "expected one of [ANTI_ISLANDING, VOLT_VAR, RAMP_RATES, VOLTAGE_RIDE_THROUGH, FREQUENCY_RIDE_THROUGH, CONSTANT_POWER_FACTOR, VOLT_WATT, CONSTANT_REACTIVE_POWER, FREQUENCY_WATT, SOFT_START_RECONNECT]: 'FLY'"),
            c("inverter_active_modes", "RES-ROOFTOP-8KW", "ANTI_ISLANDING VOLT_VAR RAMP_RATES VOLTAGE_RIDE_THROUGH FREQUENCY_RIDE_THROUGH", "ANTI_ISLANDING",
                    "\"activeModes\" : [ \"ANTI_ISLANDING\", \"VOLT_VAR\", \"RAMP_RATES\", \"VOLTAGE_RIDE_THROUGH\", \"FREQUENCY_RIDE_THROUGH\" ]",
                    "FLY", "expected one of [ANTI_ISLANDING, VOLT_VAR, RAMP_RATES, VOLTAGE_RIDE_THROUGH, FREQUENCY_RIDE_THROUGH, CONSTANT_POWER_FACTOR, VOLT_WATT, CONSTANT_REACTIVE_POWER, FREQUENCY_WATT, SOFT_START_RECONNECT]: 'FLY'"),
            c("has_ct_pt_specifications", "COMMERCIAL-250KW", "true", "false",
                    "\"documents\" : [ \"SITE_PLAN\", \"ONE_LINE_DIAGRAM\", \"EQUIPMENT_SPECIFICATIONS\", \"CT_PT_SPECIFICATIONS\" ]",
                    "yes", "expected true or false: 'yes'"),
            c("energy_source", "RLG-12MVA-69KV", "WIND", "OTHER",
                    "\"energySource\" : \"WIND\"",
                    "SUNSHINE", "expected one of [SOLAR, WIND, HYDRO, BIOMASS, BIOGAS, GEOTHERMAL, NATURAL_GAS, DIESEL, COMBINED_HEAT_AND_POWER, FUEL_CELL, ENERGY_STORAGE, OTHER]: 'SUNSHINE'"),
            c("residential", "RES-ROOFTOP-8KW+minimum_delivery_voltage_v=114+maximum_delivery_voltage_v=126", "true", "false",
                    "\"residential\" : true",
                    "yes", "expected true or false: 'yes'"),
            c("qualifying_facility", "RES-ROOFTOP-8KW", "true", "false",
                    "\"qualifyingFacility\" : true",
                    "yes", "expected true or false: 'yes'"),
            c("existing_nameplate_kw", "RES-ROOFTOP-8KW", "1", "3",
                    "\"existingNameplate\" : \"1 kW\"",
                    "ten", "not a decimal number: 'ten'"),
            c("utility_construction_required", "RES-ROOFTOP-8KW", "true", "false",
                    "\"utilityConstructionRequired\" : true",
                    "yes", "expected true or false: 'yes'"),
            c("interconnection_date", "RES-ROOFTOP-8KW+rebate_requested=GENERATION", "2024-05-01", "2010-01-01",
                    "\"interconnectionDate\" : \"2024-05-01\"",
                    "2024-13-01", "not an ISO date (yyyy-mm-dd): '2024-13-01'"),
            c("rebate_requested", "RES-ROOFTOP-8KW", "GENERATION", "STORAGE",
                    "\"rebateRequested\" : \"GENERATION\"",
                    "SOLAR", "expected one of [GENERATION, STORAGE, BOTH]: 'SOLAR'"),
            c("minimum_delivery_voltage_v", "RES-ROOFTOP-8KW+maximum_delivery_voltage_v=126", "114", "1",
                    "\"minimumDeliveryVoltage\" : \"114 V\"",
                    "ten", "not a decimal number: 'ten'"),
            c("maximum_delivery_voltage_v", "RES-ROOFTOP-8KW+minimum_delivery_voltage_v=114", "126", "1",
                    "\"maximumDeliveryVoltage\" : \"126 V\"",
                    "ten", "not a decimal number: 'ten'"),
            c("service_voltage", "COMMERCIAL-250KW", "277/480Y", "1",
                    "\"serviceVoltage\" : \"277/480Y\"",
                    "lots", "Invalid value for nominal voltage (valid values forms like 277/480Y, 120/240, 480 delta or 69 kV): 'lots'"),
            c("service_configuration", "COMMERCIAL-250KW", "FOUR_WIRE_WYE", "THREE_WIRE_DELTA",
                    "\"serviceConfiguration\" : \"FOUR_WIRE_WYE\"",
                    "STAR", "expected one of [FOUR_WIRE_WYE, THREE_WIRE_DELTA, SINGLE_PHASE_THREE_WIRE, DC, NON_STANDARD]: 'STAR'"),
            c("ct_ratio", "COMMERCIAL-250KW+ct_secondary_a=", "600:5", "600:1",
                    "\"ratio\" : \"600:5\"",
                    "600", "Invalid value for transformer ratio (valid values <primary>:<secondary>, both > 0): '600'"),
            c("ct_rating_factor", "COMMERCIAL-250KW", "2.0", "3",
                    "\"ratingFactor\" : 2.0",
                    "ten", "not a decimal number: 'ten'"),
            c("ct_burden", "COMMERCIAL-250KW", "0.5", "3",
                    "\"burden\" : 0.5",
                    "ten", "not a decimal number: 'ten'"),
            c("ct_accuracy_class", "COMMERCIAL-250KW", "0.3", "",
                    "\"accuracyClass\" : 0.3",
                    "ten", "not a decimal number: 'ten'"),
            c("ct_secondary_output", "COMMERCIAL-250KW", "CURRENT", "VOLTAGE",
                    "\"secondaryOutput\" : \"CURRENT\"",
                    "AMPS", "expected one of [CURRENT, VOLTAGE]: 'AMPS'"),
            c("ct_secondary_a", "COMMERCIAL-250KW", "5", "1",
                    "\"secondaryCurrent\" : \"5 A\"",
                    "ten", "not a decimal number: 'ten'"),
            c("ct_polarity_facing", "COMMERCIAL-250KW+ct_polarity_mark=DOT", "UTILITY", "GENERATION",
                    "\"polarityFacing\" : \"UTILITY\"",
                    "LEFT", "expected one of [UTILITY, GENERATION]: 'LEFT'"),
            c("ct_polarity_mark", "COMMERCIAL-250KW", "DOT", "ARROW",
                    "\"polarityMark\" : \"DOT\"",
                    "STAR", "expected one of [DOT, H1, ARROW]: 'STAR'"),
            c("pt_ratio", "COMMERCIAL-250KW", "288:120", "600:5",
                    "\"ratio\" : \"288:120\"",
                    "288", "Invalid value for transformer ratio (valid values <primary>:<secondary>, both > 0): '288'"),
            c("pt_secondary_v", "COMMERCIAL-250KW", "120", "1",
                    "\"secondaryVoltage\" : \"120 V\"",
                    "ten", "not a decimal number: 'ten'"),
            c("pt_burdens", "COMMERCIAL-250KW", "W X M Y", "W",
                    "\"burdenRatings\" : [ \"W\", \"X\", \"M\", \"Y\" ]",
                    "Q", "expected one of [W, X, M, Y, Z, ZZ]: 'Q'"),
            c("pt_accuracy_class", "COMMERCIAL-250KW", "0.3", "1",
                    "\"accuracyClass\" : 0.3",
                    "ten", "not a decimal number: 'ten'"),
            c("enclosure_outdoor", "COMMERCIAL-250KW", "true", "false",
                    "\"enclosureOutdoor\" : true",
                    "yes", "expected true or false: 'yes'"),
            c("enclosure_spacing_in", "COMMERCIAL-250KW", "6", "1",
                    "\"enclosureSpacing\" : \"6 in\"",
                    "ten", "not a decimal number: 'ten'"),
            c("enclosure_width_in", "COMMERCIAL-250KW", "32", "42",
                    "\"enclosureWidth\" : \"32 in\"",
                    "ten", "not a decimal number: 'ten'"),
            c("working_space_width_in", "COMMERCIAL-250KW", "36", "1",
                    "\"width\" : \"36 in\"",
                    "ten", "not a decimal number: 'ten'"),
            c("working_space_depth_in", "COMMERCIAL-250KW", "42", "1",
                    "\"depth\" : \"42 in\"",
                    "ten", "not a decimal number: 'ten'"),
            c("working_space_headspace_in", "COMMERCIAL-250KW", "78", "1",
                    "\"headspace\" : \"78 in\"",
                    "ten", "not a decimal number: 'ten'"),
            c("mounting", "COMMERCIAL-250KW", "H_FRAME", "EXTERIOR_WALL",
                    "\"type\" : \"H_FRAME\"",
                    "POLE", "expected one of [EXTERIOR_WALL, H_FRAME, OTHER]: 'POLE'"),
            c("cabinet_center_height_in", "COMMERCIAL-250KW", "66", "1",
                    "\"cabinetCenterHeight\" : \"66 in\"",
                    "ten", "not a decimal number: 'ten'"),
            c("conduit_type", "COMMERCIAL-250KW+conduit_entry_panels=BOTTOM+conduit_back_to_back_on_h_frame=false", "RIGID", "FLEXIBLE",
                    "\"type\" : \"RIGID\"",
                    "PVC", "expected one of [RIGID, FLEXIBLE]: 'PVC'"),
            c("conduit_size_in", "COMMERCIAL-250KW", "1.5", "1",
                    "\"tradeSize\" : \"1.5 in\"",
                    "ten", "not a decimal number: 'ten'"),
            c("conduit_entry_panels", "COMMERCIAL-250KW", "SIDE", "TOP",
                    "\"entryPanels\" : [ \"SIDE\" ]",
                    "FRONT", "expected one of [SIDE, BOTTOM, TOP, BACK, DOOR]: 'FRONT'"),
            c("conduit_back_to_back_on_h_frame", "COMMERCIAL-250KW+conduit_type=FLEXIBLE+conduit_entry_panels=BOTTOM", "true", "false",
                    "\"backToBackOnHFrame\" : true",
                    "yes", "expected true or false: 'yes'"),
            c("secondary_wire_size", "COMMERCIAL-250KW+secondary_wire_material=COPPER", "#12 AWG", "#14 AWG",
                    "\"size\" : \"#12 AWG\"",
                    "thick", "Invalid value for wireSize (valid values #40 to #1 AWG or 1/0 to 4/0 AWG): 'thick'"),
            c("secondary_wire_length_ft", "COMMERCIAL-250KW+secondary_wire_material=COPPER", "48", "66",
                    "\"length\" : \"576 in\"",
                    "ten", "not a decimal number: 'ten'"),
            c("secondary_wire_material", "COMMERCIAL-250KW", "COPPER", "ALUMINUM",
                    "\"material\" : \"COPPER\"",
                    "GOLD", "expected one of [COPPER, ALUMINUM]: 'GOLD'"),
            c("gas_riser_od_in", "COMMERCIAL-250KW", "1.5", "3",
                    "\"outsideDiameter\" : \"1.5 in\"",
                    "ten", "not a decimal number: 'ten'"),
            c("gas_vent_clearance_ft", "COMMERCIAL-250KW", "4", "1",
                    "\"ventClearance\" : \"48 in\"",
                    "ten", "not a decimal number: 'ten'")
    );

    /**
     * One column's effect on the screening: two values of the column, all else equal.
     *
     * @param column the column
     * @param context the bundled row and the cells set on it, {@code ROW+column=value+...}
     * @param value a value of the column
     * @param other another value (empty: unknown)
     * @param change the first finding (catalogue order) that differs: {@code ID: outcome [value] -> outcome [value]},
     *     or {@code ID: explanation} when only an explanation does
     */
    record Change(String column, String context, String value, String other, String change) {
        @Override
        public String toString() {
            return column;
        }
    }

    private static Change change(String column, String context, String value, String other, String change) {
        return new Change(column, context, value, other, change);
    }

    static Stream<Change> changes() {
        return CHANGES.stream();
    }

    private static final List<Change> CHANGES = List.of(
            change("siting", "RES-ROOFTOP-8KW", "BTM", "RLG", "BTM-01: NOT_REQUIRED -> NOT_APPLICABLE"),
            change("phases", "RES-ROOFTOP-8KW", "1", "3", "BTM-02: NOT_REQUIRED -> NOT_APPLICABLE"),
            change("nameplate_kw", "RES-ROOFTOP-8KW", "8", "1", "P466-01: VALUE 8 -> VALUE 1"),
            change("nameplate_kva", "RES-ROOFTOP-8KW", "8", "120", "BTM-02: NOT_REQUIRED -> FAIL"),
            change("export_kw", "RES-ROOFTOP-8KW", "8", "30", "POL-06: VALUE LEVEL_1 -> VALUE LEVEL_2"),
            change("storage_kw", "RES-ROOFTOP-8KW", "1", "3", "P466-01: VALUE 9 -> VALUE 11"),
            change("storage_charging", "STORAGE-RETROFIT-10KW", "SOURCE_AND_GRID", "SOURCE", "POL-12: VALUE 2-Ex -> VALUE 1-Ex"),
            change("storage_export", "STORAGE-RETROFIT-10KW", "true", "false", "POL-12: VALUE 2-Ex -> VALUE 2-NEx"),
            change("poi_kv", "RES-ROOFTOP-8KW", "0.24", "3", "POL-01: VALUE SERVICE/BTM -> VALUE UNCLASSIFIED_MEDIUM/BTM"),
            change("system", "RES-ROOFTOP-8KW", "RADIAL", "NETWORKED", "P466-02: PASS -> NOT_APPLICABLE"),
            change("metering", "COMMERCIAL-250KW", "INSTRUMENT_RATED", "SELF_CONTAINED", "BTM-03: NOT_APPLICABLE -> FAIL 132.864"),
            change("renewable", "RES-ROOFTOP-8KW", "true", "false", "POL-03: PASS -> FAIL"),
            change("peak_demand_kw", "RES-ROOFTOP-8KW", "12", "250", "POL-04: PASS -> FAIL"),
            change("applicant_is_customer", "RES-ROOFTOP-8KW", "true", "false", "POL-09: NOT_APPLICABLE -> INSUFFICIENT_DATA"),
            change("site_control_proof", "COMMUNITY-SOLAR-3MW", "true", "false", "POL-09: PASS -> FAIL"),
            change("has_site_plan", "COMMERCIAL-250KW", "true", "false", "POL-08: PASS -> FAIL"),
            change("has_one_line", "COMMERCIAL-250KW", "true", "false", "POL-08: PASS -> FAIL"),
            change("reverse_flow_at_substation", "RES-ROOFTOP-8KW", "false", "true", "POL-40: VALUE 0.00..0.00 -> VALUE 20000.00..40000.00"),
            change("circuit_max_load_kw", "RES-ROOFTOP-8KW", "6500", "1", "P466-02: PASS -> FAIL"),
            change("circuit_der_kw", "RES-ROOFTOP-8KW", "900", "1000", "P466-02: PASS -> FAIL"),
            change("fault_current_contribution_pct", "COMMERCIAL-250KW", "6", "12", "P466-07: PASS -> FAIL"),
            change("spot_network", "RES-ROOFTOP-8KW", "true", "false", "P466-03: INSUFFICIENT_DATA -> NOT_APPLICABLE"),
            change("spot_network_max_load_kw", "RES-ROOFTOP-8KW+spot_network=true+spot_network_der_kva=20", "1000", "1", "P466-03: PASS -> FAIL"),
            change("spot_network_der_kva", "RES-ROOFTOP-8KW+spot_network=true+spot_network_max_load_kw=1000", "20", "55", "P466-03: PASS -> FAIL"),
            change("has_equipment_specifications", "RLG-12MVA-69KV", "true", "false", "POL-08: PASS -> FAIL"),
            change("has_ess_supplemental_form", "STORAGE-RETROFIT-10KW", "true", "false", "POL-11: PASS -> FAIL"),
            change("inverter_manufacturer", "RES-ROOFTOP-8KW", "Example Power", "Acme", "INV-03: explanation"),
            change("inverter_model", "RES-ROOFTOP-8KW", "EP-8000", "X-1", "INV-03: explanation"),
            change("inverter_kw", "RES-ROOFTOP-8KW+nameplate_kw=+nameplate_kva=", "8", "1", "P466-01: VALUE 8 -> VALUE 1"),
            change("inverter_count", "RES-ROOFTOP-8KW+nameplate_kw=+nameplate_kva=", "1", "3", "P466-01: VALUE 8 -> VALUE 24"),
            change("inverter_firmware", "RES-ROOFTOP-8KW+rebate_requested=GENERATION", "2.1.4", "", "INV-01: explanation"),
            change("inverter_certifications", "RES-ROOFTOP-8KW", "IEEE_1547_2003 UL_1741_SA RULE_21_PHASE_1", "IEEE_1547_2018 UL_1741_SB", "INV-04: PASS -> FAIL"),
            change("inverter_protocols", "RES-ROOFTOP-8KW", "SUNSPEC_MODBUS_RS485", "OTHER", "INV-07: INSUFFICIENT_DATA -> FAIL"),
            change("inverter_supported_modes", "RES-ROOFTOP-8KW", "ANTI_ISLANDING VOLT_VAR RAMP_RATES VOLTAGE_RIDE_THROUGH FREQUENCY_RIDE_THROUGH CONSTANT_POWER_FACTOR", "ANTI_ISLANDING", "INV-08: PASS -> FAIL"),
            change("inverter_active_modes", "RES-ROOFTOP-8KW", "ANTI_ISLANDING VOLT_VAR RAMP_RATES VOLTAGE_RIDE_THROUGH FREQUENCY_RIDE_THROUGH", "ANTI_ISLANDING", "INV-08: PASS -> FAIL"),
            change("has_ct_pt_specifications", "COMMERCIAL-250KW", "true", "false", "BTM-07: INFO -> REQUIRED"),
            change("energy_source", "RLG-12MVA-69KV", "WIND", "OTHER", "POL-17: INSUFFICIENT_DATA -> NOT_APPLICABLE"),
            change("residential", "RES-ROOFTOP-8KW+minimum_delivery_voltage_v=114+maximum_delivery_voltage_v=126", "true", "false", "POL-15: PASS -> INSUFFICIENT_DATA"),
            change("qualifying_facility", "RES-ROOFTOP-8KW", "true", "false", "POL-05: PASS -> NOT_APPLICABLE"),
            change("existing_nameplate_kw", "RES-ROOFTOP-8KW", "1", "3", "P466-01: VALUE 9 -> VALUE 11"),
            change("utility_construction_required", "RES-ROOFTOP-8KW", "true", "false", "P466-06: FAIL -> PASS"),
            change("interconnection_date", "RES-ROOFTOP-8KW+rebate_requested=GENERATION", "2024-05-01", "2010-01-01", "INV-05: FAIL -> PASS"),
            change("rebate_requested", "RES-ROOFTOP-8KW", "GENERATION", "STORAGE", "INV-02: NOT_APPLICABLE -> INSUFFICIENT_DATA"),
            change("minimum_delivery_voltage_v", "RES-ROOFTOP-8KW+maximum_delivery_voltage_v=126", "114", "1", "POL-15: PASS -> FAIL"),
            change("maximum_delivery_voltage_v", "RES-ROOFTOP-8KW+minimum_delivery_voltage_v=114", "126", "1", "POL-15: PASS -> FAIL"),
            change("service_voltage", "COMMERCIAL-250KW", "277/480Y", "1", "BTM-13: PASS -> REVIEW"),
            change("service_configuration", "COMMERCIAL-250KW", "FOUR_WIRE_WYE", "THREE_WIRE_DELTA", "BTM-12: PASS -> REVIEW"),
            change("ct_ratio", "COMMERCIAL-250KW+ct_secondary_a=", "600:5", "600:1", "BTM-14: PASS -> FAIL"),
            change("ct_rating_factor", "COMMERCIAL-250KW", "2.0", "3", "BTM-16: PASS -> FAIL"),
            change("ct_burden", "COMMERCIAL-250KW", "0.5", "3", "BTM-15: PASS -> FAIL"),
            change("ct_accuracy_class", "COMMERCIAL-250KW", "0.3", "", "BTM-17: ADVISORY -> INSUFFICIENT_DATA"),
            change("ct_secondary_output", "COMMERCIAL-250KW", "CURRENT", "VOLTAGE", "BTM-14: PASS -> FAIL"),
            change("ct_secondary_a", "COMMERCIAL-250KW", "5", "1", "BTM-14: PASS -> FAIL"),
            change("ct_polarity_facing", "COMMERCIAL-250KW+ct_polarity_mark=DOT", "UTILITY", "GENERATION", "BTM-08: PASS -> FAIL"),
            change("ct_polarity_mark", "COMMERCIAL-250KW", "DOT", "ARROW", "BTM-08: PASS -> FAIL"),
            change("pt_ratio", "COMMERCIAL-250KW", "288:120", "600:5", "BTM-13: PASS -> FAIL"),
            change("pt_secondary_v", "COMMERCIAL-250KW", "120", "1", "BTM-09: PASS -> FAIL"),
            change("pt_burdens", "COMMERCIAL-250KW", "W X M Y", "W", "BTM-10: PASS -> FAIL"),
            change("pt_accuracy_class", "COMMERCIAL-250KW", "0.3", "1", "BTM-11: PASS -> ADVISORY"),
            change("enclosure_outdoor", "COMMERCIAL-250KW", "true", "false", "BTM-25: INSUFFICIENT_DATA -> FAIL"),
            change("enclosure_spacing_in", "COMMERCIAL-250KW", "6", "1", "BTM-28: PASS -> FAIL"),
            change("enclosure_width_in", "COMMERCIAL-250KW", "32", "42", "BTM-29: PASS -> FAIL"),
            change("working_space_width_in", "COMMERCIAL-250KW", "36", "1", "BTM-29: PASS -> FAIL"),
            change("working_space_depth_in", "COMMERCIAL-250KW", "42", "1", "BTM-29: PASS -> FAIL"),
            change("working_space_headspace_in", "COMMERCIAL-250KW", "78", "1", "BTM-29: PASS -> FAIL"),
            change("mounting", "COMMERCIAL-250KW", "H_FRAME", "EXTERIOR_WALL", "BTM-26: INSUFFICIENT_DATA -> PASS"),
            change("cabinet_center_height_in", "COMMERCIAL-250KW", "66", "1", "BTM-30: PASS -> FAIL"),
            change("conduit_type", "COMMERCIAL-250KW+conduit_entry_panels=BOTTOM+conduit_back_to_back_on_h_frame=false", "RIGID", "FLEXIBLE", "BTM-27: PASS -> FAIL"),
            change("conduit_size_in", "COMMERCIAL-250KW", "1.5", "1", "BTM-27: PASS -> FAIL"),
            change("conduit_entry_panels", "COMMERCIAL-250KW", "SIDE", "TOP", "BTM-27: PASS -> FAIL"),
            change("conduit_back_to_back_on_h_frame", "COMMERCIAL-250KW+conduit_type=FLEXIBLE+conduit_entry_panels=BOTTOM", "true", "false", "BTM-27: PASS -> FAIL"),
            change("secondary_wire_size", "COMMERCIAL-250KW+secondary_wire_material=COPPER", "#12 AWG", "#14 AWG", "BTM-31: PASS -> REVIEW"),
            change("secondary_wire_length_ft", "COMMERCIAL-250KW+secondary_wire_material=COPPER", "48", "66", "BTM-31: PASS -> FAIL"),
            change("secondary_wire_material", "COMMERCIAL-250KW", "COPPER", "ALUMINUM", "BTM-31: PASS -> REVIEW"),
            change("gas_riser_od_in", "COMMERCIAL-250KW", "1.5", "3", "BTM-33: PASS -> FAIL"),
            change("gas_vent_clearance_ft", "COMMERCIAL-250KW", "4", "1", "BTM-33: PASS -> FAIL")
    );

    private static final Map<String, Map<String, String>> BUNDLED = bundled();

    private static Map<String, Map<String, String>> bundled() {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (InputStream in = ApplicationCsvColumnsTest.class.getResourceAsStream("applications.csv");
                CSVParser p = CSVParser.parse(in, StandardCharsets.UTF_8,
                        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : p) {
                rows.put(r.get("application_id"), r.toMap());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    private static final List<String> COLUMNS = ApplicationCsv.columns().stream().map(ApplicationCsv.Column::name)
            .toList();

    /** The row of a context with one cell set: every column, in documentation order. */
    private static List<String> row(String context, String column, String value) {
        String[] parts = context.split("\\+");
        Map<String, String> cells = new LinkedHashMap<>(BUNDLED.get(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            cells.put(kv[0], kv[1]);
        }
        cells.put(column, value);
        List<String> row = new ArrayList<>();
        for (String c : COLUMNS) {
            row.add(cells.getOrDefault(c, ""));
        }
        return row;
    }

    private static String csv(List<List<String>> rows) {
        StringBuilder s = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (List<String> r : rows) {
            s.append(r.stream().map(v -> v.contains(",") ? "\"" + v + "\"" : v).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return s.toString();
    }

    private static InterconnectionApplication read(List<String> row) throws Exception {
        return ApplicationCsv.read(new StringReader(csv(List.of(row))), "x").get(0);
    }

    private static int occurrences(String text, String line) {
        int n = 0;
        for (int i = text.indexOf(line); i >= 0; i = text.indexOf(line, i + 1)) {
            n++;
        }
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_read_the_column_into_its_field_and_refuse_a_bad_value_naming_line_and_column(Case k)
            throws Exception {
        InterconnectionApplication a = read(row(k.context(), k.column(), k.value()));
        InterconnectionApplication b = read(row(k.context(), k.column(), k.other()));
        String jsonA = JsonDocuments.writeApplication(a);
        String jsonB = JsonDocuments.writeApplication(b);
        assertNotEquals(jsonA, jsonB, "the column is read into the application");
        if (k.json() != null) {
            assertTrue(occurrences(jsonA, k.json()) > occurrences(jsonB, k.json()), jsonA + "\n" + jsonB);
        }
        if (k.bad() != null) {
            String text = csv(List.of(row(k.context(), k.column(), k.value()), row(k.context(), k.column(), k.bad())));
            ApplicationCsvException e = assertThrows(ApplicationCsvException.class,
                    () -> ApplicationCsv.read(new StringReader(text), "x"));
            assertEquals("x: line 3, column " + k.column() + ": " + k.reason(), e.getMessage());
            assertEquals("x", e.file());
            assertEquals(3, e.line());
            assertEquals(k.column(), e.column());
            assertEquals(k.reason(), e.reason());
        }
    }

    @Test
    void should_have_a_case_for_every_documented_column() {
        Set<String> documented = new TreeSet<>(COLUMNS);
        documented.remove("application_id");
        assertEquals(documented, CASES.stream().map(Case::column).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static final RuleBook<Screening> BOOK = AmerenRuleBook.book();

    private static String firstDifference(Findings a, Findings b) {
        for (int i = 0; i < a.size(); i++) {
            Finding x = a.get(i);
            Finding y = b.get(i);
            if (x.outcome() != y.outcome() || !x.value().equals(y.value())) {
                return x.id() + ": " + x.outcome() + x.value().map(v -> " " + v).orElse("") + " -> " + y.outcome()
                        + y.value().map(v -> " " + v).orElse("");
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).explanation().equals(b.get(i).explanation())) {
                return a.get(i).id() + ": explanation";
            }
        }
        return "NONE";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void should_change_a_finding_with_the_value_of_the_column(Change k) throws Exception {
        InterconnectionApplication a = read(row(k.context(), k.column(), k.value()));
        InterconnectionApplication b = read(row(k.context(), k.column(), k.other()));
        assertEquals(k.change(), firstDifference(BOOK.evaluate(Screening.of(a)), BOOK.evaluate(Screening.of(b))));
    }

    @Test
    void should_have_a_finding_that_changes_for_every_documented_column() {
        Set<String> documented = new TreeSet<>(COLUMNS);
        documented.remove("application_id");
        assertEquals(documented, CHANGES.stream().map(Change::column).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void should_name_each_row_by_application_id_and_refuse_an_empty_one() throws Exception {
        List<String> row = row("COMMERCIAL-250KW", "application_id", "SITE-42");
        assertEquals("SITE-42", read(row).id().value());
        String text = csv(List.of(row, row("COMMERCIAL-250KW", "application_id", "")));
        ApplicationCsvException e = assertThrows(ApplicationCsvException.class,
                () -> ApplicationCsv.read(new StringReader(text), "x"));
        assertEquals("x: line 3, column application_id: required value is empty", e.getMessage());
    }
}
