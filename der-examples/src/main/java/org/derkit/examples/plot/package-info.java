/**
 * Charts as SVG, headless: {@link org.derkit.examples.plot.SvgChart} draws line and step charts with
 * JFreeChart on JFreeSVG, and {@link org.derkit.examples.plot.DemoPlots} draws the demo's charts from
 * the library's own data: the volt-var curves (INV-12/13), the voltage and frequency ride-through
 * envelopes of the seed's and IEEE 1547-2018's tables (INV-10/11), and the hourly profile of the 23-
 * and 25-hour days of a meter series.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.examples.plot;
