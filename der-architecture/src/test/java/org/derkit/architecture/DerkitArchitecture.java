package org.derkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The architecture of derkit as ArchUnit rules, written once and checked twice: over the real
 * classes of every module ({@link ArchitectureTest}) and over small deliberately bad fixtures
 * ({@link ArchitectureRulesCatchViolationsTest}), which shows that each rule can fail.
 *
 * <p>A class belongs to the module named by its first three package segments ({@code org.derkit.edi}
 * for {@code org.derkit.edi.internal.Scanner}): one Maven module is one JPMS module is one root
 * package (STYLE.md C1).
 */
final class DerkitArchitecture {

    private DerkitArchitecture() {
    }

    /** The root package of every module, in the order of STYLE.md's module shape. */
    static final List<String> MODULES = List.of("org.derkit.model", "org.derkit.rules", "org.derkit.edi",
            "org.derkit.metering", "org.derkit.spark", "org.derkit.examples");

    /**
     * The module a class belongs to: {@code org.derkit.<name>}, or the whole package name for a class
     * outside derkit.
     *
     * @param type a class
     * @return its module's root package
     */
    static String moduleOf(JavaClass type) {
        String pkg = type.getPackageName();
        String[] parts = pkg.split("\\.", -1);
        return parts.length >= 3 && parts[0].equals("org") && parts[1].equals("derkit")
                ? "org.derkit." + parts[2] : pkg;
    }

    static boolean isInternal(JavaClass type) {
        String pkg = type.getPackageName();
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }

