package org.derkit.examples.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * A small line or step chart written as SVG with JFreeChart and JFreeSVG: the demo's volt-var
 * curve, ride-through envelopes and hourly profiles. Headless; no window is opened.
 */
public final class SvgChart {

    /**
     * One named line: x and y values of equal length, copied when the series is made.
     *
     * @param name the name shown in the legend
     * @param x the x values, in the chart's x unit
     * @param y the y values, one per x value
     */
    @SuppressWarnings("ArrayRecordComponent") // plotted once, as given; charts are not compared as values
    public record Series(String name, double[] x, double[] y) {
        /**
         * Checks that there is one y value per x value and keeps copies of both arrays.
         *
         * @param name the name shown in the legend
         * @param x the x values
         * @param y the y values, one per x value
         * @throws IllegalArgumentException when the arrays differ in length
         */
        public Series {
            Objects.requireNonNull(name, "name");
            if (x.length != y.length) {
                throw new IllegalArgumentException("series " + name + ": " + x.length + " x values but "
                        + y.length + " y values");
            }
            x = x.clone();
            y = y.clone();
        }
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final boolean steps;
    private final List<Series> series = new ArrayList<>();
    private final List<Color> colors = new ArrayList<>();
    private final List<Boolean> dashes = new ArrayList<>();
    private final List<Float> widths = new ArrayList<>();
    private boolean logX;
    private Double xMin;
    private Double xMax;
    private Double yMin;
    private Double yMax;

    private SvgChart(String title, String xLabel, String yLabel, boolean steps) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.steps = steps;
    }

    /**
     * A chart of straight lines between points, such as a volt-var curve.
     *
     * @param title the title above the plot
     * @param xLabel the x axis label, with its unit
     * @param yLabel the y axis label, with its unit
     * @return an empty chart to add series to
     */
    public static SvgChart lines(String title, String xLabel, String yLabel) {
        return new SvgChart(title, xLabel, yLabel, false);
    }

    /**
     * A chart of steps (each value holds until the next x), such as a ride-through envelope or an
     * hourly profile.
     *
     * @param title the title above the plot
     * @param xLabel the x axis label, with its unit
     * @param yLabel the y axis label, with its unit
     * @return an empty chart to add series to
     */
    public static SvgChart steps(String title, String xLabel, String yLabel) {
        return new SvgChart(title, xLabel, yLabel, true);
    }

    /**
     * Adds a series in the chart's next default colour, solid.
     *
     * @param s the series
     * @return this chart, for chaining
     */
    public SvgChart add(Series s) {
        return add(s, null, false);
    }

    /**
     * Adds a series in a colour, solid or dashed.
     *
     * @param s the series
     * @param color the colour, or null for the chart's next default colour
     * @param dashed true for a dashed line (a limit or a reference), false for a solid one
     * @return this chart, for chaining
     */
    public SvgChart add(Series s, Color color, boolean dashed) {
        return add(s, color, dashed, 2f);
    }

    /**
     * Adds a series in a colour, solid or dashed, with a line width in pixels. Series are drawn in
     * the order added, so a later, thinner line stays visible on top of an earlier, wider one.
     *
     * @param s the series
     * @param color the colour, or null for the chart's next default colour
     * @param dashed true for a dashed line, false for a solid one
     * @param width the line width in pixels
     * @return this chart, for chaining
     */
    public SvgChart add(Series s, Color color, boolean dashed, float width) {
        series.add(Objects.requireNonNull(s, "s"));
        colors.add(color);
        dashes.add(dashed);
        widths.add(width);
        return this;
    }

    /**
     * Draws the x axis on a logarithmic scale (x values must be positive), as for ride-through
     * durations from milliseconds to minutes.
     *
     * @return this chart, for chaining
     */
    public SvgChart logX() {
        logX = true;
        return this;
    }

    /**
     * Fixes the x range instead of fitting it to the data.
     *
     * @param min the smallest x shown
     * @param max the largest x shown
     * @return this chart, for chaining
     */
    public SvgChart xRange(double min, double max) {
        xMin = min;
        xMax = max;
        return this;
    }

    /**
     * Fixes the y range instead of fitting it to the data.
     *
     * @param min the smallest y shown
     * @param max the largest y shown
     * @return this chart, for chaining
     */
    public SvgChart yRange(double min, double max) {
        yMin = min;
        yMax = max;
        return this;
    }

    /**
     * The chart as an SVG document. The same chart always gives the same text (the clip-path ids
     * come from the title, not the clock), so a written file only changes when the chart does.
     *
     * @param width the width in pixels
     * @param height the height in pixels
     * @return the SVG document
     */
    public String toSvg(int width, int height) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.x().length; i++) {
                xy.add(s.x()[i], s.y()[i]);
            }
            data.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data,
                PlotOrientation.VERTICAL, series.size() > 1, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = steps ? new XYStepRenderer() : new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series.size(); i++) {
            float w = widths.get(i);
            renderer.setSeriesStroke(i, dashes.get(i)
                    ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f)
                    : new BasicStroke(w));
            if (colors.get(i) != null) {
                renderer.setSeriesPaint(i, colors.get(i));
            }
        }
        plot.setRenderer(renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        if (logX) {
            LogAxis log = new LogAxis(xLabel);
            log.setSmallestValue(1e-3);
            log.setTickUnit(new NumberTickUnit(1.0, new java.text.DecimalFormat("0.###")));
            log.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
            log.setMinorTickMarksVisible(true);
            plot.setDomainAxis(log);
        }
        ValueAxis x = plot.getDomainAxis();
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        if (x instanceof NumberAxis) {
            ((NumberAxis) x).setAutoRangeIncludesZero(false);
        }
        y.setAutoRangeIncludesZero(false);
        if (xMin != null) {
            x.setRange(xMin, xMax);
        }
        if (yMin != null) {
            y.setRange(yMin, yMax);
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // a fixed prefix for the clip-path ids (the default is the clock), so the same chart gives the same text
        g.setDefsKeyPrefix("derkit" + Integer.toHexString(title.hashCode()));
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    /**
     * Writes the chart to a file as SVG, 800 x 500 pixels, in UTF-8.
     *
     * @param file the file, replaced if it exists
     * @throws IOException when the file cannot be written
     */
    public void write(Path file) throws IOException {
        Files.writeString(file, toSvg(800, 500), StandardCharsets.UTF_8);
    }
}
