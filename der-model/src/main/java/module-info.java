/**
 * Typed units and immutable domain records for Ameren Illinois distributed energy resources and
 * retail-supplier meter data: the vocabulary every other derkit module speaks.
 *
 * <p>Active power (kW), apparent power (kVA) and reactive power (kvar) are distinct types, so a kW
 * value cannot be compared with a kVA limit by mistake. Values are exact decimals; javax.measure
 * quantities are offered at the edges ({@code toQuantity()}, {@code from(Quantity)}).
 */
module org.derkit.model {
    // javax.measure Quantity and Unit appear in the public API (toQuantity, from, DerUnits).
    requires transitive java.measure;
    // indriya supplies the unit system behind DerUnits; it is not part of our signatures.
    requires tech.units.indriya;
    // Immutables annotations are only read at compile time.
    requires static org.immutables.value;

    exports org.derkit.model;
    exports org.derkit.model.measure;
    exports org.derkit.model.facility;
    exports org.derkit.model.installation;
    exports org.derkit.model.application;
    exports org.derkit.model.retail;
    exports org.derkit.model.generator;
}
