package dev.perfsheriff.schedule.charts;

import java.awt.Color;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The load report's picture: pending tasks per perf pool over the last days, one line per pool, and
 * each pool's backlog threshold as a dashed line of the same colour.
 */
public final class LoadChart {

  /** One sample of a pool: pending tasks and the backlog threshold at that time. */
  public record Point(Instant at, int pending, double threshold) {}

  private static final Color[] COLOURS = {
    new Color(0x1f77b4),
    new Color(0xd62728),
    new Color(0x2ca02c),
    new Color(0x9467bd),
    new Color(0xff7f0e),
    new Color(0x17becf),
    new Color(0x8c564b)
  };

  private LoadChart() {}

  /** A PNG of {@code series} (pool name → points in time order), times shown in {@code zone}. */
  public static byte[] png(String title, Map<String, List<Point>> series, ZoneId zone) {
    TimeSeriesCollection data = new TimeSeriesCollection();
    series.forEach(
        (pool, points) -> {
          TimeSeries pending = new TimeSeries(pool + " pending");
          TimeSeries threshold = new TimeSeries(pool + " backlog threshold");
          for (Point point : points) {
            FixedMillisecond at = new FixedMillisecond(Date.from(point.at()));
            pending.addOrUpdate(at, point.pending());
            threshold.addOrUpdate(at, point.threshold());
          }
          data.addSeries(pending);
          data.addSeries(threshold);
        });
    JFreeChart chart =
        ChartFactory.createTimeSeriesChart(
            title, "Time (" + zone.getId() + ")", "Pending tasks", data, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      Color colour = COLOURS[(i / 2) % COLOURS.length];
      renderer.setSeriesPaint(i, colour);
      renderer.setSeriesStroke(i, i % 2 == 0 ? ChartPng.LINE : ChartPng.DASHED);
    }
    plot.setRenderer(renderer);
    DateAxis time = (DateAxis) plot.getDomainAxis();
    time.setTimeZone(TimeZone.getTimeZone(zone));
    ChartPng.axis(time);
    NumberAxis pendingAxis = (NumberAxis) plot.getRangeAxis();
    pendingAxis.setAutoRangeIncludesZero(true);
    ChartPng.axis(pendingAxis);
    return ChartPng.render(chart);
  }
}
