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
import org.derkit.model.application.InterconnectionApplication;
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

    /** What each catalogue id reached over all examples. */
    static Map<String, Set<Outcome>> reached() {
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
     * The ids the examples do not reach both ways yet. RES-17, 18, 20, 21 and 24 need meter data
     * from 867s (issue 12 item 6); BTM-02 and POL-22 can only pass or go to review by their
     * definition here; the others need one more example each (a failing BTM-20 shared metering,
     * a complete rebate form for INV-01, a passing spot network for P466-03, a non-exporting Level 3
     * candidate for P466-08, a QF above 80 MW for POL-05, failing sub-transmission POL-18, a
     * single-phase facility above the limit for POL-20, a decisive DTT for POL-25, a primary facility
     * without reverse flow for POL-26, a passing ground source for POL-36). The test fails when one
     * is reached, so this list only shrinks. BTM-03 (three-phase self-contained, judged since the
     * three-valued book) needs a three-phase self-contained example.
     */
    private static final Set<String> KNOWN_UNREACHED = Set.of(
            "BTM-02", "BTM-03", "BTM-20", "INV-01", "P466-03", "P466-08", "POL-05", "POL-18", "POL-20", "POL-22",
            "POL-25", "POL-26", "POL-36", "RES-17", "RES-18", "RES-20", "RES-21", "RES-24");
}
