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
    // reads and writes the JSON documents of org.derkit.rules.document through Jackson's tree
    // model and its own mapping (every problem with its JSON path, quantities with units), not
    // through generated bindings: Jackson 3 (tools.jackson), because json-schema-validator 3.0.9,
    // which checks the published schemas, is built on Jackson 3, and Immutables 2.12.2's bindings
    // would put Jackson annotations on der-model, which stays free of Jackson. No Jackson type is
    // in the public API, so this is not transitive. vavr's Validation is not used: the walk adds
    // each problem to one list, which needs no applicative combination of up to 30 attributes.
    requires tools.jackson.databind;
    // Immutables annotations are only read at compile time
    requires static org.immutables.value;

    exports org.derkit.rules;
    exports org.derkit.rules.generator;
    exports org.derkit.rules.book;
    exports org.derkit.rules.document;
}
