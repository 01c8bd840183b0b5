package org.derkit.edi;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built interchanges for the envelope and tokenising tests: 997s in groups in interchanges. */
final class Envelopes {

    /** The fixed-width ISA of the fixtures, control number 000000001, 00401, '*', '>' and '~'. */
    static final String ISA = "ISA*00*          *00*          *01*006936017      *01*987654321      *260310*1200*U*00401"
            + "*000000001*0*P*>~";

    private Envelopes() {
    }

    /** An ISA with another control number (nine characters). */
    static String isa(String control) {
        return ISA.substring(0, 90) + control + ISA.substring(99);
    }

    /** An ISA with another ISA11, version (ISA12), component separator (ISA16) and terminator. */
    static String isa(char isa11, String version, char component, char terminator) {
        return ISA.substring(0, 82) + isa11 + '*' + version + ISA.substring(89, 104) + component + terminator;
    }

    /** A valid 997 transaction set (4 segments). */
    static String ack(String control) {
        return "ST*997*" + control + "~AK1*PT*1~AK9*A*1*1*1~SE*4*" + control + "~";
    }

    static String gs(String control) {
        return "GS*FA*006936017*987654321*20260310*1200*" + control + "*X*004010~";
    }

    /** A group with its GE counting the transaction sets given. */
    static String group(String control, String... sets) {
        return gs(control) + String.join("", sets) + "GE*" + sets.length + "*" + control + "~";
    }

    /** An interchange with its IEA counting the groups given. */
    static String interchange(String control, String... groups) {
        return isa(control) + String.join("", groups) + "IEA*" + groups.length + "*" + control + "~";
    }

    static byte[] bytes(String x12) {
        return x12.getBytes(StandardCharsets.ISO_8859_1);
    }

    static X12Reader collecting(String x12) {
        return Fixtures.collecting(bytes(x12));
    }

    /** Reads the whole input in collecting mode; returns the reader (closed) for its reports. */
    static X12Reader readAll(X12Factory factory, String x12) {
        X12Reader r = factory.withMode(ErrorMode.COLLECTING).newReader(new ByteArrayInputStream(bytes(x12)));
        try (r) {
            while (r.hasNext()) {
                r.next();
            }
        }
        return r;
    }

    static X12Reader readAll(String x12) {
        return readAll(X12Factory.newFactory(), x12);
    }

    static List<X12ErrorCode> codes(X12Reader r) {
        List<X12ErrorCode> out = new ArrayList<>();
        for (X12Problem p : r.problems()) {
            out.add(p.code());
        }
        return out;
    }

    /** The first problem a strict reader throws. */
    static X12Problem firstProblem(String x12) {
        try (X12Reader r = Fixtures.strict(bytes(x12))) {
            while (r.hasNext()) {
                r.next();
            }
        } catch (X12Exception ex) {
            return ex.problem();
        }
        throw new AssertionError("no problem in " + x12);
    }
}
