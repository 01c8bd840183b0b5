package org.derkit.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The Spark data source {@code derkit-867}: 867 interval usage files read into one row per
 * interval ({@link IntervalColumns}).
 *
 * <pre>{@code
 * Dataset<Row> intervals = spark.read().format("derkit-867")
 *         .option("mode", "FAILFAST")
 *         .load("s3a://meter-data/867/2026/*.x12");
 * }</pre>
 *
 * <p>Paths are any Hadoop-compatible paths (local, {@code hdfs://}, {@code s3a://},
 * {@code abfss://}, {@code gs://} with their connectors on the class path), with globs;
 * directories are read recursively, skipping names that start with {@code _} or {@code .}.
 * Files ending in a Hadoop codec's extension ({@code .gz}, {@code .bz2}, ...) are decompressed.
 * Each file is one task, but an uncompressed file longer than {@code splitSize} bytes (default
 * 128 MiB, Spark's {@code spark.sql.files.maxPartitionBytes}) is read by several: the driver scans
 * it for the byte offsets where its interchanges start (ISA after the previous segment
 * terminator) and each task reads a run of whole interchanges of at most that size (one
 * interchange when one is longer). The rows are the same as one task per file would give, and
 * problems name the same line and byte of the file; only a check that spans interchanges is left
 * to {@link StitchedSeries} (the same report read twice is a problem of the service point there,
 * where a whole-file read also reports the repeated interchange). Within a task, transaction sets
 * are read one at a time, so a task's memory does not grow with the file.
 *
 * <p>Options: {@code mode} ({@link ReadMode}: {@code PERMISSIVE}, the default,
 * {@code DROPMALFORMED} or {@code FAILFAST}), {@code columnNameOfCorruptRecord} (default
 * {@value IntervalColumns#CORRUPT_RECORD}) and {@code splitSize} (bytes, at least 1). The schema is fixed: a user-specified schema is
 * refused by Spark.
 *
 * <p>Registered through {@code META-INF/services}, so the short name works once the der-spark jar
 * and its der-edi, der-metering and der-model dependencies are on the class path.
 */
public final class Derkit867Source implements TableProvider, DataSourceRegister {

    /** The short name given to {@code format(...)}. */
    public static final String SHORT_NAME = "derkit-867";

    /** Creates the provider; Spark does this through the service loader. */
    public Derkit867Source() {
    }

    @Override
    public String shortName() {
        return SHORT_NAME;
    }

    /**
     * The fixed schema: {@link IntervalColumns#schema()}, plus the corrupt-record column in
     * {@code PERMISSIVE} mode.
     *
     * @param options the read options
     * @return the schema
     */
    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return ReadOptions.of(options).schema();
    }

    /**
     * The table of the given paths.
     *
     * @param schema the schema from {@link #inferSchema}
     * @param partitioning ignored: the table is not partitioned
     * @param properties the read options, with {@code path} or {@code paths}
     * @return the table
     */
    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new Interval867Table(ReadOptions.of(new CaseInsensitiveStringMap(properties)));
    }
}
