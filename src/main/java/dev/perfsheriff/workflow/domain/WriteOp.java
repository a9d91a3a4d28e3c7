package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;

/**
 * One Perfherder write as plain data, so that a write Perfherder refused can be stored and tried
 * again later exactly as it was meant.
 *
 * @param target the summary id, or the alert id for STAR, UNSTAR and ALERT_STATUS
 * @param value the notes line, status name, bug number or username; null for stars
 * @param related the related summary of an alert status (downstream, reassigned), else null
 */
public record WriteOp(Kind kind, long target, String value, Long related) {

  /** What is written; each maps onto one {@link PerfherderWriteBack} method. */
  public enum Kind {
    NOTES_LINE,
    STAR,
    UNSTAR,
    ALERT_STATUS,
    SUMMARY_STATUS,
    BUG_NUMBER,
    ASSIGNEE
  }

  public static WriteOp notesLine(SummaryId summary, String line) {
    return new WriteOp(Kind.NOTES_LINE, summary.value(), line, null);
  }

  public static WriteOp star(AlertId alert, boolean starred) {
    return new WriteOp(starred ? Kind.STAR : Kind.UNSTAR, alert.value(), null, null);
  }

  public static WriteOp alertStatus(AlertId alert, AlertStatus status, SummaryId related) {
    return new WriteOp(
        Kind.ALERT_STATUS, alert.value(), status.name(), related == null ? null : related.value());
  }

  public static WriteOp summaryStatus(SummaryId summary, SummaryStatus status) {
    return new WriteOp(Kind.SUMMARY_STATUS, summary.value(), status.name(), null);
  }

  public static WriteOp bugNumber(SummaryId summary, long bug) {
    return new WriteOp(Kind.BUG_NUMBER, summary.value(), Long.toString(bug), null);
  }

  public static WriteOp assignee(SummaryId summary, String username) {
    return new WriteOp(Kind.ASSIGNEE, summary.value(), username, null);
  }

  /** Performs the write through {@code port}. */
  public WriteOutcome apply(PerfherderWriteBack port) {
    return switch (kind) {
      case NOTES_LINE -> port.appendNoteLine(SummaryId.of(target), value);
      case STAR -> port.setStarred(AlertId.of(target), true);
      case UNSTAR -> port.setStarred(AlertId.of(target), false);
      case ALERT_STATUS ->
          port.setAlertStatus(
              AlertId.of(target),
              AlertStatus.valueOf(value),
              related == null ? null : SummaryId.of(related));
      case SUMMARY_STATUS ->
          port.setSummaryStatus(SummaryId.of(target), SummaryStatus.valueOf(value));
      case BUG_NUMBER -> port.setBugNumber(SummaryId.of(target), Long.parseLong(value));
      case ASSIGNEE -> port.setAssignee(SummaryId.of(target), value);
    };
  }
}
