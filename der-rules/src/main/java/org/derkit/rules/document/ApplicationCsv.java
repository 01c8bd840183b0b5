package org.derkit.rules.document;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.ApplicationId;
import org.derkit.model.Current;
import org.derkit.model.InvalidValueException;
import org.derkit.model.Length;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Percentage;
import org.derkit.model.TransformerRatio;
import org.derkit.model.Voltage;
import org.derkit.model.application.Applicant;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.application.CircuitData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.application.RebateApplication;
import org.derkit.model.application.RebateType;
import org.derkit.model.application.StudyResults;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.CommunicationProtocol;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.MeteringType;
import org.derkit.model.facility.OperatingMode;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.StorageCharging;
import org.derkit.model.facility.SystemType;
import org.derkit.model.installation.Conductor;
import org.derkit.model.installation.Conduit;
import org.derkit.model.installation.ConduitType;
import org.derkit.model.installation.CurrentTransformer;
import org.derkit.model.installation.EnclosurePanel;
import org.derkit.model.installation.GasRiser;
import org.derkit.model.installation.InstrumentTransformerSet;
import org.derkit.model.installation.MeteringInstallation;
import org.derkit.model.installation.Mounting;
import org.derkit.model.installation.MountingType;
import org.derkit.model.installation.PolarityFacing;
import org.derkit.model.installation.PolarityMark;
import org.derkit.model.installation.PotentialTransformer;
import org.derkit.model.installation.PotentialTransformerBurden;
import org.derkit.model.installation.SecondaryOutput;
import org.derkit.model.installation.ServiceConfiguration;
import org.derkit.model.installation.WireSize;
import org.derkit.model.installation.Wiring;
import org.derkit.model.installation.WorkingSpace;

/**
 * Reads interconnection applications from a CSV file with one application per row, in the
 * columns of the {@code derkit screen} contract plus the snake_case names of further model fields
 * (see {@link #columns()}). An empty cell means unknown. An unknown or repeated column, or a cell that cannot
 * be read, is an error naming the file, the line and the column; nothing is guessed.
 */
public final class ApplicationCsv {

    /**
     * One column: its header name, what it holds, and how it sets the draft.
     *
     * @param name the header name, such as {@code application_id}
     * @param description what a cell holds, as {@code derkit screen --help} lists it
     * @param reader how a non-empty cell sets the draft application
     */
    public record Column(String name, String description, CellReader reader) {
    }

    /** Applies one non-empty cell to the draft application. */
    @FunctionalInterface
    public interface CellReader {
        /**
         * Reads {@code cell} into {@code draft}; throws with the reason if it cannot.
         *
         * @param draft the application being read, changed by this cell
         * @param cell the cell's text, trimmed and not empty
         */
        void read(Draft draft, String cell);
    }

    /** The columns by header, in the order of the documentation; unmodifiable once the class is loaded. */
    private static final Map<String, Column> COLUMNS;

    private static void column(Map<String, Column> columns, String name, String description, CellReader reader) {
        columns.put(name, new Column(name, description, reader));
    }

