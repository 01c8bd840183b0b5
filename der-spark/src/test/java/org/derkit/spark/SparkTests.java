package org.derkit.spark;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.sql.SparkSession;

/**
 * The one local[2] session every test class of this module shares (starting Spark costs seconds):
 * no UI, two shuffle partitions, UTC session time zone so that timestamps print as instants.
 */
final class SparkTests {

    private static SparkSession session;

    private SparkTests() {
    }

    static synchronized SparkSession spark() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("der-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }

    /** The bundled 867 files of der-examples (the build passes their directory). */
    static Path bundled() {
        return Paths.get(System.getProperty("derkit.bundled867",
                "../der-examples/src/main/resources/org/derkit/examples/data/867"));
    }
}