    /**
     * STYLE.md's module shape, each arrow "uses":
     * <pre>
     * der-model &lt;- der-edi &lt;- der-metering &lt;- der-spark
     * der-model &lt;- der-rules
     * der-examples over all of them (never the other way round)
     * </pre>
     * der-spark may use der-edi directly (it reads the parser's types); der-rules sees der-model
     * only, so the rule book cannot reach into 867 parsing; nothing in a library module depends on
     * der-examples, and no library module depends on der-spark.
     *
     * @param forFixture true over a fixture, whose classes leave most modules empty; false over the
     *     real classes, where an empty module means the import missed it
     * @return the rule
     */
    static ArchRule moduleShape(boolean forFixture) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(forFixture)
                .layer("der-model").definedBy("org.derkit.model..")
                .layer("der-rules").definedBy("org.derkit.rules..")
                .layer("der-edi").definedBy("org.derkit.edi..")
                .layer("der-metering").definedBy("org.derkit.metering..")
                .layer("der-spark").definedBy("org.derkit.spark..")
                .layer("der-examples").definedBy("org.derkit.examples..")
                .whereLayer("der-examples").mayNotBeAccessedByAnyLayer()
                .whereLayer("der-spark").mayNotBeAccessedByAnyLayer()
                .whereLayer("der-metering").mayOnlyBeAccessedByLayers("der-spark", "der-examples")
                .whereLayer("der-edi").mayOnlyBeAccessedByLayers("der-metering", "der-spark", "der-examples")
                .whereLayer("der-rules").mayOnlyBeAccessedByLayers("der-examples")
                .whereLayer("der-model").mayOnlyBeAccessedByLayers("der-rules", "der-edi", "der-metering",
                        "der-spark", "der-examples")
                .because("STYLE.md: der-model <- der-edi <- der-metering <- der-spark, der-model <- der-rules,"
                        + " and a library user never needs der-examples");
    }

    /** A type in an {@code internal} package is used by its own module only. */
    static final ArchRule INTERNAL_TYPES_STAY_IN_THEIR_MODULE = classes()
            .that(DescribedPredicate.describe("are in an internal package", DerkitArchitecture::isInternal))
            .should(new ArchCondition<JavaClass>("be used from their own module only") {
                @Override
                public void check(JavaClass internal, ConditionEvents events) {
                    for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
                        if (!moduleOf(dependency.getOriginClass()).equals(moduleOf(internal))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("an internal package is not exported: a type that another module needs belongs in an"
                    + " API package (issue 13 item 4)");

    /**
     * An exported type shows no internal type in what a caller sees: its supertypes, and the
     * parameter, return, exception and field types (type arguments included) of its public and
     * protected members.
     */
    static final ArchRule API_EXPOSES_NO_INTERNAL_TYPE = classes()
            .that(are(not(DescribedPredicate.describe("internal", DerkitArchitecture::isInternal))))
            .and().arePublic()
            .should(new ArchCondition<JavaClass>("expose no type of an internal package") {
                @Override
                public void check(JavaClass api, ConditionEvents events) {
                    Set<JavaClass> supertypes = new LinkedHashSet<>(api.getRawInterfaces());
                    api.getRawSuperclass().ifPresent(supertypes::add);
                    for (JavaClass supertype : supertypes) {
                        if (isInternal(supertype)) {
                            events.add(SimpleConditionEvent.violated(api,
                                    api.getName() + " extends or implements internal " + supertype.getName()));
                        }
                    }
                    for (JavaMember member : api.getMembers()) {
                        if (!visibleToCallers(member)) {
                            continue;
                        }
                        Set<JavaClass> shown = new LinkedHashSet<>();
                        if (member instanceof JavaField) {
                            shown.addAll(((JavaField) member).getType().getAllInvolvedRawTypes());
                        } else if (member instanceof JavaCodeUnit) {
                            JavaCodeUnit code = (JavaCodeUnit) member;
                            shown.addAll(code.getReturnType().getAllInvolvedRawTypes());
                            code.getParameterTypes().forEach(t -> shown.addAll(t.getAllInvolvedRawTypes()));
                            shown.addAll(code.getExceptionTypes());
                        }
                        for (JavaClass type : shown) {
                            if (isInternal(type)) {
                                events.add(SimpleConditionEvent.violated(member,
                                        member.getFullName() + " shows internal " + type.getName()));
                            }
                        }
                    }
                }
            })
            .because("issue 13 item 6: exported packages expose no internal type");

    private static boolean visibleToCallers(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE)
                && (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED));
    }

    /**
     * The packages of one module form no cycle. An API package and its own {@code internal}
     * package count as one: the API hands its work to the implementation, and the implementation
     * builds the API's value types (der-edi's parsers return {@code Edi867}); they are one unit
     * split only to keep the implementation out of the exports.
     */
    static final ArchRule NO_PACKAGE_CYCLES = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String pkg = type.getPackageName();
            if (!pkg.startsWith("org.derkit.")) {
                return SliceIdentifier.ignore();
            }
            int internal = pkg.indexOf(".internal");
            return SliceIdentifier.of(internal < 0 ? pkg : pkg.substring(0, internal));
        }

        @Override
        public String getDescription() {
            return "derkit packages, each with its own internal package";
        }
    }).should().beFreeOfCycles()
            .because("issue 13 item 6: no cycles between packages beyond the API/internal pair");

    /** Types whose instances can change: a static field of one of these is shared mutable state. */
    static final Set<String> MUTABLE_TYPES = Set.of(
            "java.util.ArrayList", "java.util.LinkedList", "java.util.ArrayDeque", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.EnumMap", "java.util.IdentityHashMap",
            "java.util.WeakHashMap", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.EnumSet", "java.util.BitSet", "java.util.Date", "java.util.Calendar",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentMap",
            "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.atomic.AtomicInteger",
            "java.util.concurrent.atomic.AtomicLong", "java.util.concurrent.atomic.AtomicBoolean",
            "java.util.concurrent.atomic.AtomicReference", "java.lang.StringBuilder", "java.lang.StringBuffer",
            "java.lang.ThreadLocal");

    /**
     * No static mutable state in a library module: every static field is final, its declared type
     * is not one whose instances change (a mutable collection, an atomic, a builder, a
     * thread-local), and a static array is private: a lookup table (powers of ten, the ISA element
     * widths) that only its own class reads, never a value another class could write into. The
     * compiler's own static fields (an enum's values array, assertion flags) are not counted.
     * der-rules' {@code NoStaticMutableStateTest} also follows each final field's value by
     * reflection.
     */
    static final ArchRule NO_STATIC_MUTABLE_STATE = fields()
            .that().areStatic()
            .and().areDeclaredInClassesThat(resideInAPackage("org.derkit..")
                    .and(not(resideInAPackage("org.derkit.examples.."))))
            .should(new ArchCondition<JavaField>("be final and of a type whose instances do not change") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    if (field.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        return;
                    }
                    if (!field.getModifiers().contains(JavaModifier.FINAL)) {
                        events.add(SimpleConditionEvent.violated(field,
                                field.getFullName() + " is static and not final"));
                    }
                    JavaClass type = field.getRawType();
                    if (MUTABLE_TYPES.contains(type.getName())) {
                        events.add(SimpleConditionEvent.violated(field,
                                field.getFullName() + " is static and of mutable type " + type.getName()));
                    }
                    if (type.isArray() && !field.getModifiers().contains(JavaModifier.PRIVATE)) {
                        events.add(SimpleConditionEvent.violated(field,
                                field.getFullName() + " is a static array that is not private"));
                    }
                }
            })
            .because("STYLE.md: no static mutable state in a library module (a per-screening memo in a static"
                    + " field gave one screening's answer to the next; issue 11 item 5)");

    /**
     * One error model (issue 13 item 5): a bad value is refused with der-model's
     * {@code InvalidValueException} or a documented subtype, so every module's own refusal type
     * extends it rather than {@code IllegalArgumentException} beside it.
     */
    static final ArchRule REFUSALS_ARE_INVALID_VALUE_EXCEPTIONS = classes()
            .that().resideInAPackage("org.derkit..")
            .and().areAssignableTo("java.lang.IllegalArgumentException")
            .should().beAssignableTo("org.derkit.model.InvalidValueException")
            .allowEmptyShould(true)
            .because("issue 13 item 5: refusals of bad values throw InvalidValueException or a documented subtype");

    /**
     * The five library modules (der-model, der-rules, der-edi, der-metering, der-spark) never build a
     * raw {@code IllegalArgumentException}: every refusal is an {@code InvalidValueException} or a
     * documented subtype, also inside a lambda (such as {@code orElseThrow(() -> ...)}). der-examples,
     * the command-line examples, is not a library and is left out.
     */
    static final ArchRule NO_RAW_ILLEGAL_ARGUMENT_EXCEPTION = classes()
            .that().resideInAnyPackage("org.derkit.model..", "org.derkit.rules..", "org.derkit.edi..",
                    "org.derkit.metering..", "org.derkit.spark..")
            .should(new ArchCondition<JavaClass>("build no raw IllegalArgumentException") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (JavaConstructorCall call : type.getConstructorCallsFromSelf()) {
                        boolean raw = call.getTargetOwner().getName().equals("java.lang.IllegalArgumentException");
                        // not the compiler's (a serializable lambda's $deserializeLambda$) and not
                        // InvalidValueException's own super(...) call
                        boolean compilers = call.getOrigin().getModifiers().contains(JavaModifier.SYNTHETIC);
                        boolean superCall = call.getOrigin() instanceof JavaConstructor
                                && type.isAssignableTo("java.lang.IllegalArgumentException");
                        if (raw && !compilers && !superCall) {
                            events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                        }
                    }
                }
            })
            .because("issue 13 item 5: a refusal names the field, the valid values and the value"
                    + " (InvalidValueException), never a bare IllegalArgumentException");

    /**
     * Rule evaluation does no input or output: only der-rules' readers and writers at the edge
     * (the bundled catalogue, the screening CSV, the JSON documents) use java.io, java.nio.file,
     * java.net or java.sql. A rule that read a file would make a screening depend on the disk.
     */
    static final ArchRule RULES_DO_NO_IO = noClasses()
            .that().resideInAPackage("org.derkit.rules..")
            .and().resideOutsideOfPackage("org.derkit.rules.document..")
            .and(not(DescribedPredicate.describe("are the catalogue or CSV readers and writers",
                    (JavaClass c) -> c.getName().startsWith("org.derkit.rules.Catalogue")
                            || c.getName().startsWith("org.derkit.rules.RulesCsv"))))
            .should().dependOnClassesThat(resideInAPackage("java.io..")
                    .and(not(DescribedPredicate.describe("are java.io.Serial or Serializable",
                            (JavaClass c) -> c.getName().equals("java.io.Serial")
                                    || c.getName().equals("java.io.Serializable"))))
                    .or(resideInAPackage("java.nio.file.."))
                    .or(resideInAPackage("java.nio.channels.."))
                    .or(resideInAPackage("java.net.."))
                    .or(resideInAPackage("java.sql..")))
            .because("rule evaluation is a pure function of the application; I/O lives at the edge");
}
