/**
 * Runnable examples, jshell support and the {@code derkit} command-line front of the library.
 */
module org.derkit.examples {
    // the command line uses every library module
    requires org.derkit.model;
    requires org.derkit.rules;
    requires org.derkit.edi;
    requires org.derkit.metering;
    // CSV output of the commands
    requires org.apache.commons.csv;
    // the demo's SVG plots: JFreeChart (an automatic module) draws on JFreeSVG's Graphics2D
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires java.desktop;

    exports org.derkit.examples.cli;
    exports org.derkit.examples.screen;
    exports org.derkit.examples.plot;
    exports org.derkit.examples.usage;
    exports org.derkit.examples.data;
    exports org.derkit.examples.demo;
}
