/**
 * Trustworthy hourly series from 867 usage: DST-aware interval reconstruction, split-hour
 * stitching, subtractive meters, CT/PT scaling, loss factors and CSV. Independent of der-edi: any
 * meter-data source can build the input types.
 */
module org.derkit.metering {
    // identifiers (ServicePointId, MeterNumber) and TransformerRatio appear in the API
    requires transitive org.derkit.model;
    // CSV import and export
    requires org.apache.commons.csv;
    // Immutables annotations are only read at compile time (not used yet; kept for the project style)
    requires static org.immutables.value;

    exports org.derkit.metering;
    exports org.derkit.metering.spi;

    // loss-factor sources plug in here; the Ameren 2007 formulas are built in
    uses org.derkit.metering.spi.LossFactorSource;
    provides org.derkit.metering.spi.LossFactorSource with org.derkit.metering.internal.AmerenLossFactors;
}
