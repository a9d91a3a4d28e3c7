package dev.perfsheriff.schedule.graphs;

import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.schedule.charts.RevisionChart;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.workflow.WorkflowOverview;
import dev.perfsheriff.workflow.WorkflowProperties;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.Readiness;
import dev.perfsheriff.workflow.domain.RevisionData;
import dev.perfsheriff.workflow.domain.SeriesData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the graph check shows of one summary: a line per picked alert with its points per revision
 * (from the workflow's readiness, the same numbers that complete a round), and a chart of the first
 * picked alert's values in the window around the summary's revision with its old and new means.
 */
@Component
class GraphPicture {

  /** The lines and the chart of one summary; no chart when Perfherder knows no window. */
  record Picture(List<String> lines, Optional<ChatFile> png) {}

  private final ObjectProvider<RevisionData> revisions;
  private final WorkflowProperties workflow;

  GraphPicture(ObjectProvider<RevisionData> revisions, WorkflowProperties workflow) {
    this.revisions = revisions;
    this.workflow = workflow;
  }

  /** Empty when Perfherder's data cannot be read now or nothing is picked or recommended. */
  Optional<Picture> of(WorkflowOverview overview) {
    RevisionData data = revisions.getIfAvailable();
    if (data == null || overview.summary().isEmpty() || overview.readiness().isEmpty()) {
      return Optional.empty();
    }
    AlertSummary summary = overview.summary().get();
    Readiness readiness = overview.readiness().get();
    if (readiness.alerts().isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "Graph check of summary "
            + summary.id()
            + " ("
            + overview.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + "), target "
            + workflow.numbers().pointsPerRevision()
            + " points on each revision:");
    for (Readiness.AlertReadiness alert : readiness.alerts()) {
      lines.add(alertLine(summary, alert));
    }
    Alert charted = alert(summary, readiness.alerts().get(0));
    return Optional.of(new Picture(lines, chart(data, summary, charted)));
  }

  private String alertLine(AlertSummary summary, Readiness.AlertReadiness alert) {
    int target = workflow.numbers().pointsPerRevision();
    String points =
        alert.revisions().stream()
            .map(r -> r.revision().shortForm() + " " + r.points() + "/" + target)
            .collect(Collectors.joining(", "));
    Alert known = alert(summary, alert);
    return "`"
        + known.testName()
        + "` on "
        + known.machinePlatform()
        + ": points per revision: "
        + (points.isEmpty() ? "no revisions found" : points)
        + " — enough yet? "
        + (alert.ready() ? "yes" : "no");
  }

  private Optional<ChatFile> chart(RevisionData data, AlertSummary summary, Alert alert) {
    int width = workflow.numbers().revisionWindow();
    List<Revision> window =
        data.pushesAround(summary.repository(), summary.revision(), width, width);
    if (!window.contains(summary.revision())) {
      return Optional.empty();
    }
    Map<Revision, SeriesData> values =
        data.dataPoints(summary.repository(), alert.signature(), window);
    List<RevisionChart.Column> columns =
        window.stream()
            .map(
                revision ->
                    new RevisionChart.Column(
                        revision.shortForm(),
                        values.getOrDefault(revision, SeriesData.NONE).values()))
            .toList();
    byte[] png =
        RevisionChart.png(
            "Summary "
                + summary.id()
                + ": "
                + alert.testName()
                + " on "
                + alert.machinePlatform()
                + ", values per revision",
            "Value (the test's unit, "
                + (alert.signature().lowerIsBetter() ? "lower" : "higher")
                + " is better)",
            columns,
            window.indexOf(summary.revision()),
            alert.prevValue(),
            alert.newValue());
    return Optional.of(
        ChatFile.png(
            "graph-check-" + summary.id() + ".png",
            png,
            "Summary " + summary.id() + " graph check"));
  }

  private static Alert alert(AlertSummary summary, Readiness.AlertReadiness readiness) {
    return summary.alerts().stream()
        .filter(alert -> alert.id().equals(readiness.alert()))
        .findFirst()
        .orElseThrow();
  }
}