    static {
        Map<String, Column> columns = new LinkedHashMap<>();
        column(columns, "application_id", "text, required", (d, c) -> d.id = ApplicationId.of(c));
        column(columns, "siting", "BTM or RLG", (d, c) -> d.facility.siting(Siting.parse(c)));
        column(columns, "phases", "1 or 3", (d, c) -> d.facility.phases(Phases.of(integer(c))));
        column(columns, "nameplate_kw", "AC nameplate of all generation, kW",
                (d, c) -> d.facility.declaredNameplate(ActivePower.ofKilowatts(decimal(c))));
        column(columns, "nameplate_kva", "AC nameplate, kVA",
                (d, c) -> d.facility.declaredApparentNameplate(ApparentPower.ofKilovoltAmperes(decimal(c))));
        column(columns, "export_kw", "export capacity, kW",
                (d, c) -> d.facility.exportCapacity(ActivePower.ofKilowatts(decimal(c))));
        column(columns, "storage_kw", "ESS inverter AC nameplate, kW (0: no storage)", (d, c) -> {
            BigDecimal kw = decimal(c);
            if (kw.signum() != 0) {
                d.storage().acRating(ActivePower.ofKilowatts(kw));
                d.storageRated = true;
            }
        });
        column(columns, "storage_charging", "SOURCE, SOURCE_AND_GRID or GRID",
                (d, c) -> d.storage().charging(constant(StorageCharging.class, c)));
        column(columns, "storage_export", "true or false", (d, c) -> d.storage().exportAllowed(bool(c)));
        column(columns, "poi_kv", "nominal line-to-line voltage at the POI, kV",
                (d, c) -> d.facility.pointOfInterconnectionVoltage(NominalVoltage.ofLineToLineKilovolts(decimal(c))));
        column(columns, "system", "RADIAL or NETWORKED", (d, c) -> d.facility.systemType(constant(SystemType.class, c)));
        column(columns, "metering", "SELF_CONTAINED or INSTRUMENT_RATED",
                (d, c) -> d.facility.meteringType(constant(MeteringType.class, c)));
        column(columns, "renewable", "true or false", (d, c) -> d.facility.renewable(bool(c)));
        column(columns, "peak_demand_kw", "customer's peak yearly demand, kW",
                (d, c) -> d.facility.customerPeakDemand(ActivePower.ofKilowatts(decimal(c))));
        column(columns, "applicant_is_customer", "true or false", (d, c) -> d.applicant().existingCustomer(bool(c)));
        column(columns, "site_control_proof", "true or false", (d, c) -> d.applicant().siteControlProof(bool(c)));
        column(columns, "has_site_plan", "true or false", (d, c) -> d.document(ApplicationDocument.SITE_PLAN, bool(c)));
        column(columns, "has_one_line", "true or false",
                (d, c) -> d.document(ApplicationDocument.ONE_LINE_DIAGRAM, bool(c)));
        column(columns, "reverse_flow_at_substation", "true or false",
                (d, c) -> d.circuit().reverseFlowAtSubstation(bool(c)));
        column(columns, "circuit_max_load_kw", "maximum load normally supplied by the serving circuit, kW",
                (d, c) -> d.circuit().maximumLoad(ActivePower.ofKilowatts(decimal(c))));
        column(columns, "circuit_der_kw", "DER already on the circuit, excluding this application, kW",
                (d, c) -> d.circuit().existingDer(ActivePower.ofKilowatts(decimal(c))));
        column(columns, "fault_current_contribution_pct",
                "share of the circuit's maximum fault current from this DER and other generation, %",
                (d, c) -> d.circuit().faultCurrentContribution(Percentage.ofPercent(decimal(c))));
        column(columns, "spot_network", "true: the POI is on a spot network; false: an area (grid) network or a radial"
                + " circuit (P466-03)", (d, c) -> d.circuit().spotNetwork(bool(c)));
        column(columns, "spot_network_max_load_kw", "maximum load of the spot network, kW (P466-03)",
                (d, c) -> d.circuit().spotNetworkMaximumLoad(ActivePower.ofKilowatts(decimal(c))));
        column(columns, "spot_network_der_kva", "aggregate DER on the load side of the network protectors, this one"
                + " included, kVA (P466-03)",
                (d, c) -> d.circuit().spotNetworkAggregateDer(ApparentPower.ofKilovoltAmperes(decimal(c))));
        // further model fields
        column(columns, "has_equipment_specifications", "true or false (equipment list and specifications attached, POL-08)",
                (d, c) -> d.document(ApplicationDocument.EQUIPMENT_SPECIFICATIONS, bool(c)));
        column(columns, "has_ess_supplemental_form", "true or false (POL-11)",
                (d, c) -> d.document(ApplicationDocument.ESS_SUPPLEMENTAL_FORM, bool(c)));
        column(columns, "inverter_manufacturer", "the inverter's make (with inverter_model and inverter_kw: one inverter"
                + " model for all generation)", (d, c) -> d.inverter().manufacturer = c);
        column(columns, "inverter_model", "the inverter's model", (d, c) -> d.inverter().model = c);
        column(columns, "inverter_kw", "AC rating of one inverter, kW",
                (d, c) -> d.inverter().acRating = ActivePower.ofKilowatts(positive(decimal(c), "kW")));
        column(columns, "inverter_count", "how many such inverters (default 1)", (d, c) -> d.inverter().count = integer(c));
        column(columns, "inverter_firmware", "installed firmware version", (d, c) -> d.inverter().firmware = c);
        column(columns, "inverter_certifications", "separated by spaces: IEEE_1547_2003 IEEE_1547A IEEE_1547_2018 UL_1741"
                + " UL_1741_SA UL_1741_SB RULE_21_PHASE_1", (d, c) -> d.inverter().certifications = constants(Certification.class, c));
        column(columns, "inverter_protocols", "separated by spaces: IEEE_1815_DNP3_TCP SUNSPEC_MODBUS_TCP SUNSPEC_MODBUS_RS485"
                + " IEEE_2030_5_TCP OTHER", (d, c) -> d.inverter().protocols = constants(CommunicationProtocol.class, c));
        column(columns, "inverter_supported_modes", "functions it supports, separated by spaces: ANTI_ISLANDING VOLT_VAR"
                + " RAMP_RATES VOLTAGE_RIDE_THROUGH FREQUENCY_RIDE_THROUGH CONSTANT_POWER_FACTOR VOLT_WATT"
                + " CONSTANT_REACTIVE_POWER FREQUENCY_WATT SOFT_START_RECONNECT",
                (d, c) -> d.inverter().supportedModes = constants(OperatingMode.class, c));
        column(columns, "inverter_active_modes", "functions active as delivered, separated by spaces (names as above)",
                (d, c) -> d.inverter().activeModes = constants(OperatingMode.class, c));
        column(columns, "has_ct_pt_specifications", "true or false (CT and PT specifications for review, BTM-07)",
                (d, c) -> d.document(ApplicationDocument.CT_PT_SPECIFICATIONS, bool(c)));
        column(columns, "energy_source", "SOLAR, WIND, HYDRO, ... (EnergySource)",
                (d, c) -> d.facility.energySource(constant(EnergySource.class, c)));
        column(columns, "residential", "true or false", (d, c) -> d.facility.residential(bool(c)));
        column(columns, "qualifying_facility", "true or false", (d, c) -> d.facility.qualifyingFacility(bool(c)));
        column(columns, "existing_nameplate_kw", "nameplate already at the POI (capacity increase), kW",
                (d, c) -> d.facility.existingNameplate(ActivePower.ofKilowatts(decimal(c))));
        column(columns, "utility_construction_required", "true or false",
                (d, c) -> d.circuit().utilityConstructionRequired(bool(c)));
        column(columns, "interconnection_date", "ISO date, e.g. 2024-05-01", (d, c) -> d.app.interconnectionDate(date(c)));
        column(columns, "rebate_requested", "GENERATION, STORAGE or BOTH: a SMART inverter rebate is applied for (INV-01 to"
                + " INV-05; the rest of the rebate form is stated in JSON)",
                (d, c) -> d.rebate().rebateRequested(constant(RebateType.class, c)));
        column(columns, "minimum_delivery_voltage_v", "lowest delivery voltage with the DER, from the study, V (POL-15)",
                (d, c) -> d.study().minimumDeliveryVoltage(Voltage.ofVolts(decimal(c))));
        column(columns, "maximum_delivery_voltage_v", "highest delivery voltage with the DER, from the study, V (POL-15)",
                (d, c) -> d.study().maximumDeliveryVoltage(Voltage.ofVolts(decimal(c))));
        column(columns, "service_voltage", "metered service voltage, e.g. 277/480Y",
                (d, c) -> d.metering().serviceVoltage(NominalVoltage.parse(c)));
        column(columns, "service_configuration", "FOUR_WIRE_WYE, THREE_WIRE_DELTA, SINGLE_PHASE_THREE_WIRE, DC, NON_STANDARD",
                (d, c) -> d.metering().serviceConfiguration(constant(ServiceConfiguration.class, c)));
        column(columns, "ct_ratio",
                "e.g. 600:5, whose secondary is the rated secondary current (required with any other ct_ column)",
                (d, c) -> d.ct().ratio(TransformerRatio.parse(c)));
        column(columns, "ct_rating_factor", "e.g. 2.0", (d, c) -> d.ct().ratingFactor(decimal(c)));
        column(columns, "ct_burden", "ohms, e.g. 0.5", (d, c) -> d.ct().burden(decimal(c)));
        column(columns, "ct_accuracy_class", "e.g. 0.3", (d, c) -> d.ct().accuracyClass(decimal(c)));
        column(columns, "ct_secondary_output", "CURRENT or VOLTAGE",
                (d, c) -> d.ct().secondaryOutput(constant(SecondaryOutput.class, c)));
        column(columns, "ct_secondary_a", "rated secondary current, A",
                (d, c) -> d.ct().secondaryCurrent(Current.ofAmperes(decimal(c))));
        column(columns, "ct_polarity_facing", "UTILITY or GENERATION",
                (d, c) -> d.ct().polarityFacing(constant(PolarityFacing.class, c)));
        column(columns, "ct_polarity_mark", "DOT, H1 or ARROW (with ct_polarity_facing: BTM-08)",
                (d, c) -> d.ct().polarityMark(constant(PolarityMark.class, c)));
        column(columns, "pt_ratio", "e.g. 288:120 (required with any other pt_ column)",
                (d, c) -> d.pt().ratio(TransformerRatio.parse(c)));
        column(columns, "pt_secondary_v", "rated secondary voltage, V",
                (d, c) -> d.pt().secondaryVoltage(Voltage.ofVolts(decimal(c))));
        column(columns, "pt_burdens", "burden ratings separated by spaces, e.g. W X M Y",
                (d, c) -> d.pt().burdenRatings(constants(PotentialTransformerBurden.class, c)));
        column(columns, "pt_accuracy_class", "e.g. 0.3", (d, c) -> d.pt().accuracyClass(decimal(c)));
        column(columns, "enclosure_outdoor", "true or false", (d, c) -> d.metering().enclosureOutdoor(bool(c)));
        column(columns, "enclosure_spacing_in", "spacing between the enclosures, in",
                (d, c) -> d.metering().enclosureSpacing(Length.ofInches(decimal(c))));
        column(columns, "enclosure_width_in", "width of the widest enclosure, in",
                (d, c) -> d.metering().enclosureWidth(Length.ofInches(decimal(c))));
        column(columns, "working_space_width_in", "clear working width, in",
                (d, c) -> d.workingSpace().width(Length.ofInches(decimal(c))));
        column(columns, "working_space_depth_in", "clear working depth, in",
                (d, c) -> d.workingSpace().depth(Length.ofInches(decimal(c))));
        column(columns, "working_space_headspace_in", "clear headspace, in",
                (d, c) -> d.workingSpace().headspace(Length.ofInches(decimal(c))));
        column(columns, "mounting", "EXTERIOR_WALL, H_FRAME or OTHER",
                (d, c) -> d.mounting().type(constant(MountingType.class, c)));
        column(columns, "cabinet_center_height_in", "height of the cabinet's center above grade, in",
                (d, c) -> d.mounting().cabinetCenterHeight(Length.ofInches(decimal(c))));
        column(columns, "conduit_type", "RIGID or FLEXIBLE", (d, c) -> d.conduit().type(constant(ConduitType.class, c)));
        column(columns, "conduit_size_in", "trade size, in", (d, c) -> d.conduit().tradeSize(Length.ofInches(decimal(c))));
        column(columns, "conduit_entry_panels", "panels the conduit enters, separated by spaces: SIDE BOTTOM TOP BACK DOOR"
                + " (BTM-27)",
                (d, c) -> d.conduit().entryPanels(constants(EnclosurePanel.class, c)));
        column(columns, "conduit_back_to_back_on_h_frame", "true or false (a conduit that is not rigid: BTM-27)",
                (d, c) -> d.conduit().backToBackOnHFrame(bool(c)));
        column(columns, "secondary_wire_size", "e.g. #12 AWG", (d, c) -> d.secondaryWiring().size(WireSize.parse(c)));
        column(columns, "secondary_wire_length_ft", "one-way length, ft",
                (d, c) -> d.secondaryWiring().length(Length.ofFeet(decimal(c))));
        column(columns, "secondary_wire_material", "COPPER or ALUMINUM (with the size and length: BTM-31)",
                (d, c) -> d.secondaryWiring().material(constant(Conductor.class, c)));
        column(columns, "gas_riser_od_in", "gas riser outside diameter, in",
                (d, c) -> d.gasRiser().outsideDiameter(Length.ofInches(decimal(c))));
        column(columns, "gas_vent_clearance_ft", "clearance from the gas relief vent, ft",
                (d, c) -> d.gasRiser().ventClearance(Length.ofFeet(decimal(c))));
        COLUMNS = Collections.unmodifiableMap(columns);
    }

