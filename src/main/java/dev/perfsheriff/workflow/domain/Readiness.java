package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Revision;
import java.util.List;

/**
 * Whether a summary has enough data: per picked alert, the points on each revision of its window.
 * The round counts as done when at least {@code roundDoneFraction} of the picked alerts are ready.
 */
public record Readiness(List<AlertReadiness> alerts, boolean roundDone) {

  /** Points at one revision, and whether that reaches the target. */
  public record RevisionPoints(Revision revision, int points, boolean enough) {}

  /** One picked alert's window. */
  public record AlertReadiness(AlertId alert, List<RevisionPoints> revisions) {
    public AlertReadiness {
      revisions = List.copyOf(revisions);
    }

    public boolean ready() {
      return !revisions.isEmpty() && revisions.stream().allMatch(RevisionPoints::enough);
    }
  }

  public Readiness {
    alerts = List.copyOf(alerts);
  }

  public long readyAlerts() {
    return alerts.stream().filter(AlertReadiness::ready).count();
  }
}
