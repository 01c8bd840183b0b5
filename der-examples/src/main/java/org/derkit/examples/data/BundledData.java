package org.derkit.examples.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.derkit.rules.document.ApplicationCsv;
import org.derkit.rules.document.ApplicationCsvException;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.retail.Enrollment;
import org.derkit.rules.document.JsonDocuments;

/**
 * The sample data bundled with der-examples: five interconnection applications (a residential
 * rooftop, a 250 kW commercial system with CTs and PTs, 3 MW community solar at 12.47 kV, 12 MVA at
 * 69 kV and a storage retrofit) and three 867 files of one service point (spring-forward day,
 * split hour across two files, fall-back day, a subtractive meter with multiplier 40).
 */
public final class BundledData {

    /**
     * A bundled 867 (service point 90000009, 2026-10-28..2026-11-04) whose PTD*SU total, 5682.50
     * kWh, is 10 kWh more than its additive minus subtractive meters: {@code derkit 867 check}
     * reports it as RES-18 FAIL, the usage commands refuse it (TOTAL_MISMATCH). Not one of
     * {@link #USAGE_FILES}, which the demo stitches, and kept in its own folder ({@code 867-checks/})
     * so that a glob over the usage folder reads only good usage.
     */
    public static final String TOTAL_MISMATCH_867 = "ameren-867-total-mismatch.x12";

    /** The bundled 867 files, in time order. */
    public static final List<String> USAGE_FILES = List.of(
            "ameren-867-2026-03-04.x12", "ameren-867-2026-03-11.x12", "ameren-867-2026-10-28.x12");

    /** The bundled application CSV's file name. */
    public static final String APPLICATIONS_FILE = "applications.csv";

    /**
     * The bundled JSON application documents (below {@code json/}): a residential rooftop, a
     * 250 kW behind-the-meter commercial with CTs and PTs, community solar at 12.47 kV, 20 MW of
     * solar at 69 kV, 10 MW of wind at 34.5 kV, storage only with a rebate, a solar and storage
     * hybrid with a faulty installation, and a residential rebate application; then one each for
     * the outcomes those leave unreached: 100 kW on three-phase self-contained metering (BTM-03),
     * the storage with CT returns not isolated at the shared customer meter (BTM-20), 2 MW behind
     * the meter at 12.47 kV without reverse flow (POL-22, POL-26), the hybrid not exporting
     * (P466-08), the rebate form complete (INV-01), 120 kVA single-phase on a spot network (P466-03,
     * POL-20), a 24 MW qualifying facility at 69 kV (POL-05, POL-18) and 7.5 MW of wind at 34.5 kV
     * clear of every DTT condition with an accepted ground source (POL-25, POL-36), and 150 kVA
     * behind the meter on a radial single-phase service, above the 100 kVA single-phase maximum
     * (BTM-02; the 120 kVA spot-network example is above it too).
     */
    public static final List<String> JSON_APPLICATIONS = List.of(
            "residential-rooftop.json", "commercial-250kw-btm.json", "community-solar-12kv.json",
            "solar-20mw-69kv.json", "wind-10mw-34kv.json", "storage-only-200kw.json", "hybrid-solar-storage.json",
            "rebate-residential-10kw.json", "commercial-100kw-self-contained.json",
            "storage-only-200kw-shared-ct.json", "btm-solar-2mw-12kv.json", "hybrid-non-export.json",
            "rebate-residential-complete.json", "single-phase-120kva-spot-network.json", "solar-24mw-69kv-qf.json",
            "wind-7500kw-34kv.json", "single-phase-150kva-btm.json");

    /**
     * The bundled JSON enrollment documents (below {@code json/}): an off-cycle single-bill enrollment
     * on budget billing, an on-cycle dual-billing one replacing a bankrupt account, a new account
     * on single bill with summary billing and gas, an on-cycle one whose read dates fall outside the
     * billing window, two lighting-only accounts without an account number yet, and the account of
     * the bundled 867s ({@link #USAGE_ACCOUNT_ENROLLMENT}).
     */
    public static final List<String> JSON_ENROLLMENTS = List.of("enrollment.json", "enrollment-dual-billing.json",
            "enrollment-sbo-new-account.json", "enrollment-on-cycle-bankruptcy.json",
            "enrollment-lighting-in-arrears.json", "enrollment-lighting-meter-given.json",
            "enrollment-867-account.json");

