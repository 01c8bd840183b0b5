package org.derkit.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.io.IOException;
import org.derkit.metering.RetailMeterData;
import org.derkit.metering.UsageReader;
import org.derkit.model.ActivePower;
import org.derkit.model.ServicePointId;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.retail.Commodity;
import org.derkit.model.retail.DeliveryVoltageLevel;
import org.derkit.model.retail.ServicePoint;
import org.derkit.model.retail.ServicePointMeterData;
import org.derkit.rules.book.MeterData;
import org.derkit.model.retail.Enrollment;
import org.derkit.rules.CatalogueEntry;
import org.derkit.rules.Findings;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.RuleBook;
import org.derkit.rules.book.AmerenRuleBook;
import org.derkit.rules.book.Screening;
import org.derkit.rules.document.JsonDocuments;
import org.junit.jupiter.api.Test;

/**
 * The bundled JSON examples are canonical documents, and over them the rule book reaches its
 * rules: every rule, computation and advisory a decisive outcome, every rule a passing and a
 * failing one.
 */
class JsonExamplesTest {

    private static final RuleBook<Screening> BOOK = AmerenRuleBook.book();
    private static final Set<Outcome> DECISIVE = EnumSet.of(Outcome.PASS, Outcome.FAIL, Outcome.REQUIRED,
            Outcome.NOT_REQUIRED, Outcome.VALUE, Outcome.ADVISORY, Outcome.REVIEW);
    private static final Set<Outcome> PASSING = EnumSet.of(Outcome.PASS, Outcome.NOT_REQUIRED);
    /** Not passing: a violation, an obligation, or (for rules whose only alternative is review) a review. */
    private static final Set<Outcome> FAILING = EnumSet.of(Outcome.FAIL, Outcome.REQUIRED, Outcome.REVIEW);

    @Test
    void should_write_each_example_back_unchanged_when_it_is_read() {
        for (String name : BundledData.JSON_APPLICATIONS) {
            String text = BundledData.json(name);
            assertEquals(text, JsonDocuments.writeApplication(JsonDocuments.readApplication(text)), name);
        }
        for (String name : BundledData.JSON_ENROLLMENTS) {
            String text = BundledData.json(name);
            assertEquals(text, JsonDocuments.writeEnrollment(JsonDocuments.readEnrollment(text)), name);
        }
    }

    @Test
    void should_satisfy_the_published_schema_when_an_example_is_bundled() {
        Schema application = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JsonDocuments.applicationSchema(), InputFormat.JSON);
        Schema enrollment = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JsonDocuments.enrollmentSchema(), InputFormat.JSON);
        for (String name : BundledData.JSON_APPLICATIONS) {
            assertEquals(List.of(), application.validate(BundledData.json(name), InputFormat.JSON), name);
        }
        for (String name : BundledData.JSON_ENROLLMENTS) {
            assertEquals(List.of(), enrollment.validate(BundledData.json(name), InputFormat.JSON), name);
        }
    }

    /**
     * What each catalogue id reached over all examples: the JSON applications and enrollments, and
     * the bundled 867 files as {@code derkit 867 check} reads them (alone, and with the enrollment
     * of their account, a delivery voltage and a system load), the one whose service-point total
     * differs from its meters included.
     */
    static Map<String, Set<Outcome>> reached() throws IOException {
        Map<String, Set<Outcome>> reached = new LinkedHashMap<>();
        for (CatalogueEntry e : BOOK.catalogue().entries()) {
            reached.put(e.id(), EnumSet.noneOf(Outcome.class));
        }
        List<Findings> all = new ArrayList<>();
        for (InterconnectionApplication a : BundledData.jsonApplications()) {
            all.add(BOOK.evaluate(Screening.of(a)));
        }
        for (Enrollment e : BundledData.jsonEnrollments()) {
            all.add(BOOK.evaluate(Screening.of(e)));
        }
        Path dir = Files.createTempDirectory("json-examples");
        List<Path> files = BundledData.copyUsageFiles(dir);
        // as `derkit 867 check` reads them: the service-point total is RES-18's to judge
        UsageReader ruleCheck = UsageReader.ameren().withServicePointTotalsChecked(false);
        List<ServicePointMeterData> usage = new ArrayList<>(RetailMeterData.of(ruleCheck.readAll(files)));
        Path mismatch = BundledData.copyTotalMismatch(dir);
        usage.addAll(RetailMeterData.of(ruleCheck.readAll(List.of(mismatch))));
        files.add(mismatch);
        for (Path f : files) {
            Files.delete(f);
        }
        Files.delete(dir);
        Enrollment account = JsonDocuments.readEnrollment(BundledData.json(BundledData.USAGE_ACCOUNT_ENROLLMENT));
        List<ServicePointId> electric = account.account().servicePoints().stream()
                .filter(sp -> sp.commodity() == Commodity.ELECTRIC).map(ServicePoint::id).toList();
        for (ServicePointMeterData d : usage) {
            all.add(BOOK.evaluate(Screening.of(MeterData.of(d))));
            all.add(BOOK.evaluate(Screening.of(MeterData.of(d.withAccountServicePoints(electric)
                    .withLoss(DeliveryVoltageLevel.SECONDARY, ActivePower.ofMegawatts(9000))))));
        }
        for (Findings f : all) {
            for (CatalogueEntry e : BOOK.catalogue().entries()) {
                reached.get(e.id()).add(f.byId(e.id()).orElseThrow().outcome());
            }
        }
        return reached;
    }

    @Test
    void should_reach_a_decisive_outcome_for_every_rule_computation_and_advisory_and_both_ways_for_every_rule()
            throws Exception {
        Map<String, Set<Outcome>> reached = reached();
        Map<String, String> unreached = new TreeMap<>();
        for (CatalogueEntry e : BOOK.catalogue().entries()) {
            Set<Outcome> r = reached.get(e.id());
            if (e.kind() == Kind.RULE) {
                if (r.stream().noneMatch(PASSING::contains) || r.stream().noneMatch(FAILING::contains)) {
                    unreached.put(e.id(), r.toString());
                }
            } else if (e.kind() == Kind.COMPUTATION || e.kind() == Kind.ADVISORY) {
                if (r.stream().noneMatch(DECISIVE::contains)) {
                    unreached.put(e.id(), r.toString());
                }
            }
        }
        Files.writeString(Path.of("target", "json-examples-unreached.txt"), unreached.toString().replace(", ", "\n"));
        assertEquals(KNOWN_UNREACHED, unreached.keySet());
    }

    /**
     * The ids the examples cannot reach both ways, each for a reason of its definition (the test
     * fails when one is reached, so this list only shrinks): none since BTM-02 applies its 100 kVA
     * limit and {@code derkit 867 check} reads an 867 whose PTD*SU total differs from its meters.
     * POL-22 passes (NOT_REQUIRED below 1 MW of BTM export) and goes to review at 1 MW and above;
     * review counts as its failing side, and the 2 MW example reaches it.
     */
    private static final Set<String> KNOWN_UNREACHED = Set.of();
}
