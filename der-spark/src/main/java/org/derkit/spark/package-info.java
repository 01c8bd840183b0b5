/**
 * 867 interval usage on Apache Spark, for meter-data platforms whose archives outgrow one machine.
 *
 * <p>Entry points: the data source {@code spark.read().format("derkit-867").load(paths)}
 * ({@link org.derkit.spark.Derkit867Source}, columns in {@link org.derkit.spark.IntervalColumns})
 * and {@link org.derkit.spark.StitchedSeries} for the stitched net series per service point and
 * its energy report. Reading is der-edi's, reconstruction and stitching der-metering's: the
 * results equal theirs for the same files.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.spark;
