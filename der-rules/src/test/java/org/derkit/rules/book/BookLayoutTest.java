package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.derkit.rules.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Every rule-book file has the one layout that package-info.java states (issue 11, item 7): its
 * {@code public static final Rule<...>} constants in catalogue order, and no method, constructor
 * or nested type declared before the last of them. Reads the book's sources from the module's
 * working directory, which surefire sets to the module's base directory.
 */
class BookLayoutTest {

    private static final Path BOOK = Path.of("src", "main", "java", "org", "derkit", "rules", "book");

    /** A rule constant at member indentation; group 1 is its name ({@code BTM_05}). */
    private static final Pattern RULE = Pattern.compile("^    public static final Rule<[^=]*>\\s+(\\w+)\\s*=");

    /**
     * A method, constructor or nested type declared at member indentation: code (not a comment or an
     * annotation) with an opening parenthesis or a type keyword and no {@code =} before it.
     */
    private static final Pattern DECLARATION = Pattern.compile(
            "^    (?![\\s/*@}])(?:[^=;(\"]*\\b(?:class|record|enum|interface)\\s+\\w+.*|[^=;(\"]*\\w\\s*\\(.*)$");

    private static final List<String> CATALOGUE = Catalogue.bundled().ids();

    @Test
    void everyBookFileDeclaresItsRulesInCatalogueOrderBeforeAnyMethod() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = ruleFiles();
        for (Path file : files) {
            problems.addAll(layoutProblems(file.getFileName().toString(),
                    Files.readAllLines(file, StandardCharsets.UTF_8), CATALOGUE));
        }
        assertEquals(List.of(), problems);
        assertTrue(files.size() >= 15, "only " + files.size() + " rule-book files found in " + BOOK.toAbsolutePath());
    }

    @Test
    void theBookFilesTogetherDeclareEveryCatalogueIdOnce() throws IOException {
        List<String> ids = new ArrayList<>();
        for (Path file : ruleFiles()) {
            ids.addAll(ruleIds(Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        ids.sort((a, b) -> Integer.compare(CATALOGUE.indexOf(a), CATALOGUE.indexOf(b)));
        assertEquals(CATALOGUE, ids);
    }

    @Test
    void aSourceInTheBookLayoutHasNoProblems() {
        assertEquals(List.of(), layoutProblems("Good.java", lines("""
                public final class Good {

                    public static final int LIMIT = 2;

                    static final Input<String, Integer> LENGTH = Input.of("length", s -> Optional.of(s.length()));

                    /** BTM-05. */
                    public static final Rule<String> BTM_05 = Rule.id("BTM-05")
                            .build();

                    public static final Rule<String> BTM_21 = Rule.id("BTM-21")
                            .build();

                    private static final RuleSet<String> RULES = RuleSet.of("good", BTM_05, BTM_21);

                    public static RuleSet<String> rules() {
                        return RULES;
                    }

                    private Good() {
                    }

                    public record Limit(int value) {
                    }

                    private static int twice(int value) {
                        return 2 * value;
                    }
                }
                """), CATALOGUE));
    }

    @Test
    void rulesOutOfCatalogueOrderAreReported() {
        assertEquals(List.of("Bad.java:5 BTM_05 comes after BTM_21 (line 3), against the catalogue order"),
                layoutProblems("Bad.java", lines("""
                        public final class Bad {

                            public static final Rule<String> BTM_21 = Rule.id("BTM-21").build();

                            public static final Rule<String> BTM_05 = Rule.id("BTM-05").build();
                        }
                        """), CATALOGUE));
    }

    @Test
    void aMethodOrConstructorBeforeTheLastRuleIsReported() {
        assertEquals(List.of(
                "Bad.java:3 'private Bad() {' is declared before the last rule constant BTM_21 (line 13)",
                "Bad.java:6 'private static Optional<Integer> regulators(CircuitData c) {' is declared before "
                        + "the last rule constant BTM_21 (line 13)",
                "Bad.java:10 'public record Limit(int value) {' is declared before the last rule constant "
                        + "BTM_21 (line 13)"),
                layoutProblems("Bad.java", lines("""
                        public final class Bad {

                            private Bad() {
                            }

                            private static Optional<Integer> regulators(CircuitData c) {
                                return Optional.of(c.regulators());
                            }

                            public record Limit(int value) {
                            }

                            public static final Rule<String> BTM_21 = Rule.id("BTM-21").build();

                            public static RuleSet<String> rules() {
                                return RuleSet.of("bad", BTM_21);
                            }
                        }
                        """), CATALOGUE));
    }

    @Test
    void aRuleConstantNamedAfterNoCatalogueIdIsReported() {
        assertEquals(List.of("Bad.java:2 BTM_99 is named after no catalogue id (BTM-99)"),
                layoutProblems("Bad.java", lines("""
                        public final class Bad {
                            public static final Rule<String> BTM_99 = Rule.id("BTM-99").build();
                        }
                        """), CATALOGUE));
    }

    /** The book's files that declare rule constants, by name. */
    private static List<Path> ruleFiles() throws IOException {
        assertTrue(Files.isDirectory(BOOK), "the rule book's sources are not at " + BOOK.toAbsolutePath()
                + ": run the test from the der-rules module directory");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(BOOK)) {
            for (Path file : listing.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (!ruleIds(Files.readAllLines(file, StandardCharsets.UTF_8)).isEmpty()) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /** The catalogue ids of a source's rule constants, in declaration order ({@code P466_01} is P466-01). */
    private static List<String> ruleIds(List<String> lines) {
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            Matcher m = RULE.matcher(line);
            if (m.find()) {
                ids.add(m.group(1).replace('_', '-'));
            }
        }
        return ids;
    }

    /**
     * The layout problems of one source: rule constants out of catalogue order or named after no
     * catalogue id, and methods, constructors or nested types declared before the last rule constant.
     *
     * @param file the file name, for the messages
     * @param lines the source's lines
     * @param catalogue the catalogue ids in order
     * @return one message per problem, {@code File.java:line ...}; empty when the layout holds
     */
    static List<String> layoutProblems(String file, List<String> lines, List<String> catalogue) {
        List<String> problems = new ArrayList<>();
        int lastRuleLine = -1;
        String lastRule = null;
        int highestIndex = -1;
        String highestRule = null;
        int highestLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = RULE.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            String name = m.group(1);
            String id = name.replace('_', '-');
            int index = catalogue.indexOf(id);
            if (index < 0) {
                problems.add(file + ":" + (i + 1) + " " + name + " is named after no catalogue id (" + id + ")");
            } else if (index < highestIndex) {
                problems.add(file + ":" + (i + 1) + " " + name + " comes after " + highestRule + " (line "
                        + highestLine + "), against the catalogue order");
            } else {
                highestIndex = index;
                highestRule = name;
                highestLine = i + 1;
            }
            lastRuleLine = i;
            lastRule = name;
        }
        for (int i = 0; i < lastRuleLine; i++) {
            if (DECLARATION.matcher(lines.get(i)).matches()) {
                problems.add(file + ":" + (i + 1) + " '" + lines.get(i).strip() + "' is declared before the last rule "
                        + "constant " + lastRule + " (line " + (lastRuleLine + 1) + ")");
            }
        }
        return problems;
    }

    private static List<String> lines(String source) {
        return source.lines().toList();
    }
}
