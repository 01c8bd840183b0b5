package org.derkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.derkit.rules.book.AmerenRuleBook;
import org.junit.jupiter.api.Test;

/**
 * Architecture: der-rules keeps no static mutable state (issue 11). Every static field of every
 * class of the module is final, and its value is of an immutable type: a primitive, a string or
 * number, an enum, a java.time value, an unmodifiable collection of such values, an Optional, or
 * an object whose fields are all final (shallow, as a lambda, a record or a value class), never a
 * non-empty array. A per-screening memo (the old {@code LevelInputs.last}) fails this test.
 */
class NoStaticMutableStateTest {

    private static List<Class<?>> moduleClasses() throws URISyntaxException {
        Path root = Path.of(AmerenRuleBook.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                classes.add(Class.forName(name, true, AmerenRuleBook.class.getClassLoader()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        return classes;
    }

    @Test
    void every_static_field_of_der_rules_is_final_and_immutable() throws Exception {
        List<Class<?>> classes = moduleClasses();
        assertTrue(classes.size() > 100, "found the module's classes: " + classes.size());
        List<String> problems = new ArrayList<>();
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue; // compiler-generated tables (a switch's $SwitchMap) are not the code's state
                }
                String where = c.getName() + "." + f.getName();
                if (!Modifier.isFinal(f.getModifiers())) {
                    problems.add(where + " is not final");
                    continue;
                }
                if (f.getType().isPrimitive() || f.getName().equals("$VALUES")) {
                    continue; // an enum's values array is private to the enum and never handed out
                }
                f.setAccessible(true);
                Object value = f.get(null);
                if (value != null && !isImmutable(value, 0)) {
                    problems.add(where + " holds a mutable " + value.getClass().getName());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean isImmutable(Object value, int depth) {
        Class<?> type = value.getClass();
        if (type.isArray()) {
            return java.lang.reflect.Array.getLength(value) == 0;
        }
        if (type.getName().startsWith("java.util.ImmutableCollections$")
                || type.getName().startsWith("java.util.Collections$Unmodifiable")) {
            return value instanceof Map<?, ?> m ? elements(m.keySet(), depth) && elements(m.values(), depth)
                    : elements((java.util.Collection<?>) value, depth);
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof Class<?> || value instanceof Pattern
                || value instanceof BigDecimal || value instanceof BigInteger
                || type.getName().startsWith("java.lang.") && value instanceof Number
                || type.getName().startsWith("java.time.")) {
            return true;
        }
        if (value instanceof Optional<?> o) {
            return o.isEmpty() || isImmutable(o.get(), depth + 1);
        }
        if (value instanceof List<?> l) {
            return List.copyOf(l) == l && elements(l, depth);
        }
        if (value instanceof Set<?> s) {
            return Set.copyOf(s) == s && elements(s, depth);
        }
        if (value instanceof Map<?, ?> m) {
            return Map.copyOf(m) == m && elements(m.keySet(), depth) && elements(m.values(), depth);
        }
        // a lambda, record or value class: every instance field final (checked one level deep)
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (!Modifier.isFinal(f.getModifiers()) && !isLazyText(f)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A text built on first request and kept (String.hash's benign race), such as a finding's explanation. */
    private static boolean isLazyText(Field f) {
        return f.getType() == String.class;
    }

    private static boolean elements(java.util.Collection<?> items, int depth) {
        if (depth > 2) {
            return true;
        }
        for (Object item : items) {
            if (item != null && !isImmutable(item, depth + 1)) {
                return false;
            }
        }
        return true;
    }
}
