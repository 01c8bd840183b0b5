package org.derkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void the_bundled_catalogue_has_129_requirements_of_the_five_kinds() {
        Catalogue c = Catalogue.bundled();
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        c.entries().forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        assertEquals(129, c.entries().size());
        assertEquals(Map.of(Kind.RULE, 94, Kind.COMPUTATION, 13, Kind.ADVISORY, 4, Kind.PROCESS, 9,
                Kind.INFORMATIONAL, 9), counts);
        assertEquals("BTM-01", c.ids().get(0));
        assertEquals(Source.REGULATIONS, c.entry("P466-02").orElseThrow().source());
        assertEquals("466.90(a)(1), 466.100(a)(1)", c.entry("P466-02").orElseThrow().section());
    }

    @Test
    void comparison_reports_unknown_duplicated_and_missing_ids() {
        CatalogueComparison c = Catalogue.bundled().compare(List.of("BTM-01", "XYZ-01", "BTM-01"));
        assertEquals(List.of("XYZ-01"), c.unknown());
        assertEquals(List.of("BTM-01"), c.duplicated());
        assertEquals(128, c.missing().size());
        assertTrue(!c.isConsistent() && !c.isComplete());
    }

    @Test
    void all_catalogue_ids_compare_complete() {
        Catalogue catalogue = Catalogue.bundled();
        assertTrue(catalogue.compare(catalogue.ids()).isComplete());
    }

    @Test
    void a_bad_kind_is_refused_with_file_and_line() {
        CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogue.parse(
                new StringReader("id,source,section,kind,requirement\nA-01,res-faq.txt,FAQ 1,rules,text\n"), "x.csv"));
        assertEquals("Invalid value for kind (valid values rule, computation, advisory, process, "
                + "informational): 'rules', in x.csv, line 2", e.getMessage());
        assertEquals("x.csv", e.file());
        assertEquals(2, e.line());
        assertEquals("kind", e.field());
    }

    @Test
    void a_wrong_header_a_short_row_an_unknown_source_and_a_repeated_id_are_refused_with_file_and_line() {
        assertEquals("Invalid value for header (valid values id,source,section,kind,requirement): "
                + "'id,source,kind', in c.csv, line 1", refusal("id,source,kind\nA-01,res-faq.txt,rule\n"));
        assertEquals("Invalid value for number of columns (valid values 5 (id,source,section,kind,requirement)): 4, "
                + "in c.csv, line 3", refusal("id,source,section,kind,requirement\nA-01,res-faq.txt,FAQ 1,rule,t\n"
                + "A-02,res-faq.txt,FAQ 2,rule\n"));
        assertEquals("Invalid value for source (valid values the file names of catalog.csv, such as res-faq.txt): "
                + "'faq.txt', in c.csv, line 2", refusal("id,source,section,kind,requirement\n"
                + "A-01,faq.txt,FAQ 1,rule,t\n"));
        assertEquals("Invalid value for id (valid values an id not used on an earlier line): A-01, in c.csv, line 3",
                refusal("id,source,section,kind,requirement\nA-01,res-faq.txt,FAQ 1,rule,t\n"
                        + "A-01,res-faq.txt,FAQ 2,rule,u\n"));
        assertEquals("Invalid value for section of A-01 (valid values non-blank text): '', in c.csv, line 2",
                refusal("id,source,section,kind,requirement\nA-01,res-faq.txt, ,rule,t\n"));
    }

    private static String refusal(String csv) {
        return assertThrows(CatalogueException.class, () -> Catalogue.parse(new StringReader(csv), "c.csv"))
                .getMessage();
    }
}
