package org.derkit.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small 867 interchanges, one segment a line, from the segments between ST and SE, and reads
 * them collecting every problem. ISA is line 1, GS line 2, the first ST line 3: the first set's
 * body segment {@code i} (from 0) is at segment position {@code i + 2} and line {@code i + 4}.
 */
final class Edi867Texts {

    /** A BPT of an original report. */
    static final String BPT = "BPT*00*AIC2026041500001*20260416*C1";

    private Edi867Texts() {
    }

    /** What a collecting reader delivered and found. */
    record Read(String text, List<Transaction> sets, List<X12Problem> problems) {

        Edi867 only() {
            assertEquals(List.of(), problems, "problems");
            assertEquals(1, sets.size());
            return (Edi867) sets.get(0);
        }

        X12Problem problem() {
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(List.of(), sets, "a set with a problem is not delivered");
            return problems.get(0);
        }
    }

    /** The interchange text of one group holding one 867 per body. */
    @SafeVarargs
    static String text(List<String>... bodies) {
        StringBuilder sb = new StringBuilder();
        sb.append(Envelopes.ISA).append('\n');
        sb.append("GS*PT*006936017*987654321*20260310*1200*1*X*004010~\n");
        for (int k = 0; k < bodies.length; k++) {
            String control = String.format("%04d", k + 1);
            sb.append("ST*867*").append(control).append("~\n");
            for (String s : bodies[k]) {
                // each set its own report: BPT02 ends in the set's number
                sb.append(k == 0 ? s : s.replace(BPT, BPT.replace("00001*", String.format("%05d*", k + 1))))
                        .append("~\n");
            }
            sb.append("SE*").append(bodies[k].size() + 2).append('*').append(control).append("~\n");
        }
        sb.append("GE*").append(bodies.length).append("*1~\nIEA*1*000000001~\n");
        return sb.toString();
    }

    static Read read(String... body) {
        return read(X12Factory.newFactory(), List.of(body));
    }

    static Read read(AmerenProfile profile, String... body) {
        return read(X12Factory.newFactory().withProfile(profile), List.of(body));
    }

    @SafeVarargs
    static Read read(X12Factory factory, List<String>... bodies) {
        String text = text(bodies);
        List<Transaction> sets = new ArrayList<>();
        try (X12Reader r = factory.withMode(ErrorMode.COLLECTING)
                .newReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)))) {
            while (r.hasNext()) {
                sets.add(r.next());
            }
            return new Read(text, sets, List.copyOf(r.problems()));
        }
    }

    /** A body: BPT, then the given segments. */
    static String[] body(String... segments) {
        String[] all = new String[segments.length + 1];
        all[0] = BPT;
        System.arraycopy(segments, 0, all, 1, segments.length);
        return all;
    }

    /** A body: BPT, a PTD*PM loop of meter 7000001, then the given segments. */
    static String[] meter(String... segments) {
        String[] all = new String[segments.length + 3];
        all[0] = BPT;
        all[1] = "PTD*PM";
        all[2] = "REF*MG*7000001";
        System.arraycopy(segments, 0, all, 3, segments.length);
        return all;
    }

    /**
     * Asserts a problem's code, segment, position (ST is 1), element, loop identifier and detail.
     */
    static void assertProblem(X12Problem p, X12ErrorCode code, String tag, int position, int element, String loopId,
            String detail) {
        assertEquals(List.of(code.name(), tag, position, element, loopId, detail),
                List.of(p.code().name(), p.location().segmentTag(), p.location().segmentPosition(),
                        p.location().elementPosition(), p.location().loopId(), p.detail()), p.toString());
    }
}