    /**
     * The enrollment of account 1000000000, whose service point 90000000 the bundled 867 files
     * report: it states a second electric service point, 90000001, that has no 867, so
     * {@code derkit 867 check} with it finds RES-17 failing.
     */
    public static final String USAGE_ACCOUNT_ENROLLMENT = "enrollment-867-account.json";

    private BundledData() {
    }

    /**
     * The bundled applications of {@link #APPLICATIONS_FILE}, read with the screen CSV reader.
     *
     * @return the applications, in file order
     * @throws IllegalStateException if the bundled CSV no longer reads (a packaging error, never bad input)
     */
    public static List<InterconnectionApplication> applications() {
        try (InputStream in = open(APPLICATIONS_FILE)) {
            return ApplicationCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), APPLICATIONS_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ApplicationCsvException e) {
            throw new IllegalStateException("the bundled applications.csv is broken: " + e.getMessage(), e);
        }
    }

    /**
     * One bundled application by its id.
     *
     * @param id the application id, such as {@code COMMERCIAL-250KW}
     * @return the application
     * @throws IllegalArgumentException if no bundled application has that id; the message lists the ids
     */
    public static InterconnectionApplication application(String id) {
        Objects.requireNonNull(id, "id");
        return applications().stream().filter(a -> a.id().value().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Invalid value for application id (valid values "
                        + applications().stream().map(a -> a.id().value()).toList() + "): " + id));
    }

    /**
     * The text of a bundled JSON document.
     *
     * @param name one of {@link #JSON_APPLICATIONS} or {@link #JSON_ENROLLMENTS}
     * @return the document as bundled
     * @throws IllegalArgumentException if no such document is bundled
     */
    public static String json(String name) {
        if (!JSON_APPLICATIONS.contains(name) && !JSON_ENROLLMENTS.contains(name)) {
            throw new IllegalArgumentException("Invalid value for JSON document (valid values " + JSON_APPLICATIONS
                    + " and " + JSON_ENROLLMENTS + "): " + name);
        }
        try (InputStream in = open("json/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundled JSON applications, read with der-rules' document reader, in {@link #JSON_APPLICATIONS} order.
     *
     * @return the applications
     */
    public static List<InterconnectionApplication> jsonApplications() {
        return JSON_APPLICATIONS.stream().map(n -> JsonDocuments.readApplication(json(n))).toList();
    }

    /**
     * The bundled JSON enrollments, in {@link #JSON_ENROLLMENTS} order.
     *
     * @return the enrollments
     */
    public static List<Enrollment> jsonEnrollments() {
        return JSON_ENROLLMENTS.stream().map(n -> JsonDocuments.readEnrollment(json(n))).toList();
    }

    /**
     * Copies every bundled JSON document into a directory.
     *
     * @param directory where to copy (created if absent)
     * @return the copied files, applications then enrollments
     * @throws IOException if writing fails
     */
    public static List<Path> copyJson(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (String name : JSON_APPLICATIONS) {
            files.add(copy("json/" + name, directory.resolve(name)));
        }
        for (String name : JSON_ENROLLMENTS) {
            files.add(copy("json/" + name, directory.resolve(name)));
        }
        return files;
    }

    /**
     * Copies the bundled application CSV into a directory.
     *
     * @param directory where to copy
     * @return the new file, named {@link #APPLICATIONS_FILE}
     * @throws IOException if writing fails
     */
    public static Path copyApplications(Path directory) throws IOException {
        return copy(APPLICATIONS_FILE, directory.resolve(APPLICATIONS_FILE));
    }

    /**
     * Copies the bundled 867 files into a directory.
     *
     * @param directory where to copy (created if absent)
     * @return the copied files, in time order as {@link #USAGE_FILES}
     * @throws IOException if writing fails
     */
    public static List<Path> copyUsageFiles(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (String name : USAGE_FILES) {
            files.add(copy("867/" + name, directory.resolve(name)));
        }
        return files;
    }

    /**
     * Copies the bundled 867 whose service-point total disagrees with its meters into a directory.
     *
     * @param directory where to copy (created if absent)
     * @return the copied file, {@link #TOTAL_MISMATCH_867}
     * @throws IOException if writing fails
     */
    public static Path copyTotalMismatch(Path directory) throws IOException {
        Files.createDirectories(directory);
        return copy("867-checks/" + TOTAL_MISMATCH_867, directory.resolve(TOTAL_MISMATCH_867));
    }

    private static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = open(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Opens a bundled file by its path below {@code org/derkit/examples/data/}. */
    static InputStream open(String resource) throws IOException {
        InputStream in = BundledData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("bundled data file missing: org/derkit/examples/data/" + resource);
        }
        return in;
    }
}
