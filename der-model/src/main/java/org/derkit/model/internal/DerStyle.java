package org.derkit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of derkit's domain records, placed on each model package's
 * {@code package-info.java}, never on a type.
 *
 * <p>Abstract types are named {@code Abstract*} and are package-private: the generated immutable
 * type drops the prefix ({@code AbstractFacility} becomes {@code Facility}) and is the one public
 * type, so each model type appears once in the API and its javadoc. Builders
 * are created with {@code builder()}, accessors have no {@code get} prefix, copies use
 * {@code with*}. Optional attributes are {@link java.util.Optional}; collections are immutable.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeAbstract = {"Abstract*"},
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        get = {"is*", "get*"},
        init = "*",
        builder = "builder",
        build = "build",
        defaults = @Value.Immutable(copy = true, prehash = false),
        jdkOnly = true,
        allParameters = false,
        validationMethod = Value.Style.ValidationMethod.SIMPLE,
        // no classpath annotations on generated types: Immutables would otherwise stamp
        // org.immutables.value.Generated on them, which a consumer's javac (without Immutables, a
        // compile-time-only dependency) reports as a warning per class, failing -Werror builds
        allowedClasspathAnnotations = {Override.class})
public @interface DerStyle {
}
