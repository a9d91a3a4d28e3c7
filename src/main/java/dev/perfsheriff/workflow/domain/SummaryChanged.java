package dev.perfsheriff.workflow.domain;

import java.util.Set;

/**
 * Event: a summary the bot already knew changed in Perfherder (in its web UI or through the bot).
 * Published exactly once per observed change.
 */
public record SummaryChanged(AlertSummary before, AlertSummary after, Set<Change> changes) {

  /** What changed. */
  public enum Change {
    STATUS,
    ALERTS,
    NOTES,
    BUG,
    ASSIGNEE,
    REVISION_RANGE
  }

  public SummaryChanged {
    changes = Set.copyOf(changes);
  }
}
