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

    /** The catalogue bundled with this module. */
    public static Catalogue bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Parses a catalogue in the RFC 4180 format of catalog.csv, with its header line.
     *
     * @param reader the text; not closed
     * @param name the file name for error messages
     * @throws IllegalArgumentException naming the file and line for a wrong header, a bad kind or
     *         source, or an id that appears twice
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
                throw new IllegalArgumentException(name + ", line 1: header must be "
                        + String.join(",", HEADER) + ", not " + String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord r : parser) {
                String where = name + ", line " + parser.getCurrentLineNumber();
                if (r.size() != HEADER.size()) {
                    throw new IllegalArgumentException(where + ": " + HEADER.size() + " columns expected, found "
                            + r.size());
                }
                try {
                    CatalogueEntry e = new CatalogueEntry(r.get("id").strip(), Source.ofFileName(r.get("source")),
                            r.get("section").strip(), Kind.parse(r.get("kind")), r.get("requirement").strip());
                    if (!ids.add(e.id())) {
                        throw new IllegalArgumentException("id " + e.id() + " appears twice");
                    }
                    entries.add(e);
                } catch (IllegalArgumentException bad) {
                    throw new IllegalArgumentException(where + ": " + bad.getMessage(), bad);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return new Catalogue(entries);
    }

    /** Every entry in catalogue order. */
    public List<CatalogueEntry> entries() {
        return entries;
    }

    /** Every id in catalogue order. */
    public List<String> ids() {
        return entries.stream().map(CatalogueEntry::id).toList();
    }

    /** The entry with an id. */
    public Optional<CatalogueEntry> entry(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    /** The position of an id in the catalogue, or -1 if it is not there. */
    public int indexOf(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        return i == null ? -1 : i;
    }

    /** Compares registered ids (in registration order, duplicates included) with this catalogue. */
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

    /** Such as {@code Catalogue (129 entries)}. */
    @Override
    public String toString() {
        return "Catalogue (" + entries.size() + " entries)";
    }
}
