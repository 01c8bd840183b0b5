/**
 * Spark jobs built on the {@code derkit-867} source: {@link org.derkit.spark.examples.UsageToParquet}
 * writes 867 archives as Parquet tables of intervals and stitched series.
 */
package org.derkit.spark.examples;
