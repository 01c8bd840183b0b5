package org.derkit.rules.document;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derkit.model.DerQuantity;
import org.derkit.model.Identifier;
import org.derkit.model.InvalidValueException;
import org.derkit.model.Percentage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one mapping between der-model's value types and the JSON tree, driven by the types
 * themselves: an Immutables record becomes an object of its attributes (in declaration order), a
 * Java record an object of its components, a sealed interface of records an object with a
 * {@code type} member, a quantity the string {@code "250 kW"} (or {@code {"value": 250, "unit":
 * "kW"}} on input), an identifier or a parseable value its text, an enum its constant name.
 *
 * <p>Reading never stops at the first problem: every problem is added to the list with its JSON
 * path, and the value read is {@code null} where a problem was found. The same walk produces the
 * JSON Schema ({@link SchemaWriter}), so the reader and the schema describe one format.
 */
final class TreeMapper {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    /** The number of a quantity as the reader and the schema accept it. */
    static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?";
    private static final Pattern QUANTITY = Pattern.compile("(" + NUMBER + ") ?(\\S+)");

    /** The attributes of each type met by this mapper (one mapper serves one call: no shared state). */
    private final Map<Class<?>, List<Attribute>> attributes = new java.util.HashMap<>();

    /** One attribute of an Immutables record or one component of a Java record. */
    record Attribute(String name, Type type, Method getter, Multiplicity multiplicity) {
    }

    /** How an attribute may be present in a document. */
    enum Multiplicity {
        /** Must be present. */
        REQUIRED,
        /** May be left out; the model then applies its default. */
        DEFAULTED,
        /** May be left out: unknown. */
        OPTIONAL,
        /** An array, left out when empty. */
        MANY
    }

