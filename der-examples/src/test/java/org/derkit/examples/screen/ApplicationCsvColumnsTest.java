package org.derkit.examples.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.derkit.rules.document.ApplicationCsv;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.rules.Finding;
import org.derkit.rules.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented column of the application CSV changes a finding of the book: two values of it,
 * all else equal, screen differently. That each column is read into its field and a bad value is
 * refused naming the line and the column is der-rules' ApplicationCsvColumnsTest, beside the reader.
 *
 * <p>Each case starts from a row of the bundled {@code applications.csv}, with a few other cells
 * set where the rule needs them ({@code +column=value}, empty for unknown). The CT ratio reaches
 * BTM-14 through the secondary current it names (600:1 is a 1 A secondary); the inverter's firmware
 * version reaches INV-01, whose rebate form asks for the specification sheet of the installed
 * firmware. The inverter's make and model and its firmware change explanations rather than outcomes
 * from the CSV: they name the inverters, and the rest of the rebate form is stated in JSON, where a
 * missing firmware version turns INV-01 from PASS to FAIL (SmartInverterRulesTest).
 */
class ApplicationCsvColumnsTest {

    /**
     * One column's case.
     *
     * @param column the column
     * @param context the bundled row and the cells set on it, {@code ROW+column=value+...}
     * @param value a value of the column
     * @param other another value (empty: unknown)
     * @param change the first finding (catalogue order) that differs: {@code ID: outcome [value] -> outcome [value]},
     *     {@code ID: explanation} when only an explanation does, {@code NONE} when none does
     */
    record Case(String column, String context, String value, String other, String change) {
        @Override
        public String toString() {
            return column;
        }
    }

    private static Case c(String column, String context, String value, String other, String change) {
        return new Case(column, context, value, other, change);
    }

    static Stream<Case> cases() {
        return CASES.stream();
    }

