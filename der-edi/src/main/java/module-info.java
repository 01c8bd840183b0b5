/**
 * Streaming X12 004010 reading and writing for Ameren Illinois 867 usage, 814 enrollment, 810
 * invoices and 997 acknowledgements, with exact decimals and precise error locations.
 *
 * <p>The entry point is {@link org.derkit.edi.X12Factory}; implementation classes live in the
 * unexported {@code org.derkit.edi.internal} package.
 */
module org.derkit.edi {
    // identifiers (AccountNumber, MeterNumber, ServicePointId, DunsNumber) appear in the typed transactions
    requires transitive org.derkit.model;

    exports org.derkit.edi;
}
