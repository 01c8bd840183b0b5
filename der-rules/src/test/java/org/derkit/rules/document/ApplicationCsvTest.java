package org.derkit.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.TransformerRatio;
import org.derkit.model.installation.MeteringInstallation;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Siting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader of the screening spreadsheet. {@code applications.csv} beside this test is a copy of the
 * five applications der-examples bundles for {@code derkit screen}.
 */
class ApplicationCsvTest {

    private static List<InterconnectionApplication> bundled() throws Exception {
        try (Reader r = new InputStreamReader(ApplicationCsvTest.class.getResourceAsStream("applications.csv"),
                StandardCharsets.UTF_8)) {
            return ApplicationCsv.read(r, "applications.csv");
        }
    }

    @Test
    void the_bundled_applications_read_into_the_model() throws Exception {
        List<InterconnectionApplication> apps = bundled();
        assertEquals(5, apps.size());
        InterconnectionApplication commercial = apps.get(1);
        assertEquals("COMMERCIAL-250KW", commercial.id().value());
        assertEquals(Optional.of(ActivePower.ofKilowatts(250)), commercial.facility().aggregateNameplate());
        assertEquals(Optional.of(Siting.BEHIND_THE_METER), commercial.facility().siting());
        assertEquals(Optional.of(NominalVoltage.Y277_480), commercial.facility().pointOfInterconnectionVoltage());
        assertEquals(0, commercial.meteringInstallation().orElseThrow().multiplier().orElseThrow()
                .compareTo(BigDecimal.valueOf(288)));
        assertTrue(commercial.has(ApplicationDocument.ONE_LINE_DIAGRAM));
        assertTrue(apps.get(4).facility().hasStorage());
        assertEquals(Optional.empty(), apps.get(0).meteringInstallation().flatMap(m -> m.multiplier()));
    }

    @Test
    void an_unknown_column_names_the_file_line_and_column() {
        ApplicationCsvException e = assertThrows(ApplicationCsvException.class, () -> ApplicationCsv.read(
                new StringReader("application_id,nameplate_kw,colour\nA,10,red\n"), "apps.csv"));
        assertEquals("apps.csv: line 1, column colour: unknown column (derkit screen --help lists the columns)",
                e.getMessage());
    }

    @Test
    void a_bad_cell_names_the_file_line_column_and_reason() {
        ApplicationCsvException e = assertThrows(ApplicationCsvException.class, () -> ApplicationCsv.read(
                new StringReader("application_id,nameplate_kw\nA,10\nB,ten\n"), "apps.csv"));
        assertEquals("apps.csv: line 3, column nameplate_kw: not a decimal number: 'ten'", e.getMessage());
        ApplicationCsvException negative = assertThrows(ApplicationCsvException.class, () -> ApplicationCsv.read(
                new StringReader("application_id,export_kw\nA,-5\n"), "apps.csv"));
        assertEquals("apps.csv: line 2, column export_kw: Invalid value for exportCapacity (valid values >= 0 kW): -5 kW",
                negative.getMessage());
    }

    @Test
    void empty_cells_are_unknown_not_zero() throws Exception {
        InterconnectionApplication a = ApplicationCsv.read(
                new StringReader("application_id,nameplate_kw,export_kw\nA,,\n"), "x").get(0);
        assertEquals(Optional.empty(), a.facility().aggregateNameplate());
        assertEquals(Optional.empty(), a.facility().exportCapacity());
    }

    @Test
    void storage_details_without_storage_are_refused() {
        ApplicationCsvException e = assertThrows(ApplicationCsvException.class, () -> ApplicationCsv.read(
                new StringReader("application_id,storage_kw,storage_charging\nA,0,GRID\n"), "x"));
        assertTrue(e.getMessage().startsWith("x: line 2: storage_charging or storage_export is given"), e.getMessage());
    }

    @Test
    void every_column_of_the_cli_contract_is_known() {
        List<String> names = ApplicationCsv.columns().stream().map(ApplicationCsv.Column::name).toList();
        for (String c : ("application_id siting phases nameplate_kw nameplate_kva export_kw storage_kw "
                + "storage_charging storage_export poi_kv system metering renewable peak_demand_kw "
                + "applicant_is_customer site_control_proof has_site_plan has_one_line "
                + "reverse_flow_at_substation circuit_max_load_kw circuit_der_kw "
                + "fault_current_contribution_pct").split(" ")) {
            assertTrue(names.contains(c), c);
        }
    }

    @Test
    void inverter_columns_describe_the_inverters_for_the_smart_inverter_rules() throws Exception {
        InterconnectionApplication a = ApplicationCsv.read(new StringReader(
                "application_id,nameplate_kw,energy_source,inverter_manufacturer,inverter_model,inverter_kw,"
                        + "inverter_count,inverter_certifications,inverter_protocols\n"
                        + "A,100,SOLAR,Acme,X-50,50,2,IEEE_1547_2018 UL_1741_SB,SUNSPEC_MODBUS_TCP\n"), "x").get(0);
        assertEquals(2, a.facility().inverters().size());
        assertTrue(a.facility().inverters().get(0).isCertifiedTo(org.derkit.model.facility.Certification.UL_1741_SB));
        assertEquals(Optional.of(ActivePower.ofKilowatts(100)), a.facility().aggregateNameplate(), "declared nameplate wins");
        ApplicationCsvException noSource = assertThrows(ApplicationCsvException.class, () -> ApplicationCsv.read(
                new StringReader("application_id,inverter_manufacturer,inverter_model,inverter_kw\nA,Acme,X,5\n"), "x"));
        assertEquals("x: line 2: inverter columns need energy_source (the source behind the inverters)",
                noSource.getMessage());
        ApplicationCsvException zero = assertThrows(ApplicationCsvException.class, () -> ApplicationCsv.read(
                new StringReader("application_id,inverter_kw\nA,0\n"), "x"));
        assertEquals("x: line 2, column inverter_kw: must be greater than 0 kW: 0", zero.getMessage());
    }

