package org.derkit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project style of {@link DerStyle} with a staged builder: for value types with three or more
 * mandatory attributes, so that leaving one out fails to compile instead of failing in
 * {@code build()} (STYLE C6).
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
        stagedBuilder = true,
        defaults = @Value.Immutable(copy = true, prehash = false),
        jdkOnly = true,
        allParameters = false,
        validationMethod = Value.Style.ValidationMethod.SIMPLE,
        // no classpath annotations on generated types: Immutables would otherwise stamp
        // org.immutables.value.Generated on them, which a consumer's javac (without Immutables, a
        // compile-time-only dependency) reports as a warning per class, failing -Werror builds
        allowedClasspathAnnotations = {Override.class})
public @interface DerStagedStyle {
}
