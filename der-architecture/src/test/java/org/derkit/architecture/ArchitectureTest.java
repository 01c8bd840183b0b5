package org.derkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The architecture rules of {@link DerkitArchitecture} over the main classes of every derkit module
 * (der-model, der-rules, der-edi, der-metering, der-spark, der-examples), imported once from the
 * test class path ({@link DerkitModules}); this module's own fixtures are left out. A violation
 * fails the build with ArchUnit's list of the offending dependencies, fields or members; nothing is
 * frozen.
 */
@AnalyzeClasses(locations = DerkitModules.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static void every_module_is_imported(JavaClasses classes) {
        Map<String, Integer> perModule = new TreeMap<>();
        for (JavaClass type : classes) {
            perModule.merge(DerkitArchitecture.moduleOf(type), 1, Integer::sum);
        }
        assertEquals(new TreeSet<>(DerkitArchitecture.MODULES), perModule.keySet(),
                "the classes of every module and only those: " + perModule);
        perModule.forEach((module, count) -> assertTrue(count >= 10, module + " has only " + count + " classes"));
    }

    @ArchTest
    static final ArchRule modules_use_each_other_as_style_md_draws_them = DerkitArchitecture.moduleShape(false);

    @ArchTest
    static final ArchRule internal_types_are_used_by_their_own_module_only =
            DerkitArchitecture.INTERNAL_TYPES_STAY_IN_THEIR_MODULE;

    @ArchTest
    static final ArchRule exported_types_expose_no_internal_type = DerkitArchitecture.API_EXPOSES_NO_INTERNAL_TYPE;

    @ArchTest
    static final ArchRule packages_form_no_cycle_beyond_an_api_and_its_internal_package =
            DerkitArchitecture.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule library_modules_keep_no_static_mutable_state = DerkitArchitecture.NO_STATIC_MUTABLE_STATE;

    @ArchTest
    static final ArchRule rule_evaluation_does_no_io = DerkitArchitecture.RULES_DO_NO_IO;

    @ArchTest
    static final ArchRule refusal_types_extend_invalid_value_exception =
            DerkitArchitecture.REFUSALS_ARE_INVALID_VALUE_EXCEPTIONS;

    @ArchTest
    static final ArchRule library_modules_build_no_raw_illegal_argument_exception =
            DerkitArchitecture.NO_RAW_ILLEGAL_ARGUMENT_EXCEPTION;
}
