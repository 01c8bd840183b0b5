/**
 * Trustworthy hourly series from 867 usage: DST-aware interval reconstruction, split-hour
 * stitching, subtractive meters, CT/PT scaling, loss factors and CSV.
 */
module org.derkit.metering {
    // quantities and identifiers appear in series and intervals
    requires transitive org.derkit.model;
    // CSV import and export
    requires org.apache.commons.csv;
    // Immutables annotations are only read at compile time
    requires static org.immutables.value;

    // exports are added with the first public types
}
