package org.derkit.rules.document;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.derkit.model.Identifier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema (2020-12) of a document from the same type walk as {@link TreeMapper}
 * reads it: one {@code $defs} entry per record type, {@code additionalProperties: false}, the
 * required attributes, the units of each quantity and the constants of each enum.
 */
final class SchemaWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TreeMapper mapper;
    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    SchemaWriter(TreeMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode schema(Class<?> root, String id, String title) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", id);
        schema.put("title", title);
        schema.put("$ref", "#/$defs/" + define(root));
        ObjectNode defs = schema.putObject("$defs");
        definitions.forEach(defs::set);
        return schema;
    }

    private String define(Class<?> c) {
        String name = c.getEnclosingClass() != null ? c.getEnclosingClass().getSimpleName() + c.getSimpleName()
                : c.getSimpleName();
        if (definitions.containsKey(name)) {
            return name;
        }
        ObjectNode def = NODES.objectNode();
        definitions.put(name, def);
        if (c.isSealed() && c.isInterface()) {
            ArrayNode oneOf = def.putArray("oneOf");
            for (Class<?> variant : c.getPermittedSubclasses()) {
                oneOf.addObject().put("$ref", "#/$defs/" + defineObject(variant, true));
            }
            return name;
        }
        fillObject(def, c, false);
        return name;
    }

    private String defineObject(Class<?> c, boolean typed) {
        String name = c.getEnclosingClass() != null ? c.getEnclosingClass().getSimpleName() + c.getSimpleName()
                : c.getSimpleName();
        if (!definitions.containsKey(name)) {
            ObjectNode def = NODES.objectNode();
            definitions.put(name, def);
            fillObject(def, c, typed);
        }
        return name;
    }

    private void fillObject(ObjectNode def, Class<?> c, boolean typed) {
        def.put("type", "object");
        ObjectNode properties = def.putObject("properties");
        List<String> required = new ArrayList<>();
        if (typed) {
            properties.putObject("type").put("const", TreeMapper.variantName(c));
            required.add("type");
        }
        for (TreeMapper.Attribute a : mapper.attributes(c)) {
            Type t = a.type();
            if (TreeMapper.raw(t) == Optional.class) {
                t = TreeMapper.argument(t);
            }
            properties.set(a.name(), of(t));
            if (a.multiplicity() == TreeMapper.Multiplicity.REQUIRED) {
                required.add(a.name());
            }
        }
        if (!required.isEmpty()) {
            ArrayNode r = def.putArray("required");
            required.forEach(r::add);
        }
        def.put("additionalProperties", false);
    }

    private ObjectNode of(Type type) {
        Class<?> c = TreeMapper.raw(type);
        ObjectNode s = NODES.objectNode();
        if (c == String.class) {
            s.put("type", "string");
        } else if (c == Boolean.class || c == boolean.class) {
            s.put("type", "boolean");
        } else if (c == BigDecimal.class) {
            s.put("type", "number");
        } else if (c == Integer.class || c == int.class || c == OptionalInt.class) {
            s.put("type", "integer");
        } else if (c.isEnum()) {
            s.put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (Identifier.class.isAssignableFrom(c)) {
            s.put("type", "string");
            s.put("minLength", 1);
        } else if (TreeMapper.isQuantity(c)) {
            List<String> units = TreeMapper.units(c);
            s.put("description", "a quantity in " + String.join(", ", units) + ", such as \"" + Units.example(c)
                    + "\" or {\"value\": 250, \"unit\": \"" + units.get(0) + "\"}");
            ArrayNode oneOf = s.putArray("oneOf");
            StringBuilder alternatives = new StringBuilder();
            for (String u : units) {
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(u.replace("%", "%"));
            }
            oneOf.addObject().put("type", "string")
                    .put("pattern", "^" + TreeMapper.NUMBER + " ?(" + alternatives + ")$");
            ObjectNode object = oneOf.addObject();
            object.put("type", "object");
            ObjectNode props = object.putObject("properties");
            props.putObject("value").put("type", "number");
            ArrayNode unitEnum = props.putObject("unit").put("type", "string").putArray("enum");
            units.forEach(unitEnum::add);
            object.putArray("required").add("value").add("unit");
            object.put("additionalProperties", false);
        } else if (c == LocalDate.class) {
            s.put("type", "string");
            s.put("format", "date");
            s.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        } else if (c == Instant.class) {
            s.put("type", "string");
            s.put("format", "date-time");
            s.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$");
        } else if (TreeMapper.isParsed(c)) {
            s.put("type", "string");
            s.put("description", "as " + c.getSimpleName() + ".parse reads it");
        } else if (List.class.isAssignableFrom(c) || Set.class.isAssignableFrom(c)) {
            s.put("type", "array");
            s.set("items", of(TreeMapper.argument(type)));
            if (Set.class.isAssignableFrom(c)) {
                s.put("uniqueItems", true);
            }
        } else if (Collection.class.isAssignableFrom(c)) {
            throw new IllegalStateException("unsupported collection " + c);
        } else if (c.isSealed() && c.isInterface() || c.isRecord() || TreeMapper.isImmutable(c)) {
            s.put("$ref", "#/$defs/" + define(c));
        } else {
            throw new IllegalStateException("no JSON form for " + c.getName());
        }
        return s;
    }
}
