package org.derkit.edi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads the named X12 samples under src/test/resources/x12/&lt;txn&gt;/&lt;case&gt;.x12 and reads them. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/x12/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static X12Reader strict(byte[] data) {
        return X12Factory.newFactory().newReader(new ByteArrayInputStream(data));
    }

    static X12Reader collecting(byte[] data) {
        return X12Factory.newFactory().withMode(ErrorMode.COLLECTING).newReader(new ByteArrayInputStream(data));
    }

    static List<Interchange> read(String name) {
        try (X12Reader r = strict(bytes(name))) {
            return r.readInterchanges();
        }
    }

    static Transaction only(String name) {
        List<Interchange> all = read(name);
        return all.get(0).groups().get(0).transactions().get(0);
    }

    static byte[] write(List<Interchange> interchanges, LineEnding ending) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (X12Writer w = X12Factory.newFactory().withLineEnding(ending).newWriter(out)) {
            for (Interchange i : interchanges) {
                w.write(i);
            }
        }
        return out.toByteArray();
    }
}
