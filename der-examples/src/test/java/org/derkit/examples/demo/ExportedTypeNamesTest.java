package org.derkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No two exported types of derkit share a simple name: a jshell session that imports every
 * exported package (as {@code derkit shell} does) never finds a name ambiguous. der-examples' tests
 * see every derkit library module on the module path, so this scans all of them.
 */
class ExportedTypeNamesTest {

    @Test
    void should_have_one_type_per_simple_name_when_every_exported_package_of_derkit_is_scanned() throws IOException {
        Map<String, Set<String>> byName = new TreeMap<>();
        Set<String> modules = new TreeSet<>();
        for (ResolvedModule resolved : ModuleLayer.boot().configuration().modules()) {
            String module = resolved.name();
            if (!module.startsWith("org.derkit.")) {
                continue;
            }
            modules.add(module);
            ModuleDescriptor descriptor = resolved.reference().descriptor();
            Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            List<String> classes;
            try (ModuleReader reader = resolved.reference().open()) {
                classes = reader.list().filter(r -> r.endsWith(".class") && !r.contains("$")
                        && !r.endsWith("module-info.class") && !r.endsWith("package-info.class"))
                        .collect(Collectors.toList());
            }
            Module runtime = ModuleLayer.boot().findModule(module).orElseThrow();
            for (String resource : classes) {
                String binary = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                String pkg = binary.substring(0, binary.lastIndexOf('.'));
                if (!exported.contains(pkg)) {
                    continue;
                }
                Class<?> type = Class.forName(runtime, binary);
                if (type != null && Modifier.isPublic(type.getModifiers())) {
                    byName.computeIfAbsent(type.getSimpleName(), k -> new TreeSet<>()).add(type.getName());
                }
            }
        }
        assertTrue(modules.containsAll(Set.of("org.derkit.model", "org.derkit.edi", "org.derkit.metering",
                "org.derkit.rules", "org.derkit.examples")), "every library module is scanned: " + modules);
        assertTrue(byName.size() > 100, "the scan found the exported types: " + byName.size());
        Map<String, Set<String>> clashes = new TreeMap<>();
        byName.forEach((name, types) -> {
            if (types.size() > 1) {
                clashes.put(name, types);
            }
        });
        assertEquals(Map.of(), clashes, "exported types sharing a simple name");
    }
}
