package org.derkit.spark.examples;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.from_utc_timestamp;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.derkit.spark.IntervalColumns;
import org.derkit.spark.StitchedSeries;

/**
 * A Spark job: 867 files to Parquet tables of intervals and of stitched series, partitioned by
 * month, plus the energy report per service point.
 *
 * <pre>
 * UsageToParquet INPUT OUTPUT
 *   INPUT   files, directories or a glob of 867 files (any Hadoop path: file:, hdfs://, s3a://, abfss://)
 *   OUTPUT  a directory; written: OUTPUT/intervals, OUTPUT/series (Parquet, partitioned by month,
 *           the America/Chicago month of the interval start, yyyy-MM) and OUTPUT/report (Parquet)
 * </pre>
 *
 * <p>Reads in {@code FAILFAST} mode: a malformed file stops the job naming the file and the place.
 * Without {@code spark.master} (not run by {@code spark-submit}) it runs embedded on
 * {@code local[*]}. Exits 0 when every energy unit of every service point is conserved, 1
 * otherwise, 2 on bad arguments.
 */
public final class UsageToParquet {

    /** The partition column: the interval's month in America/Chicago. */
    public static final String MONTH = "month";

    private UsageToParquet() {
    }

    /**
     * Runs the job.
     *
     * @param args the input path or glob and the output directory
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: UsageToParquet INPUT OUTPUT  (INPUT: 867 files, directories or a glob)");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("derkit UsageToParquet");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]").set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", "8");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            System.exit(run(spark, args[0], args[1]) ? 0 : 1);
        } finally {
            spark.stop();
        }
    }

    /**
     * Writes the three tables and prints a summary to standard output.
     *
     * @param spark the session
     * @param input the 867 files (paths, directories, globs; comma-separated for several)
     * @param output the output directory
     * @return whether energy is conserved at every service point
     */
    public static boolean run(SparkSession spark, String input, String output) {
        Dataset<Row> read = spark.read().format("derkit-867").option("mode", "FAILFAST").load(input.split(","));
        withMonth(read).write().mode(SaveMode.Overwrite).partitionBy(MONTH).parquet(output + "/intervals");
        // stitch from the Parquet copy: the 867 files are parsed once
        Dataset<Row> intervals = spark.read().parquet(output + "/intervals");
        withMonth(StitchedSeries.series(intervals)).write().mode(SaveMode.Overwrite).partitionBy(MONTH)
                .parquet(output + "/series");
        StitchedSeries.report(intervals).write().mode(SaveMode.Overwrite).parquet(output + "/report");
        Dataset<Row> report = spark.read().parquet(output + "/report");
        long rows = intervals.count();
        long servicePoints = report.select(IntervalColumns.SERVICE_POINT).distinct().count();
        long notConserved = report.filter(col(StitchedSeries.ENERGY_CONSERVED).equalTo(false)
                .or(col(StitchedSeries.PROBLEMS).isNotNull())).count();
        System.out.println("intervals: " + rows + " rows -> " + output + "/intervals");
        System.out.println("series:    " + servicePoints + " service points -> " + output + "/series");
        System.out.println("report:    " + (notConserved == 0 ? "energy conserved at every service point"
                : notConserved + " service point units not conserved or with problems") + " -> " + output + "/report");
        return notConserved == 0;
    }

    private static Dataset<Row> withMonth(Dataset<Row> df) {
        return df.withColumn(MONTH, date_format(from_utc_timestamp(col(IntervalColumns.INTERVAL_START),
                "America/Chicago"), "yyyy-MM"));
    }
}
