/**
 * The Ameren Illinois DER rule book: every requirement of the source documents as one traceable
 * rule, evaluated into structured findings.
 */
module org.derkit.rules {
    // quantities and domain records appear in rule inputs, limits and findings
    requires transitive org.derkit.model;
    // Validation and Either may appear in public signatures (STYLE decisions)
    requires transitive io.vavr;
    // Immutables annotations are only read at compile time
    requires static org.immutables.value;

    // exports are added with the first public types
}