    /** The column of a model field whose invariant is checked when the row is complete. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("exportCapacity", "export_kw"),
            Map.entry("declaredNameplate", "nameplate_kw"),
            Map.entry("declaredApparentNameplate", "nameplate_kva"),
            Map.entry("customerPeakDemand", "peak_demand_kw"),
            Map.entry("existingNameplate", "existing_nameplate_kw"),
            Map.entry("acRating", "storage_kw"),
            Map.entry("maximumLoad", "circuit_max_load_kw"),
            Map.entry("existingDer", "circuit_der_kw"),
            Map.entry("faultCurrentContribution", "fault_current_contribution_pct"),
            Map.entry("spotNetworkMaximumLoad", "spot_network_max_load_kw"),
            Map.entry("spotNetworkAggregateDer", "spot_network_der_kva"),
            Map.entry("ratingFactor", "ct_rating_factor"),
            Map.entry("burden", "ct_burden"),
            Map.entry("secondaryCurrent", "ct_secondary_a"),
            Map.entry("secondaryVoltage", "pt_secondary_v"),
            Map.entry("enclosureSpacing", "enclosure_spacing_in"),
            Map.entry("enclosureWidth", "enclosure_width_in"),
            Map.entry("width", "working_space_width_in"),
            Map.entry("depth", "working_space_depth_in"),
            Map.entry("headspace", "working_space_headspace_in"),
            Map.entry("cabinetCenterHeight", "cabinet_center_height_in"),
            Map.entry("tradeSize", "conduit_size_in"),
            Map.entry("length", "secondary_wire_length_ft"),
            Map.entry("outsideDiameter", "gas_riser_od_in"),
            Map.entry("ventClearance", "gas_vent_clearance_ft"),
            Map.entry("minimumDeliveryVoltage", "minimum_delivery_voltage_v"),
            Map.entry("maximumDeliveryVoltage", "maximum_delivery_voltage_v"),
            Map.entry("inverter_count", "inverter_count"));

    private ApplicationCsv() {
    }

    /**
     * Every column this reader knows, for the documentation and {@code derkit screen --help}.
     *
     * @return the columns, in documentation order
     */
    public static List<Column> columns() {
        return List.copyOf(COLUMNS.values());
    }