    // -------------------------------------------------------------------------------------
    // classification of types

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type in the model: " + type);
    }

    static Type argument(Type type) {
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    static boolean isImmutable(Class<?> c) {
        return staticMethod(c, "builder").isPresent() && c.getPackageName().startsWith("org.derkit.model");
    }

    static boolean isQuantity(Class<?> c) {
        return DerQuantity.class.isAssignableFrom(c) || c == Percentage.class || c == Duration.class;
    }

    static boolean isParsed(Class<?> c) {
        return staticMethod(c, "parse", CharSequence.class).isPresent() && !isQuantity(c);
    }

    static Optional<Method> staticMethod(Class<?> c, String name, Class<?>... parameters) {
        try {
            Method m = c.getMethod(name, parameters);
            return Modifier.isStatic(m.getModifiers()) ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** The attributes of an Immutables record or the components of a Java record, in order. */
    List<Attribute> attributes(Class<?> c) {
        List<Attribute> known = attributes.get(c);
        if (known == null) {
            known = findAttributes(c);
            attributes.put(c, known);
        }
        return known;
    }

    private static List<Attribute> findAttributes(Class<?> c) {
        List<Attribute> list = new ArrayList<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                Type t = rc.getGenericType();
                Class<?> r = raw(t);
                Multiplicity m = r == Optional.class ? Multiplicity.OPTIONAL
                        : Collection.class.isAssignableFrom(r) ? Multiplicity.MANY : Multiplicity.REQUIRED;
                list.add(new Attribute(rc.getName(), t, rc.getAccessor(), m));
            }
            return List.copyOf(list);
        }
        // the runtime class: a staged builder's declared return type is only its first stage
        Class<?> builder = invoke(staticMethod(c, "builder").orElseThrow(), null).getClass();
        Set<String> setters = new LinkedHashSet<>();
        for (Method m : publicMethods(builder)) {
            if (m.getParameterCount() == 1) {
                setters.add(m.getName());
            }
        }
        for (java.lang.reflect.Field f : c.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) {
                continue;
            }
            String name = f.getName();
            if (!setters.contains(name) && !setters.contains("addAll" + capitalized(name))) {
                continue; // derived: computed by the model, never read from a document
            }
            Method declared = accessor(c.getSuperclass(), name);
            Type t = declared.getGenericReturnType();
            Class<?> r = raw(t);
            Multiplicity m;
            if (r == Optional.class || r == OptionalInt.class) {
                m = Multiplicity.OPTIONAL;
            } else if (Collection.class.isAssignableFrom(r)) {
                m = Multiplicity.MANY;
            } else if (Modifier.isAbstract(declared.getModifiers())) {
                m = Multiplicity.REQUIRED;
            } else {
                m = Multiplicity.DEFAULTED;
            }
            list.add(new Attribute(name, t, accessor(c, name), m));
        }
        return List.copyOf(list);
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Method accessor(Class<?> c, String name) {
        String cap = capitalized(name);
        for (String candidate : List.of(name, "is" + cap, "get" + cap)) {
            try {
                return c.getMethod(candidate);
            } catch (NoSuchMethodException e) {
                // try the next accessor style of DerStyle (get = is*, get*)
            }
        }
        throw new IllegalStateException("no accessor for attribute " + name + " of " + c.getName());
    }

    /** The public methods of a (possibly non-public) builder class, found through public types. */
    private static List<Method> publicMethods(Class<?> builder) {
        List<Method> out = new ArrayList<>();
        if (Modifier.isPublic(builder.getModifiers())) {
            for (Method m : builder.getMethods()) {
                if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                    out.add(m);
                }
            }
        }
        collectInterfaceMethods(builder, out);
        return out;
    }

    private static void collectInterfaceMethods(Class<?> c, List<Method> out) {
        for (Class<?> i : c.getInterfaces()) {
            if (Modifier.isPublic(i.getModifiers())) {
                out.addAll(List.of(i.getMethods()));
            }
            collectInterfaceMethods(i, out);
        }
        if (c.getSuperclass() != null) {
            collectInterfaceMethods(c.getSuperclass(), out);
        }
        if (c.isInterface() && Modifier.isPublic(c.getModifiers())) {
            out.addAll(List.of(c.getMethods()));
        }
    }

    /** The units a quantity type accepts, canonical first. */
    static List<String> units(Class<?> c) {
        return Units.of(c);
    }

    // -------------------------------------------------------------------------------------
    // writing

    JsonNode write(Object value, Type type) {
        Class<?> c = raw(type);
        if (value instanceof Optional<?> o) {
            return write(o.orElseThrow(), argument(type));
        }
        if (value instanceof OptionalInt oi) {
            return NODES.numberNode(oi.getAsInt());
        }
        if (value instanceof String s) {
            return NODES.stringNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Enum<?> e) {
            return NODES.stringNode(e.name());
        }
        if (value instanceof Identifier id) {
            return NODES.stringNode(id.value());
        }
        if (isQuantity(value.getClass())) {
            return NODES.stringNode(Units.format(value));
        }
        if (value instanceof LocalDate d) {
            return NODES.stringNode(d.toString());
        }
        if (value instanceof Instant i) {
            return NODES.stringNode(i.atZone(CHICAGO).toOffsetDateTime().toString());
        }
        if (isParsed(value.getClass())) {
            return NODES.stringNode(value.toString());
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            Type element = argument(type);
            for (Object item : items) {
                array.add(write(item, element));
            }
            return array;
        }
        Class<?> concrete = value.getClass();
        if (concrete.isRecord() || isImmutable(concrete)) {
            ObjectNode object = NODES.objectNode();
            if (c.isSealed()) {
                object.put("type", variantName(concrete));
            }
            for (Attribute a : attributes(concrete)) {
                Object v = invoke(a.getter(), value);
                if (v instanceof Optional<?> o && o.isEmpty()
                        || v instanceof OptionalInt oi && oi.isEmpty()
                        || v instanceof Collection<?> items && items.isEmpty()) {
                    continue;
                }
                object.set(a.name(), write(v, a.type()));
            }
            return object;
        }
        throw new IllegalStateException("no JSON form for " + concrete.getName());
    }

    static String variantName(Class<?> variant) {
        String s = variant.getSimpleName();
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Object invoke(Method m, Object target, Object... arguments) {
        try {
            return m.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + m, e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot call " + m, e.getCause());
        }
    }

    // -------------------------------------------------------------------------------------
    // reading

    /** Reads {@code node} as {@code type}; on any problem adds it and returns {@code null}. */
    Object read(JsonNode node, Type type, String path, List<JsonProblem> problems) {
        Class<?> c = raw(type);
        if (node.isNull()) {
            problems.add(new JsonProblem(path, "null is not a value; leave the property out when it is unknown"));
            return null;
        }
        if (c == String.class) {
            return node.isString() ? node.stringValue() : wrongType(node, "a string", path, problems);
        }
        if (c == Boolean.class || c == boolean.class) {
            return node.isBoolean() ? (Object) node.booleanValue() : wrongType(node, "true or false", path, problems);
        }
        if (c == BigDecimal.class) {
            return node.isNumber() ? node.decimalValue() : wrongType(node, "a number", path, problems);
        }
        if (c == Integer.class || c == int.class || c == OptionalInt.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? (Object) node.intValue()
                    : wrongType(node, "a whole number", path, problems);
        }
        if (c.isEnum()) {
            return readEnum(node, c, path, problems);
        }
        if (Identifier.class.isAssignableFrom(c)) {
            if (!node.isString()) {
                return wrongType(node, "a string", path, problems);
            }
            return construct(() -> invoke(staticMethod(c, "of", String.class).orElseThrow(), null,
                    node.stringValue()), path, problems);
        }
        if (isQuantity(c)) {
            return readQuantity(node, c, path, problems);
        }
        if (c == LocalDate.class) {
            if (!node.isString()) {
                return wrongType(node, "a date like \"2026-06-01\"", path, problems);
            }
            try {
                return LocalDate.parse(node.stringValue());
            } catch (DateTimeParseException e) {
                problems.add(new JsonProblem(path, "a date like \"2026-06-01\" expected, got '" + node.stringValue() + "'"));
                return null;
            }
        }
        if (c == Instant.class) {
            if (!node.isString()) {
                return wrongType(node, "a date-time like \"2026-06-01T09:30-05:00\"", path, problems);
            }
            try {
                return OffsetDateTime.parse(node.stringValue()).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new JsonProblem(path, "a date-time with offset like \"2026-06-01T09:30-05:00\" expected, got '"
                        + node.stringValue() + "'"));
                return null;
            }
        }
        if (isParsed(c)) {
            if (!node.isString()) {
                return wrongType(node, "a string", path, problems);
            }
            return construct(() -> invoke(staticMethod(c, "parse", CharSequence.class).orElseThrow(), null,
                    node.stringValue()), path, problems);
        }
        if (List.class.isAssignableFrom(c) || Set.class.isAssignableFrom(c)) {
            if (!node.isArray()) {
                return wrongType(node, "an array", path, problems);
            }
            Collection<Object> out = List.class.isAssignableFrom(c) ? new ArrayList<>() : new LinkedHashSet<>();
            boolean ok = true;
            for (int i = 0; i < node.size(); i++) {
                Object item = read(node.get(i), argument(type), path + "[" + i + "]", problems);
                ok &= item != null;
                if (item != null && !out.add(item)) {
                    problems.add(new JsonProblem(path + "[" + i + "]", "duplicate of an earlier element"));
                    ok = false;
                }
            }
            return ok ? out : null;
        }
        if (c.isSealed() && c.isInterface()) {
            return readVariant(node, c, path, problems);
        }
        if (c.isRecord() || isImmutable(c)) {
            return readObject(node, c, false, path, problems);
        }
        throw new IllegalStateException("no JSON form for " + c.getName());
    }

    private Object readVariant(JsonNode node, Class<?> c, String path, List<JsonProblem> problems) {
        if (!node.isObject()) {
            return wrongType(node, "an object", path, problems);
        }
        Map<String, Class<?>> variants = new LinkedHashMap<>();
        for (Class<?> v : c.getPermittedSubclasses()) {
            variants.put(variantName(v), v);
        }
        JsonNode type = node.get("type");
        if (type == null) {
            problems.add(new JsonProblem(path + ".type", "required (one of " + String.join(", ", variants.keySet()) + ")"));
            return null;
        }
        Class<?> variant = type.isString() ? variants.get(type.stringValue()) : null;
        if (variant == null) {
            problems.add(new JsonProblem(path + ".type", "one of " + String.join(", ", variants.keySet())
                    + " expected, got " + describe(type)));
            return null;
        }
        return readObject(node, variant, true, path, problems);
    }

    private Object readObject(JsonNode node, Class<?> c, boolean typed, String path, List<JsonProblem> problems) {
        if (!node.isObject()) {
            return wrongType(node, "an object", path, problems);
        }
        List<Attribute> attrs = attributes(c);
        Map<String, Attribute> byName = new LinkedHashMap<>();
        for (Attribute a : attrs) {
            byName.put(a.name(), a);
        }
        boolean ok = true;
        for (String name : node.propertyNames()) {
            if (!byName.containsKey(name) && !(typed && name.equals("type"))) {
                problems.add(new JsonProblem(path + "." + name, "unknown property"));
                ok = false;
            }
        }
        Map<Attribute, Object> values = new LinkedHashMap<>();
        for (Attribute a : attrs) {
            JsonNode child = node.get(a.name());
            String childPath = path + "." + a.name();
            if (child == null) {
                if (a.multiplicity() == Multiplicity.REQUIRED) {
                    problems.add(new JsonProblem(childPath, "required"));
                    ok = false;
                }
                continue;
            }
            Type t = a.type();
            Type valueType = raw(t) == Optional.class ? argument(t) : t;
            Object v = read(child, valueType, childPath, problems);
            if (v == null) {
                ok = false;
            } else {
                values.put(a, v);
            }
        }
        if (!ok) {
            return null;
        }
        try {
            return c.isRecord() ? newRecord(c, attrs, values) : build(c, values);
        } catch (InvalidValueException e) {
            // the model names the attribute it refused: point at it when it is one of this object's
            String where = byName.containsKey(e.field()) ? path + "." + e.field() : path;
            problems.add(new JsonProblem(where, e.getMessage()));
            return null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(new JsonProblem(path, String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static Object newRecord(Class<?> c, List<Attribute> attrs, Map<Attribute, Object> values) {
        Class<?>[] types = new Class<?>[attrs.size()];
        Object[] args = new Object[attrs.size()];
        for (int i = 0; i < attrs.size(); i++) {
            Attribute a = attrs.get(i);
            types[i] = raw(a.type());
            Object v = values.get(a);
            if (a.multiplicity() == Multiplicity.OPTIONAL) {
                v = Optional.ofNullable(v);
            } else if (v == null && a.multiplicity() == Multiplicity.MANY) {
                v = Set.class.isAssignableFrom(types[i]) ? Set.of() : List.of();
            }
            args[i] = v;
        }
        try {
            Constructor<?> k = c.getDeclaredConstructor(types);
            return k.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot construct " + c.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + c.getName(), e);
        }
    }

    private static Object build(Class<?> c, Map<Attribute, Object> values) {
        Object builder = invoke(staticMethod(c, "builder").orElseThrow(), null);
        List<Method> methods = publicMethods(builder.getClass());
        for (Map.Entry<Attribute, Object> e : values.entrySet()) {
            Attribute a = e.getKey();
            Object v = e.getValue();
            Class<?> parameter = a.multiplicity() == Multiplicity.MANY ? Iterable.class
                    : raw(a.type()) == Optional.class ? raw(argument(a.type()))
                    : raw(a.type()) == OptionalInt.class ? int.class
                    : raw(a.type());
            // collections through addAllX: staged builders have no whole-collection setter
            String setterName = a.multiplicity() == Multiplicity.MANY ? "addAll" + capitalized(a.name()) : a.name();
            Method setter = methods.stream()
                    .filter(m -> m.getName().equals(setterName) && m.getParameterCount() == 1
                            && accepts(m.getParameterTypes()[0], parameter))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no builder method " + a.name() + " of " + c.getName()));
            invoke(setter, builder, v);
        }
        Method build = methods.stream().filter(m -> m.getName().equals("build") && m.getParameterCount() == 0)
                .findFirst().orElseThrow(() -> new IllegalStateException("no build() for " + c.getName()));
        return invoke(build, builder);
    }

    private static boolean accepts(Class<?> declared, Class<?> wanted) {
        return declared == wanted || declared == boolean.class && wanted == Boolean.class
                || declared == int.class && wanted == Integer.class || declared == long.class && wanted == Long.class;
    }

    /** Runs a model constructor; a value the model refuses becomes a problem at {@code path}. */
    private static Object construct(java.util.function.Supplier<Object> constructor, String path,
            List<JsonProblem> problems) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            problems.add(new JsonProblem(path, e.getMessage()));
            return null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the model's own consistency checks (Value.Check) refuse with these
            problems.add(new JsonProblem(path, String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static Object readEnum(JsonNode node, Class<?> c, String path, List<JsonProblem> problems) {
        List<String> names = new ArrayList<>();
        for (Object constant : c.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        if (node.isString() && names.contains(node.stringValue())) {
            for (Object constant : c.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(node.stringValue())) {
                    return constant;
                }
            }
        }
        problems.add(new JsonProblem(path, "one of " + String.join(", ", names) + " expected, got " + describe(node)));
        return null;
    }

    private static Object readQuantity(JsonNode node, Class<?> c, String path, List<JsonProblem> problems) {
        List<String> units = Units.of(c);
        String number;
        String unit;
        if (node.isString()) {
            Matcher m = QUANTITY.matcher(node.stringValue());
            if (!m.matches()) {
                problems.add(new JsonProblem(path, "a quantity like \"" + Units.example(c) + "\" expected, got "
                        + describe(node)));
                return null;
            }
            number = m.group(1);
            unit = m.group(3);
        } else if (node.isObject()) {
            JsonNode value = node.get("value");
            JsonNode u = node.get("unit");
            boolean ok = true;
            for (String name : node.propertyNames()) {
                if (!name.equals("value") && !name.equals("unit")) {
                    problems.add(new JsonProblem(path + "." + name, "unknown property"));
                    ok = false;
                }
            }
            if (value == null || !value.isNumber()) {
                problems.add(new JsonProblem(path + ".value", value == null ? "required" : "a number expected, got "
                        + describe(value)));
                ok = false;
            }
            if (u == null || !u.isString()) {
                problems.add(new JsonProblem(path + ".unit", u == null ? "required" : "a string expected, got "
                        + describe(u)));
                ok = false;
            }
            if (!ok) {
                return null;
            }
            number = value.decimalValue().toPlainString();
            unit = u.stringValue();
        } else {
            return wrongType(node, "a quantity like \"" + Units.example(c) + "\"", path, problems);
        }
        if (!units.contains(unit)) {
            problems.add(new JsonProblem(path, units.get(0) + " expected, got " + unit));
            return null;
        }
        return construct(() -> Units.parse(c, new BigDecimal(number), unit), path, problems);
    }

    private static Object wrongType(JsonNode node, String expected, String path, List<JsonProblem> problems) {
        problems.add(new JsonProblem(path, expected + " expected, got " + describe(node)));
        return null;
    }

    /** How a problem names what it found: the JSON type and, for scalars, the value. */
    static String describe(JsonNode node) {
        if (node.isString()) {
            return "'" + node.stringValue() + "'";
        }
        if (node.isNumber()) {
            return "the number " + node.asString();
        }
        if (node.isBoolean()) {
            return String.valueOf(node.booleanValue());
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return "null";
    }
}
