package org.derkit.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.generator.ModelGenerators;
import org.derkit.model.retail.Enrollment;
import org.derkit.rules.book.AmerenRuleBook;
import org.derkit.rules.book.ApplicationGenerator;
import org.derkit.rules.generator.Boundaries;
import org.derkit.rules.generator.BoundaryTable;
import org.junit.jupiter.api.Test;

/**
 * Document to model to document is the identity, and model to document to model too, over
 * generated applications and enrollments (seeded: QT_SEED).
 */
class JsonDocumentsRoundTripTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);
    private static final BoundaryTable TABLE = Boundaries.table(AmerenRuleBook.book().rules().rules());

    @Test
    void should_read_back_what_it_wrote_when_applications_come_from_the_limit_seeking_generator() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        for (int i = 0; i < 100; i++) {
            long seed = seeds.nextLong();
            InterconnectionApplication a = ApplicationGenerator.applications().generate(TABLE.sampler(seed));
            assertRoundTrip(a, "sampler seed " + seed);
        }
    }

    @Test
    void should_read_back_what_it_wrote_when_applications_come_from_the_model_generators() {
        for (InterconnectionApplication a : ModelGenerators.applications().sample(SEED, 100)) {
            assertRoundTrip(a, a.id().value());
        }
    }

    @Test
    void should_read_back_what_it_wrote_when_enrollments_come_from_the_model_generators() {
        for (Enrollment e : ModelGenerators.enrollments().sample(SEED, 100)) {
            String json = JsonDocuments.writeEnrollment(e);
            Enrollment back = JsonDocuments.readEnrollment(json);
            assertEquals(e, back, json);
            assertEquals(json, JsonDocuments.writeEnrollment(back));
        }
    }

    private static void assertRoundTrip(InterconnectionApplication a, String what) {
        String json = JsonDocuments.writeApplication(a);
        InterconnectionApplication back = JsonDocuments.readApplication(json);
        assertEquals(json, JsonDocuments.writeApplication(back), what);
        assertEquals(a, back, what + "\n" + json);
        String line = JsonDocuments.writeApplicationLine(a);
        assertEquals(a, JsonDocuments.readApplication(line), what);
    }
}
