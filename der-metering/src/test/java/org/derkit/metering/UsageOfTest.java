package org.derkit.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.derkit.edi.Edi867;
import org.derkit.edi.Edi867Generator;
import org.derkit.edi.ErrorMode;
import org.derkit.edi.Transaction;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Reader;
import org.junit.jupiter.api.Test;

/**
 * {@link UsageReader#usageOf}: an 867 read by the caller's own reader (collecting, as der-spark's
 * PERMISSIVE mode reads) becomes the same usage as {@link UsageReader#read}'s, and a bad one throws
 * its own problems without stopping the caller's reading.
 */
class UsageOfTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);

    @Test
    void usage_of_each_867_equals_the_streamed_usage_and_a_bad_one_throws_its_problems_alone() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Edi867Generator.withSeed(SEED).withServicePoints(2).withPeriods(2).writeTo(out);
        String good = out.toString(StandardCharsets.ISO_8859_1);
        List<ReconstructedPeriod> streamed = new ArrayList<>();
        UsageReader.ameren().read(new ByteArrayInputStream(out.toByteArray()), "g.x12", t -> streamed.add(t.period()));
        // the labels of the first set's first two values swapped: X12 holds, der-metering refuses the order
        int first = good.indexOf("DTM*582*");
        int firstEnd = good.indexOf('~', first);
        int second = good.indexOf("DTM*582*", firstEnd);
        int secondEnd = good.indexOf('~', second);
        String bad = good.substring(0, first) + good.substring(second, secondEnd) + good.substring(firstEnd, second)
                + good.substring(first, firstEnd) + good.substring(secondEnd);
        List<ReconstructedPeriod> read = new ArrayList<>();
        List<UsageReadException> refused = new ArrayList<>();
        try (X12Reader r = X12Factory.newFactory().withMode(ErrorMode.COLLECTING)
                .newReader(new ByteArrayInputStream(bad.getBytes(StandardCharsets.ISO_8859_1)))) {
            while (r.hasNext()) {
                Transaction t = r.next();
                if (t instanceof Edi867 edi) {
                    TransactionSetId id = new TransactionSetId(r.interchangeHeader().controlNumber(),
                            r.groupHeader().controlNumber(), edi.controlNumber());
                    try {
                        read.add(UsageReader.ameren().usageOf(edi, id, r.interchangeHeader().senderId(), "b.x12").period());
                    } catch (UsageReadException e) {
                        refused.add(e);
                    }
                }
            }
        }
        assertEquals(1, refused.size());
        assertEquals("b.x12", refused.get(0).source());
        assertEquals(streamed.size() - 1, read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(streamed.get(i + 1).meters(), read.get(i).meters());
        }
        assertThrows(NullPointerException.class, () -> UsageReader.ameren().usageOf(null, null, "", "x"));
    }
}
