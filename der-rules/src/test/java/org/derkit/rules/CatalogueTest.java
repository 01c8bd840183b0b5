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
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Catalogue.parse(
                new StringReader("id,source,section,kind,requirement\nA-01,res-faq.txt,FAQ 1,rules,text\n"), "x.csv"));
        assertEquals("x.csv, line 2: Invalid value for kind (valid values rule, computation, advisory, process, "
                + "informational): 'rules'", e.getMessage());
    }
}
