package org.derkit.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The files of one {@code derkit-867} read as a table; its scan has one partition per file. */
final class Interval867Table implements SupportsRead {

    private static final Set<String> OWN_OPTIONS = Set.of("path", "paths", "mode", "columnnameofcorruptrecord");

    private final ReadOptions options;

    Interval867Table(ReadOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return Derkit867Source.SHORT_NAME + " " + options.paths;
    }

    // Spark 4 deprecates schema() in favour of columns(), whose default still derives the columns from it
    @Override
    @SuppressWarnings("deprecation")
    public StructType schema() {
        return options.schema();
    }

    @Override
    public Set<TableCapability> capabilities() {
        return EnumSet.of(TableCapability.BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
        return new Builder(options, scanOptions);
    }

    /** Builds the scan of the columns a query reads (Spark prunes the others). */
    private static final class Builder implements SupportsPushDownRequiredColumns {
        private final ReadOptions options;
        private final CaseInsensitiveStringMap scanOptions;
        private StructType required;

        Builder(ReadOptions options, CaseInsensitiveStringMap scanOptions) {
            this.options = options;
            this.scanOptions = scanOptions;
            this.required = options.schema();
        }

        @Override
        public void pruneColumns(StructType requiredSchema) {
            required = requiredSchema;
        }

        @Override
        public Scan build() {
            return new FileScan(options, scanOptions, required);
        }
    }

    /** The scan: lists the files on the driver when Spark plans the partitions. */
    private static final class FileScan implements Scan, Batch {
        private final ReadOptions options;
        private final StructType schema;
        private final Map<String, String> hadoopOptions = new TreeMap<>();

        FileScan(ReadOptions options, CaseInsensitiveStringMap scanOptions, StructType schema) {
            this.options = options;
            this.schema = schema;
            for (Map.Entry<String, String> e : scanOptions.asCaseSensitiveMap().entrySet()) {
                if (!OWN_OPTIONS.contains(e.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    hadoopOptions.put(e.getKey(), e.getValue());
                }
            }
        }

        @Override
        public StructType readSchema() {
            return schema;
        }

        @Override
        public String description() {
            return Derkit867Source.SHORT_NAME + " " + options.paths + " mode " + options.mode;
        }

        @Override
        public Batch toBatch() {
            return this;
        }

        private Configuration configuration() {
            Configuration conf = new Configuration(SparkSession.active().sparkContext().hadoopConfiguration());
            hadoopOptions.forEach(conf::set);
            return conf;
        }

        @Override
        public InputPartition[] planInputPartitions() {
            if (options.paths.isEmpty()) {
                throw new org.derkit.model.InvalidValueException("path", "at least one file, directory or glob",
                        "none: use load(path, ...)");
            }
            Configuration conf = configuration();
            try {
                List<String> files = FileListing.list(options.paths, conf);
                InputPartition[] partitions = new InputPartition[files.size()];
                for (int i = 0; i < partitions.length; i++) {
                    partitions[i] = new FilePartition(files.get(i));
                }
                return partitions;
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }

        @Override
        public PartitionReaderFactory createReaderFactory() {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(SparkSession.active().sparkContext());
            // for each column of the pruned schema, its number in the full one (the corrupt record last)
            StructType full = options.schema();
            int[] columns = new int[schema.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = full.fieldIndex(schema.fields()[i].name());
            }
            return new ReaderFactory(options.mode, columns,
                    jsc.broadcast(new SerializableConfiguration(configuration())));
        }
    }

    /** One file. */
    private static final class FilePartition implements InputPartition {
        private static final long serialVersionUID = 1L;
        final String path;

        FilePartition(String path) {
            this.path = path;
        }
    }

    /** Opens a file (decompressing by its extension) and reads it. */
    private static final class ReaderFactory implements PartitionReaderFactory {
        private static final long serialVersionUID = 1L;
        private final ReadMode mode;
        private final int[] columns;
        private final Broadcast<SerializableConfiguration> conf;

        ReaderFactory(ReadMode mode, int[] columns, Broadcast<SerializableConfiguration> conf) {
            this.mode = mode;
            this.columns = columns;
            this.conf = conf;
        }

        @Override
        public PartitionReader<InternalRow> createReader(InputPartition partition) {
            String file = ((FilePartition) partition).path;
            Configuration c = conf.value().get();
            Path path = new Path(file);
            try {
                FileSystem fs = path.getFileSystem(c);
                InputStream in = fs.open(path);
                CompressionCodec codec = new CompressionCodecFactory(c).getCodec(path);
                if (codec != null) {
                    in = codec.createInputStream(in);
                }
                return new IntervalRowReader(file, in, mode, columns);
            } catch (FileNotFoundException e) {
                throw new UncheckedIOException("file listed but no longer found: " + file, e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Expands globs and directories into files. */
    static final class FileListing {
        private FileListing() {
        }

        static List<String> list(List<String> paths, Configuration conf) throws IOException {
            TreeMap<String, Boolean> files = new TreeMap<>();
            for (String p : paths) {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new FileNotFoundException("path does not exist: " + p);
                }
                for (FileStatus st : matches) {
                    if (st.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                        String root = st.getPath().toString();
                        while (it.hasNext()) {
                            LocatedFileStatus f = it.next();
                            if (!hidden(f.getPath().toString().substring(root.length()))) {
                                files.put(f.getPath().toString(), Boolean.TRUE);
                            }
                        }
                    } else {
                        files.put(st.getPath().toString(), Boolean.TRUE);
                    }
                }
            }
            return new ArrayList<>(files.keySet());
        }

        /** Whether a path below a listed directory has a component starting with _ or . (Spark's rule). */
        static boolean hidden(String relative) {
            for (String part : relative.split("/", -1)) {
                if (part.startsWith("_") || part.startsWith(".")) {
                    return true;
                }
            }
            return false;
        }
    }
}
