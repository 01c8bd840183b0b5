package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.application.LifecycleState;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.SystemType;
import org.derkit.rules.QtSupport;
import org.derkit.rules.generator.Boundaries;
import org.derkit.rules.generator.BoundaryTable;
import org.derkit.rules.generator.FixedDraws;
import org.junit.jupiter.api.Test;

/**
 * The generator behind {@link WholeBookPropertiesTest}: it draws every part it documents, and each
 * part's presence from the sampler alone.
 */
class ApplicationGeneratorTest {

    private static final BoundaryTable TABLE = Boundaries.table(AmerenRuleBook.book().rules().rules());

    /** The optional parts of the class description, with the lifecycle state and the interconnection date. */
    private static final List<Part> PARTS = List.of(
            new Part("metering installation", a -> a.meteringInstallation().isPresent()),
            new Part("circuit data", a -> a.circuit().isPresent()),
            new Part("study results", a -> a.study().isPresent()),
            new Part("inverters", a -> !a.facility().inverters().isEmpty()),
            new Part("storage", a -> !a.facility().storage().isEmpty()),
            new Part("witness test", a -> a.witnessTest().isPresent()),
            new Part("interconnection transformer", a -> a.facility().interconnectionTransformer().isPresent()),
            new Part("interconnection date", a -> a.interconnectionDate().isPresent()),
            new Part("lifecycle state past the application", a -> a.state() != LifecycleState.APPLICATION),
            new Part("single phase", a -> a.facility().phases().equals(Optional.of(Phases.SINGLE))),
            new Part("networked system", a -> a.facility().systemType().equals(Optional.of(SystemType.NETWORKED))));

    private record Part(String name, Predicate<InterconnectionApplication> present) {
    }

    @Test
    void every_documented_part_is_present_in_some_applications_and_absent_in_others() {
        ApplicationGenerator generator = ApplicationGenerator.applications();
        List<InterconnectionApplication> apps = TABLE.sampler(QtSupport.SEED).generate(generator, 200);
        for (Part part : PARTS) {
            long with = apps.stream().filter(part.present()).count();
            assertTrue(with > 0 && with < apps.size(), part.name() + ": in " + with + " of " + apps.size());
        }
        for (ApplicationDocument d : ApplicationDocument.values()) {
            long with = apps.stream().filter(a -> a.documents().contains(d)).count();
            assertTrue(with > 0 && with < apps.size(), d + ": in " + with + " of " + apps.size());
        }
    }

    @Test
    void applications_are_numbered_in_the_order_they_are_generated() {
        List<InterconnectionApplication> apps = TABLE.sampler(QtSupport.SEED).generate(ApplicationGenerator.applications(), 3);
        assertEquals(List.of("GEN-1", "GEN-2", "GEN-3"), apps.stream().map(a -> a.id().value()).toList());
        List<Screening> screenings = TABLE.sampler(QtSupport.SEED).generate(ApplicationGenerator.screenings(), 2);
        assertEquals(List.of("GEN-1", "GEN-2"), screenings.stream()
                .map(s -> s.application().orElseThrow().id().value()).toList());
    }

    @Test
    void a_sampler_drawn_to_heads_and_its_lowest_values_gives_every_part() {
        InterconnectionApplication a = ApplicationGenerator.applications()
                .generate(TABLE.sampler(new FixedDraws(true, false, 0.5)));
        for (Part part : PARTS) {
            if (!part.name().startsWith("lifecycle state")) { // the lowest state is APPLICATION itself
                assertTrue(part.present().test(a), part.name());
            }
        }
        assertEquals(EnumSet.allOf(ApplicationDocument.class), a.documents());
        Facility f = a.facility();
        assertEquals(EnumSet.allOf(Certification.class), f.inverters().get(0).certifications());
    }

    @Test
    void a_sampler_drawn_to_tails_and_its_highest_values_gives_no_part() {
        InterconnectionApplication a = ApplicationGenerator.applications()
                .generate(TABLE.sampler(new FixedDraws(false, true, 0.5)));
        for (Part part : PARTS) {
            assertFalse(part.present().test(a), part.name());
        }
        assertEquals(Set.of(), a.documents());
        assertEquals(List.of(), a.facility().generatingUnits());
        assertEquals(Optional.of(Phases.THREE), a.facility().phases());
        assertEquals(Optional.of(SystemType.RADIAL), a.facility().systemType());
    }
}
