/**
 * The Ameren Illinois DER rule book: every requirement of the source documents as one traceable
 * rule, written in a staged fluent DSL and evaluated into structured findings.
 *
 * <p>Entry points: {@link org.derkit.rules.Rule#id(String)} to write a rule,
 * {@link org.derkit.rules.RuleSet} and {@link org.derkit.rules.RuleBook} to compose and evaluate,
 * {@link org.derkit.rules.generator.Boundaries} to test a rule at its limits.
 */
module org.derkit.rules {
    // quantities (ActivePower, Money, ...) appear in limits, inputs and findings
    requires transitive org.derkit.model;
    // reads the bundled requirement catalogue and writes the `derkit rules` and `screen` CSV
    requires org.apache.commons.csv;
    // Immutables annotations are only read at compile time
    requires static org.immutables.value;

    exports org.derkit.rules;
    exports org.derkit.rules.generator;
    exports org.derkit.rules.book;
}
