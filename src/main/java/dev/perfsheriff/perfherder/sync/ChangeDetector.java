package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.SummaryChanged.Change;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two snapshots of one summary, in the terms the core reacts to. Changes
 * outside these (tags, due dates, Sherlock's backfill records) update the local copy silently.
 */
public final class ChangeDetector {

  private ChangeDetector() {}

  public static Set<Change> changes(AlertSummary before, AlertSummary after) {
    Set<Change> changes = EnumSet.noneOf(Change.class);
    if (before.status() != after.status()) {
      changes.add(Change.STATUS);
    }
    if (!before.notes().equals(after.notes())) {
      changes.add(Change.NOTES);
    }
    if (!Objects.equals(before.bugNumber(), after.bugNumber())) {
      changes.add(Change.BUG);
    }
    if (!Objects.equals(before.assignee(), after.assignee())) {
      changes.add(Change.ASSIGNEE);
    }
    if (!Objects.equals(before.revision(), after.revision())
        || !Objects.equals(before.prevRevision(), after.prevRevision())
        || before.pushId() != after.pushId()
        || before.prevPushId() != after.prevPushId()) {
      changes.add(Change.REVISION_RANGE);
    }
    if (!triageState(before.alerts()).equals(triageState(after.alerts()))
        || !triageState(before.relatedAlerts()).equals(triageState(after.relatedAlerts()))) {
      changes.add(Change.ALERTS);
    }
    return changes;
  }

  /** An alert's identity and what sheriffs set on it; measured values are left out. */
  private static List<String> triageState(List<Alert> alerts) {
    return alerts.stream()
        .map(
            alert ->
                alert.id()
                    + ":"
                    + alert.status()
                    + ":"
                    + alert.starred()
                    + ":"
                    + alert.relatedSummaryId())
        .sorted()
        .toList();
  }
}
