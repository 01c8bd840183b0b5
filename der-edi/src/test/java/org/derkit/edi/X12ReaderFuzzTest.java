package org.derkit.edi;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Jazzer fuzz test of the reader. In {@code mvn verify} it runs in regression mode over the seed
 * corpus in {@code src/test/resources/org/derkit/edi/X12ReaderFuzzTestInputs/}; run it in fuzzing
 * mode with {@code JAZZER_FUZZ=1} (see der-edi/README.md). The property: any input yields
 * transactions or typed problems, never another exception, never a hang.
 */
class X12ReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void reader_never_throws_anything_but_typed_problems(byte[] input) {
        X12Factory factory = X12Factory.newFactory().withMode(ErrorMode.COLLECTING).withBufferSize(256)
                .withMaxSegmentLength(4096);
        try (X12Reader r = factory.newReader(new ByteArrayInputStream(input))) {
            int n = 0;
            while (r.hasNext()) {
                Transaction t = r.next();
                if (t instanceof Edi867) {
                    ((Edi867) t).intervals();
                }
                if (++n > 1_000_000) {
                    throw new AssertionError("more transaction sets than bytes");
                }
            }
            for (X12Problem p : r.problems()) {
                if (p.message().isEmpty()) {
                    throw new AssertionError("empty message");
                }
            }
        }
        try (X12Reader r = X12Factory.newFactory().newReader(new ByteArrayInputStream(input))) {
            while (r.hasNext()) {
                r.next();
            }
        } catch (X12Exception expected) {
            // a typed problem is a valid outcome
        }
    }
}
