package org.derkit.architecture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.derkit.edi.Location;
import org.derkit.edi.fixture.EdiListsBundledFiles;
import org.derkit.examples.data.BundledData;
import org.derkit.model.fixture.ModelReadsEdiLocations;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link DerkitArchitecture} fails on a deliberately bad fixture (the
 * {@code ..fixture..} packages of this module's tests, which {@link ArchitectureTest} does not
 * import), and names the offending class, member or dependency. Without this a rule that could
 * never fail (a package pattern that matches nothing, a condition that looks at the wrong end of a
 * dependency) would pass silently.
 */
class ArchitectureRulesCatchViolationsTest {

    private static JavaClasses fixtures(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    private static String violations(ArchRule rule, JavaClasses classes) {
        return assertThrows(AssertionError.class, () -> rule.check(classes)).getMessage();
    }

    @Test
    void should_refuse_a_der_model_class_that_uses_der_edi() {
        String message = violations(DerkitArchitecture.moduleShape(true),
                new ClassFileImporter().importClasses(ModelReadsEdiLocations.class, Location.class));
        assertTrue(message.contains("ModelReadsEdiLocations") && message.contains("org.derkit.edi.Location"), message);
    }

    @Test
    void should_refuse_a_library_class_that_uses_der_examples() {
        String message = violations(DerkitArchitecture.moduleShape(true),
                new ClassFileImporter().importClasses(EdiListsBundledFiles.class, BundledData.class));
        assertTrue(message.contains("EdiListsBundledFiles") && message.contains("BundledData"), message);
    }

    @Test
    void should_refuse_another_module_using_an_internal_type() {
        JavaClasses classes = fixtures("org.derkit.metering.fixture", "org.derkit.edi.internal");
        String message = violations(DerkitArchitecture.INTERNAL_TYPES_STAY_IN_THEIR_MODULE, classes);
        assertTrue(message.contains("MeteringParsesWithEdiInternals") && message.contains("Bytes.parseDecimal"),
                message);
        // the fixture's own API/internal pair is one module: not a violation
        assertFalse(message.contains("ScaledValue"), message);
        // metering may use edi: the module shape has nothing against this fixture
        assertDoesNotThrow(() -> DerkitArchitecture.moduleShape(true)
                .check(fixtures("org.derkit.metering.fixture")));
    }

    @Test
    void should_refuse_an_exported_method_that_returns_an_internal_type() {
        String message = violations(DerkitArchitecture.API_EXPOSES_NO_INTERNAL_TYPE,
                fixtures("org.derkit.metering.fixture"));
        assertTrue(message.contains("ExposesInternal.scaled()") && message.contains("ScaledValue"), message);
        // the package-private accessor is not API
        assertFalse(message.contains("ExposesInternal.unscaled()"), message);
    }

    @Test
    void should_refuse_a_package_cycle_but_accept_an_api_package_with_its_internal_package() {
        String message = violations(DerkitArchitecture.NO_PACKAGE_CYCLES, fixtures("org.derkit.model.fixture.cycle"));
        assertTrue(message.contains("TariffClass") && message.contains("RateMeter"), message);
        assertDoesNotThrow(() -> DerkitArchitecture.NO_PACKAGE_CYCLES.check(fixtures("org.derkit.metering.fixture")));
    }

    @Test
    void should_refuse_static_mutable_state_and_accept_an_unmodifiable_constant() {
        String message = violations(DerkitArchitecture.NO_STATIC_MUTABLE_STATE, fixtures("org.derkit.rules.fixture"));
        assertTrue(message.contains("ScreeningMemo.lastApplication is static and not final"), message);
        assertTrue(message.contains("ScreeningMemo.LEVEL_BY_APPLICATION is static and of mutable type java.util.HashMap"),
                message);
        assertTrue(message.contains("ScreeningMemo.FEES is a static array that is not private"), message);
        assertFalse(message.contains("LEVELS"), message);
    }

    @Test
    void should_refuse_a_refusal_type_beside_invalid_value_exception_and_a_raw_illegal_argument_exception() {
        JavaClasses classes = fixtures("org.derkit.model.fixture.refusal");
        String types = violations(DerkitArchitecture.REFUSALS_ARE_INVALID_VALUE_EXCEPTIONS, classes);
        assertTrue(types.contains("BadTariffException"), types);
        assertFalse(types.contains("GoodTariffException"), types);
        String raw = violations(DerkitArchitecture.NO_RAW_ILLEGAL_ARGUMENT_EXCEPTION, classes);
        assertTrue(raw.contains("TariffCodes.parse(") && raw.contains("IllegalArgumentException.<init>(java.lang.String)"),
                raw);
        // one built inside a lambda is caught too, though the compiler puts the lambda's body in a synthetic method
        assertTrue(raw.contains("TariffCodes.parseRequired") || raw.contains("TariffCodes.lambda$parseRequired"), raw);
    }

    @Test
    void should_refuse_a_rule_that_reads_a_file() {
        String message = violations(DerkitArchitecture.RULES_DO_NO_IO, fixtures("org.derkit.rules.book.fixture"));
        assertTrue(message.contains("RuleReadsAFile") && message.contains("java.nio.file.Files"), message);
    }
}
