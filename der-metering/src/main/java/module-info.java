/**
 * Trustworthy hourly series from 867 usage: reads 867 files ({@link org.derkit.metering.UsageReader},
 * streaming or whole), DST-aware interval reconstruction, split-hour stitching, subtractive meters,
 * CT/PT scaling, loss factors and CSV. Other meter-data sources can build the input types
 * ({@link org.derkit.metering.UsageReport}) themselves.
 */
module org.derkit.metering {
    // identifiers (ServicePointId, MeterNumber) and TransformerRatio appear in the API
    requires transitive org.derkit.model;
    // UsageReader reads 867s with der-edi; Edi867, AmerenProfile and Location appear in its API
    requires transitive org.derkit.edi;
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
