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

/**
 * The files of one {@code derkit-867} read as a table; its scan has one partition per file, or, for
 * an uncompressed file longer than the {@code splitSize} option, one per run of whole interchanges
 * of about that size ({@link InterchangeScan}).
 */
final class Interval867Table implements SupportsRead {

    private static final Set<String> OWN_OPTIONS = Set.of("path", "paths", "mode", "columnnameofcorruptrecord",
            "splitsize");

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
                List<InputPartition> partitions = new ArrayList<>();
                CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
                for (Map.Entry<String, Long> f : FileListing.list(options.paths, conf).entrySet()) {
                    Path path = new Path(f.getKey());
                    if (f.getValue() <= options.splitBytes || codecs.getCodec(path) != null) {
                        partitions.add(new FilePartition(f.getKey(), 0, -1, 1, true));
                        continue;
                    }
                    InterchangeScan scan;
                    try (InputStream in = path.getFileSystem(conf).open(path)) {
                        scan = InterchangeScan.of(in);
                    }
                    List<Long> starts = new ArrayList<>(List.of(0L));
                    starts.addAll(scan.offsets);
                    List<Long> lines = new ArrayList<>(List.of(1L));
                    lines.addAll(scan.lines);
                    // parts of whole interchanges, each at most splitBytes unless one interchange is longer
                    int first = 0;
                    for (int i = 1; i <= starts.size(); i++) {
                        long end = i < starts.size() ? starts.get(i) : f.getValue();
                        boolean more = i < starts.size();
                        long next = i + 1 < starts.size() ? starts.get(i + 1) : f.getValue();
                        if (!more || next - starts.get(first) > options.splitBytes) {
                            partitions.add(new FilePartition(f.getKey(), starts.get(first),
                                    more ? end - starts.get(first) : -1, lines.get(first), first == 0 && (!scan.has867 || starts.size() == 1)));
                            first = i;
                        }
                    }
                }
                return partitions.toArray(new InputPartition[0]);
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

    /** One file, or a run of whole interchanges of one: bytes [start, start + length), length -1 to the end. */
    private static final class FilePartition implements InputPartition {
        private static final long serialVersionUID = 1L;
        final String path;
        final long start;
        final long length;
        final long line;
        /** Whether this part says so when the file holds no 867 (the whole file, or the first part of one without). */
        final boolean saysNo867;

        FilePartition(String path, long start, long length, long line, boolean saysNo867) {
            this.path = path;
            this.start = start;
            this.length = length;
            this.line = line;
            this.saysNo867 = saysNo867;
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
            FilePartition part = (FilePartition) partition;
            String file = part.path;
            Configuration c = conf.value().get();
            Path path = new Path(file);
            try {
                FileSystem fs = path.getFileSystem(c);
                InputStream in;
                if (part.start > 0 || part.length >= 0) {
                    org.apache.hadoop.fs.FSDataInputStream data = fs.open(path);
                    data.seek(part.start);
                    in = part.length >= 0 ? new BoundedInputStream(data, part.length) : data;
                } else {
                    in = fs.open(path);
                    CompressionCodec codec = new CompressionCodecFactory(c).getCodec(path);
                    if (codec != null) {
                        in = codec.createInputStream(in);
                    }
                }
                return new IntervalRowReader(file, in, mode, columns, part.start, part.line, part.saysNo867);
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

        /** The files, sorted by path, with their lengths. */
        static Map<String, Long> list(List<String> paths, Configuration conf) throws IOException {
            TreeMap<String, Long> files = new TreeMap<>();
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
                                files.put(f.getPath().toString(), f.getLen());
                            }
                        }
                    } else {
                        files.put(st.getPath().toString(), st.getLen());
                    }
                }
            }
            return files;
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

    /** At most {@code length} bytes of a stream; closing it closes the stream. */
    static final class BoundedInputStream extends java.io.FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
