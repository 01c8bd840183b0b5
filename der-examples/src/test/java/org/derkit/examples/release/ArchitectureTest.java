package org.derkit.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

/**
 * The architecture a library user relies on, checked over the compiled main code of the library
 * modules (ArchUnit 1.5.0): exported packages expose no internal type, no package cycles inside a
 * module except an API package with its own {@code internal} package, no static mutable state in
 * the library modules, and refusals of bad values throw der-model's {@code InvalidValueException}.
 *
 * <p>Where code that another change owns still breaks a rule, the class is named in a freeze list
 * below. A freeze list only shrinks: a frozen class that no longer breaks its rule fails the test
 * until it is removed from the list. (That no two exported types share a simple name is checked by
 * der-examples' own exported-names test.)
 */
class ArchitectureTest {

    /** The library modules: what a utility system imports. */
    static final List<String> LIBRARY_MODULES = List.of(
            "org.derkit.model", "org.derkit.rules", "org.derkit.edi", "org.derkit.metering");

    /** Static mutable state in code that its owners are changing (issue 11: screening context, no static state). */
    static final Set<String> FROZEN_STATIC_STATE = Set.of();

    /** Raw IllegalArgumentExceptions for bad values in code that its owners are changing (issue 13, der-rules and der-edi parts). */
    static final Set<String> FROZEN_RAW_REFUSALS = Set.of();

    static JavaClasses library;
    static Map<String, Set<String>> exportedPackages;

