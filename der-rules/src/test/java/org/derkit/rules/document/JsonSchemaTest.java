package org.derkit.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.generator.ModelGenerators;
import org.derkit.model.retail.Enrollment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schemas are the model's, accept what the writer writes, and refuse what the reader refuses. */
class JsonSchemaTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);
    private static final Schema APPLICATION = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonDocuments.applicationSchema(), InputFormat.JSON);
    private static final Schema ENROLLMENT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonDocuments.enrollmentSchema(), InputFormat.JSON);

    @Nested
    class Published {

        @Test
        void should_equal_the_schema_generated_from_the_model_when_the_application_schema_is_bundled() throws IOException {
            assertBundled(JsonDocuments.APPLICATION_SCHEMA, JsonDocuments.applicationSchema(),
                    JsonDocuments.generateSchema(InterconnectionApplication.class,
                            "https://derkit.org/schema/" + JsonDocuments.APPLICATION_SCHEMA,
                            "derkit interconnection application"));
        }

        @Test
        void should_equal_the_schema_generated_from_the_model_when_the_enrollment_schema_is_bundled() throws IOException {
            assertBundled(JsonDocuments.ENROLLMENT_SCHEMA, JsonDocuments.enrollmentSchema(),
                    JsonDocuments.generateSchema(Enrollment.class,
                            "https://derkit.org/schema/" + JsonDocuments.ENROLLMENT_SCHEMA,
                            "derkit retail enrollment"));
        }

        private void assertBundled(String name, String bundled, String generated) throws IOException {
            if (!bundled.equals(generated)) {
                Path out = Path.of("target", name);
                Files.writeString(out, generated, StandardCharsets.UTF_8);
                assertEquals(generated, bundled, "the model changed: copy " + out.toAbsolutePath()
                        + " to src/main/resources/org/derkit/rules/document/");
            }
        }
    }

    @Test
    void should_accept_every_written_document_when_applications_and_enrollments_are_generated() {
        for (InterconnectionApplication a : ModelGenerators.applications().sample(SEED, 200)) {
            String json = JsonDocuments.writeApplication(a);
            assertEquals(List.of(), APPLICATION.validate(json, InputFormat.JSON), json);
        }
        for (Enrollment e : ModelGenerators.enrollments().sample(SEED, 200)) {
            String json = JsonDocuments.writeEnrollment(e);
            assertEquals(List.of(), ENROLLMENT.validate(json, InputFormat.JSON), json);
        }
    }

    static Stream<String> badApplications() {
        return Stream.of(
                "{}",
                "[]",
                "{\"id\": 7}",
                "{\"id\": \"A-1\", \"colour\": \"red\"}",
                "{\"id\": \"A-1\", \"facility\": {\"siting\": \"ROOF\"}}",
                "{\"id\": \"A-1\", \"facility\": {\"declaredApparentNameplate\": \"250 kW\"}}",
                "{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": {\"value\": 250, \"unit\": \"kVA\"}}}",
                "{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": {\"value\": \"250\", \"unit\": \"kW\"}}}",
                "{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": 250}}",
                "{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": \"250 kW\", \"renewable\": \"yes\"}}",
                "{\"id\": \"A-1\", \"facility\": {\"renewable\": null}}",
                "{\"id\": \"A-1\", \"interconnectionDate\": \"June 1\"}",
                "{\"id\": \"A-1\", \"submittedAt\": \"2026-06-01T09:30\"}",
                "{\"id\": \"A-1\", \"documents\": \"SITE_PLAN\"}",
                "{\"id\": \"A-1\", \"facility\": {\"generatingUnits\": [{\"energySource\": \"SOLAR\"}]}}");
    }

    @ParameterizedTest
    @MethodSource("badApplications")
    void should_refuse_in_both_the_reader_and_the_schema_when_an_application_document_is_bad(String json) {
        assertThrows(JsonDocumentException.class, () -> JsonDocuments.readApplication(json));
        List<Error> errors = APPLICATION.validate(json, InputFormat.JSON);
        assertFalse(errors.isEmpty(), "the schema accepts " + json);
    }

    static Stream<String> goodApplications() {
        return Stream.of(
                "{\"id\": \"A-1\"}",
                "{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": \"0.25 MW\"}}",
                "{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": {\"value\": 250.5, \"unit\": \"kW\"}}}",
                "{\"id\": \"A-1\", \"facility\": {\"pointOfInterconnectionVoltage\": \"12.47 kV\", \"renewable\": true}}",
                "{\"id\": \"A-1\", \"submittedAt\": \"2026-06-01T09:30-05:00\", \"documents\": [\"SITE_PLAN\"]}");
    }

    @ParameterizedTest
    @MethodSource("goodApplications")
    void should_accept_in_both_the_reader_and_the_schema_when_an_application_document_is_good(String json) {
        assertEquals("A-1", JsonDocuments.readApplication(json).id().value());
        assertEquals(List.of(), APPLICATION.validate(json, InputFormat.JSON));
    }
}
