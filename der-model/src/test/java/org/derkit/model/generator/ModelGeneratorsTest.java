package org.derkit.model.generator;

import static org.derkit.model.QtSupport.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Duration;
import java.util.List;
import org.derkit.model.ActivePower;
import org.derkit.model.QtSupport;
import org.derkit.model.facility.Facility;
import org.junit.jupiter.api.Test;

class ModelGeneratorsTest {

    @Test
    void the_same_seed_gives_the_same_values() {
        assertEquals(ModelGenerators.facilities().sample(42, 200), ModelGenerators.facilities().sample(42, 200));
        assertEquals(ModelGenerators.enrollments().sample(7, 50), ModelGenerators.enrollments().sample(7, 50));
    }

    @Test
    void nameplate_edge_cases_come_first_and_include_each_limit_and_a_watt_either_side() {
        List<ActivePower> edges = ModelGenerators.nameplates().edgeCases();
        assertEquals(edges, ModelGenerators.nameplates().sample(1, edges.size()));
        for (String kw : new String[] {"199.999", "200", "200.001", "133", "24.999", "25", "25.001", "10000.001"}) {
            assertTrue(edges.contains(ActivePower.ofKilowatts(new java.math.BigDecimal(kw))), kw);
        }
    }

    @Test
    void generated_facilities_never_export_more_than_their_nameplate() {
        qt().withFixedSeed(SEED).forAll(QtSupport.gen(ModelGenerators.facilities()))
                .describedAs(Facility::toString)
                .check(f -> f.exportCapacity().isEmpty() || f.aggregateNameplate().isEmpty()
                        || f.exportCapacity().get().isAtMost(f.aggregateNameplate().get()));
    }

    @Test
    void generated_applications_are_valid_and_distinct() {
        List<org.derkit.model.application.InterconnectionApplication> apps =
                ModelGenerators.applications().sample(SEED, 300);
        assertEquals(300, apps.stream().map(a -> a.id()).distinct().count());
    }

    @Test
    void local_dates_start_with_the_dst_days_of_2024_and_2025() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        List<LocalDate> edges = ModelGenerators.localDates().edgeCases();
        long dstDays = edges.stream()
                .filter(d -> Duration.between(d.atStartOfDay(chicago), d.plusDays(1).atStartOfDay(chicago)).toHours() != 24)
                .count();
        assertEquals(4, dstDays);
        assertTrue(edges.contains(LocalDate.of(2024, 3, 10)) && edges.contains(LocalDate.of(2025, 11, 2)));
        ModelGenerators.localDates().sample(SEED, 1000)
                .forEach(d -> assertTrue(d.getYear() >= 1970 && d.getYear() <= 2100, d::toString));
        assertTrue(ZonedDateTime.now(chicago).getZone().equals(chicago));
    }
}
