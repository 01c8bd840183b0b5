package org.derkit.rules.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.retail.Enrollment;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes interconnection applications and retail enrollments as JSON documents, the
 * form interconnection portals and supplier back offices exchange: the entry point of this
 * package.
 *
 * <p>A document states the model's records member by member with the model's attribute names
 * ({@code facility.generatingUnits[0].inverter.ratedApparentPower}). Quantities carry their unit,
 * as {@code "250 kW"} or {@code {"value": 250, "unit": "kW"}}; multiples are accepted ({@code
 * "0.25 MW"}), and a unit of another quantity is refused ({@code kVA expected, got kW}). Dates are
 * ISO ({@code "2026-06-01"}), instants carry their offset ({@code "2026-06-01T09:30-05:00"}), enum
 * values are the model's constant names. A member left out is unknown (or takes the model's
 * default); {@code null} is refused. The published schemas {@value #APPLICATION_SCHEMA} and
 * {@value #ENROLLMENT_SCHEMA} (JSON Schema 2020-12, in this jar) describe the same format.
 *
 * <p>Reading checks the whole document and refuses it with every problem at once, each with its
 * JSON path ({@link JsonDocumentException#problems()}). Writing is canonical (attributes in model
 * order, quantities in their canonical unit, instants in America/Chicago), so
 * {@code writeApplication(readApplication(doc))} returns {@code doc} for any document derkit
 * wrote.
 *
 * <pre>{@code
 * InterconnectionApplication a = JsonDocuments.readApplication(Files.readString(path));
 * Findings findings = AmerenRuleBook.book().evaluate(Screening.of(a));
 * }</pre>
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class JsonDocuments {

    /** The resource name (in this package) of the application document's JSON Schema. */
    public static final String APPLICATION_SCHEMA = "derkit-application.schema.json";
    /** The resource name (in this package) of the enrollment document's JSON Schema. */
    public static final String ENROLLMENT_SCHEMA = "derkit-enrollment.schema.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonDocuments() {
    }

    /**
     * Reads one application document.
     *
     * @param json the document's text
     * @return the application
     * @throws JsonDocumentException if the text is not JSON or not a valid application document;
     *                               it lists every problem
     */
    public static InterconnectionApplication readApplication(String json) {
        return read(json, InterconnectionApplication.class, "application document", APPLICATION_SCHEMA, 0);
    }

    /**
     * Reads one enrollment document.
     *
     * @param json the document's text
     * @return the enrollment
     * @throws JsonDocumentException if the text is not JSON or not a valid enrollment document; it
     *                               lists every problem
     */
    public static Enrollment readEnrollment(String json) {
        return read(json, Enrollment.class, "enrollment document", ENROLLMENT_SCHEMA, 0);
    }

    /**
     * Reads a JSON Lines file of application documents, one per line (blank lines are skipped),
     * handing each to {@code each} with its line number as it is read; memory does not grow with
     * the file. Lines already handed over stay handed over when a later line is refused: a caller
     * that must not act on a partly bad file reads it twice, first with a consumer that does
     * nothing.
     *
     * @param in   the file's text
     * @param each receives the line number and the application of every good line
     * @throws JsonDocumentException after the last line if any line was refused; it lists every
     *                               problem of every line
     * @throws UncheckedIOException  if reading fails
     */
    public static void readApplicationLines(Reader in, BiConsumer<Long, InterconnectionApplication> each) {
        readLines(in, InterconnectionApplication.class, "application documents (JSON Lines)", APPLICATION_SCHEMA,
                each);
    }

    /**
     * Reads a JSON Lines file of enrollment documents, as {@link #readApplicationLines} does.
     *
     * @param in   the file's text
     * @param each receives the line number and the enrollment of every good line
     * @throws JsonDocumentException after the last line if any line was refused; it lists every
     *                               problem of every line
     * @throws UncheckedIOException  if reading fails
     */
    public static void readEnrollmentLines(Reader in, BiConsumer<Long, Enrollment> each) {
        readLines(in, Enrollment.class, "enrollment documents (JSON Lines)", ENROLLMENT_SCHEMA, each);
    }

    /**
     * Writes an application as an indented document ending with a line break.
     *
     * @param application the application
     * @return the canonical document
     */
    public static String writeApplication(InterconnectionApplication application) {
        return JSON.writeValueAsString(new TreeMapper().write(Objects.requireNonNull(application, "application"),
                InterconnectionApplication.class)) + "\n";
    }

    /**
     * Writes an application as one line of a JSON Lines file (without the line break).
     *
     * @param application the application
     * @return the canonical document on one line
     */
    public static String writeApplicationLine(InterconnectionApplication application) {
        return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(new TreeMapper()
                .write(Objects.requireNonNull(application, "application"), InterconnectionApplication.class));
    }

    /**
     * Writes an enrollment as an indented document ending with a line break.
     *
     * @param enrollment the enrollment
     * @return the canonical document
     */
    public static String writeEnrollment(Enrollment enrollment) {
        return JSON.writeValueAsString(new TreeMapper().write(Objects.requireNonNull(enrollment, "enrollment"),
                Enrollment.class)) + "\n";
    }

    /**
     * The published JSON Schema (2020-12) of application documents, as bundled in this jar.
     *
     * @return the schema's text
     */
    public static String applicationSchema() {
        return resource(APPLICATION_SCHEMA);
    }

    /**
     * The published JSON Schema (2020-12) of enrollment documents, as bundled in this jar.
     *
     * @return the schema's text
     */
    public static String enrollmentSchema() {
        return resource(ENROLLMENT_SCHEMA);
    }

    /** The schema of a root type as generated from the model; the bundled files are this text. */
    static String generateSchema(Class<?> root, String id, String title) {
        return JSON.writeValueAsString(new SchemaWriter(new TreeMapper()).schema(root, id, title)) + "\n";
    }

    private static String resource(String name) {
        try (InputStream in = JsonDocuments.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its schema " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type, String document, String schema, long line) {
        List<JsonProblem> problems = new ArrayList<>();
        T value = parse(json, type, line, problems);
        if (!problems.isEmpty()) {
            throw new JsonDocumentException(document, schema, problems);
        }
        return value;
    }

    private static <T> T parse(String json, Class<T> type, long line, List<JsonProblem> problems) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            problems.add(new JsonProblem(line, "$", "not JSON: " + syntax(e)));
            return null;
        }
        if (tree == null || tree.isMissingNode()) {
            problems.add(new JsonProblem(line, "$", "an object expected, got nothing"));
            return null;
        }
        List<JsonProblem> found = new ArrayList<>();
        Object value = new TreeMapper().read(tree, type, "$", found);
        for (JsonProblem p : found) {
            problems.add(new JsonProblem(line, p.path(), p.reason()));
        }
        return found.isEmpty() ? type.cast(value) : null;
    }

    private static String syntax(JacksonException e) {
        String message = e.getOriginalMessage();
        for (String tail : new String[] {"\n", " (start marker at"}) {
            int cut = message.indexOf(tail);
            if (cut > 0) {
                message = message.substring(0, cut);
            }
        }
        return e.getLocation() == null ? message
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + message;
    }

    private static <T> void readLines(Reader in, Class<T> type, String document, String schema,
            BiConsumer<Long, T> each) {
        Objects.requireNonNull(each, "each");
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<JsonProblem> problems = new ArrayList<>();
        long number = 0;
        try {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                int before = problems.size();
                T value = parse(text, type, number, problems);
                if (problems.size() == before) {
                    each.accept(number, value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new JsonDocumentException(document, schema, problems);
        }
    }
}