    /**
     * Reads every application of a file.
     *
     * @param file a UTF-8 CSV file with a header row
     * @return the applications, in file order
     * @throws ApplicationCsvException naming file, line and column for the first bad header or cell
     * @throws IOException if the file cannot be read
     */
    public static List<InterconnectionApplication> read(Path file) throws ApplicationCsvException, IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /**
     * Reads every application of a CSV text.
     *
     * @param reader the CSV text, with a header row
     * @param source the name used in error messages
     * @return the applications, in row order
     * @throws ApplicationCsvException naming source, line and column for the first bad header or cell
     * @throws IOException if the reader fails
     */
    public static List<InterconnectionApplication> read(Reader reader, String source)
            throws ApplicationCsvException, IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        List<InterconnectionApplication> applications = new ArrayList<>();
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, format);
        } catch (CSVException | IllegalArgumentException e) {
            // any other IOException is the reader failing, which the caller is told as such
            throw new ApplicationCsvException(source, 1, "", "malformed CSV header: " + reason(e));
        }
        try (parser) {
            List<String> headers = parser.getHeaderNames();
            for (String header : headers) {
                if (!COLUMNS.containsKey(header)) {
                    throw new ApplicationCsvException(source, 1, header, "unknown column (derkit screen --help lists the columns)");
                }
            }
            if (!headers.contains("application_id")) {
                throw new ApplicationCsvException(source, 1, "application_id", "required column is missing");
            }
            for (CSVRecord record : parser) {
                applications.add(readRow(record, headers, source));
            }
        } catch (java.io.UncheckedIOException e) {
            if (!(e.getCause() instanceof CSVException)) {
                throw e.getCause(); // the reader failed: not a problem of the text
            }
            throw new ApplicationCsvException(source, Math.max(1, parser.getCurrentLineNumber()), "",
                    "malformed CSV: " + reason(e));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ApplicationCsvException(source, Math.max(1, parser.getCurrentLineNumber()), "",
                    "malformed CSV: " + reason(e));
        }
        return applications;
    }

    /** The CSV library's own reason, without the exception class names that wrap it. */
    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.io.UncheckedIOException || t.getMessage() == null)) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static InterconnectionApplication readRow(CSVRecord record, List<String> headers, String source)
            throws ApplicationCsvException {
        long line = record.getParser().getCurrentLineNumber();
        if (record.size() != headers.size()) {
            throw new ApplicationCsvException(source, line, "",
                    "expected " + headers.size() + " cells, found " + record.size());
        }
        Draft draft = new Draft();
        for (String header : headers) {
            String cell = record.get(header);
            if (cell.isEmpty()) {
                continue;
            }
            try {
                COLUMNS.get(header).reader().read(draft, cell);
            } catch (InvalidValueException | CellException | IllegalStateException e) {
                throw new ApplicationCsvException(source, line, header, e.getMessage());
            }
        }
        if (draft.id == null) {
            throw new ApplicationCsvException(source, line, "application_id", "required value is empty");
        }
        try {
            return draft.build();
        } catch (InvalidValueException e) {
            String column = COLUMN_OF_FIELD.getOrDefault(e.field(), "");
            throw new ApplicationCsvException(source, line, headers.contains(column) ? column : "", e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApplicationCsvException(source, line, "", e.getMessage());
        }
    }

    // ---- cell parsers: strict, with the reason in the message

    private static final class CellException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CellException(String message) {
            super(message);
        }
    }

    private static BigDecimal decimal(String cell) {
        try {
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            throw new CellException("not a decimal number: '" + cell + "'");
        }
    }

    private static BigDecimal positive(BigDecimal value, String unit) {
        if (value.signum() <= 0) {
            throw new CellException("must be greater than 0 " + unit + ": " + value.toPlainString());
        }
        return value;
    }

    private static int integer(String cell) {
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new CellException("not a whole number: '" + cell + "'");
        }
    }

    private static boolean bool(String cell) {
        if (cell.equals("true")) {
            return true;
        }
        if (cell.equals("false")) {
            return false;
        }
        throw new CellException("expected true or false: '" + cell + "'");
    }

    private static LocalDate date(String cell) {
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw new CellException("not an ISO date (yyyy-mm-dd): '" + cell + "'");
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String cell) {
        try {
            return Enum.valueOf(type, cell.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CellException("expected one of " + Arrays.toString(type.getEnumConstants())
                    + ": '" + cell + "'");
        }
    }

    private static <E extends Enum<E>> Set<E> constants(Class<E> type, String cell) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String part : cell.trim().split("[\\s;]+", -1)) {
            set.add(constant(type, part));
        }
        return set;
    }

    /**
     * The inverter columns of one row: one inverter model for all of the facility's generation, as
     * a generating unit per inverter with the facility's energy source (the declared nameplate, if
     * given, still counts as the aggregate).
     */
    static final class InverterColumns {
        String manufacturer;
        String model;
        ActivePower acRating;
        int count = 1;
        String firmware;
        Set<Certification> certifications = EnumSet.noneOf(Certification.class);
        Set<CommunicationProtocol> protocols = EnumSet.noneOf(CommunicationProtocol.class);
        Set<OperatingMode> supportedModes = EnumSet.noneOf(OperatingMode.class);
        Set<OperatingMode> activeModes = EnumSet.noneOf(OperatingMode.class);

        void addTo(Facility.Builder facility) {
            if (manufacturer == null || model == null || acRating == null) {
                throw new IllegalStateException("inverter columns need inverter_manufacturer, inverter_model and"
                        + " inverter_kw together");
            }
            if (count < 1) {
                throw new InvalidValueException("inverter_count", ">= 1", count);
            }
            Inverter.BuildFinal b = Inverter.builder().manufacturer(manufacturer).model(model).acRating(acRating)
                    .addAllCertifications(certifications).addAllProtocols(protocols)
                    .addAllSupportedModes(supportedModes).addAllActiveModes(activeModes);
            if (firmware != null) {
                b.firmwareVersion(firmware);
            }
            Inverter inverter = b.build();
            EnergySource source = facility.build().energySource().orElseThrow(() -> new IllegalStateException(
                    "inverter columns need energy_source (the source behind the inverters)"));
            for (int i = 0; i < count; i++) {
                facility.addGeneratingUnits(GeneratingUnit.builder().energySource(source)
                        .technology(UnitTechnology.INVERTER_BASED).nameplate(acRating).inverter(inverter).build());
            }
        }
    }

    /** The application being read from one row; parts are created when a column needs them. */
    public static final class Draft {
        ApplicationId id;
        final InterconnectionApplication.Builder app = InterconnectionApplication.builder();
        final Facility.Builder facility = Facility.builder();
        private Applicant.Builder applicant;
        private CircuitData.Builder circuit;
        private RebateApplication.Builder rebate;
        private StudyResults.Builder study;
        private EnergyStorage.Builder storage;
        boolean storageRated;
        private MeteringInstallation.Builder metering;
        private CurrentTransformer.Builder ct;
        private PotentialTransformer.Builder pt;
        private WorkingSpace.Builder workingSpace;
        private Mounting.Builder mounting;
        private Conduit.Builder conduit;
        private Wiring.Builder secondaryWiring;
        private GasRiser.Builder gasRiser;
        private final Set<ApplicationDocument> documents = EnumSet.noneOf(ApplicationDocument.class);
        private InverterColumns inverter;

        Draft() {
        }

        private static <B> B lazy(B current, java.util.function.Supplier<B> create) {
            return current != null ? current : create.get();
        }

        InverterColumns inverter() {
            return inverter = lazy(inverter, InverterColumns::new);
        }

        Applicant.Builder applicant() {
            return applicant = lazy(applicant, Applicant::builder);
        }

        CircuitData.Builder circuit() {
            return circuit = lazy(circuit, CircuitData::builder);
        }

        RebateApplication.Builder rebate() {
            return rebate = lazy(rebate, RebateApplication::builder);
        }

        StudyResults.Builder study() {
            return study = lazy(study, StudyResults::builder);
        }

        EnergyStorage.Builder storage() {
            return storage = lazy(storage, EnergyStorage::builder);
        }

        MeteringInstallation.Builder metering() {
            return metering = lazy(metering, MeteringInstallation::builder);
        }

        CurrentTransformer.Builder ct() {
            return ct = lazy(ct, CurrentTransformer::builder);
        }

        PotentialTransformer.Builder pt() {
            return pt = lazy(pt, PotentialTransformer::builder);
        }

        WorkingSpace.Builder workingSpace() {
            metering();
            return workingSpace = lazy(workingSpace, WorkingSpace::builder);
        }

        Mounting.Builder mounting() {
            metering();
            return mounting = lazy(mounting, Mounting::builder);
        }

        Conduit.Builder conduit() {
            metering();
            return conduit = lazy(conduit, Conduit::builder);
        }

        Wiring.Builder secondaryWiring() {
            metering();
            return secondaryWiring = lazy(secondaryWiring, Wiring::builder);
        }

        GasRiser.Builder gasRiser() {
            metering();
            return gasRiser = lazy(gasRiser, GasRiser::builder);
        }

        void document(ApplicationDocument document, boolean present) {
            if (present) {
                documents.add(document);
            } else {
                documents.remove(document);
            }
        }

        InterconnectionApplication build() {
            app.id(id).documents(documents);
            if (inverter != null) {
                inverter.addTo(facility);
            }
            if (storage != null) {
                if (!storageRated) {
                    throw new IllegalStateException("storage_charging or storage_export is given but"
                            + " storage_kw is empty or 0 (no storage)");
                }
                facility.addStorage(storage.build());
            }
            app.facility(facility.build());
            if (applicant != null) {
                app.applicant(applicant.build());
            }
            if (circuit != null) {
                app.circuit(circuit.build());
            }
            if (rebate != null) {
                app.rebate(rebate.build());
            }
            if (study != null) {
                app.study(study.build());
            }
            if (metering != null || ct != null || pt != null) {
                MeteringInstallation.Builder m = metering();
                if (ct != null || pt != null) {
                    InstrumentTransformerSet.Builder set = InstrumentTransformerSet.builder();
                    if (ct != null) {
                        set.addCurrentTransformers(ct.build());
                    }
                    if (pt != null) {
                        set.addPotentialTransformers(pt.build());
                    }
                    m.addTransformerSets(set.build());
                }
                if (workingSpace != null) {
                    m.workingSpace(workingSpace.build());
                }
                if (mounting != null) {
                    m.mounting(mounting.build());
                }
                if (conduit != null) {
                    m.conduit(conduit.build());
                }
                if (secondaryWiring != null) {
                    m.secondaryWiring(secondaryWiring.build());
                }
                if (gasRiser != null) {
                    m.gasRiser(gasRiser.build());
                }
                app.meteringInstallation(m.build());
            }
            return app.build();
        }
    }
}
