/**
 * Benchmarks of der-metering: DST-aware reconstruction and split-hour stitching throughput in
 * intervals per second.
 */
package org.derkit.bench.metering;
