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
import org.jfree.chart.axis.NumberAxis;
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

    /** One named line: x and y values of equal length. */
    public record Series(String name, double[] x, double[] y) {
        /** Checks the arrays match. */
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

    /** A chart of straight lines between points. */
    public static SvgChart lines(String title, String xLabel, String yLabel) {
        return new SvgChart(title, xLabel, yLabel, false);
    }

    /** A chart of steps (each value holds until the next x). */
    public static SvgChart steps(String title, String xLabel, String yLabel) {
        return new SvgChart(title, xLabel, yLabel, true);
    }

    /** Adds a series. */
    public SvgChart add(Series s) {
        series.add(s);
        return this;
    }

    /** Fixes the x range. */
    public SvgChart xRange(double min, double max) {
        xMin = min;
        xMax = max;
        return this;
    }

    /** Fixes the y range. */
    public SvgChart yRange(double min, double max) {
        yMin = min;
        yMax = max;
        return this;
    }

    /** The chart as an SVG document of the given size in pixels. */
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
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        if (xMin != null) {
            x.setRange(xMin, xMax);
        }
        if (yMin != null) {
            y.setRange(yMin, yMax);
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** Writes the chart to a file as SVG, 800 x 500 pixels. */
    public void write(Path file) throws IOException {
        Files.writeString(file, toSvg(800, 500), StandardCharsets.UTF_8);
    }
}
