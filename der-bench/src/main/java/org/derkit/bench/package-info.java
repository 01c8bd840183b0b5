/**
 * JMH benchmarks: EDI reading throughput, interval reconstruction and stitching, rule evaluation.
 * Run them with {@code der-bench/run}; figures are reported in the README's performance section.
 */
package org.derkit.bench;
