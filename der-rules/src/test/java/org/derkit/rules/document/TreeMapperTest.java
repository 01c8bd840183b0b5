package org.derkit.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.derkit.model.fixture.HandWrittenBuilders;
import org.derkit.model.retail.IntervalLabel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The mapper on types the two documents do not reach today: whole numbers, a Java record with an int
 * component, builders that are not public, and types it has no JSON form for.
 */
class TreeMapperTest {

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    @Test
    void should_write_whole_numbers_as_json_numbers_when_a_value_is_an_int_or_a_long() {
        assertEquals("15", new TreeMapper().write(15, Integer.class).toString());
        assertEquals("5000000000", new TreeMapper().write(5_000_000_000L, Long.class).toString());
    }

    @Test
    void should_map_a_java_record_to_an_object_of_its_components_and_back_when_a_component_is_an_int() {
        // DTM*582 labels the interval ending at 00:15 of 1 June as 15 elapsed minutes
        IntervalLabel label = new IntervalLabel(LocalDate.of(2026, 6, 1), 15);
        JsonNode written = new TreeMapper().write(label, IntervalLabel.class);
        assertEquals(json("{\"date\": \"2026-06-01\", \"minutes\": 15}"), written);
        List<JsonProblem> problems = new ArrayList<>();
        assertEquals(label, new TreeMapper().read(written, IntervalLabel.class, "$", problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void should_refuse_to_map_a_type_when_it_is_neither_a_model_value_nor_a_record() {
        IllegalStateException written = assertThrows(IllegalStateException.class,
                () -> new TreeMapper().write(new Object(), Object.class));
        assertEquals("no JSON form for java.lang.Object", written.getMessage());
        IllegalStateException read = assertThrows(IllegalStateException.class,
                () -> new TreeMapper().read(JsonNodeFactory.instance.objectNode(), Object.class, "$", new ArrayList<>()));
        assertEquals("no JSON form for java.lang.Object", read.getMessage());
    }

    /** Has a static builder() but lives outside der-model: not a model record. */
    static final class Outsider {
        public static Outsider builder() {
            return new Outsider();
        }
    }

    @Test
    void should_refuse_to_map_a_type_with_a_builder_when_it_is_not_in_der_model() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TreeMapper().write(new Outsider(), Outsider.class));
        assertEquals("no JSON form for " + Outsider.class.getName(), e.getMessage());
    }

    @Test
    void should_build_through_the_public_stages_when_the_builder_class_is_private() {
        List<JsonProblem> problems = new ArrayList<>();
        Object read = new TreeMapper().read(json("{\"count\": 3}"), HandWrittenBuilders.Tally.class, "$", problems);
        assertEquals(List.of(), problems);
        assertEquals(Integer.valueOf(3), ((HandWrittenBuilders.Tally) read).count());
        assertEquals(json("{\"count\": 3}"), new TreeMapper().write(read, HandWrittenBuilders.Tally.class));
    }

    @Test
    void should_report_the_missing_setter_when_no_builder_method_takes_the_attribute_type() {
        List<JsonProblem> problems = new ArrayList<>();
        assertNull(new TreeMapper().read(json("{\"label\": \"x\"}"), HandWrittenBuilders.Labelled.class, "$", problems));
        assertEquals(List.of(new JsonProblem("$", "no builder method label of " + HandWrittenBuilders.Labelled.class.getName())),
                problems);
    }

    @Test
    void should_report_the_missing_build_method_when_a_builder_cannot_build() {
        List<JsonProblem> problems = new ArrayList<>();
        assertNull(new TreeMapper().read(json("{\"count\": 1}"), HandWrittenBuilders.Unfinished.class, "$", problems));
        assertEquals(List.of(new JsonProblem("$", "no build() for " + HandWrittenBuilders.Unfinished.class.getName())),
                problems);
    }
}
