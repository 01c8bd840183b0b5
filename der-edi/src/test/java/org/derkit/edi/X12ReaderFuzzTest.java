package org.derkit.edi;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz test of the reader. In {@code mvn verify} it runs in regression mode over the seed
 * corpus in {@code src/test/resources/org/derkit/edi/X12ReaderFuzzTestInputs/}: the bundled shapes
 * and one seed per mutation class of {@link X12MutationsTest} (zero-padded and over-long numbers,
 * a truncation at a segment boundary, a duplicated interchange, Ctrl-Z/NUL/whitespace padding after
 * IEA, control bytes inside elements). Run it in fuzzing mode with {@code JAZZER_FUZZ=1} (see
 * der-edi/README.md). The properties are {@link ReaderProperties#check(byte[])}: transactions or
 * typed problems, never another exception, never a hang; every number returned equals
 * {@code new BigDecimal(text)} of its element; every problem located inside the input.
 */
class X12ReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void reader_never_throws_anything_but_typed_problems(byte[] input) {
        ReaderProperties.check(input);
    }
}
