package org.derkit.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every kind of refusal, its whole message pinned; every problem of a document at once. */
class JsonDocumentsRefusalTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("{\"id\": \"A-1\", \"facility\": {\"declaredApparentNameplate\": \"250 kW\"}}", List.of("$.facility.declaredApparentNameplate: kVA expected, got kW")),
                Arguments.of("{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": {\"value\": 250, \"unit\": \"kVA\"}}}", List.of("$.facility.declaredNameplate: kW expected, got kVA")),
                Arguments.of("{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": \"about 250\"}}", List.of("$.facility.declaredNameplate: a quantity like \"250 kW\" expected, got 'about 250'")),
                Arguments.of("{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": 250}}", List.of("$.facility.declaredNameplate: a quantity like \"250 kW\" expected, got the number 250")),
                Arguments.of("{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": {\"value\": \"250\"}}}", List.of("$.facility.declaredNameplate.value: a number expected, got '250'",
                        "$.facility.declaredNameplate.unit: required")),
                Arguments.of("{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": {\"value\": 1, \"unit\": \"kW\", \"x\": 1}}}", List.of("$.facility.declaredNameplate.x: unknown property")),
                Arguments.of("{\"id\": \"A-1\", \"colour\": \"red\"}", List.of("$.colour: unknown property")),
                Arguments.of("{}", List.of("$.id: required")),
                Arguments.of("[]", List.of("$: an object expected, got an array")),
                Arguments.of("{\"id\": 7}", List.of("$.id: a string expected, got the number 7")),
                Arguments.of("{\"id\": \"A-1\", \"facility\": {\"siting\": \"ROOF\"}}", List.of("$.facility.siting: one of BEHIND_THE_METER, REMOTELY_LOCATED expected, got 'ROOF'")),
                Arguments.of("{\"id\": \"A-1\", \"facility\": {\"renewable\": \"yes\"}}", List.of("$.facility.renewable: true or false expected, got 'yes'")),
                Arguments.of("{\"id\": \"A-1\", \"facility\": {\"renewable\": null}}", List.of("$.facility.renewable: null is not a value; leave the property out when it is unknown")),
                Arguments.of("{\"id\": \"A-1\", \"interconnectionDate\": \"June 1\"}", List.of("$.interconnectionDate: a date like \"2026-06-01\" expected, got 'June 1'")),
                Arguments.of("{\"id\": \"A-1\", \"submittedAt\": \"2026-06-01T09:30\"}", List.of("$.submittedAt: a date-time with offset like \"2026-06-01T09:30-05:00\" expected, got '2026-06-01T09:30'")),
                Arguments.of("{\"id\": \"A-1\", \"documents\": [\"SITE_PLAN\", \"SITE_PLAN\"]}", List.of("$.documents[1]: duplicate of an earlier element")),
                Arguments.of("{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": \"-5 kW\"}}", List.of("$.facility.declaredNameplate: Invalid value for declaredNameplate (valid values >= 0 kW): -5 kW")),
                Arguments.of("{\"id\": \"A-1\"", List.of("$: not JSON: line 1, column 13: Unexpected end-of-input: expected close marker for Object")),
                Arguments.of("{\"id\": \"A-1\", \"id\": \"A-2\"}", List.of("$: not JSON: line 1, column 19: Duplicate Object property \"id\"")),
                Arguments.of("{\"id\": true}", List.of("$.id: a string expected, got true")),
                Arguments.of("{\"id\": \"A-1\", \"interconnectionDate\": 20260601}", List.of("$.interconnectionDate: a date like \"2026-06-01\" expected, got the number 20260601")),
                Arguments.of("{\"id\": \"A-1\", \"submittedAt\": 1780324200}", List.of("$.submittedAt: a date-time like \"2026-06-01T09:30-05:00\" expected, got the number 1780324200")),
                Arguments.of("{\"id\": \"A-1\", \"type\": \"application\"}", List.of("$.type: unknown property")),
                Arguments.of("{\"id\": \"A-1\", \"facility\": {\"declaredNameplate\": {\"value\": null, \"unit\": \"kW\"}}}", List.of("$.facility.declaredNameplate.value: a number expected, got null")));
    }

    private static final String SETTINGS = "$.facility.generatingUnits[0].inverter.settings";

    /** Refusals inside an inverter's settings: records, a sealed variant with its type, durations. */
    static Stream<Arguments> settingsRefusals() {
        return Stream.of(
                Arguments.of("{\"reconnectRamp\": {\"ratePerSecond\": \"2 %\"}}", List.of(SETTINGS + ".reconnectRamp.type: required (one of linear, step)")),
                Arguments.of("{\"reconnectRamp\": {\"type\": \"ramp\"}}", List.of(SETTINGS + ".reconnectRamp.type: one of linear, step expected, got 'ramp'")),
                Arguments.of("{\"reconnectRamp\": {\"type\": true}}", List.of(SETTINGS + ".reconnectRamp.type: one of linear, step expected, got true")),
                Arguments.of("{\"reconnectRamp\": {\"type\": null}}", List.of(SETTINGS + ".reconnectRamp.type: one of linear, step expected, got null")),
                Arguments.of("{\"reconnectRamp\": {\"type\": {\"name\": \"linear\"}}}", List.of(SETTINGS + ".reconnectRamp.type: one of linear, step expected, got an object")),
                Arguments.of("{\"reconnectRamp\": \"linear\"}", List.of(SETTINGS + ".reconnectRamp: an object expected, got 'linear'")),
                Arguments.of("{\"reconnectRamp\": {\"type\": \"linear\", \"ratePerSecond\": \"2 %\", \"rate\": \"2 %\"}}", List.of(SETTINGS + ".reconnectRamp.rate: unknown property")),
                // the model prints a percentage without a space (Percentage.toString: 15%)
                Arguments.of("{\"reconnectRamp\": {\"type\": \"linear\", \"ratePerSecond\": \"0 %\"}}", List.of(SETTINGS + ".reconnectRamp.ratePerSecond: Invalid value for ratePerSecond (valid values > 0 % to 100 %): 0%")),
                // a step ramp left without steps has none, and the model wants at least one
                Arguments.of("{\"reconnectRamp\": {\"type\": \"step\"}}", List.of(SETTINGS + ".reconnectRamp.steps: Invalid value for steps (valid values at least 1 step): 0 steps")),
                Arguments.of("{\"voltVarCurve\": {\"points\": [{\"voltage\": \"92 %\", \"reactivePower\": \"30 %\"}]}}", List.of(SETTINGS + ".voltVarCurve.openLoopResponseTime: required")),
                // the bad point is the only problem: the curve is not built from the one good point
                Arguments.of("{\"voltVarCurve\": {\"points\": [{\"voltage\": \"92 %\", \"reactivePower\": \"30 %\"}, {\"voltage\": \"107 V\", \"reactivePower\": \"-30 %\"}], \"openLoopResponseTime\": \"5 s\"}}",
                        List.of(SETTINGS + ".voltVarCurve.points[1].voltage: % expected, got V")),
                Arguments.of("{\"reconnectDelay\": \"-1 s\"}", List.of(SETTINGS + ".reconnectDelay: Invalid value for duration (valid values non-negative times to the nanosecond): -1 s")),
                Arguments.of("{\"reconnectDelay\": \"0.0000000001 s\"}", List.of(SETTINGS + ".reconnectDelay: Invalid value for duration (valid values non-negative times to the nanosecond): 0.0000000001 s")),
                Arguments.of("{\"islandingTripTime\": \"0.0000001 ms\"}", List.of(SETTINGS + ".islandingTripTime: Invalid value for duration (valid values non-negative times to the nanosecond): 0.0000001 ms")));
    }

    @ParameterizedTest
    @MethodSource("settingsRefusals")
    void should_name_the_path_inside_the_inverter_settings_when_a_setting_is_refused(String settings, List<String> problems) {
        String json = JsonDocumentsRoundTripTest.withSettings(settings);
        JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JsonDocuments.readApplication(json));
        assertEquals(problems, e.problems().stream().map(JsonProblem::toString).toList());
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void should_list_every_problem_with_its_path_when_a_document_is_refused(String json, List<String> problems) {
        JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JsonDocuments.readApplication(json));
        assertEquals(problems, e.problems().stream().map(JsonProblem::toString).toList());
    }

    @Test
    void should_report_every_problem_at_once_in_the_message_when_a_document_has_several() {
        String json = """
                {"id": "A-1", "facility": {"phases": "TWO", "generatingUnits": [
                  {"energySource": "SOLAR", "technology": "INVERTER_BASED", "nameplate": "10 kW"},
                  {"energySource": "SOLAR", "technology": "INVERTER_BASED", "nameplate": "10 kVA"}]},
                 "documents": ["SITE_PLAN", "PHOTO"]}
                """;
        JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JsonDocuments.readApplication(json));
        assertEquals("""
                Invalid value for application document (valid values documents as the schema \
                derkit-application.schema.json describes): \n\
                  $.facility.phases: one of SINGLE, THREE expected, got 'TWO'
                  $.facility.generatingUnits[1].nameplate: kW expected, got kVA
                  $.documents[1]: one of SITE_PLAN, ONE_LINE_DIAGRAM, EQUIPMENT_SPECIFICATIONS, ESS_SUPPLEMENTAL_FORM, \
                CT_PT_SPECIFICATIONS, CT_PT_TEST_RESULTS, INVERTER_SPEC_SHEET, VOLT_VAR_SETPOINT_PICTURE, W9, \
                AS_BUILT_SINGLE_LINE, LOW_SCR_OPERATION_PROOF, STABILITY_PROOF, EMT_ANALYSIS expected, got 'PHOTO'""", e.getMessage());
    }

    @Test
    void should_name_the_line_of_each_problem_when_a_json_lines_file_has_bad_lines() {
        String jsonl = "{\"id\": \"A-1\"}\n\n{\"id\": 2}\n{\"id\": \"A-3\"}\n{\"id\": \"A-4\", \"x\": 1}\n";
        List<String> read = new ArrayList<>();
        JsonDocumentException e = assertThrows(JsonDocumentException.class,
                () -> JsonDocuments.readApplicationLines(new StringReader(jsonl), (line, a) -> read.add(line + " " + a.id())));
        assertEquals(List.of("1 A-1", "4 A-3"), read);
        assertEquals(List.of("line 3: $.id: a string expected, got the number 2", "line 5: $.x: unknown property"),
                e.problems().stream().map(JsonProblem::toString).toList());
    }

    @Test
    void should_name_the_enrollment_schema_and_the_line_when_an_enrollment_line_is_refused() {
        String jsonl = "\n{\"account\": {}, \"cycle\": 7}\n";
        JsonDocumentException e = assertThrows(JsonDocumentException.class,
                () -> JsonDocuments.readEnrollmentLines(new StringReader(jsonl), (line, en) -> {
                    throw new AssertionError("no good line, yet line " + line + " was handed over");
                }));
        assertEquals("""
                Invalid value for enrollment documents (JSON Lines) (valid values documents as the schema \
                derkit-enrollment.schema.json describes): \n\
                  line 2: $.cycle: one of ON_CYCLE, OFF_CYCLE expected, got the number 7
                  line 2: $.requestedBillingOption: required""", e.getMessage());
    }
}
