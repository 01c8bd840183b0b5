/**
 * Seeded, framework-neutral generators of model values for property tests:
 * {@link org.derkit.model.generator.Generator} (edge cases first, then random values from a
 * {@link java.util.SplittableRandom}) and {@link org.derkit.model.generator.ModelGenerators}
 * (quantities at the catalogue's limits, nominal voltages, CTs, facilities, applications, retail
 * accounts, enrollments, local dates with the DST days first).
 *
 * <p>They depend on no test framework: iterate {@code stream(seed)}, or wrap a generator in a
 * QuickTheories {@code Gen} as der-model's own tests show.
 *
 * <p>Unless otherwise noted, passing a null argument to a constructor or method in this package
 * will cause a {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.model.generator;
