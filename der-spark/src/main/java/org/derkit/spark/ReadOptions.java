package org.derkit.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.derkit.model.InvalidValueException;

/** The options of one read: paths, mode, corrupt-record column. */
final class ReadOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    // always an ArrayList or a List.copyOf list of strings, both serializable: Spark ships it to executors
    @SuppressWarnings("serial")
    final List<String> paths;
    final ReadMode mode;
    final String corruptColumn;
    /** Files longer than this are read by several tasks, each a run of whole interchanges of about this size. */
    final long splitBytes;

    /** The default of option {@code splitSize}: Spark's default {@code spark.sql.files.maxPartitionBytes}, 128 MiB. */
    static final long DEFAULT_SPLIT_BYTES = 128L * 1024 * 1024;

    private ReadOptions(List<String> paths, ReadMode mode, String corruptColumn, long splitBytes) {
        this.paths = paths;
        this.mode = mode;
        this.corruptColumn = corruptColumn;
        this.splitBytes = splitBytes;
    }

    static ReadOptions of(CaseInsensitiveStringMap options) {
        List<String> paths = new ArrayList<>();
        String one = options.get("path");
        if (one != null) {
            paths.add(one);
        }
        String many = options.get("paths");
        if (many != null) {
            try {
                for (String p : new ObjectMapper().readValue(many, String[].class)) {
                    paths.add(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("option paths is not a JSON array of strings: " + many, e);
            }
        }
        ReadMode mode = ReadMode.parse(options.getOrDefault("mode", ReadMode.PERMISSIVE.name()));
        String corrupt = options.getOrDefault("columnNameOfCorruptRecord", IntervalColumns.CORRUPT_RECORD);
        if (IntervalColumns.schema().getFieldIndex(corrupt).isDefined()) {
            throw new InvalidValueException("columnNameOfCorruptRecord", "a name that is not an interval column",
                    corrupt);
        }
        String split = options.getOrDefault("splitSize", Long.toString(DEFAULT_SPLIT_BYTES));
        long splitBytes;
        try {
            splitBytes = Long.parseLong(split.trim());
        } catch (NumberFormatException e) {
            splitBytes = -1;
        }
        if (splitBytes < 1) {
            throw new InvalidValueException("splitSize", "a number of bytes >= 1", split);
        }
        return new ReadOptions(List.copyOf(paths), mode, corrupt, splitBytes);
    }

    boolean hasCorruptColumn() {
        return mode == ReadMode.PERMISSIVE;
    }

    StructType schema() {
        return hasCorruptColumn() ? IntervalColumns.schema(corruptColumn) : IntervalColumns.schema();
    }
}