    @BeforeAll
    static void import_the_library() throws IOException {
        String modulePath = System.getProperty("jdk.module.path");
        assertTrue(modulePath != null && !modulePath.isEmpty(), "tests run on the module path");
        exportedPackages = new java.util.TreeMap<>();
        Set<Location> locations = new LinkedHashSet<>();
        for (String module : LIBRARY_MODULES) {
            var reference = ModuleLayer.boot().configuration().findModule(module).orElseThrow().reference();
            exportedPackages.put(module, reference.descriptor().exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new)));
            Path location = Path.of(reference.location().orElseThrow());
            if (location.toString().endsWith(".jar")) {
                try (JarFile jar = new JarFile(location.toFile())) {
                    locations.add(Location.of(jar));
                }
            } else {
                locations.add(Location.of(location));
            }
        }
        library = new ClassFileImporter().importLocations(locations);
        assertTrue(library.size() > 300, "imported the library's classes: " + library.size());
    }

    static boolean exported(JavaClass c) {
        return exportedPackages.values().stream().anyMatch(p -> p.contains(c.getPackageName()));
    }

    static boolean visible(JavaClass c) {
        for (JavaClass t = c; t != null; t = t.getEnclosingClass().orElse(null)) {
            if (!t.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    static boolean apiMember(JavaMember m) {
        return (m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED))
                && !m.getModifiers().contains(JavaModifier.SYNTHETIC);
    }

    static boolean internal(JavaClass c) {
        JavaClass base = c.getBaseComponentType();
        return base.getPackageName().startsWith("org.derkit.") && !exported(base);
    }

    /** The names of the classes that break a rule, from ArchUnit's report. */
    static Set<String> offenders(EvaluationResult result, Set<String> candidates) {
        Set<String> found = new TreeSet<>();
        for (String line : result.getFailureReport().getDetails()) {
            for (String c : candidates) {
                if (line.contains("<" + c + ">") || line.contains("<" + c + ".") || line.contains("<" + c + "$")) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    static void checkWithFreezeList(EvaluationResult result, Set<String> frozen, String what) {
        List<String> unfrozen = new ArrayList<>();
        for (String line : result.getFailureReport().getDetails()) {
            if (frozen.stream().noneMatch(c -> line.contains("<" + c + ">") || line.contains("<" + c + ".")
                    || line.contains("<" + c + "$"))) {
                unfrozen.add(line);
            }
        }
        assertEquals(List.of(), unfrozen, what);
        Set<String> stillBreaking = offenders(result, frozen);
        Set<String> mended = new TreeSet<>(frozen);
        mended.removeAll(stillBreaking);
        assertEquals(Set.of(), mended, "no longer break the rule (" + what + "): remove them from the freeze list");
    }

    @Test
    void exported_types_expose_no_internal_type_in_their_signatures() {
        ArchCondition<JavaClass> exposeNoInternalType = new ArchCondition<>("expose no type of a non-exported package") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<String> exposed = new ArrayList<>();
                c.getRawSuperclass().filter(ArchitectureTest::internal).ifPresent(s -> exposed.add("extends " + s.getName()));
                c.getRawInterfaces().stream().filter(ArchitectureTest::internal).forEach(i -> exposed.add("implements " + i.getName()));
                for (JavaField f : c.getFields()) {
                    if (apiMember(f) && internal(f.getRawType())) {
                        exposed.add("field " + f.getName() + " of type " + f.getRawType().getName());
                    }
                }
                for (JavaCodeUnit m : c.getCodeUnits()) {
                    if (!apiMember(m)) {
                        continue;
                    }
                    if (internal(m.getRawReturnType())) {
                        exposed.add(m.getFullName() + " returns " + m.getRawReturnType().getName());
                    }
                    for (JavaClass p : m.getRawParameterTypes()) {
                        if (internal(p)) {
                            exposed.add(m.getFullName() + " takes " + p.getName());
                        }
                    }
                    for (JavaClass t : m.getExceptionTypes()) {
                        if (internal(t)) {
                            exposed.add(m.getFullName() + " throws " + t.getName());
                        }
                    }
                }
                for (String e : exposed) {
                    events.add(SimpleConditionEvent.violated(c, "<" + c.getName() + "> " + e));
                }
            }
        };
        classes().that(DescribedPredicate.describe("are public types of exported packages",
                        c -> exported(c) && visible(c)))
                .should(exposeNoInternalType).check(library);
    }

    @Test
    void packages_of_a_module_form_no_cycle_except_an_api_package_with_its_internal_package() {
        // An API package and its internal package call each other by design: the API's factories
        // create the internal implementation, which builds and returns the API's value types. Any
        // other cycle, and any cycle through more than that pair, fails.
        SlicesRuleDefinition.slices().matching("org.derkit.(**)").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.describe("from an internal package to its own API package",
                        (Dependency d) -> d.getOriginClass().getPackageName()
                                .equals(d.getTargetClass().getBaseComponentType().getPackageName() + ".internal")))
                .check(library);
    }

    static final Set<String> MUTABLE_CONTAINERS = Set.of("java.util.HashMap", "java.util.Map", "java.util.TreeMap",
            "java.util.LinkedHashMap", "java.util.ArrayList", "java.util.List", "java.util.HashSet",
            "java.util.Set", "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentMap",
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
            "java.util.concurrent.atomic.AtomicReference", "java.lang.StringBuilder", "java.util.EnumMap");

    @Test
    void the_library_modules_keep_no_static_mutable_state() {
        // a static field that is not final, or a final one holding a container that can change
        // (a collection made with List.of, Map.copyOf and the like is declared as its interface but
        // holds an unmodifiable value: only concurrent maps, atomics and concrete mutable classes count)
        ArchCondition<JavaField> beConstant = new ArchCondition<>("be final and hold no mutable container") {
            @Override
            public void check(JavaField f, ConditionEvents events) {
                String type = f.getRawType().getName();
                boolean mutableType = MUTABLE_CONTAINERS.contains(type) && !type.equals("java.util.Map")
                        && !type.equals("java.util.List") && !type.equals("java.util.Set");
                if (!f.getModifiers().contains(JavaModifier.FINAL) || mutableType) {
                    events.add(SimpleConditionEvent.violated(f, "<" + f.getOwner().getName() + "> static field "
                            + f.getName() + " of type " + type + (f.getModifiers().contains(JavaModifier.FINAL) ? "" : " is not final")));
                }
            }
        };
        EvaluationResult result = fields().that().areStatic()
                .and(DescribedPredicate.describe("are written in the source", (JavaField f) -> !f.getModifiers().contains(JavaModifier.SYNTHETIC)))
                .should(beConstant).evaluate(library);
        checkWithFreezeList(result, FROZEN_STATIC_STATE, "static mutable state");
    }

    @Test
    void refusals_of_bad_values_throw_InvalidValueException_not_a_raw_IllegalArgumentException() {
        ArchCondition<JavaClass> notCreateRawRefusals = new ArchCondition<>("not create a raw IllegalArgumentException") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaConstructorCall call : c.getConstructorCallsFromSelf()) {
                    if (call.getTargetOwner().isEquivalentTo(IllegalArgumentException.class)) {
                        events.add(SimpleConditionEvent.violated(c, "<" + c.getName() + "> " + call.getDescription()));
                    }
                }
            }
        };
        EvaluationResult result = classes().that(DescribedPredicate.describe("are not the error model itself",
                        (JavaClass c) -> !c.getName().equals("org.derkit.model.InvalidValueException")))
                .should(notCreateRawRefusals).evaluate(library);
        checkWithFreezeList(result, FROZEN_RAW_REFUSALS, "raw IllegalArgumentException");
    }
}
