package org.derkit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.derkit.model.InvalidValueException;

/**
 * The requirement catalogue: one {@link CatalogueEntry} per requirement of the source documents,
 * in the catalogue's order. The module bundles a copy of catalog.csv
 * ({@code org/derkit/rules/catalog.csv}); {@link #bundled()} reads it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Catalogue {

    private static final List<String> HEADER = List.of("id", "source", "section", "kind", "requirement");

    private final List<CatalogueEntry> entries;
    private final Map<String, Integer> index;

    private Catalogue(List<CatalogueEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            map.put(entries.get(i).id(), i);
        }
        this.index = Map.copyOf(map);
    }

    private static final class Bundled {
        static final Catalogue INSTANCE = load();

        private static Catalogue load() {
            try (InputStream in = Catalogue.class.getResourceAsStream("catalog.csv")) {
                if (in == null) {
                    throw new IllegalStateException("the bundled org/derkit/rules/catalog.csv is missing");
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "catalog.csv");
            } catch (IOException e) {
                throw new UncheckedIOException("reading the bundled catalog.csv", e);
            }
        }
    }

    /** {@return the catalogue bundled with this module} */
    public static Catalogue bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Parses a catalogue in the RFC 4180 format of catalog.csv, with its header line.
     *
     * @param reader the text; not closed
     * @param name the file name for error messages
     * @return the catalogue, entries in the file's order
     * @throws CatalogueException naming the file and line for a wrong header, a row with the wrong
     *         number of columns, a bad kind or source, a blank id or section, or an id that appears
     *         twice
     * @throws UncheckedIOException if reading fails
     */
    public static Catalogue parse(Reader reader, String name) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(name, "name");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CatalogueEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try {
            CSVParser parser = CSVParser.parse(reader, format);
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new CatalogueException(name, 1, "header", String.join(",", HEADER),
                        "'" + String.join(",", parser.getHeaderNames()) + "'");
            }
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (r.size() != HEADER.size()) {
                    throw new CatalogueException(name, line, "number of columns", HEADER.size() + " ("
                            + String.join(",", HEADER) + ")", r.size());
                }
                String id = r.get("id").strip();
                if (id.isEmpty()) {
                    throw new CatalogueException(name, line, "id", "such as BTM-01", "''");
                }
                String section = r.get("section").strip();
                if (section.isEmpty()) {
                    throw new CatalogueException(name, line, "section of " + id, "non-blank text", "''");
                }
                Source source;
                Kind kind;
                try {
                    source = Source.ofFileName(r.get("source"));
                    kind = Kind.parse(r.get("kind"));
                } catch (InvalidValueException bad) {
                    throw new CatalogueException(name, line, bad.field(), bad.validValues(), bad.value());
                }
                if (!ids.add(id)) {
                    throw new CatalogueException(name, line, "id", "an id not used on an earlier line", id);
                }
                entries.add(new CatalogueEntry(id, source, section, kind, r.get("requirement").strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return new Catalogue(entries);
    }

    /** {@return every entry in catalogue order} */
    public List<CatalogueEntry> entries() {
        return entries;
    }

    /** {@return every id in catalogue order} */
    public List<String> ids() {
        return entries.stream().map(CatalogueEntry::id).toList();
    }

    /**
     * The entry with an id.
     *
     * @param id the catalogue id, such as {@code BTM-01}
     * @return the entry with an id
     */
    public Optional<CatalogueEntry> entry(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    /**
     * The position of an id in the catalogue, or -1 if it is not there.
     *
     * @param id the catalogue id, such as {@code BTM-01}
     * @return the position of an id in the catalogue, or -1 if it is not there
     */
    public int indexOf(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        return i == null ? -1 : i;
    }

    /**
     * Compares registered ids (in registration order, duplicates included) with this catalogue.
     *
     * @param registeredIds the ids registered, in registration order, duplicates included
     * @return the catalogue comparison
     */
    public CatalogueComparison compare(Collection<String> registeredIds) {
        Objects.requireNonNull(registeredIds, "registeredIds");
        Set<String> unknown = new LinkedHashSet<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : registeredIds) {
            counts.merge(id, 1, Integer::sum);
            if (!index.containsKey(id)) {
                unknown.add(id);
            }
        }
        List<String> duplicated = new ArrayList<>();
        counts.forEach((id, n) -> {
            if (n > 1) {
                duplicated.add(id);
            }
        });
        List<String> missing = new ArrayList<>();
        for (CatalogueEntry e : entries) {
            if (!counts.containsKey(e.id())) {
                missing.add(e.id());
            }
        }
        return new CatalogueComparison(List.copyOf(unknown), duplicated, missing);
    }

    /**
     * The differences between a rule's header and its catalogue entry: the document, the section
     * and the kind must be the catalogue's, word for word. A rule whose id is not in the catalogue
     * differs by that alone.
     *
     * @param rule the rule, not null
     * @return one sentence per difference, such as {@code BTM-01 section 'X', catalogue 'Y'};
     *         empty when the header is the catalogue's
     */
    public List<String> headerDifferences(Rule<?> rule) {
        Objects.requireNonNull(rule, "rule");
        Optional<CatalogueEntry> entry = entry(rule.id());
        if (entry.isEmpty()) {
            return List.of(rule.id() + " is not in the catalogue");
        }
        CatalogueEntry e = entry.get();
        List<String> differences = new ArrayList<>(3);
        Citation c = rule.citation();
        if (c.source() != e.source()) {
            differences.add(rule.id() + " source " + c.source().fileName() + ", catalogue " + e.source().fileName());
        }
        if (!c.section().equals(e.section())) {
            differences.add(rule.id() + " section '" + c.section() + "', catalogue '" + e.section() + "'");
        }
        if (rule.kind() != e.kind()) {
            differences.add(rule.id() + " kind " + rule.kind().catalogueName() + ", catalogue "
                    + e.kind().catalogueName());
        }
        return List.copyOf(differences);
    }

    /** Such as {@code Catalogue (129 entries)}. */
    @Override
    public String toString() {
        return "Catalogue (" + entries.size() + " entries)";
    }
}
