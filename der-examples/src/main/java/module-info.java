/**
 * The friendly front of derkit: the {@code derkit} command line, the demo on bundled data, jshell
 * support, runnable example programs and SVG charts. It calls der-metering's UsageReader (867 files
 * to hourly series) and der-rules (the screen CSV); the library modules do not depend on it.
 */
module org.derkit.examples {
    // model types (applications, identifiers, quantities) appear in this module's API
    requires transitive org.derkit.model;
    // Screener, Demo and the programs return rule-book findings
    requires transitive org.derkit.rules;
    // the programs and the demo return reconstructed periods and stitched series (der-metering
    // requires der-edi transitively: 867 files are read with its streaming X12 reader)
    requires transitive org.derkit.metering;
    // CSV of the screen command (the interval and series CSV come from der-metering)
    requires org.apache.commons.csv;
    // the demo's SVG plots: JFreeChart (an automatic module) draws on JFreeSVG's Graphics2D
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires transitive java.desktop; // SvgChart takes java.awt.Color

    exports org.derkit.examples.cli;
    exports org.derkit.examples.data;
    exports org.derkit.examples.demo;
    exports org.derkit.examples.plot;
    exports org.derkit.examples.programs;
    exports org.derkit.examples.screen;
}
