package org.derkit.examples.plot;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SvgChartTest {

    @Test
    void a_chart_renders_as_an_svg_document_with_its_title_and_series() {
        String svg = SvgChart.lines("Volt-var", "voltage (% of nominal)", "reactive power (%)")
                .add(new SvgChart.Series("seed", new double[] {80, 92, 96.7, 103.3, 107, 120},
                        new double[] {30, 30, 0, 0, -30, -30}))
                .add(new SvgChart.Series("IEEE", new double[] {80, 92, 98, 102, 108, 120},
                        new double[] {44, 44, 0, 0, -44, -44}))
                .toSvg(640, 400);
        assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, 40));
        assertTrue(svg.contains("Volt-var"));
        assertTrue(svg.contains("<path") || svg.contains("<polyline") || svg.contains("<line"));
        assertTrue(svg.trim().endsWith("</svg>"));
    }

    @Test
    void a_series_with_mismatched_arrays_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> new SvgChart.Series("bad", new double[] {1, 2}, new double[] {1}));
    }
}
