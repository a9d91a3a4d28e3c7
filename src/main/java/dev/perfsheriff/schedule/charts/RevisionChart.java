package dev.perfsheriff.schedule.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The graph check's picture: a series' values at each revision of the window around an alert (one
 * dot per data point), the alert's revision marked, and the alert's old and new means drawn as
 * dashed lines before and from that revision.
 */
public final class RevisionChart {

  /** One revision of the window: its label on the axis and its data points' values. */
  public record Column(String label, List<Double> values) {
    public Column {
      values = List.copyOf(values);
    }
  }

  private static final Color VALUES = new Color(0x1f77b4);
  private static final Color OLD_MEAN = new Color(0x2ca02c);
  private static final Color NEW_MEAN = new Color(0xd62728);

  private RevisionChart() {}

  /**
   * A PNG of {@code columns} (oldest revision first) with the alert at {@code alertIndex}; {@code
   * valueLabel} names the values and their unit.
   */
  public static byte[] png(
      String title,
      String valueLabel,
      List<Column> columns,
      int alertIndex,
      double oldMean,
      double newMean) {
    XYSeries values = new XYSeries("data points", false, true);
    for (int x = 0; x < columns.size(); x++) {
      for (double value : columns.get(x).values()) {
        values.add(x, value);
      }
    }
    // The change happens at the alert's revision: the old mean ends half a step before it.
    double change = alertIndex - 0.5;
    XYSeries old = new XYSeries("old mean " + number(oldMean), false, true);
    old.add(-0.5, oldMean);
    old.add(change, oldMean);
    XYSeries now = new XYSeries("new mean " + number(newMean), false, true);
    now.add(change, newMean);
    now.add(columns.size() - 0.5, newMean);
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(values);
    data.addSeries(old);
    data.addSeries(now);
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            title,
            "Revision (push order, oldest first)",
            valueLabel,
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    XYPlot plot = chart.getXYPlot();
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setRenderer(renderer());
    SymbolAxis revisions =
        new SymbolAxis(
            plot.getDomainAxis().getLabel(),
            columns.stream().map(Column::label).toArray(String[]::new));
    revisions.setGridBandsVisible(false);
    revisions.setRange(-0.5, columns.size() - 0.5);
    ChartPng.axis(revisions);
    plot.setDomainAxis(revisions);
    NumberAxis valueAxis = (NumberAxis) plot.getRangeAxis();
    valueAxis.setAutoRangeIncludesZero(false);
    ChartPng.axis(valueAxis);
    plot.addDomainMarker(alertMarker(alertIndex));
    return ChartPng.render(chart);
  }

  private static XYLineAndShapeRenderer renderer() {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesLinesVisible(0, false);
    renderer.setSeriesShapesVisible(0, true);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
    renderer.setSeriesPaint(0, VALUES);
    for (int i = 1; i <= 2; i++) {
      renderer.setSeriesLinesVisible(i, true);
      renderer.setSeriesShapesVisible(i, false);
      renderer.setSeriesStroke(i, ChartPng.DASHED);
    }
    renderer.setSeriesPaint(1, OLD_MEAN);
    renderer.setSeriesPaint(2, NEW_MEAN);
    return renderer;
  }

  private static ValueMarker alertMarker(int alertIndex) {
    ValueMarker marker = new ValueMarker(alertIndex, new Color(0xff7f0e), ChartPng.LINE);
    marker.setLabel("alert");
    marker.setLabelFont(ChartPng.LABEL);
    marker.setLabelPaint(new Color(0xff7f0e));
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    return marker;
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
