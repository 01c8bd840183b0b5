/**
 * Streaming X12 004010 reading and writing for Ameren Illinois 867 usage, 814 enrollment and 810
 * invoices, with exact decimals and precise error locations.
 */
module org.derkit.edi {
    // identifiers and quantities appear in the typed transactions
    requires transitive org.derkit.model;
    // Either may appear in parse results (STYLE decisions)
    requires transitive io.vavr;
    // Immutables annotations are only read at compile time
    requires static org.immutables.value;

    // exports are added with the first public types
}
