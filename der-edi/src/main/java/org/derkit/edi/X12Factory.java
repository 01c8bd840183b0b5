package org.derkit.edi;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * The entry point: creates {@link X12Reader}s and {@link X12Writer}s configured by typed, named
 * options. A factory is an immutable value; each {@code with*} method returns a copy.
 *
 * <pre>{@code
 * X12Factory factory = X12Factory.newFactory().withMode(ErrorMode.COLLECTING);
 * try (X12Reader reader = factory.newReader(Files.newInputStream(path))) {
 *     while (reader.hasNext()) {
 *         if (reader.next() instanceof Edi867 usage) {
 *             usage.intervals().forEach(System.out::println);
 *         }
 *     }
 *     reader.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe; readers and writers it creates are not.
 */
public final class X12Factory {

    private final AmerenProfile profile;
    private final ErrorMode mode;
    private final int bufferSize;
    private final int maxSegmentLength;
    private final int maxProblems;
    private final LineEnding lineEnding;
    private final boolean refuseUnsupportedSets;
    private final boolean servicePointTotalsChecked;

    private X12Factory(AmerenProfile profile, ErrorMode mode, int bufferSize, int maxSegmentLength, int maxProblems,
            LineEnding lineEnding) {
        this(profile, mode, bufferSize, maxSegmentLength, maxProblems, lineEnding, false, true);
    }

    private X12Factory(AmerenProfile profile, ErrorMode mode, int bufferSize, int maxSegmentLength, int maxProblems,
            LineEnding lineEnding, boolean refuseUnsupportedSets, boolean servicePointTotalsChecked) {
        this.refuseUnsupportedSets = refuseUnsupportedSets;
        this.servicePointTotalsChecked = servicePointTotalsChecked;
        this.profile = profile;
        this.mode = mode;
        this.bufferSize = bufferSize;
        this.maxSegmentLength = maxSegmentLength;
        this.maxProblems = maxProblems;
        this.lineEnding = lineEnding;
    }

    /**
     * {@return a factory with the defaults: Ameren profile, strict mode, 64 KiB buffer, segments up to 1 MiB,
     * at most 10,000 problems kept, writers ending each segment with a line feed}
     */
    public static X12Factory newFactory() {
        return new X12Factory(AmerenProfile.DEFAULT, ErrorMode.STRICT, 1 << 16, 1 << 20, 10_000, LineEnding.LF);
    }

    /**
     * A copy with another profile. This instance is immutable and unaffected by this method call.
     *
     * @param value the profile the readers and writers follow
     * @return the copy
     */
    public X12Factory withProfile(AmerenProfile value) {
        return new X12Factory(Objects.requireNonNull(value, "profile"), mode, bufferSize, maxSegmentLength,
                maxProblems, lineEnding, refuseUnsupportedSets,
                servicePointTotalsChecked);
    }

    /**
     * A copy with another error mode. This instance is immutable and unaffected by this method call.
     *
     * @param value strict (stop at the first problem) or collecting
     * @return the copy
     */
    public X12Factory withMode(ErrorMode value) {
        return new X12Factory(profile, Objects.requireNonNull(value, "mode"), bufferSize, maxSegmentLength,
                maxProblems, lineEnding, refuseUnsupportedSets,
                servicePointTotalsChecked);
    }

    /**
     * A copy with another read buffer size (bytes, at least 256). This instance is immutable and
     * unaffected by this method call.
     *
     * @param bytes the read buffer size in bytes, at least 256
     * @return the copy
     */
    public X12Factory withBufferSize(int bytes) {
        if (bytes < 256) {
            throw new InvalidValueException("bufferSize", ">= 256 bytes", bytes);
        }
        return new X12Factory(profile, mode, bytes, maxSegmentLength, maxProblems, lineEnding, refuseUnsupportedSets,
                servicePointTotalsChecked);
    }

    /**
     * A copy with another maximum segment length (bytes, at least 108). This instance is immutable
     * and unaffected by this method call.
     *
     * @param bytes the longest segment accepted, in bytes, at least 108 (an ISA)
     * @return the copy
     */
    public X12Factory withMaxSegmentLength(int bytes) {
        if (bytes < 108) {
            throw new InvalidValueException("maxSegmentLength", ">= 108 bytes", bytes);
        }
        return new X12Factory(profile, mode, bufferSize, bytes, maxProblems, lineEnding, refuseUnsupportedSets,
                servicePointTotalsChecked);
    }

    /**
     * A copy that keeps at most this many problems in a collecting reader (the reader stops after
     * that many). This instance is immutable and unaffected by this method call.
     *
     * @param count the maximum number of problems kept, positive
     * @return the copy
     */
    public X12Factory withMaxProblems(int count) {
        if (count < 1) {
            throw new InvalidValueException("maxProblems", ">= 1", count);
        }
        return new X12Factory(profile, mode, bufferSize, maxSegmentLength, count, lineEnding, refuseUnsupportedSets,
                servicePointTotalsChecked);
    }

    /**
     * A copy that refuses transaction sets this library does not read (an 824, 820, ...) as problems
     * ({@link X12ErrorCode#TRANSACTION_SET_NOT_SUPPORTED}, thrown in strict mode), or, by default, skips
     * them and lists them in {@link X12Reader#skipped()}. This instance is immutable and unaffected by
     * this method call.
     *
     * @param refuse true to refuse unsupported transaction sets, false to skip and list them
     * @return the copy
     */
    public X12Factory withUnsupportedTransactionSetsRefused(boolean refuse) {
        return new X12Factory(profile, mode, bufferSize, maxSegmentLength, maxProblems, lineEnding, refuse,
                servicePointTotalsChecked);
    }

    /**
     * A copy whose readers check (the default) or leave to the caller that each energy QTY total
     * of an 867's summary loop (PTD*SU, the service point's usage) equals its meters' intervals
     * net, additive minus subtractive ({@link X12ErrorCode#TOTAL_MISMATCH}). A rule check that
     * reports the difference itself (RES-18, {@code derkit 867 check}) reads without it; a meter
     * loop's total that differs from its own intervals is still refused. This instance is
     * immutable and unaffected by this method call.
     *
     * @param check true to refuse a summary total that differs from the meters' net, false to
     *        deliver the transaction set with its stated total
     * @return the copy
     */
    public X12Factory withServicePointTotalsChecked(boolean check) {
        return new X12Factory(profile, mode, bufferSize, maxSegmentLength, maxProblems, lineEnding,
                refuseUnsupportedSets, check);
    }

    /**
     * A copy whose writers end segments this way. This instance is immutable and unaffected by this
     * method call.
     *
     * @param value what follows each segment terminator
     * @return the copy
     */
    public X12Factory withLineEnding(LineEnding value) {
        return new X12Factory(profile, mode, bufferSize, maxSegmentLength, maxProblems,
                Objects.requireNonNull(value, "lineEnding"), refuseUnsupportedSets, servicePointTotalsChecked);
    }

    /** {@return the profile} */
    public AmerenProfile profile() {
        return profile;
    }

    /** {@return the error mode} */
    public ErrorMode mode() {
        return mode;
    }

    /** {@return the line ending writers use} */
    public LineEnding lineEnding() {
        return lineEnding;
    }

    /**
     * {@return a pull reader of typed transaction sets} The reader buffers its input itself; closing it
     * closes the stream.
     *
     * @param in the X12 bytes
     */
    public X12Reader newReader(InputStream in) {
        return newReader(in, 0, 1);
    }

    /**
     * {@return a pull reader of a part of a larger input} that starts at an interchange's ISA, such
     * as one interchange of a big file read by its own task: every {@link Location} (byte and line)
     * counts from the start of the whole input, so messages name the place in the file.
     *
     * @param in the X12 bytes of the part, from its ISA on
     * @param firstByte the 0-based offset of the part's first byte in the whole input
     * @param firstLine the 1-based line of the part's first byte in the whole input
     * @throws org.derkit.model.InvalidValueException if firstByte is negative or firstLine is below 1
     */
    public X12Reader newReader(InputStream in, long firstByte, long firstLine) {
        if (firstByte < 0) {
            throw new org.derkit.model.InvalidValueException("firstByte", ">= 0", firstByte);
        }
        if (firstLine < 1) {
            throw new org.derkit.model.InvalidValueException("firstLine", ">= 1", firstLine);
        }
        return new X12Reader(Objects.requireNonNull(in, "in"), profile, mode, bufferSize, maxSegmentLength, maxProblems,
                refuseUnsupportedSets, servicePointTotalsChecked, firstByte, firstLine);
    }

    /**
     * {@return a writer of interchanges; closing it flushes and closes the stream}
     *
     * @param out where the X12 bytes go
     */
    public X12Writer newWriter(OutputStream out) {
        return new X12Writer(Objects.requireNonNull(out, "out"), lineEnding, profile);
    }
}
