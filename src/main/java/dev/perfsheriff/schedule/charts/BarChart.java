package dev.perfsheriff.schedule.charts;

import java.awt.Color;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Horizontal bars with their values written at the end: counts per category. */
public final class BarChart {

  private BarChart() {}

  /** A PNG of {@code values} (category → count, in the order given). */
  public static byte[] png(
      String title, String categoryLabel, String valueLabel, Map<String, Long> values) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((category, value) -> data.addValue(value, valueLabel, category));
    JFreeChart chart =
        ChartFactory.createBarChart(
            title,
            categoryLabel,
            valueLabel,
            data,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setSeriesPaint(0, new Color(0x1f77b4));
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(ChartPng.TICK);
    NumberAxis counts = (NumberAxis) plot.getRangeAxis();
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    ChartPng.axis(plot.getDomainAxis());
    ChartPng.axis(counts);
    return ChartPng.render(chart);
  }
}
