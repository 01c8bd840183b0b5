package org.derkit.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.derkit.model.DerQuantities;
import org.derkit.model.Percentage;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.FrequencyTripSetting;
import org.derkit.model.facility.InverterSettings;
import org.derkit.model.facility.ReconnectRamp;
import org.derkit.model.facility.VoltVarCurve;
import org.derkit.model.facility.VoltVarPoint;
import org.derkit.model.facility.VoltageTripSetting;
import org.derkit.model.generator.ModelGenerators;
import org.derkit.model.retail.Enrollment;
import org.derkit.rules.book.AmerenRuleBook;
import org.derkit.rules.book.ApplicationGenerator;
import org.derkit.rules.generator.Boundaries;
import org.derkit.rules.generator.BoundaryTable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Document to model to document is the identity, and model to document to model too, over
 * generated applications and enrollments (seeded: QT_SEED).
 */
class JsonDocumentsRoundTripTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);
    private static final BoundaryTable TABLE = Boundaries.table(AmerenRuleBook.book().rules().rules());

    @Test
    void should_read_back_what_it_wrote_when_applications_come_from_the_limit_seeking_generator() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        for (int i = 0; i < 100; i++) {
            long seed = seeds.nextLong();
            InterconnectionApplication a = ApplicationGenerator.applications().generate(TABLE.sampler(seed));
            assertRoundTrip(a, "sampler seed " + seed);
        }
    }

    @Test
    void should_read_back_what_it_wrote_when_applications_come_from_the_model_generators() {
        for (InterconnectionApplication a : ModelGenerators.applications().sample(SEED, 100)) {
            assertRoundTrip(a, a.id().value());
        }
    }

    @Test
    void should_read_back_what_it_wrote_when_enrollments_come_from_the_model_generators() {
        for (Enrollment e : ModelGenerators.enrollments().sample(SEED, 100)) {
            String json = JsonDocuments.writeEnrollment(e);
            Enrollment back = JsonDocuments.readEnrollment(json);
            assertEquals(e, back, json);
            assertEquals(json, JsonDocuments.writeEnrollment(back));
        }
    }

    private static void assertRoundTrip(InterconnectionApplication a, String what) {
        String json = JsonDocuments.writeApplication(a);
        InterconnectionApplication back = JsonDocuments.readApplication(json);
        assertEquals(json, JsonDocuments.writeApplication(back), what);
        assertEquals(a, back, what + "\n" + json);
        String line = JsonDocuments.writeApplicationLine(a);
        assertEquals(a, JsonDocuments.readApplication(line), what);
    }

    /** An inverter of the Illinois smart-inverter spec, around whatever settings a test states. */
    static String withSettings(String settings) {
        return """
                {"id": "A-1", "facility": {"generatingUnits": [{"energySource": "SOLAR", "technology": "INVERTER_BASED",
                  "nameplate": "10 kW", "inverter": {"manufacturer": "Acme", "model": "X-10", "acRating": "10 kW",
                  "settings": %s}}]}}
                """.formatted(settings);
    }

    private static InverterSettings settingsOf(InterconnectionApplication a) {
        return a.facility().generatingUnits().get(0).inverter().orElseThrow().settings().orElseThrow();
    }

    private static JsonNode writtenSettings(InterconnectionApplication a) {
        return JsonMapper.shared().readTree(JsonDocuments.writeApplication(a))
                .at("/facility/generatingUnits/0/inverter/settings");
    }

    // the settings of smart-inverter-spec-2023: HV2 120 % cleared in 0.16 s, LV1 88 % in 21 s, HF2 62 Hz in
    // 0.16 s, volt-var V1..V4 92/96.7/103.3/107 % at Q 30/0/0/-30 % with 5 s open loop, normal ramp 100 %,
    // a 300 s reconnect wait with a linear ramp of 2 %/s, open phase tripped in 2 s
    private static final String SPEC_SETTINGS = """
            {"voltageTrips": [{"region": "HV2", "pickup": "120 %", "clearingTime": "160 ms"},
                              {"region": "LV1", "pickup": {"value": 88, "unit": "%"}, "clearingTime": "21 s"}],
             "frequencyTrips": [{"region": "HF2", "pickup": "62 Hz", "clearingTime": {"value": 0.16, "unit": "s"}}],
             "voltVarCurve": {"points": [{"voltage": "92 %", "reactivePower": "30 %"},
                                         {"voltage": "96.7 %", "reactivePower": "0 %"},
                                         {"voltage": "103.3 %", "reactivePower": "0 %"},
                                         {"voltage": "107 %", "reactivePower": "-30 %"}],
                              "openLoopResponseTime": "5 s"},
             "normalRampUpRate": "100 %",
             "reconnectDelay": "5 min",
             "reconnectRamp": {"type": "linear", "ratePerSecond": "2 %"},
             "openPhaseTripTime": "2000 ms"}
            """;

    @Test
    void should_read_the_records_and_the_variant_of_inverter_settings_when_the_spec_settings_are_stated_in_other_units() {
        InverterSettings s = settingsOf(JsonDocuments.readApplication(withSettings(SPEC_SETTINGS)));
        assertEquals(List.of(new VoltageTripSetting("HV2", Percentage.ofPercent(120), Duration.ofMillis(160)),
                new VoltageTripSetting("LV1", Percentage.ofPercent(88), Duration.ofSeconds(21))), s.voltageTrips());
        assertEquals(List.of(new FrequencyTripSetting("HF2", DerQuantities.hertz(62), Duration.ofMillis(160))),
                s.frequencyTrips());
        VoltVarCurve curve = s.voltVarCurve().orElseThrow();
        assertEquals(List.of(VoltVarPoint.of(92, 30), VoltVarPoint.of(96.7, 0), VoltVarPoint.of(103.3, 0),
                VoltVarPoint.of(107, -30)), curve.points());
        assertEquals(Duration.ofSeconds(5), curve.openLoopResponseTime());
        assertEquals(Duration.ofMinutes(5), s.reconnectDelay().orElseThrow());
        assertEquals(new ReconnectRamp.Linear(Percentage.ofPercent(2)), s.reconnectRamp().orElseThrow());
        assertEquals(Duration.ofSeconds(2), s.openPhaseTripTime().orElseThrow());
    }

    @Test
    void should_write_durations_in_seconds_and_the_variant_with_its_type_when_inverter_settings_are_written() {
        JsonNode written = writtenSettings(JsonDocuments.readApplication(withSettings(SPEC_SETTINGS)));
        assertEquals(JsonMapper.shared().readTree("""
                {"voltageTrips": [{"region": "HV2", "pickup": "120 %", "clearingTime": "0.16 s"},
                                  {"region": "LV1", "pickup": "88 %", "clearingTime": "21 s"}],
                 "frequencyTrips": [{"region": "HF2", "pickup": "62 Hz", "clearingTime": "0.16 s"}],
                 "voltVarCurve": {"points": [{"voltage": "92 %", "reactivePower": "30 %"},
                                             {"voltage": "96.7 %", "reactivePower": "0 %"},
                                             {"voltage": "103.3 %", "reactivePower": "0 %"},
                                             {"voltage": "107 %", "reactivePower": "-30 %"}],
                                  "openLoopResponseTime": "5 s"},
                 "normalRampUpRate": "100 %",
                 "reconnectDelay": "300 s",
                 "reconnectRamp": {"type": "linear", "ratePerSecond": "2 %"},
                 "openPhaseTripTime": "2 s"}
                """), written);
    }

    @Test
    void should_read_a_step_ramp_when_the_reconnect_ramp_is_of_type_step() {
        // a step-based ramp must take at least 50 s to full output (smart-inverter-spec-2023 4.3)
        InverterSettings s = settingsOf(JsonDocuments.readApplication(withSettings("""
                {"reconnectRamp": {"type": "step", "steps": [{"at": "10 s", "level": "20 %"}, {"at": "1 min", "level": "100 %"}]}}
                """)));
        ReconnectRamp ramp = s.reconnectRamp().orElseThrow();
        assertEquals(new ReconnectRamp.Step(List.of(new ReconnectRamp.RampStep(Duration.ofSeconds(10), Percentage.ofPercent(20)),
                new ReconnectRamp.RampStep(Duration.ofSeconds(60), Percentage.ofPercent(100)))), ramp);
        assertEquals(Duration.ofSeconds(60), ramp.timeToFullOutput());
    }

    @Test
    void should_accept_durations_from_zero_down_to_the_nanosecond_when_they_are_non_negative() {
        InverterSettings s = settingsOf(JsonDocuments.readApplication(withSettings("""
                {"reconnectDelay": "0 s", "islandingTripTime": "0.000000001 s", "openPhaseTripTime": "0.000001 ms"}
                """)));
        assertEquals(Duration.ZERO, s.reconnectDelay().orElseThrow());
        assertEquals(Duration.ofNanos(1), s.islandingTripTime().orElseThrow());
        assertEquals(Duration.ofNanos(1), s.openPhaseTripTime().orElseThrow());
    }

    @Test
    void should_write_an_instant_in_chicago_time_when_it_was_read_with_another_offset() {
        // 14:30 UTC on 1 June is 09:30 central daylight time (UTC-5)
        InterconnectionApplication a = JsonDocuments.readApplication("{\"id\": \"A-1\", \"submittedAt\": \"2026-06-01T14:30Z\"}");
        assertEquals(Instant.parse("2026-06-01T14:30:00Z"), a.submittedAt().orElseThrow());
        assertEquals("\"2026-06-01T09:30-05:00\"",
                JsonMapper.shared().readTree(JsonDocuments.writeApplication(a)).get("submittedAt").toString());
    }

    @Test
    void should_hand_each_good_enrollment_with_its_line_number_when_enrollments_are_read_as_json_lines() {
        List<Enrollment> sample = ModelGenerators.enrollments().sample(SEED, 2);
        // one document per line: the indented form without its line breaks is the same JSON
        String jsonl = JsonDocuments.writeEnrollment(sample.get(0)).replace("\n", "") + "\n\n"
                + JsonDocuments.writeEnrollment(sample.get(1)).replace("\n", "") + "\n";
        List<String> read = new ArrayList<>();
        JsonDocuments.readEnrollmentLines(new StringReader(jsonl), (line, e) -> read.add(line + " " + e));
        assertEquals(List.of("1 " + sample.get(0), "3 " + sample.get(1)), read);
    }
}
