package org.derkit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The whole rule book on one subject type: rule sets registered per topic, checked against the
 * requirement {@link Catalogue} (no id unknown to it, none registered twice) and evaluated in
 * catalogue order.
 *
 * <pre>{@code
 * RuleBook<Screening> book = RuleBook.<Screening>builder("Ameren Illinois DER rule book")
 *         .add(BtmMeteringRules.rules().liftTo(Screening::facility, "facility"))
 *         .add(RetailRules.rules().liftTo(Screening::enrollment, "retail enrollment"))
 *         .build();
 * Findings findings = book.evaluate(screening);
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param <S> the subject type
 */
public final class RuleBook<S> {

    private final RuleSet<S> rules;
    private final Catalogue catalogue;
    private final CatalogueComparison comparison;

    private RuleBook(RuleSet<S> rules, Catalogue catalogue, CatalogueComparison comparison) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.comparison = comparison;
    }

    /**
     * A builder checked against the bundled catalogue.
     *
     * @param <S> the type of subject the rules evaluate
     * @param name the name shown in findings and messages
     * @return a builder checked against the bundled catalogue
     */
    public static <S> Builder<S> builder(String name) {
        return new Builder<>(name, Catalogue.bundled());
    }

    /**
     * A builder checked against another catalogue (tests, other editions).
     *
     * @param <S> the type of subject the rules evaluate
     * @param name the name shown in findings and messages
     * @param catalogue the requirement catalogue
     * @return a builder checked against another catalogue (tests, other editions)
     */
    public static <S> Builder<S> builder(String name, Catalogue catalogue) {
        return new Builder<>(name, Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** {@return every rule in catalogue order} */
    public RuleSet<S> rules() {
        return rules;
    }

    /** {@return the catalogue the book was checked against} */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** {@return the book's ids against the catalogue's (consistent by construction; may be incomplete)} */
    public CatalogueComparison comparison() {
        return comparison;
    }

    /**
     * The rules of one document, in catalogue order.
     *
     * @param source the source document
     * @return the rules of one document, in catalogue order
     */
    public RuleSet<S> bySource(Source source) {
        return rules.bySource(source);
    }

    /**
     * The rules of one topic, in catalogue order.
     *
     * @param topic the topic
     * @return the rules of one topic, in catalogue order
     */
    public RuleSet<S> byTopic(Topic topic) {
        return rules.byTopic(topic);
    }

    /**
     * Evaluates every rule of the book: one finding per rule, in catalogue order.
     *
     * @param subject the subject evaluated
     * @return the findings
     * @throws RuleEvaluationException if a rule's own code fails (a bug in that rule)
     */
    public Findings evaluate(S subject) {
        return rules.evaluate(subject);
    }

    /** Such as {@code RuleBook Ameren Illinois DER rule book (129 of 129 catalogue ids)}. */
    @Override
    public String toString() {
        return "RuleBook " + rules.name() + " (" + rules.size() + " of " + catalogue.entries().size()
                + " catalogue ids)";
    }

    /**
     * Collects the book's rule sets (one per topic class); {@link #build()} checks them against the
     * catalogue.
     *
     * @param <S> the subject type
     */
    public static final class Builder<S> {

        private final String name;
        private final Catalogue catalogue;
        private final List<RuleSet<S>> sets = new ArrayList<>();

        private Builder(String name, Catalogue catalogue) {
            this.name = Objects.requireNonNull(name, "name");
            this.catalogue = catalogue;
        }

        /**
         * Registers a rule set.
         *
         * @param set the rule set
         * @return this builder
         */
        public Builder<S> add(RuleSet<S> set) {
            sets.add(Objects.requireNonNull(set, "set"));
            return this;
        }

        /** {@return every id registered so far, in registration order, duplicates included} */
        public List<String> registeredIds() {
            List<String> ids = new ArrayList<>();
            for (RuleSet<S> set : sets) {
                ids.addAll(set.ids());
            }
            return List.copyOf(ids);
        }

        /** {@return the registered ids against the catalogue} */
        public CatalogueComparison compareWithCatalogue() {
            return catalogue.compare(registeredIds());
        }

        /**
         * The book in catalogue order.
         *
         * @return the book, its rules in catalogue order
         * @throws CatalogueMismatchException listing the ids unknown to the catalogue and the ids
         *         registered more than once, or every rule whose document, section or kind is not
         *         the catalogue's
         */
        public RuleBook<S> build() {
            CatalogueComparison c = compareWithCatalogue();
            if (!c.isConsistent()) {
                throw new CatalogueMismatchException(name, List.of("ids not in the catalogue " + c.unknown()
                        + ", ids registered more than once " + c.duplicated()));
            }
            List<String> differences = new ArrayList<>();
            for (RuleSet<S> set : sets) {
                for (Rule<S> rule : set.rules()) {
                    differences.addAll(catalogue.headerDifferences(rule));
                }
            }
            if (!differences.isEmpty()) {
                throw new CatalogueMismatchException(name, differences);
            }
            RuleSet<S> all = RuleSet.concat(name, sets)
                    .sorted(Comparator.comparingInt(r -> catalogue.indexOf(r.id())));
            return new RuleBook<>(all, catalogue, c);
        }
    }
}
