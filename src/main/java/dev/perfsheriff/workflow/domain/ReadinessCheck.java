package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Measures {@link Readiness}: {@code pointsPerRevision} on each of the window's revisions. */
public final class ReadinessCheck {

  private final ProtocolNumbers numbers;
  private final RevisionData revisionData;

  public ReadinessCheck(ProtocolNumbers numbers, RevisionData revisionData) {
    this.numbers = numbers;
    this.revisionData = revisionData;
  }

  public Readiness check(AlertSummary summary, List<Alert> picked) {
    int width = numbers.revisionWindow();
    List<Revision> window =
        revisionData.pushesAround(summary.repository(), summary.revision(), width, width);
    List<Readiness.AlertReadiness> alerts = new ArrayList<>();
    for (Alert alert : picked) {
      Map<Revision, SeriesData> data =
          window.isEmpty()
              ? Map.of()
              : revisionData.dataPoints(summary.repository(), alert.signature(), window);
      List<Readiness.RevisionPoints> points = new ArrayList<>();
      for (Revision revision : window) {
        int count = data.getOrDefault(revision, SeriesData.NONE).points();
        points.add(
            new Readiness.RevisionPoints(revision, count, count >= numbers.pointsPerRevision()));
      }
      alerts.add(new Readiness.AlertReadiness(alert.id(), points));
    }
    long ready = alerts.stream().filter(Readiness.AlertReadiness::ready).count();
    boolean done =
        !alerts.isEmpty() && ready >= Math.ceil(numbers.roundDoneFraction() * alerts.size());
    return new Readiness(alerts, done);
  }
}
