package dev.perfsheriff.schedule.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;

/** Renders a chart as a PNG in the house style: white, large type, light grid. */
public final class ChartPng {

  /** Wide enough to read in a chat client's preview, at half zoom too. */
  public static final int WIDTH = 1200;

  public static final int HEIGHT = 600;

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
  static final BasicStroke LINE = new BasicStroke(2.5f);
  static final BasicStroke DASHED =
      new BasicStroke(
          2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10f, 6f}, 0f);

  private ChartPng() {}

  public static byte[] render(JFreeChart chart) {
    style(chart);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  static void axis(Axis axis) {
    axis.setLabelFont(LABEL);
    axis.setTickLabelFont(TICK);
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(TITLE);
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(TICK);
    }
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
  }
}