    private static final List<Case> CASES = List.of(
            c("siting", "RES-ROOFTOP-8KW", "BTM", "RLG", "BTM-01: NOT_REQUIRED -> NOT_APPLICABLE"),
            c("phases", "RES-ROOFTOP-8KW", "1", "3", "BTM-02: NOT_REQUIRED -> NOT_APPLICABLE"),
            c("nameplate_kw", "RES-ROOFTOP-8KW", "8", "1", "P466-01: VALUE 8 -> VALUE 1"),
            c("nameplate_kva", "RES-ROOFTOP-8KW", "8", "120", "BTM-02: NOT_REQUIRED -> FAIL"),
            c("export_kw", "RES-ROOFTOP-8KW", "8", "30", "POL-06: VALUE LEVEL_1 -> VALUE LEVEL_2"),
            c("storage_kw", "RES-ROOFTOP-8KW", "1", "3", "P466-01: VALUE 9 -> VALUE 11"),
            c("storage_charging", "STORAGE-RETROFIT-10KW", "SOURCE_AND_GRID", "SOURCE", "POL-12: VALUE 2-Ex -> VALUE 1-Ex"),
            c("storage_export", "STORAGE-RETROFIT-10KW", "true", "false", "POL-12: VALUE 2-Ex -> VALUE 2-NEx"),
            c("poi_kv", "RES-ROOFTOP-8KW", "0.24", "3", "POL-01: VALUE SERVICE/BTM -> VALUE UNCLASSIFIED_MEDIUM/BTM"),
            c("system", "RES-ROOFTOP-8KW", "RADIAL", "NETWORKED", "P466-02: PASS -> NOT_APPLICABLE"),
            c("metering", "COMMERCIAL-250KW", "INSTRUMENT_RATED", "SELF_CONTAINED", "BTM-03: NOT_APPLICABLE -> FAIL 132.864"),
            c("renewable", "RES-ROOFTOP-8KW", "true", "false", "POL-03: PASS -> FAIL"),
            c("peak_demand_kw", "RES-ROOFTOP-8KW", "12", "250", "POL-04: PASS -> FAIL"),
            c("applicant_is_customer", "RES-ROOFTOP-8KW", "true", "false", "POL-09: NOT_APPLICABLE -> INSUFFICIENT_DATA"),
            c("site_control_proof", "COMMUNITY-SOLAR-3MW", "true", "false", "POL-09: PASS -> FAIL"),
            c("has_site_plan", "COMMERCIAL-250KW", "true", "false", "POL-08: PASS -> FAIL"),
            c("has_one_line", "COMMERCIAL-250KW", "true", "false", "POL-08: PASS -> FAIL"),
            c("reverse_flow_at_substation", "RES-ROOFTOP-8KW", "false", "true", "POL-40: VALUE 0.00..0.00 -> VALUE 20000.00..40000.00"),
            c("circuit_max_load_kw", "RES-ROOFTOP-8KW", "6500", "1", "P466-02: PASS -> FAIL"),
            c("circuit_der_kw", "RES-ROOFTOP-8KW", "900", "1000", "P466-02: PASS -> FAIL"),
            c("fault_current_contribution_pct", "COMMERCIAL-250KW", "6", "12", "P466-07: PASS -> FAIL"),
            c("spot_network", "RES-ROOFTOP-8KW", "true", "false", "P466-03: INSUFFICIENT_DATA -> NOT_APPLICABLE"),
            c("spot_network_max_load_kw", "RES-ROOFTOP-8KW+spot_network=true+spot_network_der_kva=20", "1000", "1", "P466-03: PASS -> FAIL"),
            c("spot_network_der_kva", "RES-ROOFTOP-8KW+spot_network=true+spot_network_max_load_kw=1000", "20", "55", "P466-03: PASS -> FAIL"),
            c("has_equipment_specifications", "RLG-12MVA-69KV", "true", "false", "POL-08: PASS -> FAIL"),
            c("has_ess_supplemental_form", "STORAGE-RETROFIT-10KW", "true", "false", "POL-11: PASS -> FAIL"),
            c("inverter_manufacturer", "RES-ROOFTOP-8KW", "Example Power", "Acme", "INV-03: explanation"),
            c("inverter_model", "RES-ROOFTOP-8KW", "EP-8000", "X-1", "INV-03: explanation"),
            c("inverter_kw", "RES-ROOFTOP-8KW+nameplate_kw=+nameplate_kva=", "8", "1", "P466-01: VALUE 8 -> VALUE 1"),
            c("inverter_count", "RES-ROOFTOP-8KW+nameplate_kw=+nameplate_kva=", "1", "3", "P466-01: VALUE 8 -> VALUE 24"),
            c("inverter_firmware", "RES-ROOFTOP-8KW+rebate_requested=GENERATION", "2.1.4", "", "INV-01: explanation"),
            c("inverter_certifications", "RES-ROOFTOP-8KW", "IEEE_1547_2003 UL_1741_SA RULE_21_PHASE_1", "IEEE_1547_2018 UL_1741_SB", "INV-04: PASS -> FAIL"),
            c("inverter_protocols", "RES-ROOFTOP-8KW", "SUNSPEC_MODBUS_RS485", "OTHER", "INV-07: INSUFFICIENT_DATA -> FAIL"),
            c("inverter_supported_modes", "RES-ROOFTOP-8KW", "ANTI_ISLANDING VOLT_VAR RAMP_RATES VOLTAGE_RIDE_THROUGH FREQUENCY_RIDE_THROUGH CONSTANT_POWER_FACTOR", "ANTI_ISLANDING", "INV-08: PASS -> FAIL"),
            c("inverter_active_modes", "RES-ROOFTOP-8KW", "ANTI_ISLANDING VOLT_VAR RAMP_RATES VOLTAGE_RIDE_THROUGH FREQUENCY_RIDE_THROUGH", "ANTI_ISLANDING", "INV-08: PASS -> FAIL"),
            c("has_ct_pt_specifications", "COMMERCIAL-250KW", "true", "false", "BTM-07: INFO -> REQUIRED"),
            c("energy_source", "RLG-12MVA-69KV", "WIND", "OTHER", "POL-17: INSUFFICIENT_DATA -> NOT_APPLICABLE"),
            c("residential", "RES-ROOFTOP-8KW+minimum_delivery_voltage_v=114+maximum_delivery_voltage_v=126", "true", "false", "POL-15: PASS -> INSUFFICIENT_DATA"),
            c("qualifying_facility", "RES-ROOFTOP-8KW", "true", "false", "POL-05: PASS -> NOT_APPLICABLE"),
            c("existing_nameplate_kw", "RES-ROOFTOP-8KW", "1", "3", "P466-01: VALUE 9 -> VALUE 11"),
            c("utility_construction_required", "RES-ROOFTOP-8KW", "true", "false", "P466-06: FAIL -> PASS"),
            c("interconnection_date", "RES-ROOFTOP-8KW+rebate_requested=GENERATION", "2024-05-01", "2010-01-01", "INV-05: FAIL -> PASS"),
            c("rebate_requested", "RES-ROOFTOP-8KW", "GENERATION", "STORAGE", "INV-02: NOT_APPLICABLE -> INSUFFICIENT_DATA"),
            c("minimum_delivery_voltage_v", "RES-ROOFTOP-8KW+maximum_delivery_voltage_v=126", "114", "1", "POL-15: PASS -> FAIL"),
            c("maximum_delivery_voltage_v", "RES-ROOFTOP-8KW+minimum_delivery_voltage_v=114", "126", "1", "POL-15: PASS -> FAIL"),
            c("service_voltage", "COMMERCIAL-250KW", "277/480Y", "1", "BTM-13: PASS -> REVIEW"),
            c("service_configuration", "COMMERCIAL-250KW", "FOUR_WIRE_WYE", "THREE_WIRE_DELTA", "BTM-12: PASS -> REVIEW"),
            c("ct_ratio", "COMMERCIAL-250KW+ct_secondary_a=", "600:5", "600:1", "BTM-14: PASS -> FAIL"),
            c("ct_rating_factor", "COMMERCIAL-250KW", "2.0", "3", "BTM-16: PASS -> FAIL"),
            c("ct_burden", "COMMERCIAL-250KW", "0.5", "3", "BTM-15: PASS -> FAIL"),
            c("ct_accuracy_class", "COMMERCIAL-250KW", "0.3", "", "BTM-17: ADVISORY -> INSUFFICIENT_DATA"),
            c("ct_secondary_output", "COMMERCIAL-250KW", "CURRENT", "VOLTAGE", "BTM-14: PASS -> FAIL"),
            c("ct_secondary_a", "COMMERCIAL-250KW", "5", "1", "BTM-14: PASS -> FAIL"),
            c("ct_polarity_facing", "COMMERCIAL-250KW+ct_polarity_mark=DOT", "UTILITY", "GENERATION", "BTM-08: PASS -> FAIL"),
            c("ct_polarity_mark", "COMMERCIAL-250KW", "DOT", "ARROW", "BTM-08: PASS -> FAIL"),
            c("pt_ratio", "COMMERCIAL-250KW", "288:120", "600:5", "BTM-13: PASS -> FAIL"),
            c("pt_secondary_v", "COMMERCIAL-250KW", "120", "1", "BTM-09: PASS -> FAIL"),
            c("pt_burdens", "COMMERCIAL-250KW", "W X M Y", "W", "BTM-10: PASS -> FAIL"),
            c("pt_accuracy_class", "COMMERCIAL-250KW", "0.3", "1", "BTM-11: PASS -> ADVISORY"),
            c("enclosure_outdoor", "COMMERCIAL-250KW", "true", "false", "BTM-25: INSUFFICIENT_DATA -> FAIL"),
            c("enclosure_spacing_in", "COMMERCIAL-250KW", "6", "1", "BTM-28: PASS -> FAIL"),
            c("enclosure_width_in", "COMMERCIAL-250KW", "32", "42", "BTM-29: PASS -> FAIL"),
            c("working_space_width_in", "COMMERCIAL-250KW", "36", "1", "BTM-29: PASS -> FAIL"),
            c("working_space_depth_in", "COMMERCIAL-250KW", "42", "1", "BTM-29: PASS -> FAIL"),
            c("working_space_headspace_in", "COMMERCIAL-250KW", "78", "1", "BTM-29: PASS -> FAIL"),
            c("mounting", "COMMERCIAL-250KW", "H_FRAME", "EXTERIOR_WALL", "BTM-26: INSUFFICIENT_DATA -> PASS"),
            c("cabinet_center_height_in", "COMMERCIAL-250KW", "66", "1", "BTM-30: PASS -> FAIL"),
            c("conduit_type", "COMMERCIAL-250KW+conduit_entry_panels=BOTTOM+conduit_back_to_back_on_h_frame=false", "RIGID", "FLEXIBLE", "BTM-27: PASS -> FAIL"),
            c("conduit_size_in", "COMMERCIAL-250KW", "1.5", "1", "BTM-27: PASS -> FAIL"),
            c("conduit_entry_panels", "COMMERCIAL-250KW", "SIDE", "TOP", "BTM-27: PASS -> FAIL"),
            c("conduit_back_to_back_on_h_frame", "COMMERCIAL-250KW+conduit_type=FLEXIBLE+conduit_entry_panels=BOTTOM", "true", "false", "BTM-27: PASS -> FAIL"),
            c("secondary_wire_size", "COMMERCIAL-250KW+secondary_wire_material=COPPER", "#12 AWG", "#14 AWG", "BTM-31: PASS -> REVIEW"),
            c("secondary_wire_length_ft", "COMMERCIAL-250KW+secondary_wire_material=COPPER", "48", "66", "BTM-31: PASS -> FAIL"),
            c("secondary_wire_material", "COMMERCIAL-250KW", "COPPER", "ALUMINUM", "BTM-31: PASS -> REVIEW"),
            c("gas_riser_od_in", "COMMERCIAL-250KW", "1.5", "3", "BTM-33: PASS -> FAIL"),
            c("gas_vent_clearance_ft", "COMMERCIAL-250KW", "4", "1", "BTM-33: PASS -> FAIL")
    );

    private static final Map<String, Map<String, String>> BUNDLED = bundled();

    private static Map<String, Map<String, String>> bundled() {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (InputStream in = ApplicationCsvColumnsTest.class.getResourceAsStream("/org/derkit/examples/data/applications.csv");
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

    private static String change(Findings a, Findings b) {
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
    @MethodSource("cases")
    void should_change_a_finding_with_the_value_of_the_column(Case k) throws Exception {
        InterconnectionApplication a = read(row(k.context(), k.column(), k.value()));
        InterconnectionApplication b = read(row(k.context(), k.column(), k.other()));
        Screener screener = Screener.ameren();
        assertNotEquals("NONE", k.change(), "every documented column changes a finding");
        assertEquals(k.change(), change(screener.evaluate(a), screener.evaluate(b)));
    }

    @Test
    void should_have_a_case_for_every_documented_column() {
        Set<String> documented = new TreeSet<>(COLUMNS);
        documented.remove("application_id");
        assertEquals(documented, CASES.stream().map(Case::column).collect(Collectors.toCollection(TreeSet::new)));
    }
}
