/**
 * Seeded, framework-neutral generators that put the rules' own limits first (STYLE C16): for any
 * rule, the input values just below, at and just above each limit ({@link
 * org.derkit.rules.generator.Boundaries}); and, for a whole rule set, a {@link
 * org.derkit.rules.generator.LimitSampler} that domain generators ({@link
 * org.derkit.rules.generator.SubjectGenerator}) draw from, so that random subjects concentrate on
 * the limits.
 *
 * <p>Nothing here depends on a test framework. To use QuickTheories, wrap the sampler around its
 * randomness source:
 * <pre>{@code
 * BoundaryTable table = Boundaries.table(book.rules().rules());
 * Gen<Facility> facilities = in -> generator.generate(table.sampler(() -> in.next(Constraint.none())));
 * qt().withFixedSeed(Long.getLong("QT_SEED", 20240415L)).forAll(facilities).check(...);
 * }</pre>
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.rules.generator;
