/**
 * Benchmarks of rule evaluation: a book of N synthetic rules shaped like the catalogue's mix
 * (thresholds, ranges, two-condition checks, not-applicable rules, computations, statements), and
 * the real rule book as far as it is written. Target: evaluating the whole book (about 130 rules)
 * for one facility in under 10 microseconds (median).
 */
package org.derkit.bench.rules;