    @Test
    void an_unterminated_quote_names_the_line_and_the_csv_reason() {
        ApplicationCsvException e = assertThrows(ApplicationCsvException.class, () -> ApplicationCsv.read(
                new StringReader("application_id,nameplate_kw\nA,10\n\"B,20\n"), "apps.csv"));
        assertTrue(e.getMessage().startsWith("apps.csv: line 3: malformed CSV: (startline 3) EOF reached"), e.getMessage());
    }

    private static InterconnectionApplication one(String csv) throws Exception {
        List<InterconnectionApplication> apps = ApplicationCsv.read(new StringReader(csv), "x");
        assertEquals(1, apps.size());
        return apps.get(0);
    }

    @Test
    void a_file_is_read_by_its_path_which_refusals_name(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "application_id,nameplate_kw\nA,10\nB,20\n");
        List<InterconnectionApplication> apps = ApplicationCsv.read(good);
        assertEquals(List.of("A", "B"), apps.stream().map(a -> a.id().value()).toList());
        assertEquals(Optional.of(ActivePower.ofKilowatts(20)), apps.get(1).facility().aggregateNameplate());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "application_id,phases\nA,three\n");
        ApplicationCsvException e = assertThrows(ApplicationCsvException.class, () -> ApplicationCsv.read(bad));
        assertEquals(bad + ": line 2, column phases: not a whole number: 'three'", e.getMessage());
        assertEquals(bad.toString(), e.file());
    }

    @Test
    void a_duplicate_header_is_a_malformed_header_on_line_1() {
        ApplicationCsvException e = assertThrows(ApplicationCsvException.class, () -> ApplicationCsv.read(
                new StringReader("application_id,nameplate_kw,nameplate_kw\nA,1,2\n"), "apps.csv"));
        assertTrue(e.getMessage().startsWith("apps.csv: line 1: malformed CSV header: "), e.getMessage());
        assertTrue(e.reason().contains("nameplate_kw"), e.reason());
        assertEquals(1, e.line());
        assertEquals("", e.column());
    }

    @Test
    void a_row_without_installation_columns_has_no_metering_installation() throws Exception {
        assertEquals(Optional.empty(), one("application_id,nameplate_kw\nA,10\n").meteringInstallation());
    }

    @Test
    void installation_columns_without_transformers_give_an_installation_without_transformer_sets() throws Exception {
        MeteringInstallation m = one("application_id,service_voltage\nA,277/480Y\n").meteringInstallation().orElseThrow();
        assertEquals(Optional.of(NominalVoltage.Y277_480), m.serviceVoltage());
        assertEquals(List.of(), m.transformerSets());
    }

    @Test
    void a_ct_alone_gives_an_installation_with_one_set_of_that_ct() throws Exception {
        MeteringInstallation m = one("application_id,ct_ratio\nA,600:5\n").meteringInstallation().orElseThrow();
        assertEquals(1, m.transformerSets().size());
        assertEquals(List.of(TransformerRatio.parse("600:5")), m.currentTransformers().stream().map(c -> c.ratio()).toList());
        assertEquals(List.of(), m.potentialTransformers());
    }

    @Test
    void a_pt_alone_gives_an_installation_with_one_set_of_that_pt() throws Exception {
        MeteringInstallation m = one("application_id,pt_ratio\nA,288:120\n").meteringInstallation().orElseThrow();
        assertEquals(1, m.transformerSets().size());
        assertEquals(List.of(TransformerRatio.parse("288:120")), m.potentialTransformers().stream().map(p -> p.ratio()).toList());
        assertEquals(List.of(), m.currentTransformers());
    }

    /** A reader that gives {@code text} and then fails, as a file on a failing disk would. */
    private static Reader failingAfter(String text) {
        return new Reader() {
            private final StringReader start = new StringReader(text);

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = start.read(buffer, offset, length);
                if (n < 0) {
                    throw new IOException("disk gone", new IllegalStateException("device error"));
                }
                return n;
            }

            @Override
            public void close() {
                start.close();
            }
        };
    }

    @Test
    void a_failing_reader_is_an_IOException_not_a_malformed_file() {
        IOException inHeader = assertThrows(IOException.class,
                () -> ApplicationCsv.read(failingAfter("application_id,nameplate_k"), "apps.csv"));
        assertEquals("disk gone", inHeader.getMessage());
        IOException inRows = assertThrows(IOException.class,
                () -> ApplicationCsv.read(failingAfter("application_id,nameplate_kw\nA,10\nB,2"), "apps.csv"));
        assertEquals("disk gone", inRows.getMessage());
    }
}
